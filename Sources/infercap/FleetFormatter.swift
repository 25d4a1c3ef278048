import Foundation
import InferCap

/// Renders fleet answers as tables, markdown, CSV or JSON.
enum FleetFormatter {
    static func sizing(_ sizing: FleetSizing, request: FleetRequest, format: OutputFormat) throws -> String {
        let plans = sizing.alone + [sizing.bestMix]
        switch format {
        case .json: return try Flatten.json(sizing)
        case .csv: return poolCSV(plans, slo: request.slo).render()
        case .markdown:
            return [summaryTable(plans).markdown(), poolTable(plans, slo: request.slo).markdown(), unable(sizing)].filter { !$0.isEmpty }.joined(separator: "\n\n")
        case .table:
            let demand = sizing.demand
            var header = headline(request)
            header += String(format: "\ndemand: %@ requests/s at peak (peak/average %.1f)", Units.rate(demand.peakRequestsPerSecond), demand.peakToAverage)
            return [header, summaryTable(plans).plain(), poolTable(plans, slo: request.slo).plain(), unable(sizing), notes(plans)]
                .filter { !$0.isEmpty }.joined(separator: "\n\n")
        }
    }

    static func capacity(_ plan: FleetPlan, request: FleetRequest, format: OutputFormat) throws -> String {
        switch format {
        case .json: return try Flatten.json(plan)
        case .csv: return poolCSV([plan], slo: request.slo).render()
        case .markdown: return [capacityTable(plan).markdown(), poolTable([plan], slo: request.slo).markdown()].joined(separator: "\n\n")
        case .table:
            return [headline(request), capacityTable(plan).plain(), poolTable([plan], slo: request.slo).plain(), notes([plan])]
                .filter { !$0.isEmpty }.joined(separator: "\n\n")
        }
    }

    static func claims(_ report: SeedClaimReport, slo: FleetSLO, format: OutputFormat) throws -> String {
        let ratios = TextTable(
            header: [
                "model", "claim", "engines", "claimed", "fleet (best roles)", "band (p10-p90 residuals)", "aggregated", "prefill", "decode",
                "per dollar", "chips to replace one",
            ],
            rows: report.ratios.map { r in
                [
                    r.model, "\(r.numerator) / \(r.denominator)", "\(r.engines.numerator) / \(r.engines.denominator)", percent(r.claimed),
                    percent(r.fleet), r.band.map { "\(percent($0.low))-\(percent($0.high))" } ?? "-", percent(r.aggregated),
                    percent(r.prefill), percent(r.decode), r.fleetPerDollar.map(percent) ?? "-", r.chipsToReplaceOne.map { String(format: "%.2f", $0) } ?? "-",
                ]
            })
        let stockpiles = TextTable(
            header: ["model", "H20s", "requests/s", "tokens/day", "roles", "volume", "time"],
            rows: report.stockpiles.map { s in
                [
                    s.model, Units.grouped(s.plan.chips), Units.rate(s.plan.requestsPerSecond), scientific(s.plan.tokensPerDay),
                    roles(s.plan), scientific(s.volumeTokens), duration(s.seconds),
                ]
            })
        // The fleet ratio with the NVIDIA chips on each fitted engine, one column per engine.
        let engines = TextTable(
            header: ["model", "claim"] + Catalog.nvidiaEngineIDs.map { "NVIDIA on \($0)" },
            rows: report.ratios.map { r in
                [r.model, "\(r.numerator) / \(r.denominator)"] + Catalog.nvidiaEngineIDs.map { report.fleet(of: r, nvidiaEngine: $0).map(percent) ?? "-" }
            })
        switch format {
        case .json: return try Flatten.json(report)
        case .csv: return claimsCSV(report).render()
        case .markdown: return ratios.markdown() + "\n\n" + engines.markdown() + "\n\n" + stockpiles.markdown()
        case .table:
            var header = "Seed claims at TPOT ≤ \(slo.tpotSeconds.map(Units.ms) ?? "-"), TTFT p\(Int(slo.ttftPercentile * 100)) ≤ \(slo.ttftSeconds.map(Units.ms) ?? "-")"
            header += "; per-chip ratios of requests/s (fleet: \(Units.grouped(report.referenceChips)) chips of each type alone, best roles and layouts)"
            let notes = report.ratios.compactMap { r in r.note.map { "\(r.model): \($0)" } }
            if !notes.isEmpty { header += "\nnot served: " + notes.joined(separator: "\n  ") }
            let bases = Set(report.ratios.map { "\($0.numerator) / \($0.denominator): \($0.bandBasis)" }).sorted()
            if !bases.isEmpty {
                header += "\nbands: the measured ratio if each chip is off by its own validation residuals (10th to 90th percentile, both ends at once; Ascend residuals leave-one-campaign-out):\n  " + bases.joined(separator: "\n  ")
            }
            let under = "the fleet ratio with the NVIDIA chips on each engine (the 910B on its own; defaults: sglang, the median engine, and vllm-ascend):\n" + engines.plain()
            return [header, ratios.plain(), under, stockpiles.plain()].joined(separator: "\n\n")
        }
    }

