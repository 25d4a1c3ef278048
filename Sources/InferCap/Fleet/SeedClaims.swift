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
        /// The engine profiles two chips were rated with.
        public struct Engines: Sendable, Hashable {
            /// Engine of the numerator chip.
            public var numerator: String
            /// Engine of the denominator chip.
            public var denominator: String
        }

        /// A range of the ratio.
        public struct Band: Sendable, Hashable {
            /// Lower end.
            public var low: Double
            /// Upper end.
            public var high: Double
        }

        /// Engine profile each chip was rated with.
        public var engines = Engines(numerator: "generic", denominator: "generic")
        /// The fleet ratio's band from the validation residuals of the two chips' families
        /// (tokens/s per chip, predicted/measured at the 10th and 90th percentiles,
        /// `specs/calibration/confidence.json`): if chip A is over-predicted by up to `hA` and
        /// under by down to `lA`, and B likewise, the measured ratio lies in
        /// `fleet * [lB / hA, hB / lA]`. Both ends at once, so it is wider than either chip's
        /// band; nil when the catalog has no bands.
        public var band: Band?
        /// The bands' bases, e.g. `ascend-910b / tokens_per_second_per_chip (44 points)`.
        public var bandBasis: String = ""

        /// How many numerator chips replace one denominator chip (1 / fleet); nil when the
        /// numerator chip cannot serve the model within the SLOs.
        public var chipsToReplaceOne: Double? { fleet > 0 && fleet.isFinite ? 1 / fleet : nil }
        /// Why a ratio is 0 or missing (a chip that cannot serve the model within the SLOs).
        public var note: String? = nil
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
    /// The engines the claims rate each chip with by default: the stack these chips are served
    /// with, vLLM on the NVIDIA chips and vLLM-Ascend (0.10 and later) on the 910B, each with
    /// its fitted constants, so that the ratio compares the chips as they are run.
    public static let seedClaimEngines = ["h20": "vllm", "h100-sxm": "vllm", "ascend-910b-376t": "vllm-ascend"]

    /// Checks the seed claims for `models`: H20 vs H100 SXM (claimed 0.5), Ascend 910B (376T)
    /// vs H20 (claimed 0.8), and how long `stockpileChips` H20s take for `volumeTokens`.
    /// `engines` maps a chip id to the engine profile it is rated with (others: `generic`).
    /// Each capacity question (a chip type alone, a stockpile) is searched for at most
    /// `solverTimeLimitSeconds` (``FleetRequest/solverTimeLimitSeconds``).
    public static func seedClaims(
        catalog: Catalog, models: [String], mix: RequestMix = RequestMix(), slo: FleetSLO = FleetSLO(),
        volumeTokens: Double = 2e12, stockpileChips: Int = 1_000_000, referenceChips: Int = 4096,
        engines: [String: String] = seedClaimEngines, solverTimeLimitSeconds: Double = 5
    ) throws(InferCapError) -> SeedClaimReport {
        try InferCapError.narrowing {
            try untypedSeedClaims(
                catalog: catalog, models: models, mix: mix, slo: slo, volumeTokens: volumeTokens, stockpileChips: stockpileChips,
                referenceChips: referenceChips, engines: engines, solverTimeLimitSeconds: solverTimeLimitSeconds)
        }
    }

    /// The band of a ratio `numerator / denominator` from the chips' tokens/s residual bands.
    static func ratioBand(catalog: Catalog, numerator: String, denominator: String) -> (band: (low: Double, high: Double), basis: String)? {
        guard let table = catalog.confidence,
              let a = try? catalog.accelerator(named: numerator), let b = try? catalog.accelerator(named: denominator)
        else { return nil }
        let metric = "tokens_per_second_per_chip"
        func band(_ chip: Accelerator) -> Confidence? {
            table.confidence(family: chip.family, hasKernelData: true).first { $0.metric == metric }
        }
        guard let bandA = band(a), let bandB = band(b) else { return nil }
        return ((bandB.lowRatio / bandA.highRatio, bandB.highRatio / bandA.lowRatio),
                "\(bandA.basis) (\(bandA.points) points), \(bandB.basis) (\(bandB.points) points)")
    }

    private static func untypedSeedClaims(
        catalog: Catalog, models: [String], mix: RequestMix, slo: FleetSLO, volumeTokens: Double, stockpileChips: Int, referenceChips: Int,
        engines: [String: String], solverTimeLimitSeconds: Double
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
            var fleet: [String: FleetPlan] = [:]
            var options: [String: [PoolOption]] = [:]
            var unservable: [String: String] = [:]
            for id in ids {
                var request = FleetRequest(
                    model: model, supplies: [ChipSupply(accelerator: id, available: referenceChips)], mix: mix, slo: slo,
                    engine: engines[id] ?? "generic")
                request.solverTimeLimitSeconds = solverTimeLimitSeconds
                let planner = try FleetPlanner(catalog: catalog, request: request)
                options[id] = planner.options
                do {
                    fleet[id] = try planner.capacity(of: [id], label: "\(id) alone")
                } catch let error as InferCapError {
                    // A chip that cannot serve the model within the SLOs rates 0, and the ratio says why.
                    unservable[id] = "\(id) on \(engines[id] ?? "generic") cannot serve \(modelID) within the SLOs (\(error.description))"
                }
            }
            let best = { (id: String, role: ServingRole) -> Double in
                options[id, default: []].filter { $0.role == role }.map(\.requestsPerSecondPerChip).max() ?? 0
            }
            let perChip = { (id: String) -> Double in
                guard let plan = fleet[id] else { return 0 }
                return plan.requestsPerSecond / Double(max(1, plan.chips))
            }
            let perDollar = { (id: String) -> Double? in
                fleet[id].flatMap { plan in plan.annualCostUSD.map { plan.requestsPerSecond / $0 } }
            }
            // 0 where the numerator serves nothing; a denominator that serves nothing leaves the
            // ratio undefined, also written 0, with the note saying which.
            func ratio(_ a: Double, _ b: Double) -> Double { b > 0 ? a / b : 0 }
            for (numerator, denominator, claimed) in claims {
                let band = ratioBand(catalog: catalog, numerator: numerator, denominator: denominator)
                let fleetRatio = ratio(perChip(numerator), perChip(denominator))
                let note = [unservable[numerator], unservable[denominator]].compactMap { $0 }.joined(separator: "; ")
                ratios.append(.init(
                    model: modelID, numerator: numerator, denominator: denominator, claimed: claimed,
                    fleet: fleetRatio,
                    aggregated: ratio(best(numerator, .aggregated), best(denominator, .aggregated)),
                    prefill: ratio(best(numerator, .prefill), best(denominator, .prefill)),
                    decode: ratio(best(numerator, .decode), best(denominator, .decode)),
                    fleetPerDollar: perDollar(numerator).flatMap { n in perDollar(denominator).map { ratio(n, $0) } },
                    engines: .init(numerator: engines[numerator] ?? "generic", denominator: engines[denominator] ?? "generic"),
                    band: fleetRatio > 0 ? band.map { .init(low: fleetRatio * $0.band.low, high: fleetRatio * $0.band.high) } : nil,
                    bandBasis: band?.basis ?? "", note: note.isEmpty ? nil : note))
            }
            var stockpileRequest = FleetRequest(
                model: model, supplies: [ChipSupply(accelerator: "h20", available: stockpileChips)], mix: mix, slo: slo,
                engine: engines["h20"] ?? "generic")
            stockpileRequest.solverTimeLimitSeconds = solverTimeLimitSeconds
            let stockpile = try FleetPlanner(catalog: catalog, request: stockpileRequest)
            stockpiles.append(.init(
                model: modelID, plan: try stockpile.capacity(), volumeTokens: volumeTokens))
        }
        return SeedClaimReport(ratios: ratios, stockpiles: stockpiles, referenceChips: referenceChips)
    }
}

