import ArgumentParser
import InferCap

/// vLLM's (and one SGLang) engine arguments that replace the engine profile's settings (`specs/engines`), shared
/// by `estimate`, `compare`, `simulate`, `launch`, `sweep` and `fleet size|capacity`.
struct EngineSettingsOptions: ParsableArguments {
    @Option(name: .customLong("max-num-seqs"), help: "Running sequences per rank (per DP rank; vLLM's --max-num-seqs): replaces the engine profile's max_batch_per_rank.")
    var maxNumSeqs: Int?
    @Option(name: .customLong("max-num-batched-tokens"), help: "Tokens per prefill chunk per rank (vLLM's --max-num-batched-tokens): replaces the engine profile's max_prefill_tokens.")
    var maxNumBatchedTokens: Int?
    @Option(name: .customLong("gpu-memory-utilization"), help: "Fraction of device memory in (0, 1] for weights, activations and KV cache (vLLM's --gpu-memory-utilization): replaces the engine profile's memory_utilization.")
    var gpuMemoryUtilization: Double?
    @Option(name: .customLong("cuda-graph-max-bs"), help: "Largest decode batch per rank run from a captured CUDA graph (SGLang's --cuda-graph-max-bs, vLLM's max_cudagraph_capture_size): replaces the engine profile's cuda_graph_max_batch rules; larger batches run eagerly.")
    var cudaGraphMaxBs: Int?

    /// The overrides given; the library checks their ranges.
    var overrides: EngineOverrides {
        EngineOverrides(maxSequencesPerRank: maxNumSeqs, maxBatchedTokens: maxNumBatchedTokens, memoryUtilization: gpuMemoryUtilization, cudaGraphMaxBatch: cudaGraphMaxBs)
    }
}
