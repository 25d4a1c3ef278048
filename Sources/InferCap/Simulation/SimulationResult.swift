import Foundation

/// What a simulated benchmark measured, as `vllm bench serve` reports it: request and token
/// throughput over the run, and the mean, median, p90 and p99 of TTFT, TPOT, inter-token
/// latency and end-to-end latency, in milliseconds. JSON uses vLLM's result keys
/// (`request_throughput`, `mean_ttft_ms`, ...), so a run can be diffed against
/// `vllm bench serve --save-result`.
public struct SimulationResult: Sendable {
    /// Mean, median and percentiles of one latency, milliseconds.
    public struct Latency: Sendable, Hashable {
        /// Mean, ms.
        public var mean: Double
        /// Median, ms.
        public var median: Double
        /// Standard deviation, ms.
        public var std: Double
        /// 90th percentile, ms.
        public var p90: Double
        /// 99th percentile, ms.
        public var p99: Double
    }

    /// The traffic simulated.
    public var traffic: Traffic
    /// Requests completed.
    public var completed: Int
    /// Seconds from the first request sent to the last completed (vLLM's `duration`).
    public var durationSeconds: Double
    /// Prompt tokens over all requests.
    public var totalInputTokens: Int
    /// Generated tokens over all requests.
    public var totalOutputTokens: Int
    /// Time to first token, from when the request was sent.
    public var ttft: Latency
    /// Time per output token after the first, per request: `(e2e - ttft) / (output - 1)`.
    public var tpot: Latency
    /// Gaps between consecutive tokens of a request, over all tokens.
    public var itl: Latency
    /// End-to-end latency, sent to last token.
    public var e2e: Latency
    /// Requests preempted (and recomputed) because the KV cache overflowed.
    public var preemptions: Int
    /// Engine iterations simulated.
    public var iterations: Int
    /// Mean requests in flight (sent, not finished) over the run.
    public var meanConcurrency: Double
    /// Time-averaged decode batch over the run, from the iterations themselves (each
    /// iteration's length times the sequences it decoded, over the duration): by Little's law it
    /// equals the request throughput times the mean time a request spends decoding, a check the
    /// tests make.
    public var meanDecodeBatch: Double
    /// True when requests arrived faster than the instance served them: the queue grew over the
    /// run, so latencies depend on its length. ``requestThroughput`` is then the sustainable rate.
    public var overloaded: Bool

    /// Requests per second over the run.
    public var requestThroughput: Double { Double(completed) / durationSeconds }
    /// Generated tokens per second over the run.
    public var outputThroughput: Double { Double(totalOutputTokens) / durationSeconds }
    /// Prompt and generated tokens per second over the run.
    public var totalTokenThroughput: Double { Double(totalInputTokens + totalOutputTokens) / durationSeconds }

    /// Requests per second that met both SLOs (vLLM's goodput); nil when no SLO is given.
    public func goodput(tpotSeconds: Double?, ttftSeconds: Double?) -> Double? {
        guard tpotSeconds != nil || ttftSeconds != nil else { return nil }
        let good = zip(perRequestTTFT, perRequestTPOT).filter { ttft, tpot in
            (ttftSeconds.map { ttft <= $0 } ?? true) && (tpotSeconds.map { tpot <= $0 } ?? true)
        }.count
        return Double(good) / durationSeconds
    }

    /// TTFT at a percentile (0.5...0.999) over the requests, seconds.
    public func ttftPercentile(_ percentile: Double) -> Double {
        ErrorStatistics.quantile(perRequestTTFT.sorted(), min(max(percentile, 0), 1))
    }

    /// TTFT at a percentile and mean TPOT, seconds, over the requests sent `from` up to `to`
    /// (indices in sending order): an open-loop run's steady state, without the requests that
    /// met a filling or a draining instance (``FleetRequest/TTFTModel/simulate`` rates on the
    /// middle third of a run three steady-state lifetimes long).
    func window(from: Int, to: Int, ttftPercentile percentile: Double) -> (ttftSeconds: Double, meanTPOTSeconds: Double) {
        let lower = max(0, min(from, perRequestTTFT.count - 1)), upper = max(lower + 1, min(to, perRequestTTFT.count))
        let ttfts = perRequestTTFT[lower..<upper].sorted(), tpots = perRequestTPOT[lower..<upper]
        return (ErrorStatistics.quantile(ttfts, min(max(percentile, 0), 1)), tpots.reduce(0, +) / Double(tpots.count))
    }

    /// Per-request TTFT and TPOT, seconds (for goodput).
    var perRequestTTFT: [Double]
    var perRequestTPOT: [Double]

