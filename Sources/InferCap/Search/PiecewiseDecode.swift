import Foundation

/// The decode step of one deployment as a piecewise-affine function of its features, for every
/// micro-batch up to a limit at once.
///
/// Each operator takes `c + max(compute(x), memory(x))` seconds, both branches affine in the
/// features `x = [1, m, phi(m)]` with `phi(m) = q^m`, `0 < q < 1` (``BatchedDecode``). Their
/// difference `d(m) = alpha + beta m + gamma q^m` has a monotone derivative, so it has at most one
/// extremum and changes sign at most twice: over `1...M` every operator stays on one branch
/// except at two micro-batches at most. Between consecutive such breakpoints (of all operators)
/// every operator is affine, so every stage's seconds are one affine function of `x`: the
/// block counts times the branch coefficients, summed once per interval. A point then costs one
/// short dot product per stage row instead of one max per operator, which is what makes the
/// full search fast. The result is the same sum in another order (1e-12 relative); where an
/// operator's branches are equal to rounding at a breakpoint, either is taken.
///
/// Only skeletons with up to three features (dense models, MoE models without MTP, MTP on
/// dense models) have this form; the others use ``BatchedDecode/Path/blas``.
struct PiecewiseDecode {
    /// Interval starts (micro-batches), ascending; the first is 1.
    var starts: [Int] = []
    /// intervals x rows x features: the affine coefficients of each stage row per interval,
    /// operator constants folded into the feature `1`.
    var coefficients: [Double] = []
    /// `phi(m)` for m = 1...M (index m - 1); empty for dense models.
    var phi: [Double] = []
    /// Rows of `coefficients` per interval (distinct stages, transfers, MTP passes).
    var rows = 0
    /// Features per point (2 or 3).
    var features = 0
    /// Scratch kept between deployments (no allocation per call once grown): each operator's
    /// branch at micro-batch 1, the (micro-batch, operator) switches, the nonzero block counts.
    private var memoryAtOne: [Bool] = []
    private var switches: [(at: Int, op: Int)] = []
    private var terms: [(target: Int, op: Int, count: Double)] = []

    /// Prepares the form of `decode` for micro-batches `1...maxMicroBatch`, reusing this
    /// value's storage. False when the skeleton has more than three features.
    mutating func prepare(_ decode: BatchedDecode, maxMicroBatch: Int) -> Bool {
        let skeleton = decode.skeleton
        let f = skeleton.featureCount
        guard f <= 3, maxMicroBatch >= 1 else { return false }
        let o = decode.operatorCount
        let upper = maxMicroBatch
        features = f
        rows = o == 0 ? 0 : decode.counts.count / o
        phi.removeAll(keepingCapacity: true)
        var q = 0.0
        if f == 3 {
            q = Foundation.pow(skeleton.missRatios[0], skeleton.stageGroups)
            var value = q
            for _ in 1...upper {
                phi.append(value)
                value *= q
            }
        }
        // Each operator's branch at micro-batch 1 and the (at most two) micro-batches where it
        // switches; `switches` holds (micro-batch, operator) pairs.
        memoryAtOne.removeAll(keepingCapacity: true)
        memoryAtOne.append(contentsOf: repeatElement(false, count: o))
        switches.removeAll(keepingCapacity: true)
        decode.timeCoefficients.withUnsafeBufferPointer { w in
            phi.withUnsafeBufferPointer { table in
                for op in 0..<o {
                    let compute = w.baseAddress! + 2 * op * f, memory = compute + f
                    let beta = compute[1] - memory[1]
                    let gamma = f == 3 ? compute[2] - memory[2] : 0
                    // The branch `block` takes: memory where memory > compute, i.e. d < 0.
                    func memoryWins(_ m: Int) -> Bool {
                        let d = compute[0] + compute[1] * Double(m) + (f == 3 ? compute[2] * table[m - 1] : 0)
                        let e = memory[0] + memory[1] * Double(m) + (f == 3 ? memory[2] * table[m - 1] : 0)
                        return e > d
                    }
                    // Monotone pieces of d over 1...upper: split at the extremum, if inside.
                    var split = upper
                    if f == 3, gamma != 0, beta != 0 {
                        let logQ = Foundation.log(q)
                        let target = -beta / (gamma * logQ)
                        if target > 0 {
                            let extremum = Foundation.log(target) / logQ
                            if extremum > 1 && extremum < Double(upper) { split = Int(extremum.rounded(.down)) }
                        }
                    }
                    var current = memoryWins(1)
                    memoryAtOne[op] = current
                    for piece in 0..<(split < upper ? 2 : 1) {
                        let (low, high) = piece == 0 ? (1, split) : (split + 1, upper)
                        // At the start of a later piece the branch may already differ.
                        if memoryWins(low) != current {
                            switches.append((low, op))
                            current.toggle()
                        }
                        guard memoryWins(high) != current else { continue }
                        // First micro-batch in (low, high] on the other branch (monotone piece).
                        var (good, bad) = (low, high)
                        while bad - good > 1 {
                            let mid = (good + bad) / 2
                            if memoryWins(mid) == current { good = mid } else { bad = mid }
                        }
                        switches.append((bad, op))
                        current.toggle()
                    }
                }
            }
        }
        switches.sort { $0.at < $1.at }
        starts.removeAll(keepingCapacity: true)
        starts.append(1)
        for change in switches where change.at != starts.last! { starts.append(change.at) }
        // Coefficients interval by interval, each summed afresh (no running differences), over
        // the nonzero block counts only.
        let width = rows * f
        terms.removeAll(keepingCapacity: true)
        decode.counts.withUnsafeBufferPointer { counts in
            for op in 0..<o {
                for row in 0..<rows where counts[row * o + op] != 0 { terms.append((row * f, op, counts[row * o + op])) }
            }
        }
        coefficients.removeAll(keepingCapacity: true)
        coefficients.append(contentsOf: repeatElement(0, count: starts.count * width))
        var next = 0
        decode.timeCoefficients.withUnsafeBufferPointer { w in
            decode.constants.withUnsafeBufferPointer { constants in
                coefficients.withUnsafeMutableBufferPointer { out in
                    for (interval, start) in starts.enumerated() {
                        while next < switches.count && switches[next].at <= start {
                            memoryAtOne[switches[next].op].toggle()
                            next += 1
                        }
                        let base = out.baseAddress! + interval * width
                        for term in terms {
                            let branch = w.baseAddress! + (2 * term.op + (memoryAtOne[term.op] ? 1 : 0)) * f
                            let target = base + term.target
                            target[0] += term.count * (constants[term.op] + branch[0])
                            target[1] += term.count * branch[1]
                            if f == 3 { target[2] += term.count * branch[2] }
                        }
                    }
                }
            }
        }
        return true
    }
}
