/// Integer solutions of a ``LinearProgram`` by best-first branch and bound on its linear
/// relaxation (`Simplex`), to a proven relative gap, within ``SolverLimits``.
///
/// Each node narrows the bounds of one variable, `x_j ≤ floor(v)` or `x_j ≥ ceil(v)`, on the
/// most fractional integer variable; bounds shift or remove variables rather than add rows, so
/// a deep node's relaxation is as small as the root's. The open node with the lowest
/// relaxation is expanded first. Whole solutions come from rounding the root, from the nodes
/// themselves and from diving (fixing fractional integers one by one and re-solving).
///
/// A node is pruned when its relaxation cannot improve the best whole solution by more than
/// `relativeGap` of it. When every integer variable with a cost has a cost that is a whole
/// multiple of one step `g` (chips: 8 and 16 chips per instance; one chip type's yearly
/// cost: its price times the chips), and the continuous variables cost nothing, every whole
/// solution's objective is a multiple of `g` too, so a relaxation of value `b` is rounded up
/// to the next multiple of `g` before it is compared: this alone closes most fleet programs at
/// the root. ``Solution/bound`` is the smallest bound of any node left open or pruned, a
/// proven lower bound on the optimum; when a limit stops the search the incumbent is returned
/// with that bound.
public enum BranchAndBound {
    /// A solved program.
    public struct Solution: Sendable, Hashable {
        /// Variable values (integers exact where required).
        public var values: [Double]
        /// Objective at `values`.
        public var objective: Double
        /// Proven lower bound on the optimum (never above ``objective``).
        public var bound: Double
        /// Whether the search finished (the answer is within the requested gap).
        public var provenOptimal: Bool
        /// Relaxations solved.
        public var nodes: Int
        /// What stopped the search before it finished (nil when it finished).
        public var stop: StopReason?

        /// Proven relative distance from the optimum: `(objective - bound) / |objective|`
        /// (0 = optimal).
        public var relativeGap: Double { max(0, objective - bound) / max(abs(objective), 1e-12) }
    }

    /// Why a search stopped before it finished.
    public enum StopReason: String, Sendable, Hashable {
        /// ``SolverLimits/nodeLimit`` relaxations were solved.
        case nodeLimit = "node limit"
        /// ``SolverLimits/deadline`` passed.
        case timeLimit = "time limit"
        /// ``SolverLimits/shouldStop`` returned true.
        case cancelled
    }

    /// Where a running search stands, for a progress display.
    public struct Progress: Sendable, Hashable {
        /// Relaxations solved so far.
        public var nodes: Int
        /// Objective of the best whole solution so far (nil: none yet).
        public var objective: Double?
        /// Proven lower bound on the optimum so far.
        public var bound: Double
        /// Open nodes waiting to be expanded.
        public var openNodes: Int
    }

    /// How a search ended.
    public enum Outcome: Sendable, Hashable {
        /// A whole solution: optimal within the gap, or the best found when a limit stopped it.
        case solved(Solution)
        /// No point satisfies every row (or the relaxation is unbounded and no start was given).
        case infeasible
        /// A limit stopped the search before any whole solution was found.
        case stopped(StopReason)

        /// The solution, if there is one.
        public var solution: Solution? {
            if case let .solved(solution) = self { solution } else { nil }
        }
    }

    /// Solves `program`; nil when no whole solution was found (infeasible, or stopped before
    /// one: ``search(_:relativeGap:limits:start:)`` tells which). `start`, when given, is a
    /// whole solution the answer must not be worse than.
    public static func solve(
        _ program: LinearProgram, relativeGap: Double = 1e-6, limits: SolverLimits = SolverLimits(), start: [Double]? = nil
    ) -> Solution? {
        search(program, relativeGap: relativeGap, limits: limits, start: start).solution
    }

