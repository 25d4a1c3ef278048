/// The two-phase primal simplex method on a dense tableau (Dantzig's rule, Bland's rule
/// against cycling).
///
/// Rows are scaled by their largest coefficient before solving; tolerances are relative to
/// that scale. Phase 1 minimises the sum of artificial variables to find a feasible basis,
/// phase 2 minimises the objective from it. Integrality is ignored here (see
/// ``BranchAndBound``).
enum Simplex {
    static let tolerance = 1e-9

    /// Solves the linear relaxation of `program` (integrality ignored).
    static func solve(_ program: LinearProgram) -> LinearProgramResult {
        let n = program.variableCount
        // Normalise rows: non-negative right-hand side, scaled to unit largest coefficient.
        var rows: [(coefficients: [Double], relation: LinearProgram.Relation, bound: Double)] = []
        for row in program.rows {
            var dense = [Double](repeating: 0, count: n)
            for (index, value) in row.coefficients { dense[index] += value }
            var relation = row.relation
            var bound = row.bound
            let scale = dense.map(abs).max() ?? 0
            if scale == 0 {
                let satisfied: Bool
                switch relation {
                case .lessOrEqual: satisfied = bound >= -tolerance
                case .greaterOrEqual: satisfied = bound <= tolerance
                case .equal: satisfied = abs(bound) <= tolerance
                }
                if satisfied { continue } else { return .infeasible }
            }
            dense = dense.map { $0 / scale }
            bound /= scale
            if bound < 0 {
                dense = dense.map { -$0 }
                bound = -bound
                switch relation {
                case .lessOrEqual: relation = .greaterOrEqual
                case .greaterOrEqual: relation = .lessOrEqual
                case .equal: break
                }
            }
            rows.append((dense, relation, bound))
        }
        let m = rows.count
        if m == 0 {
            // Unconstrained but x >= 0: optimal at 0 unless some cost is negative.
            if program.objective.contains(where: { $0 < -tolerance }) { return .unbounded }
            return .optimal(values: [Double](repeating: 0, count: n), objective: 0)
        }

        // Columns: x (n), one slack or surplus per inequality row, one artificial per >= or = row.
        let slackCount = rows.filter { $0.relation != .equal }.count
        let artificialCount = rows.filter { $0.relation != .lessOrEqual }.count
        let width = n + slackCount + artificialCount
        var tableau = [[Double]](repeating: [Double](repeating: 0, count: width + 1), count: m)
        var basis = [Int](repeating: 0, count: m)
        var nextSlack = n
        var nextArtificial = n + slackCount
        for (r, row) in rows.enumerated() {
            for j in 0..<n { tableau[r][j] = row.coefficients[j] }
            tableau[r][width] = row.bound
            switch row.relation {
            case .lessOrEqual:
                tableau[r][nextSlack] = 1
                basis[r] = nextSlack
                nextSlack += 1
            case .greaterOrEqual:
                tableau[r][nextSlack] = -1
                nextSlack += 1
                tableau[r][nextArtificial] = 1
                basis[r] = nextArtificial
                nextArtificial += 1
            case .equal:
                tableau[r][nextArtificial] = 1
                basis[r] = nextArtificial
                nextArtificial += 1
            }
        }
        let firstArtificial = n + slackCount

        // Phase 1: minimise the sum of artificials.
        if artificialCount > 0 {
            var cost = [Double](repeating: 0, count: width)
            for j in firstArtificial..<width { cost[j] = 1 }
            guard iterate(&tableau, &basis, cost: cost, allowed: width) else { return .infeasible }
            let infeasibility = basis.enumerated().reduce(0.0) { sum, item in
                item.element >= firstArtificial ? sum + tableau[item.offset][width] : sum
            }
            if infeasibility > 1e-7 { return .infeasible }
            // Drive artificials still basic (at zero) out of the basis where possible.
            for r in 0..<m where basis[r] >= firstArtificial {
                if let j = (0..<firstArtificial).first(where: { abs(tableau[r][$0]) > tolerance }) {
                    pivot(&tableau, &basis, row: r, column: j)
                }
            }
        }

        // Phase 2: the real objective over the structural and slack columns.
        var cost = [Double](repeating: 0, count: width)
        for j in 0..<n { cost[j] = program.objective[j] }
        guard iterate(&tableau, &basis, cost: cost, allowed: firstArtificial) else { return .unbounded }
        var values = [Double](repeating: 0, count: n)
        for r in 0..<m where basis[r] < n { values[basis[r]] = max(0, tableau[r][width]) }
        let objective = zip(values, program.objective).reduce(0) { $0 + $1.0 * $1.1 }
        return .optimal(values: values, objective: objective)
    }

