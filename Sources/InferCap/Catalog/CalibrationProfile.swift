/// The fitted efficiency curves of one chip (or the default for chips without kernel data),
/// read from `specs/calibration/profiles/<id>.json`.
public struct CalibrationProfile: Sendable, Hashable {
    /// Profile id (`h20`, `h800`, `h100-sxm`, `default`).
    public var id: String
    /// The chip the kernels were measured on; nil for the default profile.
    public var measuredOn: String?
    /// Where the measurements came from.
    public var source: String
    /// For a profile without kernel timings of its own chip, one line on what its curves rest on
    /// (shown with every estimate that uses it; for a borrowed profile, what was adjusted for the
    /// chip); nil = the plain default or borrowed curves.
    public var summary: String?
    /// Dense GEMMs (projections, dense FFN, lm_head).
    public var gemm: EfficiencyCurve
    /// Dense GEMMs that run in bf16 or fp16, for a chip whose 16-bit kernels reach a different
    /// share of their peak than its 8-bit ones (fitted on each where both were measured: an
    /// Atlas A3 die reaches about 0.9 of its BF16 peak and 0.7 of its INT8 peak); nil = ``gemm``
    /// for every precision.
    public var gemmBF16: EfficiencyCurve? = nil
    /// MoE grouped GEMMs in decode (the masked-layout kernels CUDA-graph decode runs), and in
    /// prefill where ``groupedGemmPrefill`` is nil.
    public var groupedGemm: EfficiencyCurve
    /// MoE grouped GEMMs in prefill (the contiguous-layout kernels), fitted on their own table
    /// where one was measured (InferSim's H20 and H800 prefill tables); nil = ``groupedGemm``.
    public var groupedGemmPrefill: EfficiencyCurve? = nil
    /// Decode attention over a GQA/MHA KV cache.
    public var attentionDecode: EfficiencyCurve
    /// Decode attention over an MLA latent cache (absorbed form; FlashMLA-like kernels are
    /// compute-heavy where GQA kernels stream memory, so they get their own curve).
    public var attentionDecodeLatent: EfficiencyCurve
    /// Causal prefill attention.
    public var attentionPrefill: EfficiencyCurve
    /// Norms, activations, RoPE, residual adds (memory bound).
    public var elementwise: EfficiencyCurve
    /// Fraction of per-direction link bandwidth reached by collectives.
    public var linkEfficiency: Double
    /// Fixed latency of one collective (all-reduce, all-to-all) inside one scale-up domain, in
    /// seconds.
    public var collectiveLatencySeconds: Double
    /// Sparse-attention indexer scores in FP8 (DeepSeek's lightning indexer, `fp8_mqa_logits`),
    /// where measured (InferSim's H800 DSA tables); nil = ``gemm`` (an FP8 product), with a note.
    public var attentionIndexer: EfficiencyCurve? = nil
    /// Decode attention over the entries an indexer selected (FlashMLA's sparse kernel), where
    /// measured; nil = ``attentionDecodeLatent``, with a note.
    public var attentionDecodeSparse: EfficiencyCurve? = nil
    /// Linear-attention and state-space recurrences (Gated DeltaNet, KDA, Mamba-2), where measured
    /// (InferSim's H20 GDN tables); nil = ``attentionDecode`` in decode (a memory-bound state update)
    /// and ``attentionPrefill`` in prefill (chunked products), with a note.
    public var linearRecurrence: EfficiencyCurve? = nil

    /// Latency of one hop over the scale-out network, in seconds, added per hop on a collective's
    /// critical path when its group spans scale-up domains (see `CostModel.networkHops(_:domain:)`);
    /// 0 = not modelled. From NCCL's own tuning model (network hop, tree algorithm, LL protocol).
    public var networkHopSeconds: Double = 0
    /// Fixed latency of an all-reduce before its ring steps, in seconds; nil =
    /// ``collectiveLatencySeconds``. NCCL's tuning model (`src/graph/tuning.cc`): 6.6 µs, the ring
    /// algorithm's base latency with the LL protocol.
    public var allReduceLatencySeconds: Double? = nil
    /// Latency of each of the `2 (n - 1)` steps of an all-reduce's ring over the `n` chips it spans
    /// inside one scale-up domain, in seconds (0 = not modelled), so an all-reduce over 8 chips waits
    /// longer than one over 2. NCCL's tuning model: 0.6 µs per NVLink step with the LL protocol.
    public var allReduceStepSeconds: Double = 0

    /// Fixed latency of every all-reduce, before its ring steps: ``allReduceLatencySeconds``, else
    /// ``collectiveLatencySeconds``.
    public var allReduceBaseSeconds: Double { allReduceLatencySeconds ?? collectiveLatencySeconds }

