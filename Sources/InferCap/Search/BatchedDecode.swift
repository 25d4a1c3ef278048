import Foundation

/// Decode-step seconds of one deployment for many batch sizes at once, as matrix work.
///
/// Every operator quantity of a decode step (FLOPs, FLOPs per row, bytes, bytes per link) is
/// affine in a few features of the micro-batch `m`: `[1, m]`, plus `r^(m * dp)` with
/// `r = 1 - k/E` for MoE models (the share of experts a stage's tokens miss). The coefficients
/// are not written down separately: they are solved from the very operators `estimate` builds
/// (`OperatorBuilder`) at three micro-batches, so the two paths share one source of truth.
/// For a block of points the evaluator then computes
///
/// 1. `Q = W^T X^T`, every quantity of every operator at every point (BLAS dgemm),
/// 2. `T = c + max(a1 q1 + a2 q2, a3 q3)` per operator and point (SIMD over points),
/// 3. `S = C T`, the seconds of each distinct pipeline stage (dgemm with block counts),
///
/// and the step is `max(sum of stages + transfers, pp * slowest stage) + host * batch`, as
/// ``Estimator/decodeStepSeconds(batch:contextTokens:)``.
public struct BatchedDecode: Sendable {
    /// What the evaluator needs that depends only on the model split and scale-up domain:
    /// operator kinds and precisions, their block, and the coefficients of their quantities
    /// in the features. Shared across accelerators and pipeline depths (``OperatorCache``).
    struct Skeleton: Sendable {
        /// Features per point: `[1, m]` plus one MoE feature per distinct miss ratio (2 for dense
        /// models, 3 for MoE, 4 for MoE with MTP, whose drafts route one token per sequence and
        /// whose verify step routes `draft + 1`).
        var featureCount: Int
        /// The bases `r` of the MoE features `r^(m dp)`: `(1 - k/E)^(tokens per sequence)`.
        var missRatios: [Double]
        /// Data-parallel groups feeding one stage's experts.
        var stageGroups: Double
        /// MTP draft tokens per iteration (0 = no speculative decoding).
        var draftTokens: Int
        var kinds: [Operator.Kind]
        var dtypes: [DType]
        /// Block of each operator (index into a stage's block counts); -1 for the pipeline transfer,
        /// -2 for an MTP draft-pass operator (run `draftTokens` times), -3 for an operator of the
        /// MTP pass that extends the module's KV (run once).
        var blockOf: [Int]
        /// `W^T`, (3 x operators) x features, row-major.
        var coefficients: [Double]
        /// `q_k^m` for the exponential features at `k * upper + m - 1`, m = 1...``PiecewiseDecode/precomputedMicroBatches``:
        /// they depend on the routing and the groups only, so they are found once per skeleton,
        /// not once per chip's rates.
        var powers: [Double]

        static let transferBlock = -1, draftBlock = -2, extendBlock = -3

        init(evaluator: StepEvaluator, contextTokens: Int, speculative: SpeculativeDecoding? = nil) {
            let model = evaluator.builder.model
            let layout = evaluator.builder.layout
            stageGroups = Double(layout.dp)
            let draft = speculative?.draftTokens ?? 0
            draftTokens = draft
            var ratios: [Double] = []
            // One miss ratio per distinct routing (k of E) among the model's MoE blocks and the MTP layer's.
            let blocks = (model.layerGroups.map(\.layer) + (draft > 0 ? [model.multiTokenPredictionLayer] : [])).compactMap(\.feedForward.experts)
            for moe in blocks {
                let ratio = 1 - Double(moe.expertsPerToken) / Double(moe.expertCount)
                // A feature whose one-token-per-group value is already negligible (top-k = E, or
                // k x dp picks against E experts) is 0 at every batch; keeping it would make the
                // basis singular (a 65,536-chip DP layout gave NaN-solved coefficients and absurd
                // frontier points).
                for tokensPerSequence in draft == 0 ? [1] : [draft + 1, 1] {
                    let base = Foundation.pow(ratio, Double(tokensPerSequence))
                    if Foundation.pow(base, stageGroups) > 1e-8 && !ratios.contains(base) { ratios.append(base) }
                }
            }
            missRatios = ratios
            featureCount = 2 + ratios.count
            let context = Double(contextTokens)
            func operators(_ m: Double) -> (ops: [Operator], blockOf: [Int]) {
                let step = StepShape.decodeIteration(batch: m, context: context, speculative: speculative)
                var ops: [Operator] = []
                var blockOf: [Int] = []
                for (index, block) in evaluator.blocks(step).enumerated() {
                    ops += block
                    blockOf += Array(repeating: index, count: block.count)
                }
                // The transfer is always there (its block count is pp - 1, so 0 on one stage):
                // one skeleton serves every pipeline depth.
                ops.append(evaluator.builder.pipelineTransfer(step: step))
                blockOf.append(Skeleton.transferBlock)
                if draft > 0 {
                    let drafting = evaluator.multiTokenPredictionOperators(.decode(batch: m, context: context), head: true)
                    let extending = evaluator.multiTokenPredictionOperators(step, head: false)
                    ops += drafting + extending
                    blockOf += Array(repeating: Skeleton.draftBlock, count: drafting.count)
                        + Array(repeating: Skeleton.extendBlock, count: extending.count)
                }
                return (ops, blockOf)
            }
            // The operators at as many micro-batches as features; the block structure does not depend on the batch.
            let basis: [Double] = (1...featureCount).map(Double.init)
            let samples = basis.map(operators)
            kinds = samples[0].ops.map(\.kind)
            dtypes = samples[0].ops.map(\.computeDType)
            blockOf = samples[0].blockOf
            // Solve V w = q for every operator quantity, V[i] = features(basis[i]).
            let (count, groups) = (featureCount, stageGroups)
            let inverse = BatchedDecode.invert(basis.map { BatchedDecode.features(m: $0, missRatios: ratios, groups: groups) })
            let cost = evaluator.cost
            let quantities = samples.map { $0.ops.map { cost.quantities($0) } }
            let operatorCount = kinds.count
            var coefficients = [Double](repeating: 0, count: 3 * operatorCount * count)
            for op in 0..<operatorCount {
                for component in 0..<3 {
                    let row = (3 * op + component) * count
                    // A quantity the batch does not change (a collective's latency) is its value on the
                    // constant feature alone: solved, rounding would leave it tiny slopes of either sign.
                    let first = quantities[0][op][component]
                    if quantities.allSatisfy({ $0[op][component] == first }) {
                        coefficients[row] = first
                        continue
                    }
                    for f in 0..<count {
                        var sum = 0.0
                        for i in 0..<count { sum += inverse[f][i] * quantities[i][op][component] }
                        coefficients[row + f] = sum
                    }
                }
            }
            self.coefficients = coefficients
            powers = PiecewiseDecode.Switches.powers(
                featureCount: featureCount, missRatios: missRatios, stageGroups: stageGroups, upper: PiecewiseDecode.precomputedMicroBatches)
        }
    }

