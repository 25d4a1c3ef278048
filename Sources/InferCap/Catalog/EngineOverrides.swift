/// Engine settings a deployment sets on the command line, replacing the values of the engine
/// profile (`specs/engines/<id>.json`) for one request.
///
/// Named after the vLLM engine arguments they stand for (vLLM docs, "Engine Arguments"):
/// `--max-num-seqs`, `--max-num-batched-tokens` and `--gpu-memory-utilization`. nil keeps the
/// profile's value. ``EngineProfile/overridden(by:)`` checks and applies them; ``Catalog`` applies
/// them when it resolves a request's engine, so the estimate, the simulation and the launch
/// commands all see the same settings.
public struct EngineOverrides: Sendable, Hashable {
    /// Running sequences per attention rank (per data-parallel rank): replaces
    /// ``EngineProfile/maxBatchPerRank``. vLLM's `--max-num-seqs`, which each vLLM data-parallel
    /// engine applies to its own scheduler.
    public var maxSequencesPerRank: Int?
    /// Tokens per prefill chunk (the scheduler's token budget per iteration) per attention rank:
    /// replaces ``EngineProfile/maxPrefillTokens``. vLLM's `--max-num-batched-tokens`.
    public var maxBatchedTokens: Int?
    /// Fraction of device memory the engine may use for weights, activations and KV cache, in
    /// (0, 1]: replaces ``EngineProfile/memoryUtilization``. vLLM's `--gpu-memory-utilization`.
    public var memoryUtilization: Double?
    /// Largest decode batch per rank run from a captured CUDA graph: replaces the profile's
    /// ``EngineProfile/cudaGraphCapture`` rules. SGLang's `--cuda-graph-max-bs`; vLLM's
    /// `max_cudagraph_capture_size` (compilation config).
    public var cudaGraphMaxBatch: Int?

    /// Overrides; nil keeps the profile's value.
    public init(maxSequencesPerRank: Int? = nil, maxBatchedTokens: Int? = nil, memoryUtilization: Double? = nil, cudaGraphMaxBatch: Int? = nil) {
        self.maxSequencesPerRank = maxSequencesPerRank
        self.maxBatchedTokens = maxBatchedTokens
        self.memoryUtilization = memoryUtilization
        self.cudaGraphMaxBatch = cudaGraphMaxBatch
    }

    /// True when nothing is overridden.
    public var isEmpty: Bool { maxSequencesPerRank == nil && maxBatchedTokens == nil && memoryUtilization == nil && cudaGraphMaxBatch == nil }

    /// What was overridden, as an estimate's note says it ("max_num_seqs 8 per rank"), in a fixed order.
    public var descriptions: [String] {
        var parts: [String] = []
        if let value = maxSequencesPerRank { parts.append("max_num_seqs \(value) per rank") }
        if let value = maxBatchedTokens { parts.append("max_num_batched_tokens \(value)") }
        if let value = memoryUtilization { parts.append("gpu_memory_utilization \(value)") }
        if let value = cudaGraphMaxBatch { parts.append("cuda_graph_max_bs \(value)") }
        return parts
    }

    /// "settings overridden: max_num_seqs 8 per rank, ...", as the notes of estimates, sweeps
    /// and fleet plans say it; nil when nothing is overridden.
    public var note: String? {
        isEmpty ? nil : "settings overridden: " + descriptions.joined(separator: ", ")
    }
}

extension EngineProfile {
    /// This profile with `overrides` applied.
    ///
    /// Throws ``InferCapError/invalidWorkload(field:value:fix:)`` for a sequence cap or token
    /// budget below 1 or above the limits a profile file may hold (1,000,000 sequences,
    /// 100,000,000 tokens), and for a memory fraction outside (0, 1].
    public func overridden(by overrides: EngineOverrides) throws(InferCapError) -> EngineProfile {
        var profile = self
        if let value = overrides.maxSequencesPerRank {
            guard (1...1_000_000).contains(value) else {
                throw InferCapError.invalidWorkload(
                    field: "max_num_seqs", value: "\(value)", fix: "give running sequences per rank from 1 to 1000000 (--max-num-seqs)")
            }
            profile.maxBatchPerRank = value
        }
        if let value = overrides.maxBatchedTokens {
            guard (1...100_000_000).contains(value) else {
                throw InferCapError.invalidWorkload(
                    field: "max_num_batched_tokens", value: "\(value)",
                    fix: "give tokens per prefill chunk from 1 to 100000000 (--max-num-batched-tokens)")
            }
            profile.maxPrefillTokens = value
        }
        if let value = overrides.memoryUtilization {
            guard value > 0, value <= 1 else {
                throw InferCapError.invalidWorkload(
                    field: "gpu_memory_utilization", value: "\(value)",
                    fix: "give a fraction of device memory in (0, 1], e.g. 0.9 (--gpu-memory-utilization)")
            }
            profile.memoryUtilization = value
        }
        if let value = overrides.cudaGraphMaxBatch {
            guard (1...1_000_000).contains(value) else {
                throw InferCapError.invalidWorkload(
                    field: "cuda_graph_max_bs", value: "\(value)",
                    fix: "give the largest decode batch per rank captured as a CUDA graph, from 1 to 1000000 (--cuda-graph-max-bs)")
            }
            profile.cudaGraphCapture = CUDAGraphCapture(rules: [CUDAGraphCapture.Rule(maxBatch: value)])
        }
        return profile
    }
}
