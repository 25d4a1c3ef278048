/// Integer solutions of a ``LinearProgram`` by best-first branch and bound on its linear
/// relaxation (`Simplex`), to a proven relative gap.
///
/// Each node adds a bound `x_j ≤ floor(v)` or `x_j ≥ ceil(v)` on the most fractional integer
/// variable; the open node with the lowest relaxation is expanded first. Whole solutions come
/// from the nodes themselves and from diving (fixing fractional integers one by one and
/// re-solving). A node is pruned when its relaxation cannot
/// improve the best whole solution by more than `relativeGap` of it; so the answer is within
/// `relativeGap` of the optimum (``Solution/bound`` is a proven lower bound), or exactly
/// optimal with a gap of 0.
public enum BranchAndBound {
    /// A solved program.
    public struct Solution: Sendable, Hashable {
        /// Variable values (integers exact where required).
        public var values: [Double]
        /// Objective at `values`.
        public var objective: Double
        /// Proven lower bound on the optimum.
        public var bound: Double
        /// Whether the search finished (the answer is within the requested gap).
        public var provenOptimal: Bool
        /// Relaxations solved.
        public var nodes: Int
    }

    /// Solves `program`; nil when no solution satisfies every row. `start`, when given, is a
    /// whole solution the answer must not be worse than.
    public static func solve(
        _ program: LinearProgram, relativeGap: Double = 1e-3, nodeLimit: Int = 5_000, start: [Double]? = nil
    ) -> Solution? {
        var best: (values: [Double], objective: Double)?
        if let start, satisfies(program, start) { best = (start, objectiveValue(program, start)) }
        var nodes = 0
        // Open nodes: (bound, extra rows), kept as a binary heap on bound.
        var open = Heap()
        let root = Simplex.solve(program)
        nodes += 1
        guard case let .optimal(rootValues, rootObjective) = root else {
            return best.map { Solution(values: $0.values, objective: $0.objective, bound: $0.objective, provenOptimal: false, nodes: nodes) }
        }
        open.push(.init(bound: rootObjective, rows: [], values: rootValues))
        var lowestOpen = rootObjective
        let done = { (bound: Double) -> Bool in
            guard let incumbent = best?.objective else { return false }
            return bound >= incumbent - relativeGap * max(abs(incumbent), 1e-9)
        }
        var finished = true
        while let node = open.pop() {
            lowestOpen = node.bound
            if done(node.bound) { break }
            if nodes >= nodeLimit {
                finished = false
                break
            }
            if best == nil || nodes % 64 == 1 { dive(program, rows: node.rows, best: &best, nodes: &nodes) }
            guard let (index, value) = mostFractional(program, node.values) else {
                let whole = rounded(program, node.values)
                let objective = objectiveValue(program, whole)
                if best == nil || objective < best!.objective { best = (whole, objective) }
                continue
            }
            for extra in [
                LinearProgram.Row([index: 1], .lessOrEqual, value.rounded(.down)),
                LinearProgram.Row([index: 1], .greaterOrEqual, value.rounded(.up)),
            ] {
                var child = program
                child.rows += node.rows + [extra]
                nodes += 1
                guard case let .optimal(values, objective) = Simplex.solve(child), !done(objective) else { continue }
                open.push(.init(bound: objective, rows: node.rows + [extra], values: values))
            }
            lowestOpen = open.peekBound ?? (best?.objective ?? lowestOpen)
        }
        guard let best else { return nil }
        let bound = finished ? min(best.objective, max(lowestOpen, rootObjective)) : max(rootObjective, min(lowestOpen, best.objective))
        return Solution(values: best.values, objective: best.objective, bound: bound, provenOptimal: finished, nodes: nodes)
    }

    // MARK: Pieces

    private struct Node {
        var bound: Double
        var rows: [LinearProgram.Row]
        var values: [Double]
    }

    /// A binary min-heap of nodes by bound.
    private struct Heap {
        private var items: [Node] = []
        var peekBound: Double? { items.first?.bound }