    init(
        traffic: Traffic, sent: [Double], firstToken: [Double], finish: [Double], input: [Int], output: [Int],
        interTokenLatencies: [(seconds: Double, tokens: Int)], preemptions: Int, iterations: Int
    ) {
        self.traffic = traffic
        completed = finish.filter(\.isFinite).count
        let start = sent.min() ?? 0
        let end = finish.max() ?? 0
        durationSeconds = max(end - start, 1e-12)
        totalInputTokens = input.reduce(0, +)
        totalOutputTokens = output.reduce(0, +)
        perRequestTTFT = zip(firstToken, sent).map { $0 - $1 }
        perRequestTPOT = (0..<output.count).map { i in
            output[i] > 1 ? (finish[i] - firstToken[i]) / Double(output[i] - 1) : 0
        }
        let e2eSeconds = zip(finish, sent).map { $0 - $1 }
        ttft = Self.latency(perRequestTTFT)
        tpot = Self.latency(perRequestTPOT)
        e2e = Self.latency(e2eSeconds)
        itl = Self.weightedLatency(interTokenLatencies)
        self.preemptions = preemptions
        self.iterations = iterations
        meanConcurrency = e2eSeconds.reduce(0, +) / durationSeconds
        meanDecodeBatch = interTokenLatencies.reduce(0) { $0 + $1.seconds * Double($1.tokens) } / durationSeconds
        // Overloaded: the requests of the last quarter waited much longer for their first token
        // than those of the first (a queue that grows over the run).
        let quarter = max(1, sent.count / 4)
        let early = perRequestTTFT.prefix(quarter).reduce(0, +) / Double(quarter)
        let late = perRequestTTFT.suffix(quarter).reduce(0, +) / Double(quarter)
        overloaded = (traffic.requestsPerSecond.isFinite || traffic.trace != nil) && traffic.maxConcurrency == nil && late > 2 * early + 0.5
    }

    static func latency(_ seconds: [Double]) -> Latency {
        guard !seconds.isEmpty else { return Latency(mean: 0, median: 0, std: 0, p90: 0, p99: 0) }
        let sorted = seconds.sorted()
        let mean = seconds.reduce(0, +) / Double(seconds.count)
        let variance = seconds.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(seconds.count)
        func q(_ p: Double) -> Double { ErrorStatistics.quantile(sorted, p) * 1000 }
        return Latency(mean: mean * 1000, median: q(0.5), std: sqrt(variance) * 1000, p90: q(0.9), p99: q(0.99))
    }

    /// Percentiles over tokens: each iteration's length counts once per token it produced.
    static func weightedLatency(_ samples: [(seconds: Double, tokens: Int)]) -> Latency {
        let total = samples.reduce(0) { $0 + $1.tokens }
        guard total > 0 else { return Latency(mean: 0, median: 0, std: 0, p90: 0, p99: 0) }
        let sorted = samples.sorted { $0.seconds < $1.seconds }
        let mean = samples.reduce(0) { $0 + $1.seconds * Double($1.tokens) } / Double(total)
        let variance = samples.reduce(0) { $0 + Double($1.tokens) * ($1.seconds - mean) * ($1.seconds - mean) } / Double(total)
        func q(_ p: Double) -> Double {
            let target = p * Double(total - 1)
            var seen = 0
            for sample in sorted {
                seen += sample.tokens
                if Double(seen) > target { return sample.seconds * 1000 }
            }
            return (sorted.last?.seconds ?? 0) * 1000
        }
        return Latency(mean: mean * 1000, median: q(0.5), std: sqrt(variance) * 1000, p90: q(0.9), p99: q(0.99))
    }
}

extension SimulationResult: Encodable {
    enum CodingKeys: String, CodingKey {
        case completed, duration, totalInputTokens = "total_input_tokens", totalOutputTokens = "total_output_tokens"
        case requestThroughput = "request_throughput", outputThroughput = "output_throughput"
        case totalTokenThroughput = "total_token_throughput", preemptions, iterations
        case meanConcurrency = "mean_concurrency", meanDecodeBatch = "mean_decode_batch", overloaded
    }

    /// vLLM's result keys (`mean_ttft_ms`, `median_tpot_ms`, `p99_itl_ms`, ...), plus p90.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(completed, forKey: .completed)
        try container.encode(durationSeconds, forKey: .duration)
        try container.encode(totalInputTokens, forKey: .totalInputTokens)
        try container.encode(totalOutputTokens, forKey: .totalOutputTokens)
        try container.encode(requestThroughput, forKey: .requestThroughput)
        try container.encode(outputThroughput, forKey: .outputThroughput)
        try container.encode(totalTokenThroughput, forKey: .totalTokenThroughput)
        try container.encode(preemptions, forKey: .preemptions)
        try container.encode(iterations, forKey: .iterations)
        try container.encode(meanConcurrency, forKey: .meanConcurrency)
        try container.encode(meanDecodeBatch, forKey: .meanDecodeBatch)
        try container.encode(overloaded, forKey: .overloaded)
        var latencies = encoder.container(keyedBy: DynamicKey.self)
        for (name, latency) in [("ttft", ttft), ("tpot", tpot), ("itl", itl), ("e2el", e2e)] {
            for (stat, value) in [("mean", latency.mean), ("median", latency.median), ("std", latency.std), ("p90", latency.p90), ("p99", latency.p99)] {
                try latencies.encode(value, forKey: DynamicKey("\(stat)_\(name)_ms"))
            }
        }
    }

    struct DynamicKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ string: String) { stringValue = string }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
