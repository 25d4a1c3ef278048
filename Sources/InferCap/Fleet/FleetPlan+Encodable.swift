/// JSON for fleet answers (snake_case keys, SI units, US dollars), with the derived figures
/// written out so a reader of the JSON needs no formulas.
extension FleetPlan: Encodable {
    enum CodingKeys: String, CodingKey {
        case label, candidates, pools, chipTotals = "chip_totals", chips, requestsPerSecond = "requests_per_second"
        case disaggregatedRequestsPerSecond = "disaggregated_requests_per_second", peakToAverage = "peak_to_average"
        case meanInputTokens = "mean_input_tokens", meanOutputTokens = "mean_output_tokens", tpotSeconds = "tpot_seconds"
        case tokensPerSecondPerUser = "tokens_per_second_per_user", concurrentUsers = "concurrent_users"
        case outputTokensPerSecond = "output_tokens_per_second", tokensPerDay = "tokens_per_day", outputTokensPerDay = "output_tokens_per_day"
        case capexUSD = "capex_usd", opexUSDPerYear = "opex_usd_per_year", annualCostUSD = "annual_cost_usd"
        case usdPerMillionOutputTokens = "usd_per_million_output_tokens", megawatts
        case prefillToDecodeChipRatio = "prefill_to_decode_chip_ratio", provenOptimal = "proven_optimal", optimalityGap = "optimality_gap", solverNodes = "solver_nodes", notes
    }

    /// Writes the snake_case JSON, derived figures included.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(label, forKey: .label)
        try c.encode(candidates, forKey: .candidates)
        try c.encode(pools, forKey: .pools)
        try c.encode(chipTotals, forKey: .chipTotals)
        try c.encode(chips, forKey: .chips)
        try c.encode(requestsPerSecond, forKey: .requestsPerSecond)
        try c.encode(disaggregatedRequestsPerSecond, forKey: .disaggregatedRequestsPerSecond)
        try c.encode(peakToAverage, forKey: .peakToAverage)
        try c.encode(meanInputTokens, forKey: .meanInputTokens)
        try c.encode(meanOutputTokens, forKey: .meanOutputTokens)
        try c.encode(tpotSeconds, forKey: .tpotSeconds)
        try c.encode(tokensPerSecondPerUser, forKey: .tokensPerSecondPerUser)
        try c.encode(concurrentUsers, forKey: .concurrentUsers)
        try c.encode(outputTokensPerSecond, forKey: .outputTokensPerSecond)
        try c.encode(tokensPerDay, forKey: .tokensPerDay)
        try c.encode(outputTokensPerDay, forKey: .outputTokensPerDay)
        try c.encodeIfPresent(capexUSD, forKey: .capexUSD)
        try c.encodeIfPresent(opexUSDPerYear, forKey: .opexUSDPerYear)
        try c.encodeIfPresent(annualCostUSD, forKey: .annualCostUSD)
        try c.encodeIfPresent(usdPerMillionOutputTokens, forKey: .usdPerMillionOutputTokens)
        try c.encodeIfPresent(megawatts, forKey: .megawatts)
        try c.encodeIfPresent(prefillToDecodeChipRatio, forKey: .prefillToDecodeChipRatio)
        try c.encode(provenOptimal, forKey: .provenOptimal)
        try c.encode(optimalityGap, forKey: .optimalityGap)
        try c.encode(solverNodes, forKey: .solverNodes)
        try c.encode(notes, forKey: .notes)
    }
}

extension FleetPlan.Pool: Encodable {
    enum CodingKeys: String, CodingKey {
        case option, instances, chips, capacityRequestsPerSecond = "capacity_requests_per_second"
    }

    /// Writes the snake_case JSON, derived figures included.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(option, forKey: .option)
        try c.encode(instances, forKey: .instances)
        try c.encode(chips, forKey: .chips)
        try c.encode(capacityRequestsPerSecond, forKey: .capacityRequestsPerSecond)
    }
}

extension FleetSizing: Encodable {
    enum CodingKeys: String, CodingKey {
        case peakRequestsPerSecond = "peak_requests_per_second", peakToAverage = "peak_to_average", alone, unable
        case bestMix = "best_mix"
    }

    /// Writes the snake_case JSON, derived figures included.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(demand.peakRequestsPerSecond, forKey: .peakRequestsPerSecond)
        try c.encode(demand.peakToAverage, forKey: .peakToAverage)
        try c.encode(alone, forKey: .alone)
        try c.encode(unable, forKey: .unable)
        try c.encode(bestMix, forKey: .bestMix)
    }
}

extension SeedClaimReport.Stockpile: Encodable {
    enum CodingKeys: String, CodingKey {
        case model, plan, volumeTokens = "volume_tokens", tokensPerSecond = "tokens_per_second", seconds
    }

    /// Writes the snake_case JSON, derived figures included.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(model, forKey: .model)
        try c.encode(plan, forKey: .plan)
        try c.encode(volumeTokens, forKey: .volumeTokens)
        try c.encode(tokensPerSecond, forKey: .tokensPerSecond)
        try c.encode(seconds, forKey: .seconds)
    }
}
