/// What the users ask of a deployment: prompt and answer lengths, and either a fixed number
/// of concurrent sequences or latency targets from which the largest batch is found.
public struct Workload: Sendable, Hashable, Codable {
    /// Prompt tokens per request.
    public var inputTokens: Int
    /// Generated tokens per request.
    public var outputTokens: Int
    /// Concurrent decode sequences per attention group (per DP rank); nil = decided by SLOs
    /// or, without SLOs, the largest batch that fits in memory.
    public var batch: Int?
    /// KV tokens each sequence holds during decode; nil = input + output/2 (the steady-state
    /// average under continuous batching).
    public var contextTokens: Int?
    /// Latency targets; used only when `batch` is nil.
    public var slo: LatencySLO?
    /// Share of requests that arrive together with a full batch of others (0...1): 0 for
    /// steady traffic; in a closed-loop benchmark that starts all `batch` requests at once and
    /// sends `waves x batch` requests in all, `1 / waves`. Those requests wait on average for
    /// `(batch - 1) / 2` prefills before their own.
    public var burstFraction: Double

    /// A workload; the defaults are the CLI's (1024 in, 1024 out, the largest batch that fits).
    public init(
        inputTokens: Int = 1024, outputTokens: Int = 1024, batch: Int? = nil, contextTokens: Int? = nil, slo: LatencySLO? = nil,
        burstFraction: Double = 0
    ) {
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
        self.batch = batch
        self.contextTokens = contextTokens
        self.slo = slo
        self.burstFraction = burstFraction
    }

    /// The decode context in tokens.
    public var effectiveContextTokens: Int { contextTokens ?? (inputTokens + outputTokens / 2) }

    func validate() throws {
        let limit = 100_000_000
        for (field, value) in [("input tokens", inputTokens), ("output tokens", outputTokens)] where value < 1 || value > limit {
            throw InferCapError.invalidWorkload(field: field, value: "\(value)", fix: "use a whole number from 1 to \(limit)")
        }
        if let batch, batch < 1 || batch > 1_000_000 {
            throw InferCapError.invalidWorkload(field: "batch", value: "\(batch)", fix: "use a whole number from 1 to 1000000")
        }
        if let contextTokens, contextTokens < 1 || contextTokens > limit {
            throw InferCapError.invalidWorkload(field: "context", value: "\(contextTokens)", fix: "use a whole number from 1 to \(limit)")
        }
        // The KV context of a decoding sequence holds at least its prompt.
        if let contextTokens, contextTokens < inputTokens {
            throw InferCapError.invalidWorkload(
                field: "context", value: "\(contextTokens)",
                fix: "a decoding sequence holds its whole prompt in the KV cache: use at least the input tokens (\(inputTokens)), or leave it out (input + output/2)")
        }
        try slo?.validate()
        guard burstFraction.isFinite, (0...1).contains(burstFraction) else {
            throw InferCapError.invalidWorkload(field: "burst fraction", value: "\(burstFraction)", fix: "use a fraction from 0 to 1")
        }
    }
}

/// Latency targets for serving.
public struct LatencySLO: Sendable, Hashable, Codable {
    /// Largest acceptable time per output token, in seconds.
    public var tpotSeconds: Double?
    /// Largest acceptable time to first token, in seconds.
    public var ttftSeconds: Double?

    /// Targets in seconds; nil leaves that latency free.
    public init(tpotSeconds: Double? = nil, ttftSeconds: Double? = nil) {
        self.tpotSeconds = tpotSeconds
        self.ttftSeconds = ttftSeconds
    }

    func validate() throws {
        for (field, value) in [("TPOT SLO", tpotSeconds), ("TTFT SLO", ttftSeconds)] {
            guard let value else { continue }
            guard value.isFinite, value > 0, value < 3600 else {
                throw InferCapError.invalidWorkload(
                    field: field, value: "\(value * 1000) ms", fix: "use a positive time below one hour")
            }
        }
    }
}
