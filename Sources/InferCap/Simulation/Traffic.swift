import Foundation

/// The requests a simulated benchmark sends, with `vllm bench serve`'s traffic flags: how many
/// (`--num-prompts`), how fast (`--request-rate`, `--burstiness`), how many at once at most
/// (`--max-concurrency`), and their lengths (fixed, or uniform within `--random-range-ratio`).
///
/// Arrivals follow vLLM's benchmark client: inter-arrival gaps are gamma-distributed with shape
/// `burstiness` and mean `1 / rate` (burstiness 1 is a Poisson process; below 1 burstier, above
/// 1 more regular); an infinite rate sends every request at time 0. With a maximum concurrency
/// a request is sent only when fewer than that many are in flight, and its latencies count from
/// then, as the client's semaphore does: rate infinity with a concurrency of N is a closed loop
/// of N clients.
public struct Traffic: Sendable, Hashable {
    /// Requests sent in all.
    public var requests: Int
    /// Mean arrival rate, requests per second (infinity: all at time 0).
    public var requestsPerSecond: Double
    /// Gamma shape of the inter-arrival gaps (1 = Poisson).
    public var burstiness: Double
    /// Most requests in flight at once (nil = no limit).
    public var maxConcurrency: Int?
    /// Mean prompt tokens per request.
    public var inputTokens: Int
    /// Mean generated tokens per request.
    public var outputTokens: Int
    /// Lengths are uniform in `[L (1 - r), L (1 + r)]` (vLLM's `--random-range-ratio`; 0 = fixed).
    public var rangeRatio: Double
    /// Seed of the random arrivals and lengths: the same seed gives the same run.
    public var seed: UInt64
    /// A trace to replay instead of generated arrivals and lengths (``requests`` is then its
    /// length; rate, burstiness and lengths are unused; a maximum concurrency still applies).
    public var trace: RequestTrace?

    /// A benchmark's traffic; the defaults are `vllm bench serve`'s (1,000 prompts, infinite rate,
    /// Poisson, no concurrency limit) with 1K/1K fixed lengths.
    public init(
        requests: Int = 1000, requestsPerSecond: Double = .infinity, burstiness: Double = 1, maxConcurrency: Int? = nil,
        inputTokens: Int = 1024, outputTokens: Int = 1024, rangeRatio: Double = 0, seed: UInt64 = 0, trace: RequestTrace? = nil
    ) {
        self.trace = trace
        self.requests = trace?.requests.count ?? requests
        self.requestsPerSecond = requestsPerSecond
        self.burstiness = burstiness
        self.maxConcurrency = maxConcurrency
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
        self.rangeRatio = rangeRatio
        self.seed = seed
    }

