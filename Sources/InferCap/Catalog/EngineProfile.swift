/// How a serving engine uses the chips: memory it leaves free, batch limits, and how much of
/// the measured per-kernel overhead it pays. Read from `specs/engines/<id>.json`.
public struct EngineProfile: Sendable, Hashable {
    /// Profile id (`generic`).
    public var id: String
    /// One-line description.
    public var description: String
    /// Fraction of device memory the engine may use for weights, activations and KV cache.
    public var memoryUtilization: Double
    /// Largest decode batch one attention rank runs (the engine's running-request cap).
    public var maxBatchPerRank: Int
    /// Tokens per prefill chunk; also the activation workspace the engine reserves.
    public var maxPrefillTokens: Int
    /// Share of a running request's not-yet-generated output whose KV cache the engine keeps
    /// reserved when it decides how many requests to admit (0...1).
    ///
    /// 1 = the whole request, prompt plus every output token, is reserved on admission
    /// (TensorRT-LLM's default `GUARANTEED_NO_EVICT` capacity policy), so at steady state each
    /// running sequence holds `input + output` tokens of KV memory; 0 = KV blocks are taken as
    /// tokens are generated (vLLM's paged allocation with preemption), so a sequence holds the
    /// `input + output / 2` it has on average. It sets the largest batch that fits, not the KV a
    /// decode step reads. See ``reservedContextTokens(_:)``.
    public var kvReservedOutputFraction: Double
    /// Per-kernel overhead in seconds during decode, where the engine replays CUDA graphs
    /// and host launch latency disappears; nil keeps the calibrated per-kernel overheads,
    /// which were timed kernel by kernel and include a host launch.
    public var decodeKernelOverheadSeconds: Double?
    /// Decode iterations a newly arrived request waits before its first token is streamed
    /// (scheduling, prefill admission, output processing), fitted per engine.
    public var ttftDecodeSteps: Double
    /// Share of other requests' prefill time that stalls a running sequence's decode. 1 = every
    /// decode waits for the whole prefill: vLLM's chunked prefill and TensorRT-LLM's in-flight
    /// batching run it in the decode's forward pass, SGLang's prefill-first scheduler just before,
    /// and their profiles hold it there (``fixedConstants``); a profile may leave it to the fit.
    public var prefillStallFraction: Double
    /// Host-side time per running sequence per decode step (scheduling, sampling, output
    /// processing) not hidden behind the GPU, in seconds.
    public var stepSecondsPerSequence: Double
    /// Compute speed of the engine's MoE expert kernels relative to the grouped-GEMM curve fitted
    /// on DeepGEMM-class kernels (1 = as fast; vLLM's Triton fused-MoE is slower), fitted per
    /// engine. It scales the compute term only: a memory-bound expert kernel streams its weights
    /// at the curve's memory efficiency whichever engine runs it.
    public var moeKernelEfficiency: Double
    /// The same ratio for prefill's expert kernels, against the prefill grouped-GEMM curve
    /// (``CalibrationProfile/groupedGemmPrefill``), fitted per engine on its prefill-throughput
    /// points of MoE models where ``moeKernelEfficiency`` is fitted on decode points: prefill and
    /// CUDA-graph decode run different expert kernels (DeepGEMM's contiguous and masked layouts) at
    /// very different tokens per expert. nil = ``moeKernelEfficiency`` in both phases.
    public var prefillMoEKernelEfficiency: Double? = nil
    /// Seconds of host time exposed per MoE layer in a prefill forward, fitted per engine.
    ///
    /// Prefill runs eagerly (no CUDA graphs). An engine whose expert kernels are sized on the
    /// host copies the router's per-expert token counts to the CPU once per MoE layer, which
    /// drains the GPU queue and exposes the launch of the layer's remaining kernels. It is why
    /// the measured TTFT of a few short prompts on a 60-layer MoE model exceeds its kernel time
    /// by ~100 ms while a dense model of the same size shows no such gap. Timed as the
    /// `moe_host_sync` operator of each MoE layer in prefill steps; 0 in decode (CUDA graphs).
    public var prefillMoESyncSeconds: Double
    /// Share of prefill iterations the engine aligns across data-parallel attention groups that
    /// share MoE layers (1 = every group prefills in the same iterations, 0 = each group
    /// schedules its prefills on its own).
    ///
    /// The groups of such a deployment step together: every MoE layer exchanges tokens between
    /// all of them, so an iteration in which one group prefills is as long for every group. An
    /// engine that schedules each group's prefills independently pays for the union of the
    /// groups' prefill iterations; one that aligns them (TensorRT-LLM's attention-DP balance)
    /// pays for each iteration once. Dense models and `dp = 1` are not affected.
    public var dataParallelPrefillAlignment: Double
    /// Other names this profile answers to (engines reported in measurements).
    public var aliases: [String]
    /// True when the constants are fitted by replaying each reference point whole
    /// (`"fit": "replay"`, ``EngineFit``): engines measured mostly in open-loop runs, whose
    /// concurrency depends on the constants themselves.
    public var fitsByReplay: Bool = false
    /// Constants that `infercap validate --fit-engines` leaves at the profile's value because a
    /// published mechanism of the engine sets them (`"fixed"`, a list of constant names; its source
    /// says which mechanism). Only ``fixableConstants`` may be listed.
    public var fixedConstants: Set<String> = []
    /// The fitted constants a profile may fix instead.
    public static let fixableConstants: Set<String> = ["prefill_stall_fraction"]
    /// True when the profile holds ``prefillStallFraction`` at its value (`"fixed"` lists it).
    var fixesPrefillStall: Bool { fixedConstants.contains("prefill_stall_fraction") }
    /// Fraction of communication hidden behind computation (0 = none).
    public var communicationOverlap: Double
    /// Whether expert parallelism without data-parallel attention still dispatches each token to
    /// its experts' ranks and combines them back (all-to-all, or Ascend's MC2 and all-gather
    /// dispatchers) rather than all-reducing the experts' output over the tensor-parallel group.
    ///
    /// false (vLLM, SGLang, TensorRT-LLM): with one attention group the tokens are already
    /// replicated on every TP rank, so each rank runs its own experts on all of them and one
    /// all-reduce sums the results, as for tensor-parallel experts. vLLM takes its all-to-all
    /// kernels only when `dp_size > 1 and use_ep` (`FusedMoEParallelConfig.use_all2all_kernels`,
    /// vllm/model_executor/layers/fused_moe/config.py); SGLang's default `moe_a2a_backend` is
    /// `none`; TensorRT-LLM's MoE all-to-all needs attention DP. true (vLLM-Ascend, MindIE):
    /// the expert layer dispatches tokens whatever the attention layout (vLLM-Ascend's
    /// MoE communication methods, vllm_ascend/ops/fused_moe/moe_comm_method.py).
    /// `moe_dispatch_without_attention_dp` in the profile; absent = false.
    public var moeDispatchWithoutAttentionDP: Bool = false
    /// How the scheduler admits requests and orders prefill against decode, for the
    /// request-level simulator (the closed-form estimate uses ``kvReservedOutputFraction``).
    public var scheduler = SchedulerPolicy()
    /// Which decode batches run from captured CUDA graphs (the engine's default limits); a
    /// batch above them runs eagerly (``CUDAGraphCapture``). Empty: every batch runs from a graph.
    public var cudaGraphCapture = CUDAGraphCapture()
    /// Where each figure came from.
    public var sources: [String: String]
}

