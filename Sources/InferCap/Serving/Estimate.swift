/// Everything InferCap predicts for one model on one deployment and workload.
///
/// Times are seconds, sizes bytes, rates tokens per second. "Per chip" divides by every chip
/// of the deployment (tp x pp x dp). Encodes to the JSON the CLI prints (snake_case keys).
public struct Estimate: Sendable, Hashable, Encodable {
    /// Model id.
    public var model: String
    /// Accelerator id.
    public var accelerator: String
    /// Chips in the deployment.
    public var chips: Int
    /// The layout.
    public var parallelism: Parallelism
    /// Concurrent decode sequences per attention group (per DP rank).
    public var batch: Int
    /// How the batch was chosen: `given`, `slo` or `memory`.
    public var batchSource: String
    /// Weight precision.
    public var weightDType: DType
    /// KV-cache precision.
    public var kvDType: DType
    /// Engine profile id.
    public var engine: String
    /// Calibration profile id and whether it was measured on this chip.
    public var calibration: CalibrationUse
    /// Memory plan.
    public var memory: MemoryPlan
    /// Prefill of one request per DP rank.
    public var prefill: PrefillResult
    /// One decode step at `batch`.
    public var decode: DecodeResult
    /// Steady state with continuous batching (prefill shares the chips with decode).
    public var serving: ServingResult
    /// Per-operator breakdowns, when asked for.
    public var breakdown: Breakdown?
    /// Assumptions and warnings worth reading.
    public var notes: [String]
    /// Expected error bands per metric family from validation residuals of similar points.
    public var confidence: [Confidence]
    /// Precision of the routed experts where it differs from ``weightDType`` (4-bit experts), nil otherwise.
    public var expertWeightDType: DType? = nil

    enum CodingKeys: String, CodingKey {
        case model, accelerator, chips, parallelism, batch, batchSource = "batch_source", weightDType = "weight_dtype"
        case kvDType = "kv_dtype", engine, calibration, memory, prefill, decode, serving, breakdown, notes, confidence
        case expertWeightDType = "expert_weight_dtype"
    }

    /// Which efficiency curves were used.
    public struct CalibrationUse: Sendable, Hashable, Encodable {
        /// Profile id.
        public var profile: String
        /// Chip the kernels were measured on (nil: default curves).
        public var measuredOn: String?
        /// True when the profile was measured on another chip (or is the default).
        public var borrowed: Bool
        enum CodingKeys: String, CodingKey { case profile, measuredOn = "measured_on", borrowed }
    }

    /// Prefill results.
    public struct PrefillResult: Sendable, Hashable, Encodable {
        /// Prompt tokens per request.
        public var inputTokens: Int
        /// Seconds to prefill one request through the whole pipeline.
        public var seconds: Double
        /// Prompt tokens per second per chip with prefills batched up to the engine's chunk.
        public var tokensPerSecondPerChip: Double
        enum CodingKeys: String, CodingKey {
            case inputTokens = "input_tokens", seconds, tokensPerSecondPerChip = "tokens_per_second_per_chip"
        }
    }

    /// Decode-only results (what a disaggregated decode pool would see).
    public struct DecodeResult: Sendable, Hashable, Encodable {
        /// KV tokens per sequence during the step.
        public var contextTokens: Int
        /// Seconds between two tokens of one sequence, decode only.
        public var stepSeconds: Double
        /// Output tokens per second per chip, decode only.
        public var tokensPerSecondPerChip: Double
        /// Output tokens per second seen by one user, decode only.
        public var tokensPerSecondPerUser: Double
        enum CodingKeys: String, CodingKey {
            case contextTokens = "context_tokens", stepSeconds = "step_seconds"
            case tokensPerSecondPerChip = "tokens_per_second_per_chip", tokensPerSecondPerUser = "tokens_per_second_per_user"
        }
    }

    /// Aggregated serving in steady state.
    public struct ServingResult: Sendable, Hashable, Encodable {
        /// Time to first token: the request's prefill through the pipeline.
        public var ttftSeconds: Double
        /// Time per output token including the prefills interleaved with decode.
        public var tpotSeconds: Double
        /// Output tokens per second per user (1 / TPOT).
        public var tokensPerSecondPerUser: Double
        /// Output tokens per second per chip.
        public var outputTokensPerSecondPerChip: Double
        /// Completed requests per second for the whole deployment.
        public var requestsPerSecond: Double
        /// Sequences in flight over the whole deployment (batch x dp).
        public var concurrentSequences: Int
        enum CodingKeys: String, CodingKey {
            case ttftSeconds = "ttft_seconds", tpotSeconds = "tpot_seconds", tokensPerSecondPerUser = "tokens_per_second_per_user"
            case outputTokensPerSecondPerChip = "output_tokens_per_second_per_chip", requestsPerSecond = "requests_per_second"
            case concurrentSequences = "concurrent_sequences"
        }
    }

    /// Where the time goes in each phase.
    public struct Breakdown: Sendable, Hashable, Encodable {
        /// Prefill of one request, summed over layers and stages.
        public var prefill: [OperatorShare]
        /// One decode step, summed over layers and stages.
        public var decode: [OperatorShare]
    }
}

/// Memory per chip for one deployment.
public struct MemoryPlan: Sendable, Hashable, Encodable {
    /// Device memory in bytes.
    public var deviceBytes: Double
    /// What the engine may use (device x memory utilization).
    public var usableBytesPerChip: Double
    /// Weights stored on the fullest chip.
    public var weightBytesPerChip: Double
    /// Activation workspace reserved for one prefill chunk.
    public var activationBytesPerChip: Double
    /// KV-cache bytes per token for the whole model (all layers, all KV heads), averaged over a
    /// sequence of ``contextTokens`` (windows, compressed caches and constant recurrent states make
    /// the average depend on the length).
    public var kvBytesPerToken: Double
    /// KV-cache bytes per token stored on one chip, averaged the same way.
    public var kvBytesPerTokenPerChip: Double
    /// Bytes left for the KV cache on one chip.
    public var kvCapacityBytesPerChip: Double
    /// Tokens of KV one chip can hold.
    public var kvTokensPerChip: Double
    /// Largest batch per attention group that fits (capped by the engine), 0 if none.
    public var maxBatch: Int
    /// Whether weights, workspace and at least one sequence fit.
    public var fits: Bool
    /// Context tokens per sequence the plan sizes for (what the engine reserves for one request).
    public var contextTokens: Int
    /// State one sequence of ``contextTokens`` keeps in the whole model: every layer's KV cache,
    /// window, compressed cache or recurrent state, all heads.
    public var kvBytesPerSequence: Double
    /// The same on the fullest chip (its stage's layers, its share of the heads).
    public var kvBytesPerSequencePerChip: Double

    enum CodingKeys: String, CodingKey {
        case deviceBytes = "device_bytes", usableBytesPerChip = "usable_bytes_per_chip", weightBytesPerChip = "weight_bytes_per_chip"
        case activationBytesPerChip = "activation_bytes_per_chip", kvBytesPerToken = "kv_bytes_per_token"
        case kvBytesPerTokenPerChip = "kv_bytes_per_token_per_chip", kvCapacityBytesPerChip = "kv_capacity_bytes_per_chip"
        case kvTokensPerChip = "kv_tokens_per_chip", maxBatch = "max_batch", fits, contextTokens = "context_tokens"
        case kvBytesPerSequence = "kv_bytes_per_sequence", kvBytesPerSequencePerChip = "kv_bytes_per_sequence_per_chip"
    }
}
