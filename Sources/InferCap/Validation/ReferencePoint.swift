/// One published serving measurement, normalised so the estimator can replay it
/// (`specs/reference/*.json`; the schema is in `specs/reference/README.md`).
public struct ReferencePoint: Sendable, Hashable {
    /// What was measured, in infercap's units (per chip, seconds).
    public enum Metric: String, Sendable, Hashable, CaseIterable, Codable {
        /// Output tokens per second per chip in steady serving.
        case outputTokensPerSecondPerChip = "output_tokens_per_second_per_chip"
        /// Time per output token, seconds.
        case tpotSeconds = "tpot_seconds"
        /// Time to first token, seconds.
        case ttftSeconds = "ttft_seconds"
        /// Prompt tokens per second per chip (prefill only).
        case prefillTokensPerSecondPerChip = "prefill_tokens_per_second_per_chip"
        /// Output tokens per second per chip (decode only).
        case decodeTokensPerSecondPerChip = "decode_tokens_per_second_per_chip"

        /// The group a metric is summarised in: throughputs together, TPOT, TTFT.
        public var family: String {
            switch self {
            case .tpotSeconds: return "tpot"
            case .ttftSeconds: return "ttft"
            default: return "tokens_per_second_per_chip"
            }
        }
    }

    /// Which chips the measurement covers.
    public enum Mode: String, Sendable, Hashable, Codable {
        /// Prefill and decode share the chips (continuous batching).
        case aggregated
        /// A prefill pool or a prefill-only benchmark.
        case prefill
        /// A decode pool or a decode-only benchmark.
        case decode
        /// Separate prefill and decode pools sharing the point's chips; the metric is output
        /// tokens per second over all of them.
        case disaggregated
    }