    // MARK: Tables

    private static func headline(_ request: FleetRequest) -> String {
        let mix = request.mix
        var line = "\(request.model): " + (mix.classes.count == 1
            ? "\(mix.classes[0].inputTokens) input / \(mix.classes[0].outputTokens) output tokens"
            : String(format: "%d request classes, mean %.0f input / %.0f output tokens", mix.classes.count, mix.meanInputTokens, mix.meanOutputTokens))
        if mix.prefixCacheHitRate > 0 { line += String(format: ", %.0f%% prefix-cache hits", mix.prefixCacheHitRate * 100) }
        if let tpot = request.slo.tpotSeconds { line += ", TPOT ≤ \(Units.ms(tpot))" }
        if let ttft = request.slo.ttftSeconds { line += ", TTFT p\(percentile(request.slo)) ≤ \(Units.ms(ttft))" }
        if let mtp = request.speculative { line += ", " + mtp.label }
        line += "; serving \(request.serving.rawValue), KV transfer \(request.kvTransfer.rawValue), minimise \(request.objective.rawValue)"
        return line
    }

    static func summaryTable(_ plans: [FleetPlan]) -> TextTable {
        TextTable(
            header: ["plan", "chips", "chip mix", "P:D chips", "capex", "opex/yr", "$/M out tok", "MW", "tok/s/user", "optimal"],
            rows: plans.map { p in
                [
                    p.label, Units.grouped(p.chips), p.chipTotals.filter { $0.chips > 0 }.map { "\($0.accelerator)=\(Units.grouped($0.chips))" }.joined(separator: " "),
                    p.prefillToDecodeChipRatio.map { String(format: "%.2f", $0) } ?? "-", money(p.capexUSD), money(p.opexUSDPerYear),
                    p.usdPerMillionOutputTokens.map { String(format: "$%.3f", $0) } ?? "-", p.megawatts.map { String(format: "%.1f", $0) } ?? "-",
                    Units.rate(p.tokensPerSecondPerUser), p.provenOptimal ? "yes" : "no",
                ]
            })
    }

    private static func capacityTable(_ plan: FleetPlan) -> TextTable {
        TextTable(
            header: ["chips used", "of", "requests/s", "tokens/day", "output tokens/day", "concurrent users", "tok/s/user", "capex", "$/M out tok", "MW"],
            rows: [[
                Units.grouped(plan.chips), Units.grouped(plan.chipTotals.reduce(0) { $0 + ($1.available ?? $1.chips) }),
                Units.rate(plan.requestsPerSecond), scientific(plan.tokensPerDay), scientific(plan.outputTokensPerDay),
                Units.grouped(Int(plan.concurrentUsers.rounded())), Units.rate(plan.tokensPerSecondPerUser), money(plan.capexUSD),
                plan.usdPerMillionOutputTokens.map { String(format: "$%.3f", $0) } ?? "-", plan.megawatts.map { String(format: "%.1f", $0) } ?? "-",
            ]])
    }

    /// The pools; TTFT is the serving TTFT at the SLO's percentile (prefill and aggregated pools).
    static func poolTable(_ plans: [FleetPlan], slo: FleetSLO) -> TextTable {
        TextTable(
            header: [
                "plan", "accelerator", "role", "layout", "weights", "instances", "chips", "req/s/instance", "batch",
                "TTFT p\(percentile(slo)) (serving)", "TPOT",
            ],
            rows: plans.flatMap { plan in
                plan.pools.map { pool in
                    let o = pool.option
                    let p = o.parallelism
                    return [
                        plan.label, o.accelerator, o.role.rawValue, "tp\(p.tp) pp\(p.pp) ep\(p.ep) dp\(p.dp)", o.weightDType.rawValue,
                        Units.grouped(pool.instances), Units.grouped(pool.chips), Units.rate(o.requestsPerSecond),
                        o.batch > 0 ? "\(o.batch)" : "-", o.ttftSeconds.map(Units.ms) ?? "-", o.tpotSeconds.map(Units.ms) ?? "-",
                    ]
                }
            })
    }

