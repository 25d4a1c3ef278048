import Foundation
import Testing
@testable import InferCap

/// Branch and bound within limits, against brute force and against the optima GLPK and CBC
/// find for the fleet programs that used to take minutes.
@Suite("Branch and bound: limits, bounds and the slow fleet programs")
struct BranchAndBoundTests {
    /// min 7.3a + 5.1b + 3.7c + 2.9d st 13a + 9b + 6c + 4d >= 101, 2a + 3b + 5c + 7d >= 37, whole:
    /// rounding the relaxation up is not optimal, so the search needs nodes.
    static let covering = LinearProgram(
        objective: [7.3, 5.1, 3.7, 2.9],
        rows: [.init([0: 13, 1: 9, 2: 6, 3: 4], .greaterOrEqual, 101), .init([0: 2, 1: 3, 2: 5, 3: 7], .greaterOrEqual, 37)],
        integer: [true, true, true, true])

    /// The optimum of ``covering`` by enumeration.
    static let coveringOptimum: Double = {
        var best = Double.infinity
        for a in 0...8 { for b in 0...12 { for c in 0...17 { for d in 0...26 {
            guard 13 * a + 9 * b + 6 * c + 4 * d >= 101, 2 * a + 3 * b + 5 * c + 7 * d >= 37 else { continue }
            best = min(best, 7.3 * Double(a) + 5.1 * Double(b) + 3.7 * Double(c) + 2.9 * Double(d))
        } } } }
        return best
    }()

    @Test("the search finished: optimal, the bound equals the objective")
    func finished() throws {
        let solution = try #require(BranchAndBound.solve(Self.covering, relativeGap: 0))
        #expect(solution.provenOptimal && solution.stop == nil)
        #expect(solution.objective.isClose(to: Self.coveringOptimum, relative: 1e-12))
        #expect(solution.bound <= solution.objective && solution.bound >= solution.objective - 1e-9)
    }

    @Test(
        "a search stopped by time, Ctrl-C or nodes returns its incumbent with a proven bound below the optimum",
        arguments: [BranchAndBound.StopReason.timeLimit, .cancelled, .nodeLimit])
    func stopped(reason: BranchAndBound.StopReason) throws {
        let limits = switch reason {
        case .timeLimit: SolverLimits(deadline: .now)
        case .cancelled: SolverLimits(shouldStop: { true })
        case .nodeLimit: SolverLimits(nodeLimit: 1)
        }
        let solution = try #require(BranchAndBound.solve(Self.covering, relativeGap: 0, limits: limits))
        #expect(!solution.provenOptimal)
        #expect(solution.stop == reason)
        #expect(BranchAndBound.satisfies(Self.covering, solution.values))
        #expect(solution.values.allSatisfy { $0 == $0.rounded() })
        #expect(solution.objective.isClose(to: BranchAndBound.objectiveValue(Self.covering, solution.values), relative: 1e-12))
        // The incumbent is no better than the optimum, the bound no higher, and the gap says so.
        #expect(solution.objective >= Self.coveringOptimum - 1e-9)
        #expect(solution.bound <= Self.coveringOptimum + 1e-9)
        #expect(solution.bound <= solution.objective)
        #expect(solution.relativeGap >= 0)
        #expect(solution.relativeGap.isClose(to: (solution.objective - solution.bound) / solution.objective, relative: 1e-12))
        #expect(solution.objective > Self.coveringOptimum + 1e-9, "stopped at once, the rounded root is not yet optimal")
    }

    @Test("progress reports the incumbent and a bound that never exceeds it")
    func progress() throws {
        final class Reports: @unchecked Sendable {
            let lock = NSLock()
            var items: [BranchAndBound.Progress] = []
        }
        let reports = Reports()
        let limits = SolverLimits(progress: { p in reports.lock.withLock { reports.items.append(p) } }, progressIntervalSeconds: 0)
        let solution = try #require(BranchAndBound.solve(Self.covering, relativeGap: 0, limits: limits))
        #expect(!reports.items.isEmpty)
        for report in reports.items {
            let objective = try #require(report.objective)
            #expect(report.bound <= objective + 1e-9 && objective >= solution.objective - 1e-9)
            #expect(report.bound <= Self.coveringOptimum + 1e-9)
        }
        #expect(reports.items.map(\.nodes) == reports.items.map(\.nodes).sorted())
    }

