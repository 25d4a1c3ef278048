import Foundation

/// The decode step of one deployment as a piecewise-affine function of its features, for every
/// micro-batch up to a limit at once.
///
/// Each operator takes `c + max(compute(x), memory(x))` seconds, both branches affine in the
/// features `x = [1, m, q_1^m, ..., q_K^m]`, `0 < q_k < 1` (``BatchedDecode``: one per distinct
/// MoE miss ratio). Their difference `D(m) = alpha + beta m + sum_k gamma_k q_k^m` changes sign
/// only a few times over `1...M`: its second difference `sum_k gamma_k (q_k - 1)^2 q_k^m` is a sum
/// of K exponentials, which changes sign at most K - 1 times; so the first difference changes
/// sign at most K times and D has at most K + 1 monotone runs. Each run is found by bisection on
/// the sign of the difference below it, and each run holds at most one branch switch, found by
/// bisection too. Between consecutive switches (of all operators) every operator is affine, so
/// every stage's seconds are one affine function of `x`: the block counts times the branch
/// coefficients, summed once per interval. A point then costs one short dot product per stage
/// row instead of one max per operator, which is what makes the full search fast. The result is
/// the same sum in another order (1e-12 relative); where an operator's branches are equal to
/// rounding at a switch, either is taken.
///
/// Skeletons with up to two exponential features (four features: MoE models with MTP, or with
/// two routings such as hash-routed and learned experts) have this form; the others use
/// ``BatchedDecode/Path/blas``.
struct PiecewiseDecode {
    /// The most exponential features handled.
    static let maxExponentials = 2
    /// Interval starts (micro-batches), ascending; the first is 1.
    var starts: [Int] = []
    /// intervals x rows x features: the affine coefficients of each stage row per interval,
    /// operator constants folded into the feature `1`.
    var coefficients: [Double] = []
    /// `q_k^m` for k = 0..<K, m = 1...M, at index `k * M + m - 1`; empty for dense models.
    var phi: [Double] = []
    /// Rows of `coefficients` per interval (distinct stages, transfers, MTP passes).
    var rows = 0
    /// Features per point (2 to 4).
    var features = 0
    /// Stride of `phi` between exponential features (the micro-batches its table covers).
    var phiStride = 0
    /// Scratch kept between deployments (no allocation per call once grown): each operator's
    /// branch after the first `cursor` switches, and the nonzero block counts.
    private var memoryBranch: [Bool] = []
    private var terms: [(target: Int, op: Int, count: Double)] = []
    /// Whether an interval's coefficients are summed yet: an interval is summed the first time a
    /// micro-batch in it is timed (a sweep times few batches of a deployment, in few intervals).
    private var filled: [Bool] = []
    /// The deployment's branch switches within range, its branches at micro-batch 1, its
    /// operator constants and time coefficients (arrays shared with the rates, not copied).
    private var switches: [Switch] = []
    private var switchCount = 0
    private var memoryAtOne: [Bool] = []
    private var constants: [Double] = []
    private var timeCoefficients: [Double] = []
    private var cursor = 0
    /// Micro-batches the switches of ``BatchedDecode``'s rates are found over once per chip and
    /// split (a sweep's batches go to 1,024); a longer range is searched per deployment.
    static let precomputedMicroBatches = 1024

