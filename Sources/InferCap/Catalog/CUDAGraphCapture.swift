/// Which decode batches an engine runs from a captured CUDA graph, as its defaults choose them.
///
/// Engines capture their decode step as CUDA graphs for batch sizes up to a limit and run a
/// larger batch eagerly, every kernel launched from the host. The limit is the engine's
/// default and may depend on the chip and the layout: SGLang takes 256 sequences below
/// `--tp-size 4` and 512 from it on a 60-160 GiB GPU, 32 and 160 on a smaller one, and 512 on a
/// larger one (`ServerArgs._handle_gpu_memory_settings`); vLLM captures up to `min(2 x max_num_seqs, 512)`
/// tokens a step, so a step of more than 512 tokens always runs eagerly.
///
/// Read from the `cuda_graph_max_batch` array of `specs/engines/<id>.json`: rules tried in
/// order, the first whose conditions all hold giving the limit (no rule matching, or none
/// written: every batch runs from a graph). ``Estimator`` charges a batch above the limit
/// the host's dispatch of every kernel where it exceeds the GPU's time (``Estimator/eagerDispatchSeconds(contextTokens:)``).
public struct CUDAGraphCapture: Sendable, Hashable {
    /// One rule: its conditions (nil = any) and the limit it sets.
    public struct Rule: Sendable, Hashable {
        /// Applies on chips with less device memory than this, bytes (`memory_below_gib`, GiB,
        /// as the engine compares the capacity the driver reports).
        public var memoryBelowBytes: Double?
        /// Applies when the engine's tensor-parallel size is below this (`server_tp_below`):
        /// SGLang's `--tp-size`, which counts every rank of a stage (tp x dp) with data-parallel
        /// attention.
        public var serverTensorParallelBelow: Int?
        /// The largest batch per rank run from a graph (`max_batch`).
        public var maxBatch: Int
        /// Whether ``maxBatch`` counts tokens per step rather than sequences (`counts_tokens`):
        /// vLLM sizes its graphs in tokens, `r x (k + 1)` for `r` sequences verifying `k` draft
        /// tokens each; SGLang's `cuda_graph_max_bs` counts requests.
        public var countsTokens: Bool

        /// A rule; nil conditions hold everywhere.
        public init(memoryBelowBytes: Double? = nil, serverTensorParallelBelow: Int? = nil, maxBatch: Int, countsTokens: Bool = false) {
            self.memoryBelowBytes = memoryBelowBytes
            self.serverTensorParallelBelow = serverTensorParallelBelow
            self.maxBatch = maxBatch
            self.countsTokens = countsTokens
        }
    }

    /// The rules, first match wins; empty = every batch runs from a graph.
    public var rules: [Rule]

    /// Rules, first match wins.
    public init(rules: [Rule] = []) {
        self.rules = rules
    }

    /// The largest batch of sequences per rank run from a graph on a chip with
    /// `deviceMemoryBytes` when the engine's tensor-parallel size is `serverTensorParallel` and
    /// each sequence takes `tokensPerSequence` tokens a step (1, or `k + 1` verifying `k` drafts);
    /// nil when every batch is.
    public func maxBatch(deviceMemoryBytes: Double, serverTensorParallel: Int, tokensPerSequence: Int = 1) -> Int? {
        let rule = rules.first { rule in
            (rule.memoryBelowBytes.map { deviceMemoryBytes < $0 } ?? true)
                && (rule.serverTensorParallelBelow.map { serverTensorParallel < $0 } ?? true)
        }
        guard let rule else { return nil }
        return rule.countsTokens ? rule.maxBatch / max(1, tokensPerSequence) : rule.maxBatch
    }

    static func load(from documents: [JSONDocument]) throws -> CUDAGraphCapture {
        let gib = 1024.0 * 1024 * 1024
        let known: Set<String> = ["memory_below_gib", "server_tp_below", "max_batch", "counts_tokens"]
        return CUDAGraphCapture(rules: try documents.map { document in
            // A misspelled condition would make its rule hold everywhere: refuse it.
            try document.refuseKeys(
                outside: known, problem: "is not a rule key", fix: "use memory_below_gib, server_tp_below, max_batch and counts_tokens")
            let memory = try document.optionalPositive("memory_below_gib")
            let tp = try document.optionalCount("server_tp_below", limit: 1_000_001)
            return Rule(
                memoryBelowBytes: memory.map { $0 * gib }, serverTensorParallelBelow: tp,
                maxBatch: try document.count("max_batch", limit: 1_000_001), countsTokens: try document.optionalBool("counts_tokens") ?? false)
        })
    }
}