    @Test("a search stopped before any whole solution says so; an infeasible one says that")
    func stoppedEmpty() {
        // x + y = 1.5 with x, y whole has no solution; the relaxation does.
        let none = LinearProgram(objective: [1, 1], rows: [.init([0: 2, 1: 2], .equal, 3)], integer: [true, true])
        #expect(BranchAndBound.search(none, limits: SolverLimits(deadline: .now)) == .stopped(.timeLimit))
        #expect(BranchAndBound.search(none) == .infeasible)
    }

    @Test("random small programs with <=, >= and = rows and costs of either sign match brute force")
    func randomPrograms() throws {
        var generator = SeededRandom(seed: 35)
        var solved = 0
        for _ in 0..<60 {
            let n = generator.int(in: 2...3)
            let costs = (0..<n).map { _ in Double(generator.int(in: -40...60)) / 7 }
            var rows: [LinearProgram.Row] = (0..<n).map { .init([$0: 1], .lessOrEqual, 6) }  // a box 0...6
            for _ in 0..<generator.int(in: 1...2) {
                let coefficients = Dictionary(uniqueKeysWithValues: (0..<n).map { ($0, Double(generator.int(in: -9...15)) / 3) })
                let relation = [LinearProgram.Relation.lessOrEqual, .greaterOrEqual, .equal][generator.int(in: 0...2)]
                rows.append(.init(coefficients, relation, Double(generator.int(in: -5...30)) / 2))
            }
            let program = LinearProgram(objective: costs, rows: rows, integer: [Bool](repeating: true, count: n))
            var best: Double?
            for i in 0...6 { for j in 0...6 { for k in 0...(n == 3 ? 6 : 0) {
                let x = [Double(i), Double(j), Double(k)].prefix(n).map { $0 }
                guard BranchAndBound.satisfies(program, Array(x)) else { continue }
                let value = BranchAndBound.objectiveValue(program, Array(x))
                best = min(best ?? value, value)
            } } }
            let outcome = BranchAndBound.search(program, relativeGap: 0)
            guard let best else {
                #expect(outcome == .infeasible, "\(program)")
                continue
            }
            let solution = try #require(outcome.solution, "\(program)")
            solved += 1
            #expect(solution.objective.isClose(to: best, relative: 1e-9) || abs(solution.objective - best) < 1e-9, "\(program)")
            #expect(solution.provenOptimal && solution.bound <= solution.objective + 1e-12)
        }
        #expect(solved >= 20)
    }

    @Test("the objective step: chips per instance, one chip type's cost, none when a flow has a cost")
    func objectiveStep() {
        let chips = LinearProgram(objective: [8, 16, 8, 0], rows: [], integer: [true, true, true, false])
        #expect(BranchAndBound.objectiveStep(chips) == 8)
        let cost = LinearProgram(objective: [3_750.5 * 8, 3_750.5 * 16, 3_750.5 * 4], rows: [], integer: [true, true, true])
        #expect(BranchAndBound.objectiveStep(cost).isClose(to: 3_750.5 * 4, relative: 1e-12))
        #expect(BranchAndBound.objectiveStep(LinearProgram(objective: [8, 1], rows: [], integer: [true, false])) == 0)
        #expect(BranchAndBound.objectiveStep(LinearProgram(objective: [1, 2.0.squareRoot()], rows: [], integer: [true, true])) == 0)
    }

    @Test("bounds on variables: shifted, capped, fixed, and empty")
    func bounds() {
        // max x + 2y st x + y <= 10, x in [2, 3], y <= 5  ->  x = 3, y = 5.
        let program = LinearProgram(objective: [-1, -2], rows: [.init([0: 1, 1: 1], .lessOrEqual, 10)], integer: [false, false])
        guard case let .optimal(values, objective) = Simplex.solve(program, lower: [2, 0], upper: [3, 5]) else {
            Issue.record("not optimal")
            return
        }
        #expect(values == [3, 5] && objective == -13)
        guard case let .optimal(fixed, _) = Simplex.solve(program, lower: [4, 0], upper: [4, .infinity]) else {
            Issue.record("not optimal")
            return
        }
        #expect(fixed == [4, 6])
        #expect(Simplex.solve(program, lower: [4, 0], upper: [3, .infinity]) == .infeasible)
        #expect(Simplex.solve(program, lower: [6, 5], upper: [.infinity, .infinity]) == .infeasible)
    }