extension EngineProfile {
    /// KV tokens one running sequence of `workload` holds against the engine's admission
    /// limit: its decode context plus ``kvReservedOutputFraction`` of the tokens it may still
    /// add up to `input + output`.
    public func reservedContextTokens(_ workload: Workload) -> Int {
        let context = workload.effectiveContextTokens
        let remaining = max(0, workload.inputTokens + workload.outputTokens - context)
        return context + Int((kvReservedOutputFraction * Double(remaining)).rounded())
    }

    /// An optional number that must lie in `range`, or nil when absent.
    private static func bounded(_ document: JSONDocument, _ key: String, _ range: ClosedRange<Double>, fix: String) throws -> Double? {
        guard let value = try document.optionalNumber(key) else { return nil }
        guard range.contains(value) else {
            throw InferCapError.invalidField(
                path: document.path, field: key, problem: "is \(value), outside \(range.lowerBound)...\(range.upperBound)", fix: fix)
        }
        return value
    }

    /// The `fit` key: absent or `closed-form` (the default fit), or `replay`.
    private static func fitMethod(_ document: JSONDocument) throws -> String {
        let method = try document.optionalString("fit") ?? "closed-form"
        guard method == "closed-form" || method == "replay" else {
            throw InferCapError.invalidField(path: document.path, field: "fit", problem: "is '\(method)'", fix: "use closed-form or replay")
        }
        return method
    }