    /// Solves the linear relaxation of `program` with `lower[j] ≤ x_j ≤ upper[j]` (upper may be
    /// `.infinity`), the way branch and bound narrows a variable: each bound shifts the
    /// variable (`x_j = lower_j + y_j`), a fixed variable leaves the program, and only a finite
    /// upper bound adds a row. So a node's program stays as small as the root's plus one row per
    /// bounded variable, however deep the node.
    static func solve(_ program: LinearProgram, lower: [Double], upper: [Double]) -> LinearProgramResult {
        let n = program.variableCount
        precondition(lower.count == n && upper.count == n, "one bound per variable")
        var free: [Int] = []  // original index of each remaining variable
        var position = [Int](repeating: -1, count: n)
        for j in 0..<n {
            if upper[j] < lower[j] - tolerance * max(1, abs(lower[j])) { return .infeasible }
            if upper[j] - lower[j] > tolerance * max(1, abs(lower[j])) {
                position[j] = free.count
                free.append(j)
            }
        }
        var rows: [LinearProgram.Row] = []
        rows.reserveCapacity(program.rows.count + free.count)
        for row in program.rows {
            var coefficients: [Int: Double] = [:]
            var bound = row.bound
            for (j, a) in row.coefficients {
                bound -= a * lower[j]
                if position[j] >= 0 { coefficients[position[j]] = a }
            }
            rows.append(.init(coefficients, row.relation, bound))
        }
        for (k, j) in free.enumerated() where upper[j].isFinite {
            rows.append(.init([k: 1], .lessOrEqual, upper[j] - lower[j]))
        }
        let reduced = LinearProgram(objective: free.map { program.objective[$0] }, rows: rows, integer: free.map { program.integer[$0] })
        switch solve(reduced) {
        case .infeasible: return .infeasible
        case .unbounded: return .unbounded
        case let .optimal(shifted, _):
            var values = lower
            for (k, j) in free.enumerated() { values[j] += shifted[k] }
            let objective = zip(values, program.objective).reduce(0) { $0 + $1.0 * $1.1 }
            return .optimal(values: values, objective: objective)
        }
    }

    /// Runs simplex iterations for `cost` over columns `0..<allowed`; false when unbounded.
    /// Dantzig's rule (most negative reduced cost) for speed, switching to Bland's rule (lowest
    /// index) after many iterations so degenerate cycling cannot go on.
    private static func iterate(_ tableau: inout [[Double]], _ basis: inout [Int], cost: [Double], allowed: Int) -> Bool {
        let m = tableau.count
        let width = cost.count
        // Reduced costs d_j = c_j - c_B B^-1 A_j, kept up to date through pivots.
        var reduced = cost
        for r in 0..<m where cost[basis[r]] != 0 {
            let weight = cost[basis[r]]
            for j in 0..<width { reduced[j] -= weight * tableau[r][j] }
        }
        var isBasic = [Bool](repeating: false, count: width)
        for column in basis where column < width { isBasic[column] = true }
        let blandAfter = 20 * (m + width)
        var iterations = 0
        while iterations < 50_000 {
            iterations += 1
            var entering: Int?
            if iterations < blandAfter {
                var most = -tolerance
                for j in 0..<allowed where !isBasic[j] && reduced[j] < most {
                    most = reduced[j]
                    entering = j
                }
            } else {
                entering = (0..<allowed).first { !isBasic[$0] && reduced[$0] < -tolerance }
            }
            guard let column = entering else { return true }
            // Ratio test; ties broken by the lowest basic index (Bland).
            var leaving: Int?
            var best = Double.infinity
            for r in 0..<m where tableau[r][column] > tolerance {
                let ratio = tableau[r][width] / tableau[r][column]
                if ratio < best - tolerance || (abs(ratio - best) <= tolerance && basis[r] < basis[leaving!]) {
                    best = ratio
                    leaving = r
                }
            }
            guard let row = leaving else { return false }
            if basis[row] < width { isBasic[basis[row]] = false }
            pivot(&tableau, &basis, row: row, column: column)
            isBasic[column] = true
            let factor = reduced[column]
            for j in 0..<width { reduced[j] -= factor * tableau[row][j] }
            reduced[column] = 0
        }
        return true
    }

    private static func pivot(_ tableau: inout [[Double]], _ basis: inout [Int], row: Int, column: Int) {
        let width = tableau[row].count
        let divisor = tableau[row][column]
        for j in 0..<width { tableau[row][j] /= divisor }
        for r in 0..<tableau.count where r != row {
            let factor = tableau[r][column]
            if factor == 0 { continue }
            for j in 0..<width { tableau[r][j] -= factor * tableau[row][j] }
            tableau[r][column] = 0
        }
        basis[row] = column
    }
}
