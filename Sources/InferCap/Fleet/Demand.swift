/// How much a fleet must serve: the peak request rate it is sized for, and how far the
/// average lies below the peak (for yearly token counts and cost per token).
public struct Demand: Sendable, Hashable {
    /// Requests per second at the peak hour; the fleet is sized for this rate.
    public var peakRequestsPerSecond: Double
    /// Peak over average load (1 = flat). The average rate is `peak / peakToAverage`.
    public var peakToAverage: Double

    /// A request rate; `peakToAverage` says how much lower the daily average is.
    public init(requestsPerSecond: Double, peakToAverage: Double = 1) {
        peakRequestsPerSecond = requestsPerSecond
        self.peakToAverage = peakToAverage
    }

    /// What to count when demand is given in tokens per day.
    public enum TokenCount: String, Sendable, Hashable, CaseIterable {
        /// Prompt plus generated tokens (how providers usually report "tokens per day").
        case all
        /// Generated tokens only.
        case output
    }

    /// A daily token volume at the average, turned into a peak request rate for `mix`.
    public init(tokensPerDay: Double, counting: TokenCount = .all, peakToAverage: Double = 1, mix: RequestMix) {
        let perRequest = counting == .all ? mix.meanInputTokens + mix.meanOutputTokens : mix.meanOutputTokens
        self.init(requestsPerSecond: tokensPerDay / 86_400 / perRequest * peakToAverage, peakToAverage: peakToAverage)
    }

    /// Average requests per second over a day.
    public var averageRequestsPerSecond: Double { peakRequestsPerSecond / peakToAverage }

    /// The largest peak demand a plan is made for: 1e8 requests/s. Google reported about 1.3e15
    /// tokens a month in mid-2025, about 2.5e5 requests/s of 2K tokens; a demand 400 times that
    /// needs more chips than exist and more power than a country, so it is refused as a
    /// mistake in units rather than answered with billions of chips.
    public static let maximumRequestsPerSecond = 1e8

    func validate() throws {
        guard peakRequestsPerSecond.isFinite, peakRequestsPerSecond > 0 else {
            throw InferCapError.invalidWorkload(
                field: "demand", value: "\(peakRequestsPerSecond) requests/s", fix: "give a positive demand")
        }
        guard peakRequestsPerSecond <= Self.maximumRequestsPerSecond else {
            throw InferCapError.invalidWorkload(
                field: "demand", value: String(format: "%.3g requests/s at peak", peakRequestsPerSecond),
                fix: "that is beyond any physical fleet (400 times what the largest provider serves, more chips than exist); check the units of --tokens-per-day or --requests-per-second (at most 1e8 requests/s)")
        }
        guard peakToAverage.isFinite, peakToAverage >= 1, peakToAverage <= 100 else {
            throw InferCapError.invalidWorkload(
                field: "peak-to-average", value: "\(peakToAverage)", fix: "use a factor from 1 (flat load) to 100")
        }
    }
}
