import Foundation

/// The fleet planner's solver on small mixed-integer programs decoded from bytes.
///
/// One to four variables (most of them whole numbers), one to five rows of small
/// coefficients scaled by 0.5, 1, 10 or 1,000, and usually an upper bound of 0 to 4 on every
/// variable. An answer must satisfy every row, keep whole variables whole, report its own
/// objective, and not lie below its proven bound. When every variable is whole and bounded,
/// the box is enumerated: the bound must not exceed the true optimum, a proven answer must
/// be within the gap of it, and "no solution" must mean there is none.
extension FuzzHarness {
    /// Relative gap the fuzzed solves are asked for.
    static let solverGap = 1e-3

    /// The one call of ``BranchAndBound/solve(_:relativeGap:limits:start:)``, with a node limit
    /// (``SolverLimits``) so a fuzzed program cannot run long.
    static func solve(_ program: LinearProgram, nodeLimit: Int, start: [Double]?) -> BranchAndBound.Solution? {
        BranchAndBound.solve(program, relativeGap: solverGap, limits: SolverLimits(nodeLimit: nodeLimit), start: start)
    }

    static func checkSolver(_ data: Data) {
        var bytes = data.makeIterator()
        func next() -> Int { Int(bytes.next() ?? 0) }
        let variables = 1 + next() % 4
        let rowCount = 1 + next() % 5
        let bounded = next() % 8 != 0
        var integer: [Bool] = [], objective: [Double] = [], upper: [Int] = []
        for _ in 0..<variables {
            let byte = next()
            integer.append(byte % 4 != 0)
            objective.append(Double((byte >> 2) % 13 - 3))
            upper.append(next() % 5)
        }
        var rows: [LinearProgram.Row] = []
        for _ in 0..<rowCount {
            let scale = [1.0, 1, 1, 0.5, 10, 1000][next() % 6]
            var coefficients: [Int: Double] = [:]
            for j in 0..<variables where next() % 11 != 5 { coefficients[j] = Double(next() % 11 - 5) * scale }
            let relation = [LinearProgram.Relation.lessOrEqual, .greaterOrEqual, .equal][next() % 3]
            let bound = Double(next() % 41 - 10) * scale / [1.0, 2, 3][next() % 3]
            rows.append(LinearProgram.Row(coefficients, relation, bound))
        }
        if bounded {
            for j in 0..<variables { rows.append(LinearProgram.Row([j: 1], .lessOrEqual, Double(upper[j]))) }
        }
        let program = LinearProgram(objective: objective, rows: rows, integer: integer)

        // Every whole point of the box, when the program is pure-integer and bounded.
        var feasible: [[Double]] = []
        let enumerable = bounded && integer.allSatisfy { $0 }
        if enumerable {
            var point = [Int](repeating: 0, count: variables)
            while true {
                let values = point.map(Double.init)
                if BranchAndBound.satisfies(program, values) { feasible.append(values) }
                var j = 0
                while j < variables, point[j] == upper[j] {
                    point[j] = 0
                    j += 1
                }
                if j == variables { break }
                point[j] += 1
            }
        }
        let optimum = feasible.map { BranchAndBound.objectiveValue(program, $0) }.min()
        let start = next() % 2 == 1 ? feasible.last : nil
        let nodeLimit = 8 + next() % 24
        let tolerance = { (value: Double) in 1e-6 * max(1, abs(value)) }

        guard let solution = solve(program, nodeLimit: nodeLimit, start: start) else {
            guard start == nil else { fatalError("no answer although a start satisfying every row was given: \(program)") }
            if let optimum, solve(program, nodeLimit: 100_000, start: nil) == nil {
                fatalError("no answer with an unlimited search, but \(feasible[0]) satisfies every row (optimum \(optimum)): \(program)")
            }
            return
        }
        let values = solution.values
        guard BranchAndBound.satisfies(program, values) else { fatalError("answer \(values) breaks a row of \(program)") }
        for j in 0..<variables where integer[j] && values[j] != values[j].rounded() {
            fatalError("answer \(values) has a fraction in whole variable \(j): \(program)")
        }
        guard abs(solution.objective - BranchAndBound.objectiveValue(program, values)) <= tolerance(solution.objective) else {
            fatalError("objective \(solution.objective) is not that of \(values): \(program)")
        }
        guard solution.objective >= solution.bound - tolerance(solution.objective) else {
            fatalError("objective \(solution.objective) below the proven bound \(solution.bound): \(program)")
        }
        if let start, solution.objective > BranchAndBound.objectiveValue(program, start) + tolerance(solution.objective) {
            fatalError("answer \(solution.objective) worse than the start \(start): \(program)")
        }
        guard enumerable else { return }
        guard let optimum else { fatalError("answer \(values) found where no whole point satisfies every row: \(program)") }
        guard solution.bound <= optimum + tolerance(optimum) else {
            fatalError("bound \(solution.bound) above the optimum \(optimum): \(program)")
        }
        if solution.provenOptimal, solution.objective > optimum + solverGap * max(abs(optimum), 1e-9) + tolerance(optimum) {
            fatalError("proven answer \(solution.objective) is not within the gap of the optimum \(optimum): \(program)")
        }
    }
}