    /// Prepares the form of `decode` for micro-batches `1...maxMicroBatch`, reusing this
    /// value's storage: the operators' branch switches come from `decode`'s rates (found once per
    /// chip and split) when they cover the range, else they are found here. False when the
    /// skeleton has more than two exponential features. An interval's coefficients are summed
    /// when a batch in it is first timed (``fillIntervals(batches:count:pipelineStages:)``).
    mutating func prepare(_ decode: BatchedDecode, maxMicroBatch: Int) -> Bool {
        let f = decode.skeleton.featureCount
        guard f - 2 <= Self.maxExponentials, maxMicroBatch >= 1 else { return false }
        let found: Switches
        if let cached = decode.switches, cached.upper >= maxMicroBatch {
            found = cached
        } else {
            guard let fresh = Switches(skeleton: decode.skeleton, timeCoefficients: decode.timeCoefficients, upper: maxMicroBatch) else {
                return false
            }
            found = fresh
        }
        let o = decode.operatorCount
        features = f
        phi = found.phi
        phiStride = found.upper
        rows = o == 0 ? 0 : decode.counts.count / o
        memoryAtOne = found.memoryAtOne
        memoryBranch.removeAll(keepingCapacity: true)
        memoryBranch.append(contentsOf: found.memoryAtOne)
        cursor = 0
        switches = found.switches
        switchCount = switches.prefix { $0.at <= maxMicroBatch }.count
        constants = decode.constants
        timeCoefficients = decode.timeCoefficients
        starts.removeAll(keepingCapacity: true)
        starts.append(1)
        for change in switches[..<switchCount] where change.at != starts.last! { starts.append(change.at) }
        terms.removeAll(keepingCapacity: true)
        decode.counts.withUnsafeBufferPointer { counts in
            for op in 0..<o {
                for row in 0..<rows where counts[row * o + op] != 0 { terms.append((row * f, op, counts[row * o + op])) }
            }
        }
        coefficients.removeAll(keepingCapacity: true)
        coefficients.append(contentsOf: repeatElement(0, count: starts.count * rows * f))
        filled.removeAll(keepingCapacity: true)
        filled.append(contentsOf: repeatElement(false, count: starts.count))
        return true
    }

    /// Sums the coefficients of every interval that holds one of `count` batches' micro-batches
    /// (`batches` over `pipelineStages` stages) and is not summed yet.
    mutating func fillIntervals(batches: UnsafePointer<Int>, count: Int, pipelineStages pp: Int) {
        var interval = 0
        for j in 0..<count {
            let m = pp == 1 ? batches[j] : (batches[j] + pp - 1) / pp
            if m < starts[interval] { interval = 0 }
            while interval + 1 < starts.count && m >= starts[interval + 1] { interval += 1 }
            if !filled[interval] { fill(interval: interval) }
        }
    }

    /// Sums one interval's coefficients: every stage row's affine coefficients, the block
    /// counts times each operator's branch there, summed afresh in operator order (no running
    /// differences, so a sum does not depend on which intervals were summed before it).
    private mutating func fill(interval: Int) {
        filled[interval] = true
        let start = starts[interval]
        // The branches at the interval: every switch at or before its start applied.
        if cursor > 0 && switches[cursor - 1].at > start {
            memoryBranch.withUnsafeMutableBufferPointer { branch in
                for op in 0..<branch.count { branch[op] = memoryAtOne[op] }
            }
            cursor = 0
        }
        while cursor < switchCount && switches[cursor].at <= start {
            memoryBranch[switches[cursor].op].toggle()
            cursor += 1
        }
        let f = features, width = rows * f
        timeCoefficients.withUnsafeBufferPointer { w in
            constants.withUnsafeBufferPointer { constants in
                memoryBranch.withUnsafeBufferPointer { branchOf in
                    terms.withUnsafeBufferPointer { terms in
                        coefficients.withUnsafeMutableBufferPointer { out in
                            let base = out.baseAddress! + interval * width
                            for term in terms {
                                let branch = w.baseAddress! + (2 * term.op + (branchOf[term.op] ? 1 : 0)) * f
                                let target = base + term.target
                                target[0] += term.count * (constants[term.op] + branch[0])
                                for k in 1..<f { target[k] += term.count * branch[k] }
                            }
                        }
                    }
                }
            }
        }
    }
}

extension PiecewiseDecode {
    /// One operator switching branch at a micro-batch.
    struct Switch: Sendable, Hashable {
        var at: Int
        var op: Int
    }