    /// The chip-dependent part: fixed seconds per operator and the rate-weighted coefficients.
    struct Rates: Sendable {
        var constants: [Double]
        var timeCoefficients: [Double]
        /// The operators' branch switches over a sweep's micro-batches (nil beyond two
        /// exponential features): they depend on these rates only, not on the pipeline depth.
        /// Found when first asked for (a sweep's frontier bound rules out many deployments
        /// before any needs them), once for every copy of these rates.
        var switches: PiecewiseDecode.Switches? { lazySwitches.value }
        private let lazySwitches: Lazy<PiecewiseDecode.Switches?>
        /// True when every operator's compute and memory seconds grow with the micro-batch `m`
        /// (coefficient of `m` at least 0, `0 < q <= 1`), up to the positive `q^m` coefficients
        /// rounding leaves (``decreaseBound``): the sweep's frontier bound relies on it.
        var monotone: Bool
        /// Per operator, the most its seconds can fall as `m` grows: the sum of its positive
        /// `q^m` coefficients (rounding residue, about 1e-19 s, where there are any).
        var decreaseBound: [Double]
        /// Per block of the skeleton, then the pipeline transfer, the MTP draft pass and the MTP
        /// extend pass (the slots of ``blockSums``): the sum of its operators' ``decreaseBound``.
        var blockDecrease: [Double]
        /// Per block of the skeleton, then the pipeline transfer, the MTP draft pass and the MTP
        /// extend pass: (slots x 2) x features, the sums over the slot's operators of `constant +
        /// compute` and of `constant + memory` coefficients (the parts of ``BatchedDecode/stepLowerBound(batch:)``).
        var blockSums: [Double]

