extension LinearProgram {
    /// The program in CPLEX LP format, as GLPK (`glpsol --lp`), COIN-OR CBC and most other
    /// MILP solvers read it: variables `x0`, `x1`, …, rows `c0`, `c1`, …, every variable
    /// non-negative, the integer ones listed under `General`.
    ///
    /// Numbers are written with Swift's shortest round-trip decimal form, so a solver reads
    /// back exactly the doubles this program holds. At most eight terms go on one line.
    /// `comment`, when given, becomes the first line (after `\ `).
    public func lpFormat(comment: String? = nil) -> String {
        var lines: [String] = []
        if let comment { lines.append("\\ " + comment.split(whereSeparator: \.isNewline).joined(separator: " ")) }
        lines.append("Minimize")
        let costs = objective.enumerated().filter { $0.element != 0 }.map { ($0.offset, $0.element) }
        lines += Self.terms(label: "obj", costs.isEmpty ? [(0, 0)] : costs, tail: "")
        lines.append("Subject To")
        for (r, row) in rows.enumerated() {
            let sign = switch row.relation {
            case .lessOrEqual: "<="
            case .greaterOrEqual: ">="
            case .equal: "="
            }
            let sorted = row.coefficients.sorted { $0.key < $1.key }.filter { $0.value != 0 }.map { ($0.key, $0.value) }
            lines += Self.terms(label: "c\(r)", sorted.isEmpty ? [(0, 0)] : sorted, tail: " \(sign) \(Self.number(row.bound))")
        }
        lines.append("Bounds")
        for j in 0..<variableCount { lines.append(" x\(j) >= 0") }
        let whole = (0..<variableCount).filter { integer[$0] }
        if !whole.isEmpty {
            lines.append("General")
            for start in stride(from: 0, to: whole.count, by: 8) {
                lines.append(" " + whole[start..<min(start + 8, whole.count)].map { "x\($0)" }.joined(separator: " "))
            }
        }
        lines.append("End")
        return lines.joined(separator: "\n") + "\n"
    }

    /// ` label: a x0 + b x1 …` over as many lines as needed (eight terms a line), `tail` after
    /// the last term.
    private static func terms(label: String, _ terms: [(Int, Double)], tail: String) -> [String] {
        var lines: [String] = []
        var line = " \(label):"
        for (k, (j, a)) in terms.enumerated() {
            if k > 0 && k % 8 == 0 {
                lines.append(line)
                line = "  "
            }
            let sign = a < 0 ? "-" : "+"
            line += k == 0 && a >= 0 ? " \(number(a)) x\(j)" : " \(sign) \(number(abs(a))) x\(j)"
        }
        lines.append(line + tail)
        return lines
    }

    /// Shortest round-trip decimal of `value` (`3`, not `3.0`).
    private static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : "\(value)"
    }
}
