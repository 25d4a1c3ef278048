/// Replays one reference point through the same code path as `estimate`.
public struct Replay: Sendable {
    /// The catalog the point's names resolve in.
    public let catalog: Catalog
    /// Engine profiles to use instead of the catalog's (for fitting).
    public var engineOverrides: [String: EngineProfile] = [:]

    /// A replay resolving names in `catalog`.
    public init(catalog: Catalog) { self.catalog = catalog }

    /// What a replay produced.
    public enum Outcome: Sendable {
        /// The model's prediction, in the point's metric unit.
        case predicted(Double, engine: String)
        /// The point could not be replayed; the reason says why.
        case skipped(String)
    }

    /// The engine profile a reported engine name maps to (by id or alias, else `generic`).
    public func engineProfile(for name: String) throws(InferCapError) -> EngineProfile {
        let profile: EngineProfile
        if let named = try? catalog.engine(named: name) { profile = named } else { profile = try catalog.engine(named: "generic") }
        return engineOverrides[profile.id] ?? profile
    }

    /// Predicts the point's metric with the closed-form model, the point's engine settings applied;
    /// a point with a ``ReferencePoint/closedFormSkipReason`` is skipped with that reason (the
    /// request-level simulation replays it).
    public func run(_ point: ReferencePoint) -> Outcome {
        do {
            if let reason = point.closedFormSkipReason { throw Failure(reason: reason) }
            let (estimator, input) = try prepare(point)
            return .predicted(try predict(point, estimator: estimator, input: input), engine: estimator.deployment.engine.id)
        } catch let failure as Failure {
            return .skipped(failure.reason)
        } catch let error as InferCapError {
            return .skipped("model refuses it: \(error.description)")
        } catch {
            return .skipped("\(error)")
        }
    }

    /// The TTFT of an aggregated point split into what the engine constants scale: the part
    /// independent of them, one decode step, and the burst wait per unit of burst fraction; nil
    /// for a point the closed form does not replay (as ``run(_:)`` skips it).
    func ttftTerms(_ point: ReferencePoint) -> (base: Double, decodeStep: Double, burstUnit: Double)? {
        guard point.closedFormSkipReason == nil, point.mode == .aggregated, point.metric == .ttftSeconds, let batch = point.batch,
              point.requestsPerSecond == nil, let (estimator, input) = try? prepare(point)
        else { return nil }
        let workload = workload(point, input: input)
        guard estimator.memoryPlan(contextTokens: workload.effectiveContextTokens).maxBatch >= batch else { return nil }
        let serving = estimator.servingPoint(
            batch: batch, workload: workload, prefillLatency: estimator.prefillSeconds(inputTokens: input),
            prefill: estimator.prefillCost(inputTokens: input))
        return (serving.ttftWithoutEngineWait, serving.decodeSeconds, serving.burstUnitSeconds)
    }

    /// The terms of a TPOT or decode-throughput point that the engine's host and stall
    /// constants scale: the GPU decode step (host time excluded), the batch, and the
    /// interleaved prefill seconds per output token (aggregated points only); nil for a point
    /// the closed form does not replay.
    func decodeTerms(_ point: ReferencePoint) -> (step: Double, batch: Double, stallUnit: Double, groupChips: Double)? {
        guard point.closedFormSkipReason == nil, point.metric == .tpotSeconds || point.metric == .decodeTokensPerSecondPerChip,
              point.mode != .prefill, point.requestsPerSecond == nil || point.batch != nil,
              let (estimator, input) = try? prepare(point)
        else { return nil }
        let workload = workload(point, input: input)
        let memory = estimator.memoryPlan(for: workload)
        guard memory.fits, let batch = point.batch ?? (point.mode == .aggregated ? memory.maxBatch : nil) else { return nil }
        let host = estimator.deployment.engine.stepSecondsPerSequence * Double(batch)
        let step = estimator.decodeStepSeconds(batch: batch, contextTokens: workload.effectiveContextTokens) - host
        let formula = estimator.servingFormula(workload: workload, prefillLatency: 0, prefill: estimator.prefillCost(inputTokens: input))
        let stall = point.mode == .aggregated ? formula.prefillShare(batch: Double(batch)) / Double(workload.outputTokens) : 0
        return (step, Double(batch), stall, Double(estimator.deployment.parallelism.groupChips))
    }