    /// Unique id of the point within the reference set.
    public var id: String
    /// Where the measurement was published.
    public var source: String
    /// The measurement campaign the point belongs to (`campaign`; default: the first word of
    /// ``source``): points of one campaign share a setup, so cross-validation holds them out
    /// together.
    public var campaign: String = ""
    /// How much the source is trusted (`high`, `medium`, `low`), as recorded in the file.
    public var confidence: String
    /// Catalog model id, nil when the model is not in the catalog.
    public var model: String?
    /// Catalog accelerator id, nil when not in the catalog.
    public var accelerator: String?
    /// Serving engine as reported (`sglang`, `vllm`, `trtllm`, ...).
    public var engine: String
    /// Which chips the measurement covers.
    public var mode: Mode
    /// Chips measured.
    public var chips: Int
    /// The layout as reported; nil = chosen like `estimate` does.
    public var parallelism: Parallelism?
    /// Weight precision as reported; nil = the estimate's default.
    public var weightDType: DType?
    /// Precision of the routed experts where reported apart (`expert_weight_dtype`); nil = the
    /// checkpoint's own on the chip (``Accelerator/defaultExpertWeightDType(native:)``).
    public var expertWeightDType: DType? = nil
    /// KV-cache precision.
    public var kvDType: DType
    /// Prompt tokens per request, where reported.
    public var inputTokens: Int?
    /// Generated tokens per request, where reported.
    public var outputTokens: Int?
    /// KV tokens per sequence during decode, where reported.
    public var contextTokens: Int?
    /// Concurrent decode sequences per attention group; nil = the largest that fits (max load).
    public var batch: Int?
    /// Mean arrival rate of an open-loop benchmark over the whole deployment, requests per
    /// second (`request_rate`: `vllm bench serve --request-rate`, guidellm's rate sweep); nil for
    /// a fixed concurrency (``batch``) or max load. Replayed at the steady state Little's law
    /// gives (``Estimator`` open loop).
    public var requestsPerSecond: Double? = nil
    /// Requests the benchmark sent in all (`num_prompts`, `vllm bench serve --num-prompts`), where
    /// the source states it; the simulated replay assumes a count when it does not.
    public var requestCount: Int? = nil
    /// How the benchmark spread its request lengths around ``inputTokens`` and ``outputTokens``
    /// (`random_range_ratio`): each drawn uniformly in `[L(1 - r), L(1 + r)]`, vLLM's
    /// `--random-range-ratio` convention; 0 = every request exactly the same length. The
    /// simulated replay draws them so; varied lengths keep a closed loop's clients from
    /// finishing, and prefilling again, in lock-step waves. nil = not stated: the replay assumes
    /// ``SimulatedValidation/assumedLengthSpread``.
    public var lengthRangeRatio: Double? = nil
    /// Chips of the prefill pool of a disaggregated point with a fixed split; nil = the split
    /// that serves the most (the pools sized to each other).
    public var prefillChips: Int?
    /// Latency targets the benchmark held, where reported.
    public var slo: LatencySLO?
    /// What was measured.
    public var metric: Metric
    /// The measured value in the metric's unit.
    public var value: Double
    /// False when the model cannot express the point; `skipReason` says why.
    public var replayable: Bool
    /// Why the point cannot be replayed, when ``replayable`` is false.
    public var skipReason: String?
    /// `train` (used to fit engine constants) or `test` (held out).
    public var split: String
    /// Share of requests that arrived in the benchmark's opening burst (see
    /// ``Workload/burstFraction``), from the point or its file's `protocol`.
    public var burstFraction: Double
    /// True when ``burstFraction`` came from the file's `protocol` (the share `--fit-engines`
    /// fits), not from the point itself: cross-validation replaces it with its fold's fit.
    public var burstFromProtocol: Bool = false
    /// Speculative decoding the measured deployment ran (`mtp`: `draft_tokens`, `acceptance_rate`);
    /// nil when it ran none.
    public var speculative: SpeculativeDecoding?
    /// Engine settings the measured deployment set on its command line (`engine_settings`:
    /// `max_num_seqs`, `max_num_batched_tokens`, `gpu_memory_utilization`, `cuda_graph_max_bs`),
    /// applied over the engine profile in every replay, as `estimate --max-num-seqs ...` applies
    /// them. Empty when the source sets none of them.
    public var engineSettings = EngineOverrides()
    /// Why the closed-form replay (``Replay``) cannot express the point while the request-level
    /// simulation can (`closed_form_skip_reason`), e.g. a burst of requests sent at once, which has
    /// no steady state; nil when both replay it.
    public var closedFormSkipReason: String? = nil
    /// Free-text remarks from the reference file.
    public var notes: String
}