    /// Every operator's branch over micro-batches `1...upper`, with the powers of the exponential
    /// features: what depends on the chip's rates and the split, not on the pipeline depth, so a
    /// sweep finds it once per chip and split (``BatchedDecode``'s cached rates).
    struct Switches: Sendable {
        /// Micro-batches covered.
        var upper: Int
        /// `q_k^m` at `k * upper + m - 1`.
        var phi: [Double]
        /// Whether memory wins at micro-batch 1, per operator.
        var memoryAtOne: [Bool]
        /// Branch switches, ascending in micro-batch.
        var switches: [Switch]

        /// `q_k^m` for k over the skeleton's exponential features (at most two) and m = 1...`upper`,
        /// at `k * upper + m - 1`, each power the previous times `q_k`.
        static func powers(skeleton: BatchedDecode.Skeleton, upper: Int) -> [Double] {
            powers(featureCount: skeleton.featureCount, missRatios: skeleton.missRatios, stageGroups: skeleton.stageGroups, upper: upper)
        }

        /// ``powers(skeleton:upper:)`` from the skeleton's features, miss ratios and groups.
        static func powers(featureCount: Int, missRatios: [Double], stageGroups: Double, upper: Int) -> [Double] {
            let exponentials = Swift.min(featureCount - 2, PiecewiseDecode.maxExponentials)
            guard exponentials > 0, upper >= 1 else { return [] }
            return [Double](unsafeUninitializedCapacity: exponentials * upper) { phi, initialized in
                for k in 0..<exponentials {
                    let q = Foundation.pow(missRatios[k], stageGroups)
                    var value = q
                    for m in 0..<upper {
                        phi[k * upper + m] = value
                        value *= q
                    }
                }
                initialized = exponentials * upper
            }
        }

        /// Nil for more than two exponential features.
        init?(skeleton: BatchedDecode.Skeleton, timeCoefficients: [Double], upper: Int) {
            let f = skeleton.featureCount
            let exponentials = f - 2
            guard exponentials <= PiecewiseDecode.maxExponentials, upper >= 1 else { return nil }
            let o = skeleton.kinds.count
            self.upper = upper
            // The skeleton holds the sweep's table already (the same products in the same order).
            let phi = upper == PiecewiseDecode.precomputedMicroBatches ? skeleton.powers : Self.powers(skeleton: skeleton, upper: upper)
            var ratios = (0.0, 0.0)
            for k in 0..<exponentials {
                let q = Foundation.pow(skeleton.missRatios[k], skeleton.stageGroups)
                if k == 0 { ratios.0 = q } else { ratios.1 = q }
            }
            var memoryAtOne = [Bool](repeating: false, count: o)
            var switches: [Switch] = []
            var runs: [Int] = [], turns: [Int] = []
            timeCoefficients.withUnsafeBufferPointer { w in
                phi.withUnsafeBufferPointer { table in
                    let powers = table.baseAddress ?? UnsafePointer(bitPattern: MemoryLayout<Double>.alignment)!
                    for op in 0..<o {
                        let compute = w.baseAddress! + 2 * op * f
                        memoryAtOne[op] = PiecewiseDecode.branchSwitches(
                            compute: compute, memory: compute + f, features: f, powers: powers, ratios: ratios, upper: upper,
                            runs: &runs, turns: &turns) { switches.append(Switch(at: $0, op: op)) }
                    }
                }
            }
            switches.sort { ($0.at, $0.op) < ($1.at, $1.op) }
            self.phi = phi
            self.memoryAtOne = memoryAtOne
            self.switches = switches
        }
    }
}

