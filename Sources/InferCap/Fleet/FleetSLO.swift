import Foundation

/// Latency targets a fleet must meet.
///
/// TPOT is a request's mean time per output token (what users feel as speed); TTFT is met at
/// a percentile of requests. Queueing delay before a prefill is taken as exponential in its
/// tail with the M/D/1 mean (`rho t / (2 (1 - rho))`), so the p-th percentile wait is
/// `(mean / rho) ln(rho / (1 - p))`, zero when `rho <= 1 - p`.
public struct FleetSLO: Sendable, Hashable {
    /// Largest mean time per output token, seconds (nil: none).
    public var tpotSeconds: Double?
    /// Largest time to first token at `ttftPercentile`, seconds (nil: none).
    public var ttftSeconds: Double?
    /// Percentile of requests that must meet the TTFT target (0.5...0.999).
    public var ttftPercentile: Double

    /// Targets in seconds; defaults: 50 ms TPOT (20 tokens/s per user), 2 s TTFT at p90.
    public init(tpotSeconds: Double? = 0.05, ttftSeconds: Double? = 2, ttftPercentile: Double = 0.9) {
        self.tpotSeconds = tpotSeconds
        self.ttftSeconds = ttftSeconds
        self.ttftPercentile = ttftPercentile
    }

    func validate() throws {
        try LatencySLO(tpotSeconds: tpotSeconds, ttftSeconds: ttftSeconds).validate()
        guard ttftPercentile.isFinite, ttftPercentile >= 0.5, ttftPercentile <= 0.999 else {
            throw InferCapError.invalidWorkload(
                field: "TTFT percentile", value: "\(ttftPercentile * 100)", fix: "use a percentile from 50 to 99.9")
        }
    }

    /// The percentile queueing wait for a queue at utilisation `rho` with mean wait `mean`.
    func percentileWait(mean: Double, rho: Double) -> Double {
        guard rho > 0, mean > 0, rho > 1 - ttftPercentile else { return 0 }
        return mean / rho * log(rho / (1 - ttftPercentile))
    }
}