    struct Failure: Error { var reason: String }

    /// Output tokens/s per chip of prefill and decode pools on the point's chips, rated as the
    /// fleet planner rates them (``PoolRater``: the best instance layout per role within the
    /// SLOs, TTFT at the median). With a fixed split the smaller of the two pools' request rates
    /// sets the throughput; without one the pools are sized to each other, `1 / (1/r_p + 1/r_d)`
    /// requests/s per chip.
    private func disaggregatedOutputTokensPerSecondPerChip(
        _ point: ReferencePoint, estimator: Estimator, workload: Workload
    ) throws -> Double {
        guard point.metric == .outputTokensPerSecondPerChip else {
            throw Failure(reason: "a disaggregated point replays output tokens/s per chip only")
        }
        let chips = point.chips
        if let prefillChips = point.prefillChips, prefillChips >= chips {
            throw Failure(reason: "prefill_chips \(prefillChips) leaves no decode chips of \(chips)")
        }
        let decodeChips = point.prefillChips.map { chips - $0 }
        let slo = FleetSLO(tpotSeconds: point.slo?.tpotSeconds, ttftSeconds: point.slo?.ttftSeconds, ttftPercentile: 0.5)
        let mix = RequestMix(inputTokens: workload.inputTokens, outputTokens: workload.outputTokens)
        let rater = PoolRater(model: estimator.model, template: estimator.deployment, mix: mix, slo: slo, maxChips: chips)
        let options = rater.options(roles: [.prefill, .decode])
        func best(_ role: ServingRole, within limit: Int) -> Double? {
            options.filter { $0.role == role && $0.chips <= limit }.map(\.requestsPerSecondPerChip).max()
        }
        guard let prefill = best(.prefill, within: point.prefillChips ?? chips),
              let decode = best(.decode, within: decodeChips ?? chips)
        else { throw Failure(reason: "no prefill or decode instance within the SLOs fits on \(chips) chips") }
        let requestsPerSecondPerChip: Double
        if let prefillChips = point.prefillChips, let decodeChips {
            requestsPerSecondPerChip = min(Double(prefillChips) * prefill, Double(decodeChips) * decode) / Double(chips)
        } else {
            requestsPerSecondPerChip = 1 / (1 / prefill + 1 / decode)
        }
        return requestsPerSecondPerChip * Double(workload.outputTokens)
    }

    private func workload(_ point: ReferencePoint, input: Int) -> Workload {
        Workload(
            inputTokens: input, outputTokens: max(1, point.outputTokens ?? 1), batch: point.batch, contextTokens: point.contextTokens,
            slo: point.slo, burstFraction: point.burstFraction)
    }