    /// Seconds of an all-reduce's `2 (chips - 1)` ring steps among `chips` chips of one scale-up
    /// domain (on top of ``allReduceBaseSeconds``; network hops, when the group spans domains, too).
    public func allReduceRingSeconds(chips: Int) -> Double {
        allReduceStepSeconds * Double(2 * max(0, chips - 1))
    }
}

extension CalibrationProfile {
    /// The kernel classes a profile may carry a curve for.
    static let curveKeys: Set<String> = [
        "gemm", "gemm_bf16", "grouped_gemm", "grouped_gemm_prefill", "attention_decode", "attention_decode_latent",
        "attention_decode_sparse", "attention_indexer", "attention_prefill", "linear_recurrence", "elementwise",
    ]

    static func load(from document: JSONDocument) throws -> CalibrationProfile {
        // Every key sets a kernel's speed or documents one: a misspelled one would read as absent.
        try document.refuseKeys(
            outside: curveKeys.union(["id", "measured_on", "source", "license", "method", "summary", "communication"]),
            of: "a calibration profile")
        func curve(_ key: String) throws -> EfficiencyCurve {
            let object = try document.object(key)
            try object.refuseKeys(outside: [
                "compute_efficiency_max", "half_efficiency_rows", "memory_efficiency", "overhead_seconds", "decode_overhead_seconds",
                "fp8_compute_speedup", "weight_only_half_efficiency_rows",
                // The fit's record of itself (specs/calibration/fit_efficiency.py): read by people, not by the cost model.
                "fitted_on", "median_abs_relative_error", "heldout_median_abs_relative_error", "p90_abs_relative_error",
            ], of: "an efficiency curve")
            let compute = try object.positive("compute_efficiency_max")
            let memory = try object.positive("memory_efficiency")
            // Below 0.1% of peak is no kernel anyone runs; a subnormal efficiency made times infinite.
            for (field, value) in [("compute_efficiency_max", compute), ("memory_efficiency", memory)] where value > 1 || value < 0.001 {
                throw InferCapError.invalidField(
                    path: document.path, field: object.name(field), problem: "is \(value), \(value > 1 ? "above 1" : "below 0.001")",
                    fix: "efficiencies are fractions of the datasheet peak, between 0.001 and 1")
            }
            let half = try object.number("half_efficiency_rows")
            let overhead = try object.number("overhead_seconds")
            guard (0...1e6).contains(half) else {
                throw InferCapError.invalidField(
                    path: document.path, field: object.name("half_efficiency_rows"), problem: "is \(JSONDocument.format(half)), outside 0...1000000",
                    fix: "write the rows at which compute efficiency is half its maximum, e.g. 40")
            }
            guard overhead >= 0, overhead < 0.01 else {
                throw InferCapError.invalidField(
                    path: document.path, field: object.name("overhead_seconds"), problem: "is \(overhead), outside 0 to 0.01 s",
                    fix: "write seconds per kernel launch, e.g. 1.2e-5 (not microseconds)")
            }
            let decodeOverhead = try object.has("decode_overhead_seconds") ? object.number("decode_overhead_seconds") : nil
            if let decodeOverhead, !(0..<0.01).contains(decodeOverhead) {
                throw InferCapError.invalidField(
                    path: document.path, field: object.name("decode_overhead_seconds"), problem: "is \(decodeOverhead), outside 0 to 0.01 s",
                    fix: "write seconds per kernel in graph-mode decode, e.g. 1.3e-5 (not microseconds), or leave it out")
            }
            let fp8Speedup = try object.has("fp8_compute_speedup") ? object.number("fp8_compute_speedup") : nil
            if let fp8Speedup, !(1...4).contains(fp8Speedup) {
                throw InferCapError.invalidField(
                    path: document.path, field: object.name("fp8_compute_speedup"), problem: "is \(JSONDocument.format(fp8Speedup)), outside 1 to 4",
                    fix: "write how many times faster the FP8 kernel computes than the BF16 one, e.g. 1.6, or leave it out")
            }
            let weightOnlyHalf = try object.has("weight_only_half_efficiency_rows") ? object.number("weight_only_half_efficiency_rows") : nil
            if let weightOnlyHalf, !(0...1e6).contains(weightOnlyHalf) {
                throw InferCapError.invalidField(
                    path: document.path, field: object.name("weight_only_half_efficiency_rows"),
                    problem: "is \(JSONDocument.format(weightOnlyHalf)), outside 0...1000000",
                    fix: "write the rows at which the weight-only kernel reaches half its compute ceiling, e.g. 16, or leave it out")
            }
            var curve = EfficiencyCurve(
                computeEfficiencyMax: compute, halfEfficiencyRows: half, memoryEfficiency: memory, overheadSeconds: overhead,
                decodeOverheadSeconds: decodeOverhead, fp8ComputeSpeedup: fp8Speedup)
            curve.weightOnlyHalfEfficiencyRows = weightOnlyHalf
            return curve
        }
        let communication = try document.object("communication")
        try communication.refuseKeys(outside: [
            "link_efficiency", "latency_seconds", "all_reduce_latency_seconds", "all_reduce_step_seconds", "network_hop_seconds", "source",
        ], of: "a communication")
        let link = try communication.positive("link_efficiency")
        guard link <= 1, link >= 0.001 else {
            throw InferCapError.invalidField(
                path: document.path, field: "communication.link_efficiency", problem: "is \(link), \(link > 1 ? "above 1" : "below 0.001")",
                fix: "write a fraction between 0.001 and 1")
        }
        let latency = try communication.number("latency_seconds")
        guard latency >= 0, latency < 0.01 else {
            throw InferCapError.invalidField(
                path: document.path, field: "communication.latency_seconds", problem: "is \(latency), outside 0 to 0.01 s",
                fix: "write the fixed latency of one collective in seconds, e.g. 2e-5 (not microseconds)")
        }
        let hop = try communication.has("network_hop_seconds") ? communication.number("network_hop_seconds") : 0
        guard hop >= 0, hop < 0.001 else {
            throw InferCapError.invalidField(
                path: document.path, field: communication.name("network_hop_seconds"), problem: "is \(hop), outside 0 to 0.001 s",
                fix: "write the latency of one scale-out network hop in seconds, e.g. 5e-6 (not microseconds)")
        }
        func optionalLatency(_ key: String, fix: String) throws -> Double? {
            guard communication.has(key) else { return nil }
            let value = try communication.number(key)
            guard value >= 0, value < 0.001 else {
                throw InferCapError.invalidField(
                    path: document.path, field: communication.name(key), problem: "is \(value), outside 0 to 0.001 s", fix: fix)
            }
            return value
        }
        let allReduceBase = try optionalLatency(
            "all_reduce_latency_seconds", fix: "write the fixed latency of one all-reduce in seconds, e.g. 6.6e-6 (not microseconds)")
        let allReduceStep = try optionalLatency(
            "all_reduce_step_seconds", fix: "write the latency of one ring step in seconds, e.g. 6e-7 (not microseconds)")
        var profile = CalibrationProfile(
            id: try document.string("id"),
            measuredOn: try document.optionalString("measured_on"),
            source: try document.optionalString("source") ?? "",
            gemm: try curve("gemm"),
            groupedGemm: try curve("grouped_gemm"),
            attentionDecode: try curve("attention_decode"),
            attentionDecodeLatent: try document.has("attention_decode_latent") ? curve("attention_decode_latent") : curve("attention_decode"),
            attentionPrefill: try curve("attention_prefill"),
            elementwise: try curve("elementwise"),
            linkEfficiency: link,
            collectiveLatencySeconds: latency,
            networkHopSeconds: hop,
            summary: try document.optionalString("summary"))
        profile.allReduceLatencySeconds = allReduceBase
        profile.allReduceStepSeconds = allReduceStep ?? 0
        profile.gemmBF16 = try document.has("gemm_bf16") ? curve("gemm_bf16") : nil
        profile.groupedGemmPrefill = try document.has("grouped_gemm_prefill") ? curve("grouped_gemm_prefill") : nil
        profile.attentionIndexer = try document.has("attention_indexer") ? curve("attention_indexer") : nil
        profile.attentionDecodeSparse = try document.has("attention_decode_sparse") ? curve("attention_decode_sparse") : nil
        profile.linearRecurrence = try document.has("linear_recurrence") ? curve("linear_recurrence") : nil
        return profile
    }
}

extension CalibrationProfile {
    /// The operator kinds whose kernels this profile has no curve of their own for, and the curve
    /// they borrow: `(kind, borrowed curve name)`.
    public var borrowedKernelCurves: [(Operator.Kind, String)] {
        var borrowed: [(Operator.Kind, String)] = []
        if attentionIndexer == nil { borrowed.append((.attentionIndexer, "gemm")) }
        if attentionDecodeSparse == nil { borrowed.append((.attentionDecodeSparse, "attention_decode_latent")) }
        if linearRecurrence == nil { borrowed.append((.linearRecurrence, "attention_decode / attention_prefill")) }
        return borrowed
    }
}
