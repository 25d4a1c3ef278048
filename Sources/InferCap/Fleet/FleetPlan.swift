/// A fleet: which pools of which chips, and what they serve and cost.
///
/// Rates are requests (or tokens) per second at the peak the fleet is sized for; yearly
/// tokens and cost per token use the average (`peak / peakToAverage`). Money is US dollars,
/// power megawatts at full load including server overhead and PUE.
public struct FleetPlan: Sendable, Hashable {
    /// One pool: `instances` copies of a ``PoolOption``.
    public struct Pool: Sendable, Hashable {
        /// The role, layout and per-instance rate.
        public var option: PoolOption
        /// Instances in the pool.
        public var instances: Int
        /// Chips in the pool.
        public var chips: Int { option.chips * instances }
        /// Requests per second the pool can serve at the SLOs.
        public var capacityRequestsPerSecond: Double { option.requestsPerSecond * Double(instances) }
    }

    /// Chips of one type in the plan, and what they cost.
    public struct ChipTotal: Sendable, Hashable {
        /// Accelerator id.
        public var accelerator: String
        /// Chips used.
        public var chips: Int
        /// Chips available (nil: unlimited).
        public var available: Int?
        /// Per-chip prices and power.
        public var economics: ChipEconomics
    }

    /// What the plan is for: a label such as `h20 alone` or `best mix`.
    public var label: String
    /// Accelerator types the optimiser could use.
    public var candidates: [String]
    /// The pools, largest first.
    public var pools: [Pool]
    /// Chips per accelerator type.
    public var chipTotals: [ChipTotal]
    /// Requests per second the fleet serves at the SLOs (the demand, or the stockpile's
    /// largest servable rate).
    public var requestsPerSecond: Double
    /// Requests per second served disaggregated (prefill pool then decode pool).
    public var disaggregatedRequestsPerSecond: Double
    /// Peak over average load used for yearly figures.
    public var peakToAverage: Double
    /// Mean prompt and generated tokens per request.
    public var meanInputTokens: Double, meanOutputTokens: Double
    /// Mean time per output token users see (request-weighted over decode pools), seconds.
    public var tpotSeconds: Double
    /// Sequences in flight at the peak (Little's law: rate x output tokens x TPOT).
    public var concurrentUsers: Double
    /// Chips in all.
    public var chips: Int { chipTotals.reduce(0) { $0 + $1.chips } }
    /// Purchase cost of the owned chips, US dollars (nil if any chip's price is unknown).
    public var capexUSD: Double?
    /// Electricity of owned chips plus rent of rented ones per year, US dollars.
    public var opexUSDPerYear: Double?
    /// Write-off plus operating cost per year, US dollars.
    public var annualCostUSD: Double?
    /// Facility power at full load, megawatts (nil if any chip's power is unknown).
    public var megawatts: Double?
    /// Whether branch and bound proved the plan optimal.
    public var provenOptimal: Bool
    /// Proven relative distance from the optimum (0 = optimal; branch and bound stops once it
    /// proves 1e-6, or at its time limit with whatever it has proven).
    public var optimalityGap: Double
    /// Linear relaxations branch and bound solved for this plan.
    public var solverNodes: Int
    /// Assumptions and warnings.
    public var notes: [String]

    /// Output tokens per second at the peak.
    public var outputTokensPerSecond: Double { requestsPerSecond * meanOutputTokens }
    /// Prompt plus output tokens per day at the average load.
    public var tokensPerDay: Double { requestsPerSecond / peakToAverage * (meanInputTokens + meanOutputTokens) * 86_400 }
    /// Output tokens per day at the average load.
    public var outputTokensPerDay: Double { requestsPerSecond / peakToAverage * meanOutputTokens * 86_400 }
    /// Output tokens per second each user sees.
    public var tokensPerSecondPerUser: Double { 1 / tpotSeconds }
    /// Cost per million output tokens at the average load, US dollars.
    public var usdPerMillionOutputTokens: Double? {
        annualCostUSD.map { $0 / (outputTokensPerDay * 365) * 1e6 }
    }
    /// Chips in prefill pools over chips in decode pools (nil without disaggregation).
    public var prefillToDecodeChipRatio: Double? {
        let prefill = pools.filter { $0.option.role == .prefill }.reduce(0) { $0 + $1.chips }
        let decode = pools.filter { $0.option.role == .decode }.reduce(0) { $0 + $1.chips }
        return decode > 0 && prefill > 0 ? Double(prefill) / Double(decode) : nil
    }
}

extension FleetPlan.ChipTotal: Encodable {
    enum CodingKeys: String, CodingKey { case accelerator, chips, available, economics }
}