    func prepare(_ point: ReferencePoint) throws -> (Estimator, Int) {
        guard point.replayable else { throw Failure(reason: point.skipReason ?? "marked not replayable") }
        guard let modelName = point.model else { throw Failure(reason: "model not in catalog") }
        guard let acceleratorName = point.accelerator else { throw Failure(reason: "accelerator not in catalog") }
        guard let input = point.inputTokens ?? (point.mode == .decode ? 1 : nil) else { throw Failure(reason: "input length not reported") }
        let model = try catalog.model(named: modelName).architecture
        let accelerator = try catalog.accelerator(named: acceleratorName)
        let weights = point.weightDType ?? accelerator.defaultWeightDType(native: model.nativeWeightDType)
        var deployment = Deployment(
            accelerator: accelerator, parallelism: point.parallelism ?? Parallelism(), weightDType: weights, kvDType: point.kvDType,
            engine: try engineProfile(for: point.engine).overridden(by: point.engineSettings),
            calibration: try catalog.calibration(for: accelerator),
            speculative: point.speculative,
            expertWeightDType: point.expertWeightDType ?? accelerator.defaultExpertWeightDType(native: model.nativeExpertWeightDType))
        if point.parallelism == nil, point.mode != .disaggregated {
            // Not reported: the best standard layout on the same chip count, as `estimate` would choose.
            let workload = workload(point, input: input)
            let candidates = LayoutAdvisor.candidates(model: model, accelerator: accelerator, chips: point.chips)
            let ranked = candidates.compactMap { layout -> (Parallelism, Double)? in
                deployment.parallelism = layout
                guard let estimate = try? Estimator(model: model, deployment: deployment).estimate(workload) else { return nil }
                return (layout, estimate.serving.outputTokensPerSecondPerChip)
            }
            guard let best = ranked.max(by: { $0.1 < $1.1 }) else {
                throw Failure(reason: "layout not reported and no standard layout on \(point.chips) chips fits")
            }
            deployment.parallelism = best.0
        }
        return (try Estimator(model: model, deployment: deployment), input)
    }

    private func predict(_ point: ReferencePoint, estimator: Estimator, input: Int) throws -> Double {
        let workload = workload(point, input: input)
        let groupChips = Double(estimator.deployment.parallelism.groupChips)
        switch point.mode {
        case .aggregated:
            if let rate = point.requestsPerSecond, point.batch == nil {
                let steady = try estimator.openLoop(requestsPerSecond: rate, workload: workload)
                switch point.metric {
                case .outputTokensPerSecondPerChip: return steady.outputTokensPerSecondPerChip
                case .tpotSeconds: return steady.tpotSeconds
                case .ttftSeconds:
                    guard !steady.saturated else {
                        throw Failure(reason: "open loop at \(rate) requests/s exceeds the deployment's throughput: TTFT grows with the benchmark's length")
                    }
                    return steady.ttftSeconds
                default: throw Failure(reason: "an open-loop point replays output tokens/s, TPOT or TTFT")
                }
            }
            let estimate = try estimator.estimate(workload)
            switch point.metric {
            case .outputTokensPerSecondPerChip: return estimate.serving.outputTokensPerSecondPerChip
            case .tpotSeconds: return estimate.serving.tpotSeconds
            case .ttftSeconds: return estimate.serving.ttftSeconds
            case .prefillTokensPerSecondPerChip: return estimate.prefill.tokensPerSecondPerChip
            case .decodeTokensPerSecondPerChip: return estimate.decode.tokensPerSecondPerChip
            }
        case .decode:
            let context = workload.effectiveContextTokens
            let memory = estimator.memoryPlan(contextTokens: context)
            let batch = point.batch ?? estimator.memoryPlan(for: workload).maxBatch
            // The measured deployment ran this batch, so only the KV capacity is checked (not the engine's cap).
            let needed = Double(batch) * memory.kvBytesPerSequencePerChip
            guard memory.fits, needed <= memory.kvCapacityBytesPerChip else {
                throw InferCapError.doesNotFit(
                    detail: "batch \(batch) at \(context) tokens of context", shortfallBytes: needed - memory.kvCapacityBytesPerChip,
                    fix: "the memory model is tighter than the measured deployment")
            }
            let step = estimator.decodeStepSeconds(batch: batch, contextTokens: context)
            switch point.metric {
            case .tpotSeconds: return step
            default: return Double(batch) / step / groupChips
            }
        case .disaggregated:
            return try disaggregatedOutputTokensPerSecondPerChip(point, estimator: estimator, workload: workload)
        case .prefill:
            let requests = max(1, point.batch ?? 1)
            let timing = estimator.evaluator.evaluate(.prefill(requests: Double(requests), promptTokens: Double(input)))
            switch point.metric {
            case .ttftSeconds: return timing.latencySeconds
            default: return Double(requests * input) / timing.bottleneckSeconds / groupChips
            }
        }
    }
}
