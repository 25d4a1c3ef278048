extension Scenario {
    /// Asks the scenario's question of the library and times the call with `ContinuousClock`.
    ///
    /// Sweeps use `threads` worker threads (their frontier does not depend on the count).
    public func run(in catalog: Catalog, threads: Int = 1) throws(InferCapError) -> ScenarioResult {
        let clock = ContinuousClock()
        let start = clock.now
        var result = try answer(in: catalog, threads: threads)
        result.wallTime = clock.now - start
        return result
    }

    private func answer(in catalog: Catalog, threads: Int) throws(InferCapError) -> ScenarioResult {
        let workload = Workload(inputTokens: inputTokens, outputTokens: outputTokens, slo: slo)
        switch kind {
        case .estimate:
            let estimate = try catalog.estimate(EstimateRequest(model: model, accelerator: accelerators[0], workload: workload))
            return result(of: estimate, headline: "output tokens/s per chip", details: [
                .init(name: "per user", value: estimate.serving.tokensPerSecondPerUser, unit: "tok/s"),
                .init(name: "instance", value: Double(estimate.chips), unit: "chips"),
            ])
        case .compare:
            let comparison = try catalog.compare(ComparisonRequest(model: model, accelerators: accelerators, workload: workload))
            // `compare` answers one estimate per accelerator and the loader asks for at least two.
            guard let best = comparison.estimates.max(by: { $0.serving.outputTokensPerSecondPerChip < $1.serving.outputTokensPerSecondPerChip })
            else { throw InferCapError.invalidWorkload(field: "accelerators", value: "", fix: "name at least two accelerators in \(path)") }
            return result(of: best, headline: "best output tokens/s per chip", details: comparison.estimates.map {
                .init(name: $0.accelerator, value: $0.serving.outputTokensPerSecondPerChip, unit: "tok/s/chip")
            })
        case .sweep:
            let sweep = try catalog.sweep(SweepRequest(
                model: model, accelerators: accelerators, weightDTypes: weightDTypes, maxChips: maxChips, maxBatch: maxBatch, inputTokens: inputTokens,
                outputTokens: outputTokens, slo: slo, threads: threads))
            guard let best = sweep.frontier.max(by: { $0.outputTokensPerSecondPerChip < $1.outputTokensPerSecondPerChip }) else {
                throw InferCapError.sloUnreachable(
                    detail: "scenario \(id): no deployment of \(model) within \(maxChips) chips meets the SLO",
                    fix: "raise sweep.max_chips or loosen the SLO in \(path)")
            }
            return ScenarioResult(
                scenario: self,
                headline: .init(name: "best output tokens/s per chip", value: best.outputTokensPerSecondPerChip, unit: "tok/s/chip"),
                accelerator: best.accelerator, parallelism: best.parallelism, weightDType: best.weightDType, batch: best.batch,
                ttftSeconds: best.ttftSeconds, tpotSeconds: best.tpotSeconds,
                details: (sweep.frontiers.count < 2 ? [] : sweep.frontiers.compactMap { frontier in
                    frontier.points.map(\.outputTokensPerSecondPerChip).max().map {
                        .init(name: frontier.accelerator, value: $0, unit: "tok/s/chip")
                    }
                }) + [.init(name: "evaluated", value: Double(sweep.deployments), unit: "deployments")],
                wallTime: .zero)
        case .fleetSize:
            let planner = try FleetPlanner(catalog: catalog, request: fleetRequest(supplies: accelerators.map { ChipSupply(accelerator: $0) }))
            let sizing = try planner.size(for: demand ?? Demand(requestsPerSecond: 1))
            return result(of: sizing.bestMix, headline: .init(name: "chips", value: Double(sizing.bestMix.chips), unit: "chips"))
        case .fleetCapacity:
            let supplies = accelerators.map { ChipSupply(accelerator: $0, available: stockpile[$0]) }
            let plan = try FleetPlanner(catalog: catalog, request: fleetRequest(supplies: supplies)).capacity()
            return result(of: plan, headline: .init(name: "requests/s", value: plan.requestsPerSecond, unit: "req/s"))
        }
    }

    private func fleetRequest(supplies: [ChipSupply]) -> FleetRequest {
        FleetRequest(
            model: model, supplies: supplies, mix: RequestMix(inputTokens: inputTokens, outputTokens: outputTokens),
            slo: FleetSLO(tpotSeconds: slo.tpotSeconds, ttftSeconds: slo.ttftSeconds), maxChipsPerInstance: maxChipsPerInstance)
    }

    private func result(of estimate: Estimate, headline: String, details: [ScenarioResult.Metric]) -> ScenarioResult {
        ScenarioResult(
            scenario: self,
            headline: .init(name: headline, value: estimate.serving.outputTokensPerSecondPerChip, unit: "tok/s/chip"),
            accelerator: estimate.accelerator, parallelism: estimate.parallelism, weightDType: estimate.weightDType,
            batch: estimate.batch, ttftSeconds: estimate.serving.ttftSeconds, tpotSeconds: estimate.serving.tpotSeconds,
            details: details, wallTime: .zero)
    }

    private func result(of plan: FleetPlan, headline: ScenarioResult.Metric) -> ScenarioResult {
        var details = plan.chipTotals.filter { $0.chips > 0 }.map {
            ScenarioResult.Metric(name: $0.accelerator, value: Double($0.chips), unit: "chips")
        }
        details.append(.init(name: "serving", value: plan.requestsPerSecond, unit: "req/s"))
        if let price = plan.usdPerMillionOutputTokens {
            details.append(.init(name: "cost", value: price, unit: "USD/M output tokens"))
        }
        if let megawatts = plan.megawatts { details.append(.init(name: "power", value: megawatts, unit: "MW")) }
        if headline.unit == "req/s" { details.removeAll { $0.unit == "req/s" } }
        return ScenarioResult(
            scenario: self, headline: headline, accelerator: plan.chipTotals.count == 1 ? plan.chipTotals[0].accelerator : nil,
            parallelism: nil, weightDType: nil, batch: nil, ttftSeconds: nil, tpotSeconds: plan.tpotSeconds, details: details,
            wallTime: .zero)
    }
}