        mutating func push(_ node: Node) {
            items.append(node)
            var child = items.count - 1
            while child > 0 {
                let parent = (child - 1) / 2
                guard items[child].bound < items[parent].bound else { break }
                items.swapAt(child, parent)
                child = parent
            }
        }

        mutating func pop() -> Node? {
            guard !items.isEmpty else { return nil }
            items.swapAt(0, items.count - 1)
            let top = items.removeLast()
            var parent = 0
            while true {
                let left = 2 * parent + 1, right = left + 1
                var smallest = parent
                if left < items.count, items[left].bound < items[smallest].bound { smallest = left }
                if right < items.count, items[right].bound < items[smallest].bound { smallest = right }
                if smallest == parent { break }
                items.swapAt(parent, smallest)
                parent = smallest
            }
            return top
        }
    }

    private static func mostFractional(_ program: LinearProgram, _ values: [Double]) -> (Int, Double)? {
        var branch: (index: Int, value: Double, distance: Double)?
        for j in 0..<program.variableCount where program.integer[j] {
            let fraction = values[j] - values[j].rounded(.down)
            let distance = min(fraction, 1 - fraction)
            if distance > 1e-6, distance > (branch?.distance ?? 0) { branch = (j, values[j], distance) }
        }
        return branch.map { ($0.index, $0.value) }
    }

    private static func rounded(_ program: LinearProgram, _ values: [Double]) -> [Double] {
        var result = values
        for j in 0..<program.variableCount where program.integer[j] { result[j] = values[j].rounded() }
        return result
    }

    /// Diving: fixes fractional integers one at a time (the most fractional first, rounded
    /// down, or up when down has no solution), re-solving the relaxation after each fix so the
    /// rest of the program absorbs the rounding, until the solution is whole.
    private static func dive(
        _ program: LinearProgram, rows: [LinearProgram.Row], best: inout (values: [Double], objective: Double)?, nodes: inout Int
    ) {
        var fixed = rows
        var current = program
        current.rows += fixed
        guard case var .optimal(values, _) = Simplex.solve(current) else { return }
        nodes += 1
        for _ in 0..<(2 * program.variableCount + 2) {
            guard let (index, value) = mostFractional(program, values) else {
                let whole = rounded(program, values)
                guard satisfies(program, whole) else { return }
                let objective = objectiveValue(program, whole)
                if best == nil || objective < best!.objective { best = (whole, objective) }
                return
            }
            var next: [Double]?
            for rule in [FloatingPointRoundingRule.down, .up] {
                var trial = program
                trial.rows += fixed + [.init([index: 1], .equal, value.rounded(rule))]
                nodes += 1
                if case let .optimal(v, objective) = Simplex.solve(trial) {
                    if let incumbent = best?.objective, objective >= incumbent { return }
                    fixed.append(.init([index: 1], .equal, value.rounded(rule)))
                    next = v
                    break
                }
            }
            guard let next else { return }
            values = next
        }
    }

    static func objectiveValue(_ program: LinearProgram, _ values: [Double]) -> Double {
        zip(values, program.objective).reduce(0) { $0 + $1.0 * $1.1 }
    }

    /// Whether `values` satisfies every row and sign constraint (relative tolerance 1e-7).
    static func satisfies(_ program: LinearProgram, _ values: [Double]) -> Bool {
        guard values.count == program.variableCount, values.allSatisfy({ $0 >= -1e-9 }) else { return false }
        for row in program.rows {
            var total = 0.0, scale = abs(row.bound)
            for (j, a) in row.coefficients {
                total += a * values[j]
                scale = max(scale, abs(a * values[j]))
            }
            let slack = 1e-7 * max(scale, 1)
            switch row.relation {
            case .lessOrEqual: if total > row.bound + slack { return false }
            case .greaterOrEqual: if total < row.bound - slack { return false }
            case .equal: if abs(total - row.bound) > slack { return false }
            }
        }
        return true
    }
}