    /// Refuses traffic that cannot be simulated, naming the flag and the fix.
    func validate() throws {
        if let trace {
            guard !trace.requests.isEmpty else {
                throw InferCapError.invalidWorkload(field: "trace", value: "empty", fix: "give at least one request")
            }
            guard trace.requests.count == requests else {
                throw InferCapError.invalidWorkload(field: "num-prompts", value: "\(requests)", fix: "a trace sends its \(trace.requests.count) requests")
            }
            var previous = 0.0
            for (index, request) in trace.requests.enumerated() {
                guard request.arrivalSeconds >= previous, request.arrivalSeconds.isFinite else {
                    throw InferCapError.invalidWorkload(
                        field: "trace request \(index + 1) arrival", value: "\(request.arrivalSeconds)",
                        fix: "arrivals must be non-negative and non-decreasing: sort the trace")
                }
                guard request.inputTokens >= 1, request.outputTokens >= 1 else {
                    throw InferCapError.invalidWorkload(
                        field: "trace request \(index + 1) lengths", value: "\(request.inputTokens)/\(request.outputTokens)", fix: "give at least 1 token each")
                }
                previous = request.arrivalSeconds
            }
        }
        guard (1...10_000_000).contains(requests) else {
            throw InferCapError.invalidWorkload(field: "num-prompts", value: "\(requests)", fix: "send 1 to 10,000,000 requests")
        }
        guard requestsPerSecond > 0, !requestsPerSecond.isNaN else {
            throw InferCapError.invalidWorkload(
                field: "request-rate", value: "\(requestsPerSecond)", fix: "give a positive rate, or inf to send every request at once")
        }
        guard burstiness > 0, burstiness.isFinite else {
            throw InferCapError.invalidWorkload(field: "burstiness", value: "\(burstiness)", fix: "give a positive gamma shape; 1 is Poisson")
        }
        if let maxConcurrency {
            guard maxConcurrency >= 1 else {
                throw InferCapError.invalidWorkload(field: "max-concurrency", value: "\(maxConcurrency)", fix: "allow at least 1 request in flight")
            }
            guard maxConcurrency <= requests else {
                throw InferCapError.invalidWorkload(
                    field: "max-concurrency", value: "\(maxConcurrency)",
                    fix: "it exceeds the \(requests) requests sent; lower it or raise --num-prompts")
            }
        }
        guard (1...10_000_000).contains(inputTokens), (1...10_000_000).contains(outputTokens) else {
            throw InferCapError.invalidWorkload(
                field: "input/output tokens", value: "\(inputTokens)/\(outputTokens)", fix: "give 1 to 10,000,000 tokens each")
        }
        guard (0..<1).contains(rangeRatio) else {
            throw InferCapError.invalidWorkload(field: "random-range-ratio", value: "\(rangeRatio)", fix: "give a ratio from 0 up to (not including) 1")
        }
    }

    /// One request of the run: when the client would send it (before any concurrency limit),
    /// and its lengths.
    struct Request {
        var arrivalSeconds: Double
        var inputTokens: Int
        var outputTokens: Int
    }

    /// The requests, in arrival order; deterministic for a seed.
    func generate() -> [Request] {
        if let trace {
            return trace.requests.map { Request(arrivalSeconds: $0.arrivalSeconds, inputTokens: $0.inputTokens, outputTokens: $0.outputTokens) }
        }
        var random = SplitMix64(seed: seed)
        var clock = 0.0
        let mean = 1 / requestsPerSecond
        func length(_ base: Int) -> Int {
            guard rangeRatio > 0 else { return base }
            let low = Double(base) * (1 - rangeRatio), high = Double(base) * (1 + rangeRatio)
            return max(1, Int((low + (high - low) * random.nextUnit()).rounded()))
        }
        return (0..<requests).map { index in
            if index > 0, requestsPerSecond.isFinite {
                clock += random.nextGamma(shape: burstiness) * mean / burstiness
            }
            return Request(arrivalSeconds: clock, inputTokens: length(inputTokens), outputTokens: length(outputTokens))
        }
    }
}

/// SplitMix64: a small, fast, seedable generator (Steele, Lea and Flood, OOPSLA 2014), so that a
/// simulation is reproducible on every platform.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in (0, 1).
    mutating func nextUnit() -> Double { (Double(next() >> 11) + 0.5) / 9_007_199_254_740_992 }

    /// Standard normal (Box-Muller).
    mutating func nextNormal() -> Double {
        sqrt(-2 * log(nextUnit())) * cos(2 * Double.pi * nextUnit())
    }

    /// Gamma with the given shape and scale 1 (Marsaglia and Tsang, ACM TOMS 2000; shapes
    /// below 1 by the `U^(1/shape)` boost).
    mutating func nextGamma(shape: Double) -> Double {
        if shape < 1 { return nextGamma(shape: shape + 1) * pow(nextUnit(), 1 / shape) }
        let d = shape - 1.0 / 3, c = 1 / sqrt(9 * d)
        while true {
            var x: Double, v: Double
            repeat {
                x = nextNormal()
                v = 1 + c * x
            } while v <= 0
            v = v * v * v
            let u = nextUnit()
            if log(u) < 0.5 * x * x + d - d * v + d * log(v) { return d * v }
        }
    }
}
