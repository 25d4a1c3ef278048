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
        public var engines = Engines(numerator: Catalog.defaultEngineName, denominator: Catalog.defaultEngineName)
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
    /// Each ratio again with the NVIDIA chips on each fitted NVIDIA engine (vLLM, SGLang,
    /// TensorRT-LLM) and the Ascend chip on its own engine: how much the answer depends on the
    /// stack assumed.
    public var underEngines: [EngineRatio] = []

    /// `ratio`'s fleet ratio with the NVIDIA chips on `nvidiaEngine` (``underEngines``).
    public func fleet(of ratio: Ratio, nvidiaEngine: String) -> Double? {
        underEngines.first {
            $0.model == ratio.model && $0.numerator == ratio.numerator && $0.denominator == ratio.denominator && $0.nvidiaEngine == nvidiaEngine
        }?.fleet
    }

    /// A claim's fleet ratio with the NVIDIA chips on one engine.
    public struct EngineRatio: Sendable, Hashable, Encodable {
        /// Model id.
        public var model: String
        /// Chip in the numerator.
        public var numerator: String
        /// Chip in the denominator.
        public var denominator: String
        /// The engine the NVIDIA chips ran.
        public var nvidiaEngine: String
        /// The engine each chip ran.
        public var engines: Ratio.Engines
        /// Requests/s per chip, numerator over denominator, each in its best fleet roles.
        public var fleet: Double

        // `engines` is left out of the JSON: `nvidia_engine` and the chips name them.
        enum CodingKeys: String, CodingKey { case model, numerator, denominator, nvidiaEngine = "nvidia_engine", fleet }
    }
}