    /// Every key an engine profile may carry (each sets a cost or documents one).
    static let knownKeys: Set<String> = [
        "id", "description", "fit", "fixed", "aliases", "sources", "memory_utilization", "max_batch_per_rank",
        "max_prefill_tokens", "kv_reserved_output_fraction", "decode_kernel_overhead_seconds", "ttft_decode_steps",
        "prefill_stall_fraction", "step_seconds_per_sequence", "moe_kernel_efficiency", "prefill_moe_kernel_efficiency",
        "prefill_moe_sync_seconds", "dp_prefill_alignment", "communication_overlap", "scheduler", "cuda_graph_max_batch",
        "moe_dispatch_without_attention_dp",
    ]

    static func load(from document: JSONDocument) throws -> EngineProfile {
        try document.refuseKeys(outside: knownKeys, of: "an engine profile")
        let utilization = try document.positive("memory_utilization")
        guard utilization <= 1 else {
            throw InferCapError.invalidField(
                path: document.path, field: "memory_utilization", problem: "is \(utilization), above 1",
                fix: "write a fraction of device memory, e.g. 0.9")
        }
        let fraction = "write a fraction between 0 and 1"
        let scheduler = try SchedulerPolicy.load(from: document.optionalObject("scheduler"))
        let sources = try document.stringMap("sources")
        var profile = EngineProfile(
            id: try document.string("id"),
            description: try document.optionalString("description") ?? "",
            memoryUtilization: utilization,
            maxBatchPerRank: try document.count("max_batch_per_rank", limit: 1_000_000),
            maxPrefillTokens: try document.count("max_prefill_tokens", limit: 100_000_000),
            kvReservedOutputFraction: try bounded(document, "kv_reserved_output_fraction", 0...1, fix: fraction) ?? 0,
            decodeKernelOverheadSeconds: try bounded(document, "decode_kernel_overhead_seconds", 0...0.01, fix: "write seconds per kernel, e.g. 4.3e-6"),
            ttftDecodeSteps: try bounded(document, "ttft_decode_steps", 0...1000, fix: "write a number of decode iterations, e.g. 1") ?? 0,
            prefillStallFraction: try bounded(document, "prefill_stall_fraction", 0...1, fix: fraction) ?? 1,
            stepSecondsPerSequence: try bounded(
                document, "step_seconds_per_sequence", 0...0.001, fix: "write seconds per sequence per step, e.g. 1e-5") ?? 0,
            moeKernelEfficiency: try bounded(document, "moe_kernel_efficiency", 0.05...2, fix: "write a ratio around 1") ?? 1,
            prefillMoEKernelEfficiency: try bounded(document, "prefill_moe_kernel_efficiency", 0.05...2, fix: "write a ratio around 1, or leave it out"),
            prefillMoESyncSeconds: try bounded(
                document, "prefill_moe_sync_seconds", 0...0.1, fix: "write seconds per MoE layer, e.g. 1.5e-3") ?? 0,
            dataParallelPrefillAlignment: try bounded(document, "dp_prefill_alignment", 0...1, fix: fraction) ?? 1,
            aliases: try document.stringArray("aliases").map { $0.lowercased() },
            fitsByReplay: try fitMethod(document) == "replay",
            communicationOverlap: try bounded(document, "communication_overlap", 0...1, fix: fraction) ?? 0,
            sources: sources)
        profile.scheduler = scheduler
        profile.moeDispatchWithoutAttentionDP = try document.optionalBool("moe_dispatch_without_attention_dp") ?? false
        profile.fixedConstants = Set(try document.stringArray("fixed"))
        if let unknown = profile.fixedConstants.sorted().first(where: { !fixableConstants.contains($0) }) {
            throw InferCapError.invalidField(
                path: document.path, field: "fixed", problem: "names '\(unknown)', which the fit cannot hold fixed",
                fix: "list only \(fixableConstants.sorted().joined(separator: ", ")), or leave the constant to the fit")
        }
        profile.cudaGraphCapture = try CUDAGraphCapture.load(from: document.objectArray("cuda_graph_max_batch"))
        return profile
    }
}
