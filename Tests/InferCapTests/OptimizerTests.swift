import Testing
@testable import InferCap

/// The simplex and branch and bound on programs whose answers are known by hand.
@Suite("Linear and integer programs")
struct OptimizerTests {
    @Test("simplex finds the textbook optimum, with >=, <= and = rows")
    func textbook() throws {
        // max 3x + 5y st x <= 4, 2y <= 12, 3x + 2y <= 18  ->  x = 2, y = 6, value 36.
        let program = LinearProgram(
            objective: [-3, -5],
            rows: [.init([0: 1], .lessOrEqual, 4), .init([1: 2], .lessOrEqual, 12), .init([0: 3, 1: 2], .lessOrEqual, 18)],
            integer: [false, false])
        guard case let .optimal(values, objective) = Simplex.solve(program) else { Issue.record("not optimal"); return }
        #expect(values[0].isClose(to: 2, relative: 1e-9) && values[1].isClose(to: 6, relative: 1e-9))
        #expect(objective.isClose(to: -36, relative: 1e-9))
        // min x + y st x + y >= 3, x - y = 1  ->  x = 2, y = 1.
        let second = LinearProgram(
            objective: [1, 1], rows: [.init([0: 1, 1: 1], .greaterOrEqual, 3), .init([0: 1, 1: -1], .equal, 1)], integer: [false, false])
        guard case let .optimal(v, _) = Simplex.solve(second) else { Issue.record("not optimal"); return }
        #expect(v[0].isClose(to: 2, relative: 1e-9) && v[1].isClose(to: 1, relative: 1e-9))
    }

    @Test("simplex reports infeasible and unbounded programs")
    func degenerate() {
        let infeasible = LinearProgram(objective: [1], rows: [.init([0: 1], .lessOrEqual, 1), .init([0: 1], .greaterOrEqual, 2)], integer: [false])
        #expect(Simplex.solve(infeasible) == .infeasible)
        let unbounded = LinearProgram(objective: [-1, 0], rows: [.init([0: 1, 1: -1], .lessOrEqual, 1)], integer: [false, false])
        #expect(Simplex.solve(unbounded) == .unbounded)
    }

    @Test("branch and bound solves a knapsack exactly (the relaxation is fractional)")
    func knapsack() throws {
        // max 5a + 4b + 3c st 2a + 3b + c <= 5, 4a + b + 2c <= 11, 3a + 4b + 2c <= 8, whole  ->  a=2, c=1, value 13.
        let program = LinearProgram(
            objective: [-5, -4, -3],
            rows: [
                .init([0: 2, 1: 3, 2: 1], .lessOrEqual, 5), .init([0: 4, 1: 1, 2: 2], .lessOrEqual, 11),
                .init([0: 3, 1: 4, 2: 2], .lessOrEqual, 8),
            ],
            integer: [true, true, true])
        let solution = try #require(BranchAndBound.solve(program, relativeGap: 0))
        #expect(solution.provenOptimal)
        #expect(solution.objective.isClose(to: -13, relative: 1e-9))
        // Brute force agrees.
        var best = 0.0
        for a in 0...5 { for b in 0...5 { for c in 0...5 where 2 * a + 3 * b + c <= 5 && 4 * a + b + 2 * c <= 11 && 3 * a + 4 * b + 2 * c <= 8 {
            best = max(best, Double(5 * a + 4 * b + 3 * c))
        } } }
        #expect(-solution.objective == best)
    }

    @Test("branch and bound matches brute force on random covering programs")
    func randomCovering() throws {
        var generator = SeededRandom(seed: 7)
        for _ in 0..<30 {
            // min c.x st a.x >= d, x whole in 0...8 (two or three columns).
            let n = 2 + Int(generator.next() % 2)
            let rates = (0..<n).map { _ in 1 + Double(generator.next() % 50) / 7 }
            let costs = (0..<n).map { _ in 1 + Double(generator.next() % 40) / 3 }
            let demand = 5 + Double(generator.next() % 30)
            let program = LinearProgram(
                objective: costs, rows: [.init(Dictionary(uniqueKeysWithValues: rates.enumerated().map { ($0.offset, $0.element) }), .greaterOrEqual, demand)],
                integer: [Bool](repeating: true, count: n))
            let solution = try #require(BranchAndBound.solve(program, relativeGap: 0))
            var best = Double.infinity
            let limit = 40
            for i in 0...limit { for j in 0...limit { for k in 0...(n == 3 ? limit : 0) {
                let x = [i, j, k].prefix(n).map(Double.init)
                if zip(x, rates).reduce(0, { $0 + $1.0 * $1.1 }) >= demand - 1e-9 {
                    best = min(best, zip(x, costs).reduce(0, { $0 + $1.0 * $1.1 }))
                }
            } } }
            #expect(solution.objective.isClose(to: best, relative: 1e-9), "rates \(rates) costs \(costs) demand \(demand)")
        }
    }
}