        init(skeleton: Skeleton, cost: CostModel) {
            let f = skeleton.featureCount
            let count = skeleton.kinds.count
            var constants = [Double](repeating: 0, count: count)
            var combined = [Double](repeating: 0, count: 2 * count * f)
            for op in 0..<count {
                let t = cost.terms(kind: skeleton.kinds[op], computeDType: skeleton.dtypes[op], phase: .decode)
                constants[op] = t.constant
                for k in 0..<f {
                    let base = 3 * op * f + k
                    // A serial q2 term (network hops) adds to both branches of the max.
                    let serial = t.serialPerQuantity2 * skeleton.coefficients[base + f]
                    combined[2 * op * f + k] = t.perQuantity1 * skeleton.coefficients[base] + t.perQuantity2 * skeleton.coefficients[base + f] + serial
                    combined[(2 * op + 1) * f + k] = t.perQuantity3 * skeleton.coefficients[base + 2 * f] + serial
                }
            }
            self.constants = constants
            timeCoefficients = combined
            let decreasing = skeleton.missRatios.allSatisfy { let q = Foundation.pow($0, skeleton.stageGroups); return q > 0 && q <= 1 }
            monotone = decreasing && f >= 2 && stride(from: 0, to: combined.count, by: f).allSatisfy { combined[$0 + 1] >= 0 }
            var fall = [Double](repeating: 0, count: count)
            for op in 0..<count {
                for branch in 0..<2 {
                    var sum = 0.0
                    for k in Swift.min(2, f)..<f { sum += Swift.max(0, combined[(2 * op + branch) * f + k]) }
                    fall[op] = Swift.max(fall[op], sum)
                }
            }
            decreaseBound = fall
            // Per block (and the transfer, draft and extend passes), the sums over its operators
            // of constant + compute coefficients and of constant + memory coefficients, and of
            // their decrease bounds.
            let blocks = (skeleton.blockOf.max() ?? -1) + 1
            var sums = [Double](repeating: 0, count: (blocks + 3) * 2 * f)
            var blockFall = [Double](repeating: 0, count: blocks + 3)
            sums.withUnsafeMutableBufferPointer { out in
                combined.withUnsafeBufferPointer { w in
                    skeleton.blockOf.withUnsafeBufferPointer { blockOf in
                        for op in 0..<count {
                            let block = blockOf[op]
                            let slot = block >= 0 ? block : blocks - 1 - block
                            blockFall[slot] += fall[op]
                            for branch in 0..<2 {
                                let target = out.baseAddress! + (2 * slot + branch) * f, source = w.baseAddress! + (2 * op + branch) * f
                                target[0] += constants[op] + source[0]
                                for k in 1..<f { target[k] += source[k] }
                            }
                        }
                    }
                }
            }
            blockSums = sums
            blockDecrease = blockFall
            let coefficients = combined
            lazySwitches = Lazy {
                PiecewiseDecode.Switches(skeleton: skeleton, timeCoefficients: coefficients, upper: PiecewiseDecode.precomputedMicroBatches)
            }
        }
    }

    /// A value computed on first use and kept, shared by every copy of the struct holding it
    /// (the lock makes that safe from several threads).
    final class Lazy<Value: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var computed: Value?
        private let make: @Sendable () -> Value

        init(_ make: @escaping @Sendable () -> Value) { self.make = make }