extension PiecewiseDecode {
    /// One operator's branch of `c + max(compute, memory)` over micro-batches `1...upper`:
    /// returns whether memory wins at 1 and reports, ascending, each micro-batch where the
    /// winner changes. `compute` and `memory` hold the branches' coefficients on the `features`
    /// features, `powers[k * upper + m - 1] = q_k^m` for the exponential ones with `ratios`
    /// `(q_1, q_2)`; `runs` and `turns` are scratch.
    static func branchSwitches(
        compute: UnsafePointer<Double>, memory: UnsafePointer<Double>, features f: Int, powers: UnsafePointer<Double>,
        ratios: (Double, Double), upper: Int, runs: inout [Int], turns: inout [Int], report: (Int) -> Void
    ) -> Bool {
        let exponentials = f - 2
        let (q1, q2) = ratios
        let beta = compute[1] - memory[1]
        let g1 = exponentials > 0 ? compute[2] - memory[2] : 0
        let g2 = exponentials > 1 ? compute[3] - memory[3] : 0
        @inline(__always) func power(_ k: Int, _ m: Int) -> Double { powers[k * upper + m - 1] }
        // The branch `BatchedDecode.block` takes: memory where memory > compute.
        @inline(__always) func memoryWins(_ m: Int) -> Bool {
            var d = compute[0] + compute[1] * Double(m), e = memory[0] + memory[1] * Double(m)
            if exponentials > 0 {
                d += compute[2] * power(0, m)
                e += memory[2] * power(0, m)
            }
            if exponentials > 1 {
                d += compute[3] * power(1, m)
                e += memory[3] * power(1, m)
            }
            return e > d
        }
        // First and second differences of D = compute - memory, from the coefficients.
        @inline(__always) func firstDifferenceNegative(_ m: Int) -> Bool {
            var value = beta
            if exponentials > 0 { value += g1 * (q1 - 1) * power(0, m) }
            if exponentials > 1 { value += g2 * (q2 - 1) * power(1, m) }
            return value < 0
        }
        @inline(__always) func secondDifferenceNegative(_ m: Int) -> Bool {
            g1 * (q1 - 1) * (q1 - 1) * power(0, m) + g2 * (q2 - 1) * (q2 - 1) * power(1, m) < 0
        }
        // Turning points of D (where its first difference changes sign), found on the segments
        // where that difference is monotone, which the sign changes of the second difference
        // bound (none with one exponential: its second difference keeps one sign).
        runs.removeAll(keepingCapacity: true)
        runs.append(1)
        if exponentials == 2 && g1 != 0 && g2 != 0 && upper >= 4 {
            signChanges(1, upper - 2, secondDifferenceNegative) { runs.append($0) }
        }
        runs.append(upper - 1)
        turns.removeAll(keepingCapacity: true)
        turns.append(1)
        if exponentials > 0 { signChanges(runs, firstDifferenceNegative) { turns.append($0) } }
        turns.append(upper)
        // D is monotone between consecutive turning points: one switch at most in each.
        signChanges(turns, memoryWins, report: report)
        return memoryWins(1)
    }

    /// ``signChanges(_:_:report:)`` over the two boundaries `low` and `high`.
    @inline(__always)
    static func signChanges(_ low: Int, _ high: Int, _ predicate: (Int) -> Bool, report: (Int) -> Void) {
        guard high > low else { return }
        let first = predicate(low)
        if predicate(high) != first { report(firstChange(after: low, before: high, from: first, predicate)) }
    }

    /// The first m in (low, high] where `predicate(m) != value`, given `predicate(low) == value`,
    /// `predicate(high) != value` and at most one change between them (bisection).
    @inline(__always)
    static func firstChange(after low: Int, before high: Int, from value: Bool, _ predicate: (Int) -> Bool) -> Int {
        var (good, bad) = (low, high)
        while bad - good > 1 {
            let mid = (good + bad) / 2
            if predicate(mid) == value { good = mid } else { bad = mid }
        }
        return bad
    }

    /// Reports, in ascending order, every m in (first, last] of `boundaries` (ascending) where
    /// `predicate(m) != predicate(m - 1)`, given that the predicate changes at most once between
    /// consecutive boundaries (found by bisection there).
    @inline(__always)
    static func signChanges(_ boundaries: [Int], _ predicate: (Int) -> Bool, report: (Int) -> Void) {
        guard var previous = boundaries.first else { return }
        var value = predicate(previous)
        for next in boundaries.dropFirst() {
            guard next > previous else { continue }
            let end = predicate(next)
            if end != value {
                report(firstChange(after: previous, before: next, from: value, predicate))
                value = end
            }
            previous = next
        }
    }
}