    /// Searches `program` until the best whole solution is proven within `relativeGap` of the
    /// optimum or a limit stops it. `start`, when given, is a whole solution the answer must
    /// not be worse than.
    public static func search(
        _ program: LinearProgram, relativeGap: Double = 1e-6, limits: SolverLimits = SolverLimits(), start: [Double]? = nil
    ) -> Outcome {
        var state = Search(program: program, relativeGap: relativeGap, limits: limits)
        if let start { state.offer(start) }
        let n = program.variableCount
        let lower = [Double](repeating: 0, count: n), upper = [Double](repeating: .infinity, count: n)
        guard let root = state.relax(lower: lower, upper: upper) else {
            return state.best.map { .solved(state.solution($0, bound: $0.objective, finished: false)) } ?? .infeasible
        }
        let rootBound = state.lowest(root.objective)
        state.round(root.values)
        var open = Heap()
        open.push(Node(bound: rootBound, lower: lower, upper: upper, values: root.values))
        // Lowest bound of a node dropped because it could not improve the incumbent enough.
        var dropped = Double.infinity
        while let node = open.pop() {
            if state.prunes(node.bound) {
                dropped = min(dropped, node.bound)  // every node still open has a bound at least as high
                open = Heap()
                break
            }
            if state.mustStop(open: open.count + 1, bound: min(node.bound, dropped)) {
                open.push(node)
                break
            }
            if state.best == nil || state.nodes % 64 == 1 { state.dive(lower: node.lower, upper: node.upper) }
            guard let (index, value) = state.mostFractional(node.values) else {
                state.offer(node.values)
                continue
            }
            for down in [true, false] {
                var child = node
                if down { child.upper[index] = value.rounded(.down) } else { child.lower[index] = value.rounded(.up) }
                guard child.lower[index] <= child.upper[index], let relaxed = state.relax(lower: child.lower, upper: child.upper) else { continue }
                let bound = state.lowest(relaxed.objective)
                if state.prunes(bound) {
                    dropped = min(dropped, bound)
                    continue
                }
                if state.mostFractional(relaxed.values) == nil {
                    state.offer(relaxed.values)
                    continue
                }
                child.bound = bound
                child.values = relaxed.values
                open.push(child)
            }
        }
        guard let best = state.best else { return state.stop.map { .stopped($0) } ?? .infeasible }
        let leaves = min(dropped, open.peekBound ?? .infinity)
        let bound = min(best.objective, max(rootBound, leaves))
        return .solved(state.solution(best, bound: bound, finished: state.stop == nil))
    }

    // MARK: Pieces

    private struct Node {
        var bound: Double
        var lower: [Double]
        var upper: [Double]
        var values: [Double]
    }

    /// The search's running state: incumbent, node count, limits.
    private struct Search {
        let program: LinearProgram
        let relativeGap: Double
        let limits: SolverLimits
        /// Every whole solution's objective is a multiple of this (0: no such step).
        let step: Double
        var best: (values: [Double], objective: Double)?
        var nodes = 0
        var stop: StopReason?
        let clock = ContinuousClock()
        var lastReport: ContinuousClock.Instant

        init(program: LinearProgram, relativeGap: Double, limits: SolverLimits) {
            self.program = program
            self.relativeGap = relativeGap
            self.limits = limits
            step = BranchAndBound.objectiveStep(program)
            lastReport = clock.now
        }

        func solution(_ best: (values: [Double], objective: Double), bound: Double, finished: Bool) -> Solution {
            Solution(values: best.values, objective: best.objective, bound: bound, provenOptimal: finished, nodes: nodes, stop: stop)
        }

        /// The smallest objective a whole solution under a relaxation of value `objective` can
        /// have: `objective` rounded up to the objective's step.
        func lowest(_ objective: Double) -> Double {
            guard step > 0 else { return objective }
            let steps = objective / step
            return (steps - max(1e-6, abs(steps) * 1e-9)).rounded(.up) * step
        }

        /// Whether a node with this bound cannot improve the incumbent by more than the gap.
        func prunes(_ bound: Double) -> Bool {
            guard let incumbent = best?.objective else { return false }
            return bound >= incumbent - relativeGap * max(abs(incumbent), 1e-9)
        }

        /// Checks the limits (and reports progress); true once the search must stop.
        mutating func mustStop(open: Int, bound: Double) -> Bool {
            if stop != nil { return true }
            if nodes >= limits.nodeLimit {
                stop = .nodeLimit
            } else if let deadline = limits.deadline, clock.now >= deadline {
                stop = .timeLimit
            } else if limits.shouldStop?() == true {
                stop = .cancelled
            }
            if let progress = limits.progress, stop == nil, lastReport.duration(to: clock.now) >= .seconds(limits.progressIntervalSeconds) {
                lastReport = clock.now
                let incumbent = best?.objective
                progress(Progress(nodes: nodes, objective: incumbent, bound: min(bound, incumbent ?? bound), openNodes: open))
            }
            return stop != nil
        }

