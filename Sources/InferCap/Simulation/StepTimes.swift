import Foundation

/// Step times of one deployment for the simulator, from the same code path as `estimate`
/// (no second cost model), cached so that a run of many requests stays fast.
///
/// - Decode: ``BatchedDecode`` evaluates every batch from 1 to the engine's cap at once, at
///   contexts on a grid 2% apart; a step at another context is interpolated linearly between
///   the two grid contexts around it.
/// - Prefill: the fresh prompts an iteration starts are one batched forward of `k` prompts of
///   their mean length, as the engine runs them (their products share one GEMM); a chunk that
///   continues a prompt, `p` tokens after `q` computed, costs `T(q + p) - T(q)`, with `T(n)` the
///   seconds to prefill one `n`-token prompt (``Estimator/prefillSeconds(inputTokens:)``). Both
///   on grids of 64 tokens, interpolated, and without the fixed cost of a forward pass, which
///   the iteration pays once (the decode step, or `T(1)` when nothing decodes).
final class StepTimes {
    let estimator: Estimator
    let maxBatch: Int
    private let workspace = BatchedDecode.Workspace()
    private var decodeTables: [Int: [Double]] = [:]
    private var prefillTable: [Int: Double] = [:]
    private var shortPrefillTable: [Int: Double] = [:]
    private static let contextRatio = 1.02
    private static let prefillGrid = 64

    init(estimator: Estimator, maxBatch: Int) {
        self.estimator = estimator
        self.maxBatch = maxBatch
    }

    private func table(_ index: Int) -> [Double] {
        if let known = decodeTables[index] { return known }
        let context = Int(pow(Self.contextRatio, Double(index)).rounded())
        var steps: [Double] = []
        BatchedDecode(estimator: estimator, contextTokens: max(1, context))
            .stepSeconds(batches: Array(1...maxBatch), into: &steps, workspace: workspace)
        decodeTables[index] = steps
        return steps
    }

    /// Seconds of one decode step of `batch` sequences holding `contextTokens` on average.
    func decodeSeconds(batch: Int, contextTokens: Double) -> Double {
        let batch = min(max(batch, 1), maxBatch)
        let position = log(max(contextTokens, 1)) / log(Self.contextRatio)
        let low = Int(position.rounded(.down))
        let lowContext = pow(Self.contextRatio, Double(low)), highContext = pow(Self.contextRatio, Double(low + 1))
        let fraction = min(1, max(0, (contextTokens - lowContext) / (highContext - lowContext)))
        let a = table(low)[batch - 1], b = table(low + 1)[batch - 1]
        return a + fraction * (b - a)
    }

    /// Seconds to prefill one prompt of `tokens` tokens alone, `T(n)`.
    func prefillSeconds(tokens: Int) -> Double {
        guard tokens > 0 else { return 0 }
        let grid = Self.prefillGrid
        func at(_ multiple: Int) -> Double {
            if let known = prefillTable[multiple] { return known }
            let seconds = estimator.prefillSeconds(inputTokens: max(1, multiple * grid))
            prefillTable[multiple] = seconds
            return seconds
        }
        if tokens < grid {
            // Below the grid, exactly (cached by token count: short prompts recur every iteration).
            if let known = shortPrefillTable[tokens] { return known }
            let seconds = estimator.prefillSeconds(inputTokens: tokens)
            shortPrefillTable[tokens] = seconds
            return seconds
        }
        let low = tokens / grid
        let fraction = Double(tokens - low * grid) / Double(grid)
        return fraction == 0 ? at(low) : at(low) + fraction * (at(low + 1) - at(low))
    }

    /// Seconds of a prefill chunk of `tokens` after `computed` tokens of the same prompt,
    /// without the forward pass's fixed cost.
    func chunkSeconds(tokens: Int, computed: Int) -> Double {
        max(0, prefillSeconds(tokens: computed + tokens) - prefillSeconds(tokens: max(computed, 1)))
    }

    private var batchTable: [Int: Double] = [:]

    /// Seconds of one prefill forward over `requests` fresh prompts of `meanTokens` tokens on
    /// average, batched as the engine batches them (their products share one GEMM), at multiples
    /// of 64 tokens per prompt, interpolated.
    func batchSeconds(requests: Int, meanTokens: Double) -> Double {
        let grid = Double(Self.prefillGrid)
        func at(_ multiple: Int) -> Double {
            let key = requests << 24 | multiple
            if let known = batchTable[key] { return known }
            let step = StepShape.prefill(requests: Double(requests), promptTokens: max(1, Double(multiple) * grid))
            let seconds = estimator.evaluator.evaluate(step).latencySeconds
            batchTable[key] = seconds
            return seconds
        }
        let position = meanTokens / grid
        let low = max(0, Int(position.rounded(.down)))
        let fraction = position - Double(low)
        let base = low == 0 ? shortBatch(requests: requests, meanTokens: meanTokens) : at(low)
        return fraction == 0 || low == 0 ? base : base + fraction * (at(low + 1) - base)
    }

    private var shortBatchTable: [SIMD2<Double>: Double] = [:]

    /// A batch of prompts shorter than the grid on average, exactly, cached by shape.
    private func shortBatch(requests: Int, meanTokens: Double) -> Double {
        let key = SIMD2(Double(requests), meanTokens)
        if let known = shortBatchTable[key] { return known }
        let seconds = estimator.evaluator.evaluate(.prefill(requests: Double(requests), promptTokens: max(1, meanTokens))).latencySeconds
        shortBatchTable[key] = seconds
        return seconds
    }

    /// The fixed cost of a forward pass with nothing decoding: a one-token prefill.
    lazy var passSeconds: Double = prefillSeconds(tokens: 1)
}