extension ReferencePoint {
    static func load(from document: JSONDocument, protocolBurstFraction: Double = 0) throws -> ReferencePoint {
        let metricName = try document.string("metric")
        guard let metric = Metric(rawValue: metricName) else {
            throw InferCapError.invalidField(
                path: document.path, field: document.name("metric"), problem: "is '\(metricName)', not a known metric",
                fix: "use one of \(Metric.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let modeName = try document.optionalString("mode") ?? "aggregated"
        guard let mode = Mode(rawValue: modeName) else {
            throw InferCapError.invalidField(
                path: document.path, field: document.name("mode"), problem: "is '\(modeName)'", fix: "use aggregated, prefill, decode or disaggregated")
        }
        func dtype(_ key: String, choices: String) throws -> DType? {
            guard let name = try document.optionalString(key) else { return nil }
            guard let value = DType(rawValue: name) else {
                throw InferCapError.invalidField(
                    path: document.path, field: document.name(key), problem: "is '\(name)'", fix: "use \(choices)")
            }
            return value
        }
        func rangeRatio() throws -> Double? {
            guard let ratio = try document.optionalNumber("random_range_ratio") else { return nil }
            guard (0..<1).contains(ratio) else {
                throw InferCapError.invalidField(
                    path: document.path, field: document.name("random_range_ratio"), problem: "is \(ratio), outside [0, 1)",
                    fix: "give the half-width of the length range as a share of the mean, from 0 up to (not including) 1")
            }
            return ratio
        }
        var parallelism: Parallelism?
        if let layout = try document.optionalObject("parallelism") {
            parallelism = Parallelism(
                tp: try layout.optionalCount("tp") ?? 1, pp: try layout.optionalCount("pp") ?? 1,
                ep: try layout.optionalCount("ep") ?? 1, dp: try layout.optionalCount("dp") ?? 1)
        }
        var speculative: SpeculativeDecoding?
        if let mtp = try document.optionalObject("mtp") {
            speculative = SpeculativeDecoding(
                draftTokens: try mtp.count("draft_tokens", limit: 64),
                acceptanceRate: try mtp.optionalNumber("acceptance_rate") ?? SpeculativeDecoding.deepSeekV3AcceptanceRate)
        }
        var settings = EngineOverrides()
        if let engine = try document.optionalObject("engine_settings") {
            let known: Set<String> = ["max_num_seqs", "max_num_batched_tokens", "gpu_memory_utilization", "cuda_graph_max_bs"]
            try engine.refuseKeys(
                outside: known, problem: "is not an engine setting infercap replays",
                fix: "use \(known.sorted().joined(separator: ", ")), or say in the notes what the setting changes")
            settings = EngineOverrides(
                maxSequencesPerRank: try engine.optionalCount("max_num_seqs", limit: 1e6),
                maxBatchedTokens: try engine.optionalCount("max_num_batched_tokens", limit: 1e8),
                memoryUtilization: try engine.optionalPositive("gpu_memory_utilization"),
                cudaGraphMaxBatch: try engine.optionalCount("cuda_graph_max_bs", limit: 1e6))
        }
        let tpot = try document.optionalPositive("tpot_slo_seconds")
        let ttft = try document.optionalPositive("ttft_slo_seconds")
        let source = try document.optionalString("source") ?? ""
        return ReferencePoint(
            id: try document.string("id"),
            source: source,
            campaign: try document.optionalString("campaign") ?? String(source.split(separator: " ").first ?? ""),
            confidence: try document.optionalString("confidence") ?? "",
            model: try document.optionalString("model"),
            accelerator: try document.optionalString("accelerator"),
            engine: try document.optionalString("engine") ?? "other",
            mode: mode,
            chips: try document.optionalCount("chips", limit: 1e7) ?? parallelism?.chips ?? 1,
            parallelism: parallelism,
            weightDType: try dtype("weight_dtype", choices: DType.weightChoiceList),
            expertWeightDType: try dtype("expert_weight_dtype", choices: DType.weightChoiceList),
            kvDType: try dtype("kv_dtype", choices: DType.kvChoiceList) ?? .bf16,
            inputTokens: try document.optionalCount("input_tokens", limit: 1e8),
            outputTokens: try document.optionalCount("output_tokens", limit: 1e8),
            contextTokens: try document.optionalCount("context_tokens", limit: 1e8),
            batch: try document.optionalCount("batch", limit: 1e7),
            requestsPerSecond: try document.optionalPositive("request_rate"),
            requestCount: try document.optionalCount("num_prompts", limit: 1e7),
            lengthRangeRatio: try rangeRatio(),
            prefillChips: try document.optionalCount("prefill_chips", limit: 1e7),
            slo: (tpot == nil && ttft == nil) ? nil : LatencySLO(tpotSeconds: tpot, ttftSeconds: ttft),
            metric: metric,
            value: try document.positive("value"),
            replayable: try document.optionalBool("replayable") ?? true,
            skipReason: try document.optionalString("skip_reason"),
            split: try document.optionalString("split") ?? "train",
            burstFraction: try document.optionalNumber("burst_fraction") ?? protocolBurstFraction,
            burstFromProtocol: !document.has("burst_fraction") && protocolBurstFraction > 0,
            speculative: speculative,
            engineSettings: settings,
            closedFormSkipReason: try document.optionalString("closed_form_skip_reason"),
            notes: try document.optionalString("notes") ?? "")
    }
}