        /// The relaxation within the bounds (one node), nil when it has no optimum.
        mutating func relax(lower: [Double], upper: [Double]) -> (values: [Double], objective: Double)? {
            nodes += 1
            guard case let .optimal(values, objective) = Simplex.solve(program, lower: lower, upper: upper) else { return nil }
            return (values, objective)
        }

        /// Takes `values` as the incumbent if they are whole, satisfy every row and cost less.
        mutating func offer(_ values: [Double]) {
            guard mostFractional(values) == nil else { return }
            var whole = values
            for j in 0..<program.variableCount where program.integer[j] { whole[j] = values[j].rounded() }
            guard BranchAndBound.satisfies(program, whole) else { return }
            let objective = BranchAndBound.objectiveValue(program, whole)
            if best == nil || objective < best!.objective { best = (whole, objective) }
        }

        /// Rounding: every integer of the root relaxation up, then every one down, with the
        /// continuous variables re-solved (a covering program always has the first).
        mutating func round(_ values: [Double]) {
            for rule in [FloatingPointRoundingRule.up, .down] {
                var lower = [Double](repeating: 0, count: program.variableCount)
                var upper = [Double](repeating: .infinity, count: program.variableCount)
                for j in 0..<program.variableCount where program.integer[j] {
                    lower[j] = max(0, values[j].rounded(rule))
                    upper[j] = lower[j]
                }
                if let relaxed = relax(lower: lower, upper: upper) { offer(relaxed.values) }
            }
        }

        /// Diving: fixes fractional integers one at a time (the most fractional first, rounded
        /// down, or up when down has no solution), re-solving the relaxation after each fix so
        /// the rest of the program absorbs the rounding, until the solution is whole.
        mutating func dive(lower: [Double], upper: [Double]) {
            var lower = lower, upper = upper
            guard var current = relax(lower: lower, upper: upper) else { return }
            for _ in 0..<(2 * program.variableCount + 2) {
                guard let (index, value) = mostFractional(current.values) else {
                    offer(current.values)
                    return
                }
                if mustStop(open: 0, bound: best?.objective ?? current.objective) { return }
                var next: (values: [Double], objective: Double)?
                for rule in [FloatingPointRoundingRule.down, .up] {
                    var (trialLower, trialUpper) = (lower, upper)
                    trialLower[index] = value.rounded(rule)
                    trialUpper[index] = value.rounded(rule)
                    guard trialLower[index] >= lower[index], trialUpper[index] <= upper[index] else { continue }
                    if let relaxed = relax(lower: trialLower, upper: trialUpper) {
                        if prunes(lowest(relaxed.objective)) { return }
                        (lower, upper) = (trialLower, trialUpper)
                        next = relaxed
                        break
                    }
                }
                guard let next else { return }
                current = next
            }
        }

        func mostFractional(_ values: [Double]) -> (Int, Double)? {
            var branch: (index: Int, value: Double, distance: Double)?
            for j in 0..<program.variableCount where program.integer[j] {
                let fraction = values[j] - values[j].rounded(.down)
                let distance = min(fraction, 1 - fraction)
                if distance > 1e-6, distance > (branch?.distance ?? 0) { branch = (j, values[j], distance) }
            }
            return branch.map { ($0.index, $0.value) }
        }
    }

    /// A binary min-heap of nodes by bound.
    private struct Heap {
        private var items: [Node] = []
        var peekBound: Double? { items.first?.bound }
        var count: Int { items.count }

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

    /// The step every whole solution's objective is a multiple of: the largest `c / d`
    /// (`c` the smallest cost magnitude, `d` from 1 to 64) that divides every integer
    /// variable's cost; 0 when there is none or a continuous variable has a cost.
    static func objectiveStep(_ program: LinearProgram) -> Double {
        var costs: [Double] = []
        for j in 0..<program.variableCount where program.objective[j] != 0 {
            guard program.integer[j] else { return 0 }
            costs.append(abs(program.objective[j]))
        }
        guard let smallest = costs.min() else { return 0 }
        for divisor in 1...64 {
            let step = smallest / Double(divisor)
            if costs.allSatisfy({ let r = $0 / step; return abs(r - r.rounded()) <= 1e-9 * max(1, r) }) { return step }
        }
        return 0
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