    /// One row per pool, with its plan's totals repeated on each row (numbers only, SI units).
    static func poolCSV(_ plans: [FleetPlan], slo: FleetSLO) -> CSVTable {
        CSVTable(
            columns: [
                "plan", "accelerator", "role", "tp", "pp", "ep", "dp", "weight_dtype", "instances", "chips",
                "requests_per_second_per_instance", "requests_per_second", "output_tokens_per_second", "batch", "ttft_p\(percentile(slo))_seconds",
                "tpot_seconds", "plan_chips", "plan_requests_per_second", "plan_output_tokens_per_second", "plan_tokens_per_day",
                "plan_capex_usd", "plan_opex_usd_per_year", "plan_annual_cost_usd", "plan_usd_per_million_output_tokens", "plan_megawatts",
                "plan_proven_optimal", "plan_optimality_gap",
            ],
            rows: plans.flatMap { plan in
                plan.pools.map { pool in
                    let o = pool.option
                    let p = o.parallelism
                    let output: Double? = o.role == .prefill ? nil : pool.capacityRequestsPerSecond * plan.meanOutputTokens
                    return [
                        .text(plan.label), .text(o.accelerator), .text(o.role.rawValue), .integer(p.tp), .integer(p.pp), .integer(p.ep),
                        .integer(p.dp), .text(o.weightDType.rawValue), .integer(pool.instances), .integer(pool.chips),
                        .number(o.requestsPerSecond), .number(pool.capacityRequestsPerSecond), .number(output),
                        .integer(o.batch > 0 ? o.batch : nil), .number(o.ttftSeconds), .number(o.tpotSeconds), .integer(plan.chips),
                        .number(plan.requestsPerSecond), .number(plan.outputTokensPerSecond), .number(plan.tokensPerDay),
                        .number(plan.capexUSD), .number(plan.opexUSDPerYear), .number(plan.annualCostUSD),
                        .number(plan.usdPerMillionOutputTokens), .number(plan.megawatts), .text(plan.provenOptimal ? "true" : "false"),
                        .number(plan.optimalityGap),
                    ]
                }
            })
    }

    /// One row per claimed ratio (ratios as fractions, not percent), with its model's
    /// H20-stockpile figures repeated on each row.
    static func claimsCSV(_ report: SeedClaimReport) -> CSVTable {
        CSVTable(
            columns: [
                "model", "numerator", "denominator", "numerator_engine", "denominator_engine", "claimed_ratio", "fleet_ratio",
                "band_low_ratio", "band_high_ratio", "aggregated_ratio", "prefill_ratio", "decode_ratio", "fleet_per_dollar_ratio",
                "chips_to_replace_one", "note", "stockpile_chips", "stockpile_requests_per_second", "stockpile_tokens_per_day",
                "volume_tokens", "volume_seconds",
            ] + Catalog.nvidiaEngineIDs.map { "fleet_ratio_nvidia_on_\($0)" },
            rows: report.ratios.map { r in
                let s = report.stockpiles.first { $0.model == r.model }
                return [
                    .text(r.model), .text(r.numerator), .text(r.denominator), .text(r.engines.numerator), .text(r.engines.denominator),
                    .number(r.claimed), .number(r.fleet), .number(r.band?.low), .number(r.band?.high), .number(r.aggregated),
                    .number(r.prefill), .number(r.decode), .number(r.fleetPerDollar), .number(r.chipsToReplaceOne), .text(r.note ?? ""),
                    .integer(s?.plan.chips), .number(s?.plan.requestsPerSecond), .number(s?.plan.tokensPerDay), .number(s?.volumeTokens),
                    .number(s?.seconds),
                ] + Catalog.nvidiaEngineIDs.map { .number(report.fleet(of: r, nvidiaEngine: $0)) }
            })
    }

    /// The SLO's TTFT percentile as a whole number (90 for p90).
    static func percentile(_ slo: FleetSLO) -> Int { Int((slo.ttftPercentile * 100).rounded()) }

    private static func unable(_ sizing: FleetSizing) -> String {
        sizing.unable.keys.sorted().map { "\($0) alone: \(sizing.unable[$0]!)" }.joined(separator: "\n")
    }

    private static func notes(_ plans: [FleetPlan]) -> String {
        var seen: [String] = []
        for note in plans.flatMap(\.notes) where !seen.contains(note) { seen.append(note) }
        return seen.map { "note: \($0)" }.joined(separator: "\n")
    }

    private static func roles(_ plan: FleetPlan) -> String {
        ServingRole.allCases.compactMap { role in
            let chips = plan.pools.filter { $0.option.role == role }.reduce(0) { $0 + $1.chips }
            return chips > 0 ? "\(role.rawValue) \(Units.grouped(chips))" : nil
        }.joined(separator: ", ")
    }

    // MARK: Numbers

    static func money(_ usd: Double?) -> String {
        guard let usd else { return "-" }
        switch usd {
        case 1e9...: return String(format: "$%.2fB", usd / 1e9)
        case 1e6...: return String(format: "$%.1fM", usd / 1e6)
        case 1e3...: return String(format: "$%.1fk", usd / 1e3)
        default: return String(format: "$%.0f", usd)
        }
    }

    static func percent(_ ratio: Double) -> String { String(format: "%.0f%%", ratio * 100) }

    static func scientific(_ value: Double) -> String { String(format: "%.3g", value) }

    static func duration(_ seconds: Double) -> String {
        switch seconds {
        case 172_800.0...: return String(format: "%.1f days", seconds / 86_400)
        case 3_600.0...: return String(format: "%.1f h", seconds / 3_600)
        case 60.0...: return String(format: "%.1f min", seconds / 60)
        default: return String(format: "%.1f s", seconds)
        }
    }
}
