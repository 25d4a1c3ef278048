/// The claims in the news the project started from, checked by the model.
///
/// "The H20 is about 50% of an H100" and "the 910B reaches 80% of an H20 in inference" are
/// ratios of serving capacity per chip. They are reported four ways, all at the same SLOs and
/// request mix: the whole-fleet ratio (each chip type alone in its best roles and layouts,
/// requests/s per chip of a large stockpile), the aggregated-serving ratio (best single
/// layout, prefill and decode on the same chips), and the prefill-only and decode-only ratios.
public struct SeedClaimReport: Sendable, Hashable {
    /// One ratio claim, `numerator / denominator` per chip.
    public struct Ratio: Sendable, Hashable {
        /// Model id.
        public var model: String
        /// Chip in the numerator, e.g. `h20`.
        public var numerator: String
        /// Chip in the denominator, e.g. `h100-sxm`.
        public var denominator: String
        /// What the articles claim (0.5 = "50%").
        public var claimed: Double
        /// Requests/s per chip in each chip's best fleet roles (a stockpile of `referenceChips`).
        public var fleet: Double
        /// Requests/s per chip, aggregated serving, best layout.
        public var aggregated: Double
        /// Prompts/s per chip in a prefill pool.
        public var prefill: Double
        /// Sequences/s per chip in a decode pool.
        public var decode: Double
        /// Fleet ratio per dollar of yearly cost (nil when a price is unknown).
        public var fleetPerDollar: Double?
        /// How many numerator chips replace one denominator chip (1 / fleet).
        public var chipsToReplaceOne: Double { 1 / fleet }
    }

    /// How long a stockpile takes to serve a token volume.
    public struct Stockpile: Sendable, Hashable {
        /// Model id.
        public var model: String
        /// The stockpile's plan at capacity.
        public var plan: FleetPlan
        /// Tokens (prompt + output) to serve.
        public var volumeTokens: Double
        /// Prompt + output tokens per second the stockpile serves at the SLOs.
        public var tokensPerSecond: Double { plan.requestsPerSecond * (plan.meanInputTokens + plan.meanOutputTokens) }
        /// Seconds to serve the volume at full capacity.
        public var seconds: Double { volumeTokens / tokensPerSecond }
    }

    /// The ratio claims, per model.
    public var ratios: [Ratio]
    /// The stockpile durations, per model.
    public var stockpiles: [Stockpile]
    /// Chips per type in the stockpiles the fleet ratios are measured on.
    public var referenceChips: Int
}

extension FleetPlanner {
    /// Checks the seed claims for `models`: H20 vs H100 SXM (claimed 0.5), Ascend 910B (376T)
    /// vs H20 (claimed 0.8), and how long `stockpileChips` H20s take for `volumeTokens`.
    public static func seedClaims(
        catalog: Catalog, models: [String], mix: RequestMix = RequestMix(), slo: FleetSLO = FleetSLO(),
        volumeTokens: Double = 2e12, stockpileChips: Int = 1_000_000, referenceChips: Int = 4096
    ) throws(InferCapError) -> SeedClaimReport {
        try InferCapError.narrowing {
            try untypedSeedClaims(
                catalog: catalog, models: models, mix: mix, slo: slo, volumeTokens: volumeTokens, stockpileChips: stockpileChips,
                referenceChips: referenceChips)
        }
    }

    private static func untypedSeedClaims(
        catalog: Catalog, models: [String], mix: RequestMix, slo: FleetSLO, volumeTokens: Double, stockpileChips: Int, referenceChips: Int
    ) throws -> SeedClaimReport {
        guard volumeTokens.isFinite, volumeTokens > 0, volumeTokens < 1e20 else {
            throw InferCapError.invalidWorkload(field: "token volume", value: "\(volumeTokens)", fix: "give a positive number of tokens below 1e20")
        }
        let claims: [(String, String, Double)] = [("h20", "h100-sxm", 0.5), ("ascend-910b-376t", "h20", 0.8)]
        var ratios: [SeedClaimReport.Ratio] = []
        var stockpiles: [SeedClaimReport.Stockpile] = []
        for model in models {
            let modelID = try catalog.model(named: model).architecture.id
            let ids = ["h20", "h100-sxm", "ascend-910b-376t"]
            let planner = try FleetPlanner(
                catalog: catalog,
                request: FleetRequest(
                    model: model, supplies: ids.map { ChipSupply(accelerator: $0, available: referenceChips) }, mix: mix, slo: slo))
            var fleet: [String: FleetPlan] = [:]
            for id in ids { fleet[id] = try planner.capacity(of: [id], label: "\(id) alone") }
            let best = { (id: String, role: ServingRole) -> Double in
                planner.options.filter { $0.accelerator == id && $0.role == role }.map(\.requestsPerSecondPerChip).max() ?? 0
            }
            let perChip = { (id: String) in fleet[id]!.requestsPerSecond / Double(max(1, fleet[id]!.chips)) }
            let perDollar = { (id: String) -> Double? in
                fleet[id]!.annualCostUSD.map { fleet[id]!.requestsPerSecond / $0 }
            }
            for (numerator, denominator, claimed) in claims {
                ratios.append(.init(
                    model: modelID, numerator: numerator, denominator: denominator, claimed: claimed,
                    fleet: perChip(numerator) / perChip(denominator),
                    aggregated: best(numerator, .aggregated) / best(denominator, .aggregated),
                    prefill: best(numerator, .prefill) / best(denominator, .prefill),
                    decode: best(numerator, .decode) / best(denominator, .decode),
                    fleetPerDollar: perDollar(numerator).flatMap { n in perDollar(denominator).map { n / $0 } }))
            }
            let stockpile = try FleetPlanner(
                catalog: catalog,
                request: FleetRequest(model: model, supplies: [ChipSupply(accelerator: "h20", available: stockpileChips)], mix: mix, slo: slo))
            stockpiles.append(.init(
                model: modelID, plan: try stockpile.capacity(), volumeTokens: volumeTokens))
        }
        return SeedClaimReport(ratios: ratios, stockpiles: stockpiles, referenceChips: referenceChips)
    }
}

extension SeedClaimReport: Encodable {
    enum CodingKeys: String, CodingKey { case ratios, stockpiles, referenceChips = "reference_chips" }
}