extension FleetPlanner {
    /// Checks the seed claims for `models`: H20 vs H100 SXM (claimed 0.5), Ascend 910B (376T)
    /// vs H20 (claimed 0.8), and how long `stockpileChips` H20s take for `volumeTokens`.
    /// `engines` maps a chip id to the engine profile it is rated with; a chip it leaves out
    /// takes its default (``Catalog/defaultEngineID(for:)``: SGLang on the NVIDIA chips,
    /// vLLM-Ascend on the 910B). The ratios are also given with the NVIDIA chips on each fitted
    /// NVIDIA engine in turn (``SeedClaimReport/underEngines``).
    /// Each capacity question (a chip type alone, a stockpile) is searched for at most
    /// `solverTimeLimitSeconds` (``FleetRequest/solverTimeLimitSeconds``).
    public static func seedClaims(
        catalog: Catalog, models: [String], mix: RequestMix = RequestMix(), slo: FleetSLO = FleetSLO(),
        volumeTokens: Double = 2e12, stockpileChips: Int = 1_000_000, referenceChips: Int = 4096,
        engines: [String: String] = [:], solverTimeLimitSeconds: Double = 5
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

    /// One chip type alone, rated for a seed claim: its options, its capacity plan, or why it
    /// cannot serve the model.
    private struct ChipRating {
        var options: [PoolOption]
        var plan: FleetPlan?
        var unservable: String?

        var perChip: Double { plan.map { $0.requestsPerSecond / Double(max(1, $0.chips)) } ?? 0 }
        var perDollar: Double? { plan.flatMap { plan in plan.annualCostUSD.map { plan.requestsPerSecond / $0 } } }
        func best(_ role: ServingRole) -> Double { options.filter { $0.role == role }.map(\.requestsPerSecondPerChip).max() ?? 0 }
    }

    private static func rate(
        catalog: Catalog, model: String, modelID: String, chip: String, engine: String, mix: RequestMix, slo: FleetSLO, chips: Int,
        solverTimeLimitSeconds: Double
    ) throws -> ChipRating {
        var request = FleetRequest(model: model, supplies: [ChipSupply(accelerator: chip, available: chips)], mix: mix, slo: slo, engine: engine)
        request.solverTimeLimitSeconds = solverTimeLimitSeconds
        let planner = try FleetPlanner(catalog: catalog, request: request)
        do {
            return ChipRating(options: planner.options, plan: try planner.capacity(of: [chip], label: "\(chip) alone"))
        } catch let error as InferCapError {
            // A chip that cannot serve the model within the SLOs rates 0, and the ratio says why.
            return ChipRating(
                options: planner.options, plan: nil,
                unservable: "\(chip) on \(engine) cannot serve \(modelID) within the SLOs (\(error.description))")
        }
    }

    private static func untypedSeedClaims(
        catalog: Catalog, models: [String], mix: RequestMix, slo: FleetSLO, volumeTokens: Double, stockpileChips: Int, referenceChips: Int,
        engines: [String: String], solverTimeLimitSeconds: Double
    ) throws -> SeedClaimReport {
        guard volumeTokens.isFinite, volumeTokens > 0, volumeTokens < 1e20 else {
            throw InferCapError.invalidWorkload(field: "token volume", value: "\(volumeTokens)", fix: "give a positive number of tokens below 1e20")
        }
        let claims: [(String, String, Double)] = [("h20", "h100-sxm", 0.5), ("ascend-910b-376t", "h20", 0.8)]
        let ids = ["h20", "h100-sxm", "ascend-910b-376t"]
        var chosen: [String: String] = [:]
        for id in ids { chosen[id] = try engines[id] ?? catalog.defaultEngineID(for: catalog.accelerator(named: id)) }
        var ratios: [SeedClaimReport.Ratio] = []
        var underEngines: [SeedClaimReport.EngineRatio] = []
        var stockpiles: [SeedClaimReport.Stockpile] = []
        // 0 where the numerator serves nothing; a denominator that serves nothing leaves the
        // ratio undefined, also written 0, with the note saying which.
        func ratio(_ a: Double, _ b: Double) -> Double { b > 0 ? a / b : 0 }
        for model in models {
            let modelID = try catalog.model(named: model).architecture.id
            var cache: [String: ChipRating] = [:]
            func rating(_ chip: String, _ engine: String) throws -> ChipRating {
                if let known = cache[chip + "/" + engine] { return known }
                let rated = try rate(
                    catalog: catalog, model: model, modelID: modelID, chip: chip, engine: engine, mix: mix, slo: slo, chips: referenceChips,
                    solverTimeLimitSeconds: solverTimeLimitSeconds)
                cache[chip + "/" + engine] = rated
                return rated
            }
            for (numerator, denominator, claimed) in claims {
                let n = try rating(numerator, chosen[numerator]!), d = try rating(denominator, chosen[denominator]!)
                let band = ratioBand(catalog: catalog, numerator: numerator, denominator: denominator)
                let fleetRatio = ratio(n.perChip, d.perChip)
                let note = [n.unservable, d.unservable].compactMap { $0 }.joined(separator: "; ")
                ratios.append(.init(
                    model: modelID, numerator: numerator, denominator: denominator, claimed: claimed,
                    fleet: fleetRatio,
                    aggregated: ratio(n.best(.aggregated), d.best(.aggregated)),
                    prefill: ratio(n.best(.prefill), d.best(.prefill)),
                    decode: ratio(n.best(.decode), d.best(.decode)),
                    fleetPerDollar: n.perDollar.flatMap { a in d.perDollar.map { ratio(a, $0) } },
                    engines: .init(numerator: chosen[numerator]!, denominator: chosen[denominator]!),
                    band: fleetRatio > 0 ? band.map { .init(low: fleetRatio * $0.band.low, high: fleetRatio * $0.band.high) } : nil,
                    bandBasis: band?.basis ?? "", note: note.isEmpty ? nil : note))
                // The same claim with the NVIDIA chips on each fitted NVIDIA engine (Ascend on its own).
                for engine in Catalog.nvidiaEngineIDs {
                    func on(_ chip: String) throws -> String {
                        try catalog.accelerator(named: chip).vendor.lowercased() == "huawei" ? chosen[chip]! : engine
                    }
                    let (ne, de) = (try on(numerator), try on(denominator))
                    underEngines.append(.init(
                        model: modelID, numerator: numerator, denominator: denominator, nvidiaEngine: engine,
                        engines: .init(numerator: ne, denominator: de),
                        fleet: ratio(try rating(numerator, ne).perChip, try rating(denominator, de).perChip)))
                }
            }
            var stockpileRequest = FleetRequest(
                model: model, supplies: [ChipSupply(accelerator: "h20", available: stockpileChips)], mix: mix, slo: slo,
                engine: chosen["h20"]!)
            stockpileRequest.solverTimeLimitSeconds = solverTimeLimitSeconds
            let stockpile = try FleetPlanner(catalog: catalog, request: stockpileRequest)
            stockpiles.append(.init(
                model: modelID, plan: try stockpile.capacity(), volumeTokens: volumeTokens))
        }
        return SeedClaimReport(ratios: ratios, stockpiles: stockpiles, referenceChips: referenceChips, underEngines: underEngines)
    }
}

extension SeedClaimReport: Encodable {
    enum CodingKeys: String, CodingKey { case ratios, stockpiles, referenceChips = "reference_chips", underEngines = "under_engines" }
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