        var value: Value {
            lock.lock()
            defer { lock.unlock() }
            if let computed { return computed }
            let value = make()
            computed = .some(value)
            return value
        }
    }

    /// How the operator quantities are formed from the features.
    public enum Path: Sendable {
        /// `Q = W^T X^T` through BLAS dgemm, then SIMD over `Q` (the literal matrix form).
        case blas
        /// The same product evaluated inside the SIMD kernel, with no `Q` in memory (faster:
        /// with three features the dgemm is bound by writing `Q`).
        case fused
        /// The step as a piecewise-affine function of the features (`PiecewiseDecode`): each
        /// operator's branch of the max found once per deployment, so a point costs one dot
        /// product per stage. Skeletons with more than four features take `.blas`.
        case piecewise
    }

    let skeleton: Skeleton
    let pipelineStages: Int
    var operatorCount: Int { skeleton.kinds.count }
    /// Fixed seconds per operator (kernel overhead or collective latency).
    let constants: [Double]
    /// Seconds coefficients, (2 x operators) x features, row-major: row `2o` gives operator
    /// `o`'s compute seconds (or scale-up transfer seconds) as a function of the features,
    /// row `2o + 1` its memory seconds (or scale-out seconds): the quantity coefficients
    /// already multiplied by the chip's rates.
    let timeCoefficients: [Double]
    /// The operators' branch switches of the rates (``PiecewiseDecode``'s form reads them;
    /// found on first use).
    var switches: PiecewiseDecode.Switches? { rates.switches }
    private let rates: Rates
    /// True when the step time is nondecreasing in the batch up to ``stepDecreaseBound``
    /// (``Rates/monotone``, host time not negative): a step at a range's first batch, less that
    /// bound, is at most the step of any larger batch.
    let monotoneInBatch: Bool
    /// The most the step can fall from one batch to a larger one, seconds: the operators'
    /// ``Rates/decreaseBound`` times their block counts, over every stage row and pipeline depth.
    let stepDecreaseBound: Double
    /// Per row of ``counts``: (rows x 2) x features, the block counts times the rates' block
    /// sums (``Rates/blockSums``): each row's `sum c + sum compute` and `sum c + sum memory` as
    /// affine functions of the features (``stepLowerBound(batch:)``).
    let lowerBoundRows: [Double]
    /// (distinct stages + 1, + 1 with MTP) x operators, row-major: block counts of each distinct
    /// stage, then the pipeline transfers, then (with MTP) the module passes of one iteration.
    var counts: [Double] { lazyCounts.value }
    private let lazyCounts: Lazy<[Double]>
    /// How many pipeline stages share each distinct row of `counts`.
    let stageMultiplicity: [Double]
    let hostSecondsPerSequence: Double
    /// The largest micro-batch run from a captured CUDA graph (``Estimator/cudaGraphMaxBatch``;
    /// `Int.max` when every one is) and the host's dispatch of an eager step's kernels
    /// (``Estimator/eagerDispatchSeconds(contextTokens:)``): a larger micro-batch's device
    /// seconds are at least that.
    var graphMaxMicroBatch = Int.max
    var eagerDispatchSeconds = 0.0
    /// Tokens one step emits per sequence on average (1, or an MTP iteration's expected count).
    let tokensPerStep: Double
    /// How the step is evaluated: `.piecewise` takes up to four features and falls back to
    /// `.blas` beyond; `.fused` takes up to three and falls back to `.blas` beyond.
    public var path: Path = .piecewise

    /// Prepares the evaluator for a deployment at a decode context. With MTP
    /// (``Deployment/speculative``) a step is one draft-and-verify iteration over the tokens it
    /// emits, as ``Estimator/decodeStepSeconds(batch:contextTokens:)``.
    public init(estimator: Estimator, contextTokens: Int) {
        let evaluator = estimator.evaluator
        let speculative = estimator.deployment.speculative
        // The cache key: the verify step's shape, which carries the draft count.
        let step = StepShape.decodeIteration(batch: 0, context: Double(contextTokens), speculative: speculative)
        let cost = evaluator.cost
        let skeleton: Skeleton
        let rates: Rates
        if let cache = evaluator.cache {
            skeleton = cache.decode(for: evaluator.builder, step: step, cost: cost) {
                Skeleton(evaluator: evaluator, contextTokens: contextTokens, speculative: speculative)
            }
            rates = cache.decodeRates(for: evaluator.builder, step: step, cost: cost) { Rates(skeleton: skeleton, cost: cost) }
        } else {
            skeleton = Skeleton(evaluator: evaluator, contextTokens: contextTokens, speculative: speculative)
            rates = Rates(skeleton: skeleton, cost: cost)
        }
        self.init(
            skeleton: skeleton, rates: rates, plan: evaluator.plan, engine: estimator.deployment.engine,
            tokensPerStep: speculative?.expectedTokensPerIteration ?? 1)
        if let limit = estimator.cudaGraphMaxBatch {
            graphMaxMicroBatch = limit
            eagerDispatchSeconds = estimator.eagerDispatchSeconds(contextTokens: contextTokens)
        }
    }

    init(skeleton: Skeleton, rates: Rates, plan: StagePlan, engine: EngineProfile, tokensPerStep: Double = 1) {
        self.skeleton = skeleton
        self.tokensPerStep = tokensPerStep
        pipelineStages = plan.stages.count
        hostSecondsPerSequence = engine.stepSecondsPerSequence
        constants = rates.constants
        timeCoefficients = rates.timeCoefficients
        self.rates = rates
        monotoneInBatch = rates.monotone && engine.stepSecondsPerSequence >= 0 && tokensPerStep > 0
        // Distinct stages (same block counts) with their multiplicities, then the transfer row.
        var order: [[Double]] = []
        var multiplicity: [Double] = []
        for stage in plan.stages {
            let key = stage.blockCounts
            if let index = order.firstIndex(of: key) { multiplicity[index] += 1 } else {
                order.append(key)
                multiplicity.append(1)
            }
        }
        let blockOf = skeleton.blockOf
        let operators = blockOf.count
        let transfers = Double(plan.stages.count - 1)
        let drafts = Double(skeleton.draftTokens)
        let rowCount = order.count + 1 + (skeleton.draftTokens > 0 ? 1 : 0)
        // Row r's count of operator o: its block's count in the distinct stage r, then the
        // transfers (the transfer operator), then the MTP passes (drafts, and 1 for the extend pass).
        // Built when first read: the frontier bound rules out most deployments on the block sums.
        let stageRows = order
        lazyCounts = Lazy {
            [Double](unsafeUninitializedCapacity: rowCount * operators) { out, initialized in
                blockOf.withUnsafeBufferPointer { blockOf in
                    for (r, key) in stageRows.enumerated() {
                        for op in 0..<operators { out[r * operators + op] = blockOf[op] >= 0 ? key[blockOf[op]] : 0 }
                    }
                    let transferRow = stageRows.count * operators
                    for op in 0..<operators { out[transferRow + op] = blockOf[op] == Skeleton.transferBlock ? transfers : 0 }
                    if drafts > 0 {
                        let draftRow = transferRow + operators
                        for op in 0..<operators {
                            out[draftRow + op] = blockOf[op] == Skeleton.draftBlock ? drafts : blockOf[op] == Skeleton.extendBlock ? 1 : 0
                        }
                    }
                }
                initialized = rowCount * operators
            }
        }
        stageMultiplicity = multiplicity
        // The lower bound's rows: each distinct stage's block counts times the rates' block sums,
        // then the transfers, then the MTP passes.
        let f = skeleton.featureCount
        let blocks = (rates.blockSums.count / (2 * f)) - 3
        lowerBoundRows = [Double](unsafeUninitializedCapacity: rowCount * 2 * f) { out, initialized in
            rates.blockSums.withUnsafeBufferPointer { sums in
                for index in 0..<(rowCount * 2 * f) { out[index] = 0 }
                func add(row: Int, slot: Int, count: Double) {
                    guard count != 0 else { return }
                    for k in 0..<(2 * f) { out[2 * row * f + k] += count * sums[2 * slot * f + k] }
                }
                for (r, key) in order.enumerated() {
                    for block in 0..<blocks { add(row: r, slot: block, count: key[block]) }
                }
                add(row: order.count, slot: blocks, count: transfers)
                if skeleton.draftTokens > 0 {
                    add(row: order.count + 1, slot: blocks + 1, count: drafts)
                    add(row: order.count + 1, slot: blocks + 2, count: 1)
                }
            }
            initialized = rowCount * 2 * f
        }
        // The counts times the operators' decrease bounds, summed per block (``Rates/blockDecrease``).
        var fall = 0.0
        for key in order {
            for block in 0..<blocks where key[block] != 0 { fall += key[block] * rates.blockDecrease[block] }
        }
        if transfers != 0 { fall += transfers * rates.blockDecrease[blocks] }
        if skeleton.draftTokens > 0 { fall += drafts * rates.blockDecrease[blocks + 1] + rates.blockDecrease[blocks + 2] }
        stepDecreaseBound = fall * (Double(plan.stages.count) + multiplicity.reduce(0, +) + 2) / max(tokensPerStep, 1e-300)
    }

    static func features(m: Double, missRatios: [Double], groups: Double) -> [Double] {
        [1, m] + missRatios.map { Foundation.pow($0, m * groups) }
    }

    /// Inverse of a small square matrix (Gauss-Jordan with partial pivoting).
    static func invert(_ matrix: [[Double]]) -> [[Double]] {
        let n = matrix.count
        var a = matrix.enumerated().map { index, row in row + (0..<n).map { $0 == index ? 1.0 : 0.0 } }
        for column in 0..<n {
            let pivot = (column..<n).max { abs(a[$0][column]) < abs(a[$1][column]) }!
            a.swapAt(column, pivot)
            let divisor = a[column][column]
            a[column] = a[column].map { $0 / divisor }
            for row in 0..<n where row != column {
                let factor = a[row][column]
                if factor != 0 { a[row] = zip(a[row], a[column]).map { $0 - factor * $1 } }
            }
        }
        return a.map { Array($0[n...]) }
    }

    /// Points evaluated per block: small enough that a block's quantities stay in cache.
    public static let blockSize = 128

    /// Scratch buffers reused across blocks and deployments (one per thread).
    public final class Workspace: @unchecked Sendable {
        var features: [Double] = []
        var quantities: [Double] = []
        var times: [Double] = []
        var stages: [Double] = []
        /// The piecewise-affine form of the deployment being evaluated.
        var piecewise = PiecewiseDecode()
        /// A sweep's block of batches and their step seconds (`blockSize` each), lent to one
        /// deployment's evaluation at a time so that it allocates neither.
        var blockBatches = [Int](repeating: 0, count: BatchedDecode.blockSize)
        var blockSteps = [Double](repeating: 0, count: BatchedDecode.blockSize)
        /// Empty buffers, grown on first use (the block buffers sized once, here).
        public init() {}

        func reserve(features f: Int, operators o: Int, rows: Int) {
            let n = BatchedDecode.blockSize
            if features.count < f * n { features = [Double](repeating: 0, count: f * n) }
            if quantities.count < 3 * o * n { quantities = [Double](repeating: 0, count: 3 * o * n) }
            if times.count < o * n { times = [Double](repeating: 0, count: o * n) }
            if stages.count < rows * n { stages = [Double](repeating: 0, count: rows * n) }
        }
    }

    /// Decode-step seconds for each batch in `batches`, written to `output`.
    public func stepSeconds(batches: [Int], into output: inout [Double], workspace: Workspace) {
        output = [Double](repeating: 0, count: batches.count)
        if path == .piecewise, preparePiecewise(maxBatch: batches.max() ?? 0, workspace: workspace) {
            output.withUnsafeMutableBufferPointer { out in
                batches.withUnsafeBufferPointer { b in
                    piecewiseSteps(batches: b.baseAddress!, count: b.count, into: out.baseAddress!, workspace: workspace)
                }
            }
            return
        }
        var start = 0
        while start < batches.count {
            let count = min(Self.blockSize, batches.count - start)
            output.withUnsafeMutableBufferPointer { out in
                batches.withUnsafeBufferPointer { b in
                    block(batches: b.baseAddress! + start, count: count, into: out.baseAddress! + start, workspace: workspace)
                }
            }
            start += count
        }
    }

    /// Decode-step seconds for at most ``blockSize`` batches.
    func block(batches: UnsafePointer<Int>, count points: Int, into output: UnsafeMutablePointer<Double>, workspace: Workspace) {
        let pp = Double(pipelineStages)
        let f = skeleton.featureCount, o = operatorCount, n = Self.blockSize
        let missRatios = skeleton.missRatios, stageGroups = skeleton.stageGroups
        let distinct = stageMultiplicity.count
        let speculative = skeleton.draftTokens > 0
        workspace.reserve(features: f, operators: o, rows: distinct + 2)
        workspace.features.withUnsafeMutableBufferPointer { x in
            // X^T: features x points (leading dimension = block size). Each MoE feature r^(m dp)
            // is carried from one micro-batch to the next by one multiplication.
            for j in 0..<points {
                x[j] = 1
                x[n + j] = (Double(batches[j]) / pp).rounded(.up)
            }
            for (index, ratio) in missRatios.enumerated() {
                let row = (2 + index) * n
                let step = Foundation.pow(ratio, stageGroups)
                var lastM = -1.0, phi = 0.0
                for j in 0..<points {
                    let m = x[n + j]
                    if m == lastM + 1 { phi *= step } else if m != lastM { phi = Foundation.pow(ratio, m * stageGroups) }
                    lastM = m
                    x[row + j] = phi
                }
            }
        }
        // Stage seconds = block counts x operator times: a dgemm, except that a single stage
        // (no pipeline, no MTP) is summed inside the fused SIMD loop.
        let reductionRows = speculative ? distinct + 2 : pipelineStages > 1 ? distinct + 1 : distinct
        let path = f > 3 || self.path == .blas ? Path.blas : .fused
        let summedInLoop = path == .fused && reductionRows == 1
        switch path {
        case .fused: fusedTimes(points: points, workspace: workspace, sumStage: summedInLoop)
        default: blasTimes(points: points, workspace: workspace)
        }
        if !summedInLoop {
            counts.withUnsafeBufferPointer { c in
            workspace.times.withUnsafeBufferPointer { t in
                workspace.stages.withUnsafeMutableBufferPointer { s in
                    Double.gemm(
                        m: reductionRows, n: points, k: o, alpha: 1, a: c.baseAddress!, lda: o, b: t.baseAddress!, ldb: n,
                        beta: 0, c: s.baseAddress!, ldc: n)
                }
            }
            }
        }
        workspace.stages.withUnsafeBufferPointer { s in
            stageMultiplicity.withUnsafeBufferPointer { multiplicity in
                for j in 0..<points {
                    var seconds = Self.pipelinedSeconds(
                        distinct: distinct, multiplicity: multiplicity, stages: pp, transfers: reductionRows > distinct,
                        speculative: speculative) { s[$0 * n + j] }
                    let m = pipelineStages == 1 ? batches[j] : (batches[j] + pipelineStages - 1) / pipelineStages
                    if m > graphMaxMicroBatch && seconds < eagerDispatchSeconds { seconds = eagerDispatchSeconds }
                    output[j] = (seconds + hostSecondsPerSequence * Double(batches[j])) / tokensPerStep
                }
            }
        }
    }

    /// A step's seconds before host time from its stage rows, `row(r)`: each distinct stage's
    /// seconds, then (`transfers`) the pipeline transfers, then (`speculative`) the MTP passes,
    /// which run on the last stage after the verify step. The longer of the sum of the stages
    /// (with their multiplicities), transfers and drafts, and `stages` times the slowest stage
    /// plus the drafts (a full pipeline). One formula for every path of the evaluator.
    @inline(__always)
    static func pipelinedSeconds(
        distinct: Int, multiplicity: UnsafeBufferPointer<Double>, stages: Double, transfers: Bool, speculative: Bool,
        row: (Int) -> Double
    ) -> Double {
        var latency = transfers ? row(distinct) : 0
        var slowest = 0.0
        for stage in 0..<distinct {
            let seconds = row(stage)
            latency += multiplicity[stage] * seconds
            slowest = seconds > slowest ? seconds : slowest
        }
        let drafting = speculative ? row(distinct + 1) : 0
        latency += drafting
        let pipelined = stages * (slowest + drafting)
        return latency > pipelined ? latency : pipelined
    }

    /// A value at most the step of `batch` (``piecewiseSteps(batches:count:into:workspace:)``),
    /// cheap to evaluate: every operator's `c + max(compute, memory)` summed over a stage row is
    /// at least `sum c + max(sum compute, sum memory)`, and both sums are one affine function of
    /// the features per row (``lowerBoundRows``). Less a relative 1e-9 for the sums' other
    /// order of rounding and the residue ``stepDecreaseBound``. A sweep's frontier bound tries
    /// it first, so a deployment whose every batch run the frontier beats even at this bound
    /// skips the piecewise form's preparation altogether.
    func stepLowerBound(batch: Int) -> Double {
        let pp = pipelineStages
        let m = pp == 1 ? batch : (batch + pp - 1) / pp
        let f = skeleton.featureCount
        var x2 = 0.0, x3 = 0.0
        if f > 2 {
            // q^m from the skeleton's table of powers where it reaches, else computed.
            let upper = PiecewiseDecode.precomputedMicroBatches
            if m <= upper {
                x2 = skeleton.powers[m - 1]
                if f > 3 { x3 = skeleton.powers[upper + m - 1] }
            } else {
                x2 = Foundation.pow(Foundation.pow(skeleton.missRatios[0], skeleton.stageGroups), Double(m))
                if f > 3 { x3 = Foundation.pow(Foundation.pow(skeleton.missRatios[1], skeleton.stageGroups), Double(m)) }
            }
        }
        let x1 = Double(m)
        let distinct = stageMultiplicity.count
        let rows = lowerBoundRows.count / (2 * f)
        let raw = lowerBoundRows.withUnsafeBufferPointer { c in
            @inline(__always) func row(_ r: Int) -> Double {
                let compute = c.baseAddress! + 2 * r * f, memory = compute + f
                var a = compute[0] + compute[1] * x1, b = memory[0] + memory[1] * x1
                if f > 2 {
                    a += compute[2] * x2
                    b += memory[2] * x2
                }
                if f > 3 {
                    a += compute[3] * x3
                    b += memory[3] * x3
                }
                return a > b ? a : b
            }
            // One stage, no MTP: the step is the stage's row (the transfer row has no operators).
            if pp == 1 && distinct == 1 && skeleton.draftTokens == 0 { return row(0) }
            return stageMultiplicity.withUnsafeBufferPointer { multiplicity in
                Self.pipelinedSeconds(
                    distinct: distinct, multiplicity: multiplicity, stages: Double(pp), transfers: rows > distinct,
                    speculative: skeleton.draftTokens > 0, row: row)
            }
        }
        let step = (raw + hostSecondsPerSequence * Double(batch)) / tokensPerStep
        return step - Swift.abs(step) * 1e-9 - stepDecreaseBound
    }

    /// Prepares ``PiecewiseDecode`` in `workspace` for batches `1...maxBatch`; false when this
    /// skeleton has no such form (more than four features), and then ``block`` is the way.
    func preparePiecewise(maxBatch: Int, workspace: Workspace) -> Bool {
        let microBatches = (maxBatch + pipelineStages - 1) / max(1, pipelineStages)
        return workspace.piecewise.prepare(self, maxMicroBatch: microBatches)
    }

    /// Decode-step seconds of `count` batches, each at most the `maxBatch` of the last
    /// ``preparePiecewise(maxBatch:workspace:)`` on `workspace` for this evaluator, in any order.
    func piecewiseSteps(batches: UnsafePointer<Int>, count points: Int, into output: UnsafeMutablePointer<Double>, workspace: Workspace) {
        workspace.piecewise.fillIntervals(batches: batches, count: points, pipelineStages: pipelineStages)
        let form = workspace.piecewise
        let rows = form.rows, f = form.features
        let distinct = stageMultiplicity.count
        let pp = pipelineStages
        let speculative = skeleton.draftTokens > 0
        let host = hostSecondsPerSequence, perStep = tokensPerStep, stages = Double(pp)
        let graphLimit = graphMaxMicroBatch, eager = eagerDispatchSeconds
        let transferRow = rows > distinct
        form.starts.withUnsafeBufferPointer { starts in
        form.coefficients.withUnsafeBufferPointer { coefficients in
        form.phi.withUnsafeBufferPointer { phi in
        stageMultiplicity.withUnsafeBufferPointer { multiplicity in
            var interval = 0
            var lastM = -1
            var raw = 0.0
            let intervalCount = starts.count
            var nextStart = intervalCount > 1 ? starts[1] : Int.max
            for j in 0..<points {
                let batch = batches[j]
                let m = pp == 1 ? batch : (batch + pp - 1) / pp
                // Deeper pipelines share a micro-batch between consecutive batches: one evaluation.
                if m != lastM {
                    lastM = m
                    // Batches usually arrive in order: move the interval forward, else search again.
                    if m < starts[interval] {
                        interval = 0
                        nextStart = intervalCount > 1 ? starts[1] : Int.max
                    }
                    while m >= nextStart {
                        interval += 1
                        nextStart = interval + 1 < intervalCount ? starts[interval + 1] : Int.max
                    }
                    let base = coefficients.baseAddress! + interval * rows * f
                    let x1 = Double(m), x2 = f > 2 ? phi[m - 1] : 0, x3 = f > 3 ? phi[form.phiStride + m - 1] : 0
                    raw = Self.pipelinedSeconds(
                        distinct: distinct, multiplicity: multiplicity, stages: stages, transfers: transferRow, speculative: speculative
                    ) { r in
                        let c = base + r * f
                        var value = c[0] + c[1] * x1
                        if f > 2 { value += c[2] * x2 }
                        if f > 3 { value += c[3] * x3 }
                        return value
                    }
                    if m > graphLimit && raw < eager { raw = eager }
                }
                output[j] = (raw + host * Double(batch)) / perStep
            }
        }
        }
        }
        }
    }

    /// Operator times through `Q = W^T X^T` (dgemm: compute and memory seconds of every
    /// operator at every point), then `t = c + max(compute, memory)` over `Q`.
    private func blasTimes(points: Int, workspace: Workspace) {
        let f = skeleton.featureCount, o = operatorCount, n = Self.blockSize
        timeCoefficients.withUnsafeBufferPointer { w in
            workspace.features.withUnsafeBufferPointer { x in
                workspace.quantities.withUnsafeMutableBufferPointer { q in
                    Double.gemm(
                        m: 2 * o, n: points, k: f, alpha: 1, a: w.baseAddress!, lda: f, b: x.baseAddress!, ldb: n,
                        beta: 0, c: q.baseAddress!, ldc: n)
                }
            }
        }
        workspace.quantities.withUnsafeBufferPointer { q in
            workspace.times.withUnsafeMutableBufferPointer { t in
                for op in 0..<o {
                    Self.operatorTimes(
                        compute: q.baseAddress! + (2 * op) * n, memory: q.baseAddress! + (2 * op + 1) * n,
                        into: t.baseAddress! + op * n, count: points, constant: constants[op])
                }
            }
        }
    }

    /// Operator times with the product `W^T X^T` formed inside the SIMD loop (no `Q` in memory).
    /// With `sumStage`, each time is instead multiplied by its block count and added into the
    /// single stage's row (`times` then holds that row).
    private func fusedTimes(points: Int, workspace: Workspace, sumStage: Bool) {
        let f = skeleton.featureCount, o = operatorCount, n = Self.blockSize
        if sumStage { for j in 0..<points { workspace.stages[j] = 0 } }
        let counts = sumStage ? self.counts : []  // read once: each read of the lazy rows takes a lock
        let body = { (t: UnsafeMutableBufferPointer<Double>) in
            self.timeCoefficients.withUnsafeBufferPointer { w in
                workspace.features.withUnsafeBufferPointer { x in
                    let m = x.baseAddress! + n
                    let phi = x.baseAddress! + 2 * n
                    for op in 0..<o {
                        let weight = sumStage ? counts[op] : 1
                        if sumStage && weight == 0 { continue }
                        let scale = SIMD4<Double>(repeating: weight)
                        let row = w.baseAddress! + 2 * op * f
                        let constant = constants[op]
                        let c = SIMD4<Double>(repeating: constant)
                        let a0 = SIMD4<Double>(repeating: row[0]), a1 = SIMD4<Double>(repeating: row[1])
                        let b0 = SIMD4<Double>(repeating: row[f]), b1 = SIMD4<Double>(repeating: row[f + 1])
                        let out = t.baseAddress! + (sumStage ? 0 : op * n)
                        var j = 0
                        if f == 3 {
                            let a2 = SIMD4<Double>(repeating: row[2]), b2 = SIMD4<Double>(repeating: row[f + 2])
                            while j + 4 <= points {
                                let mv = UnsafeRawPointer(m + j).loadUnaligned(as: SIMD4<Double>.self)
                                let pv = UnsafeRawPointer(phi + j).loadUnaligned(as: SIMD4<Double>.self)
                                let compute = a0 + a1 * mv + a2 * pv
                                let memory = b0 + b1 * mv + b2 * pv
                                // Lane-wise max through a comparison mask (stdlib pointwiseMax is slow).
                                Self.store(c + compute.replacing(with: memory, where: memory .> compute), at: out + j, scale: scale, adding: sumStage)
                                j += 4
                            }
                        } else {
                            while j + 4 <= points {
                                let mv = UnsafeRawPointer(m + j).loadUnaligned(as: SIMD4<Double>.self)
                                let compute = a0 + a1 * mv
                                let memory = b0 + b1 * mv
                                Self.store(c + compute.replacing(with: memory, where: memory .> compute), at: out + j, scale: scale, adding: sumStage)
                                j += 4
                            }
                        }
                        while j < points {
                            let p = f == 3 ? phi[j] : 0
                            let compute = row[0] + row[1] * m[j] + (f == 3 ? row[2] * p : 0)
                            let memory = row[f] + row[f + 1] * m[j] + (f == 3 ? row[f + 2] * p : 0)
                            let time = constant + (memory > compute ? memory : compute)
                            out[j] = sumStage ? out[j] + weight * time : time
                            j += 1
                        }
                    }
                }
            }
        }
        if sumStage { workspace.stages.withUnsafeMutableBufferPointer { body($0) } } else { workspace.times.withUnsafeMutableBufferPointer { body($0) } }
    }

    /// Stores four operator times, or adds them scaled by the block count into a stage row.
    @inline(__always)
    static func store(_ time: SIMD4<Double>, at target: UnsafeMutablePointer<Double>, scale: SIMD4<Double>, adding: Bool) {
        let pointer = UnsafeMutableRawPointer(target)
        if adding {
            pointer.storeBytes(of: pointer.loadUnaligned(as: SIMD4<Double>.self) + scale * time, as: SIMD4<Double>.self)
        } else {
            pointer.storeBytes(of: time, as: SIMD4<Double>.self)
        }
    }

    /// `t = c + max(compute, memory)` over `count` points, four at a time.
    @inline(__always)
    static func operatorTimes(
        compute: UnsafePointer<Double>, memory: UnsafePointer<Double>, into t: UnsafeMutablePointer<Double>, count: Int, constant: Double
    ) {
        let c = SIMD4<Double>(repeating: constant)
        var j = 0
        while j + 4 <= count {
            let x = UnsafeRawPointer(compute + j).loadUnaligned(as: SIMD4<Double>.self)
            let y = UnsafeRawPointer(memory + j).loadUnaligned(as: SIMD4<Double>.self)
            UnsafeMutableRawPointer(t + j).storeBytes(of: c + x.replacing(with: y, where: y .> x), as: SIMD4<Double>.self)
            j += 4
        }
        while j < count {
            t[j] = constant + (memory[j] > compute[j] ? memory[j] : compute[j])
            j += 1
        }
    }
}