extension SeedClaimReport: Encodable {
    enum CodingKeys: String, CodingKey { case ratios, stockpiles, referenceChips = "reference_chips" }
}

extension SeedClaimReport.Ratio: Encodable {
    enum CodingKeys: String, CodingKey {
        case model, numerator, denominator, claimed, fleet, aggregated, prefill, decode, fleetPerDollar = "fleet_per_dollar"
        case numeratorEngine = "numerator_engine", denominatorEngine = "denominator_engine", bandLow = "band_low", bandHigh = "band_high"
        case bandBasis = "band_basis", chipsToReplaceOne = "chips_to_replace_one", note
    }

    /// Writes the snake_case JSON, derived figures included.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(model, forKey: .model)
        try container.encode(numerator, forKey: .numerator)
        try container.encode(denominator, forKey: .denominator)
        try container.encode(claimed, forKey: .claimed)
        try container.encode(fleet, forKey: .fleet)
        try container.encode(aggregated, forKey: .aggregated)
        try container.encode(prefill, forKey: .prefill)
        try container.encode(decode, forKey: .decode)
        try container.encodeIfPresent(fleetPerDollar, forKey: .fleetPerDollar)
        try container.encode(engines.numerator, forKey: .numeratorEngine)
        try container.encode(engines.denominator, forKey: .denominatorEngine)
        try container.encodeIfPresent(band?.low, forKey: .bandLow)
        try container.encodeIfPresent(band?.high, forKey: .bandHigh)
        try container.encode(bandBasis, forKey: .bandBasis)
        try container.encodeIfPresent(chipsToReplaceOne, forKey: .chipsToReplaceOne)
        try container.encodeIfPresent(note, forKey: .note)
    }
}