    /// The fleet programs of `fleet size --model llama-3.1-405b --accelerators h20-141g,a100-80g
    /// --objective chips --kv-transfer any-vendor --tpot-slo-ms 80` at 6e10 tokens/day (written
    /// by `--write-lp`), which took 178 s in all; GLPK 5.0 and CBC 2.10.8 prove 7,920, 4,400
    /// and 4,392 chips optimal.
    static let slowFleet: [(name: String, program: LinearProgram, optimum: Double)] = [
        ("h20-141g alone", LinearProgram(
            objective: [8, 8, 16, 8, 0],
            rows: [
                .init([0: 0.2566678808196873, 4: 1], .greaterOrEqual, 339.0842013888889),
                .init([1: 0.5283068963743105, 2: 1.0573668855797052, 4: -1], .greaterOrEqual, 0),
                .init([3: 0.9746946666448313, 4: -1], .greaterOrEqual, 0),
            ],
            integer: [true, true, true, true, false]), 7_920),
        ("a100-80g alone", LinearProgram(
            objective: [16, 16, 16, 0],
            rows: [
                .init([0: 0.5633087226385487, 3: 1], .greaterOrEqual, 339.0842013888889),
                .init([1: 2.4690593372217022, 3: -1], .greaterOrEqual, 0),
                .init([2: 2.4920605084701997, 3: -1], .greaterOrEqual, 0),
            ],
            integer: [true, true, true, false]), 4_400),
        ("best mix", LinearProgram(
            objective: [8, 8, 16, 8, 16, 16, 16, 0],
            rows: [
                .init([0: 0.2566678808196873, 4: 0.5633087226385487, 7: 1], .greaterOrEqual, 339.0842013888889),
                .init([1: 0.5283068963743105, 2: 1.0573668855797052, 5: 2.4690593372217022, 7: -1], .greaterOrEqual, 0),
                .init([3: 0.9746946666448313, 6: 2.4920605084701997, 7: -1], .greaterOrEqual, 0),
            ],
            integer: [true, true, true, true, true, true, true, false]), 4_392),
    ]

    @Test("the programs that took minutes are proven optimal in a few dozen relaxations, as GLPK and CBC find", arguments: 0..<3)
    func slowFleetPrograms(index: Int) throws {
        let (name, program, optimum) = Self.slowFleet[index]
        let solution = try #require(BranchAndBound.solve(program), "\(name)")
        #expect(solution.provenOptimal, "\(name)")
        #expect(solution.objective == optimum, "\(name)")
        #expect(solution.bound == optimum, "\(name): the step of 8 chips closes the gap")
        #expect(solution.nodes <= 100, "\(name): \(solution.nodes) relaxations")
    }

    @Test("the LP file of a tiny program, exactly")
    func lpFormat() {
        let program = LinearProgram(
            objective: [8, -2.5, 0],
            rows: [.init([1: 1, 0: 0.25, 2: -1], .greaterOrEqual, 3.5), .init([2: 1], .equal, 1e-05), .init([0: 2], .lessOrEqual, 10)],
            integer: [true, true, false])
        #expect(program.lpFormat(comment: "tiny\nprogram") == """
            \\ tiny program
            Minimize
             obj: 8 x0 - 2.5 x1
            Subject To
             c0: 0.25 x0 + 1 x1 - 1 x2 >= 3.5
             c1: 1 x2 = 1e-05
             c2: 2 x0 <= 10
            Bounds
             x0 >= 0
             x1 >= 0
             x2 >= 0
            General
             x0 x1
            End

            """)
        // Long rows break after eight terms.
        let wide = LinearProgram(objective: [Double](repeating: 1, count: 9), rows: [], integer: [Bool](repeating: false, count: 9))
        #expect(wide.lpFormat().contains(" obj: 1 x0 + 1 x1 + 1 x2 + 1 x3 + 1 x4 + 1 x5 + 1 x6 + 1 x7\n   + 1 x8\n"))
    }
}
