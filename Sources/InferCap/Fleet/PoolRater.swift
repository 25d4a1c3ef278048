import Foundation

/// Works out, for one accelerator type, what an instance serves in each role and layout
/// within the SLOs: the ``PoolOption``s the fleet optimiser chooses from.
///
/// - Aggregated: the largest batch whose TPOT (decode plus interleaved prefill stalls) and
///   percentile TTFT meet the SLOs; rate = `batch x dp / cycle` (``Estimator``'s serving model).
/// - Decode: the largest batch whose pure decode step meets the TPOT SLO and whose KV fits;
///   rate = `batch x dp / (output x step)`.
/// - Prefill: the highest utilisation `rho` (at most 0.95) at which prefill latency + KV
///   transfer + percentile queueing meets the TTFT SLO; rate = `rho x dp / t_prefill`, with
///   `t_prefill` the chip time of one prompt when prompts are batched to the engine's chunk.
/// - Disaggregated pools also cap their rate by the scale-out network: each request's KV
///   (`kv bytes per token x input`) leaves the prefill chips and enters the decode chips at
///   `chips x scale-out bandwidth`; the transfer time adds to TTFT.
///
/// Layouts: ``LayoutAdvisor``'s standard candidates at the smallest chip count that fits and
/// the next three doublings. Per role only layouts that raise requests/s per chip over every
/// smaller instance are kept.
struct PoolRater {
    let model: ModelArchitecture
    let template: Deployment
    let mix: RequestMix
    let slo: FleetSLO
    let maxChips: Int
    /// How aggregated and prefill latencies under load are judged (``FleetRequest/TTFTModel``).
    var ttftModel: FleetRequest.TTFTModel = .formula

    func options(roles: Set<ServingRole>) -> [PoolOption] {
        var candidates: [(estimator: Estimator, fitsDecode: Bool)] = []
        var firstFit: Int?
        var chips = 1
        while chips <= maxChips {
            if let first = firstFit, chips > first * 8 { break }
            for layout in LayoutAdvisor.candidates(model: model, accelerator: template.accelerator, chips: chips) {
                var deployment = template
                deployment.parallelism = layout
                guard let estimator = try? Estimator(model: model, deployment: deployment) else { continue }
                let fitsDecode = mix.classes.allSatisfy { estimator.memoryPlan(for: $0.workload).fits }
                if fitsDecode { firstFit = firstFit ?? chips }
                candidates.append((estimator, fitsDecode))
            }
            chips *= 2
        }
        // The layouts are rated independently (in parallel: a simulated rating runs thousands of
        // requests) and collected in their order, so the options do not depend on the threads.
        let orderedRoles = ServingRole.allCases.filter { roles.contains($0) }
        let layouts = candidates
        let rated = Slots<[PoolOption?]>(count: candidates.count)
        DispatchQueue.concurrentPerform(iterations: layouts.count) { index in
            let candidate = layouts[index]
            rated.set(index, orderedRoles.map { role in
                role != .prefill && !candidate.fitsDecode ? nil : rate(role: role, estimator: candidate.estimator)
            })
        }
        var byRole: [ServingRole: [PoolOption]] = [:]
        for options in rated.values {
            for (role, option) in zip(orderedRoles, options ?? []) { if let option { byRole[role, default: []].append(option) } }
        }
        return ServingRole.allCases.flatMap { Self.frontier(byRole[$0] ?? []) }
    }

    /// Options whose requests/s per chip beat every option with fewer chips.
    static func frontier(_ options: [PoolOption]) -> [PoolOption] {
        var kept: [PoolOption] = []
        for option in options.sorted(by: { ($0.chips, -$0.requestsPerSecondPerChip) < ($1.chips, -$1.requestsPerSecondPerChip) }) {
            if let last = kept.last, option.requestsPerSecondPerChip <= last.requestsPerSecondPerChip * (1 + 1e-9) { continue }
            kept.append(option)
        }
        return kept
    }

    // MARK: Roles

    private struct ClassRate {
        var requestsPerSecond: Double
        var batch: Int
        var ttft: Double?
        var tpot: Double?
        var utilization: Double
        var networkBound: Bool
    }

    private func rate(role: ServingRole, estimator: Estimator) -> PoolOption? {
        var rates: [(RequestClass, ClassRate)] = []
        for requestClass in mix.classes {
            let classRate: ClassRate?
            switch role {
            case .aggregated: classRate = aggregated(requestClass, estimator)
            case .decode: classRate = decode(requestClass, estimator)
            case .prefill: classRate = prefill(requestClass, estimator)
            }
            guard let classRate, classRate.requestsPerSecond > 0, classRate.requestsPerSecond.isFinite else { return nil }
            rates.append((requestClass, classRate))
        }
        // Time sharing: seconds per request add up by share.
        let secondsPerRequest = rates.reduce(0.0) { $0 + $1.0.share / $1.1.requestsPerSecond }
        let dominant = rates.max { $0.0.share < $1.0.share }!.1
        let layout = estimator.deployment.parallelism
        return PoolOption(
            accelerator: template.accelerator.id, vendor: template.accelerator.vendor, role: role, parallelism: layout,
            weightDType: template.weightDType, chips: layout.chips, requestsPerSecond: 1 / secondsPerRequest,
            batch: dominant.batch, ttftSeconds: dominant.ttft, tpotSeconds: dominant.tpot, utilization: dominant.utilization,
            kvBytesPerRequest: kvBytesPerRequest, networkBound: rates.contains { $0.1.networkBound })
    }

    private var kvBytesPerRequest: Double {
        mix.classes.reduce(0) { $0 + $1.share * kvBytes($1) }
    }

    private func kvBytes(_ requestClass: RequestClass) -> Double {
        // Everything the prompt left in every layer: KV caches, windows, compressed caches, recurrent states.
        model.stateBytesPerSequence(context: requestClass.inputTokens, kvDType: template.kvDType)
    }

    /// Requests/s the instance's NICs can move KV for.
    private func networkCap(_ requestClass: RequestClass, chips: Int) -> Double {
        Double(chips) * template.accelerator.scaleOut.bytesPerSecondPerDirection / kvBytes(requestClass)
    }

    private func aggregated(_ requestClass: RequestClass, _ estimator: Estimator) -> ClassRate? {
        let workload = requestClass.workload
        let memory = estimator.memoryPlan(for: workload)
        guard memory.fits else { return nil }
        let computed = mix.computedInputTokens(requestClass)
        let latency = estimator.prefillSeconds(inputTokens: computed)
        let prefill = estimator.prefillCost(inputTokens: computed)
        let point = { (batch: Int) in
            estimator.servingPoint(batch: batch, workload: workload, prefillLatency: latency, prefill: prefill)
        }
        let ttft = { (p: Estimator.ServingPoint) -> Double in
            let queueing = p.ttftWithoutEngineWait - latency
            return p.ttftSeconds - queueing + slo.percentileWait(mean: queueing, rho: p.prefillUtilization)
        }
        let meets = { (batch: Int) -> Bool in
            let p = point(batch)
            return (slo.tpotSeconds.map { p.tpotSeconds <= $0 } ?? true) && (slo.ttftSeconds.map { ttft(p) <= $0 } ?? true)
        }
        let formulaBatch = Estimator.largestBatch(upTo: memory.maxBatch, where: meets)
        if ttftModel == .simulate {
            let hint = formulaBatch.map { Double($0) * Double(estimator.deployment.parallelism.dp) / point($0).cycleSeconds }
            switch simulatedAggregated(requestClass, estimator, memory: memory, formulaRate: hint) {
            case let .rated(rate): return rate
            case .rejected: return nil
            case .notSimulated: break
            }
        }
        guard let batch = formulaBatch else { return nil }
        let p = point(batch)
        let dp = Double(estimator.deployment.parallelism.dp)
        return ClassRate(
            requestsPerSecond: Double(batch) * dp / p.cycleSeconds, batch: batch, ttft: ttft(p), tpot: p.tpotSeconds,
            utilization: min(1, Double(batch) * prefill.perRequest / p.cycleSeconds), networkBound: false)
    }

    /// Fewest requests a simulated rating runs per candidate rate.
    static let simulatedRequests = 600
    /// Most requests a simulated rating runs per candidate rate (an instance holding more than a
    /// third of this in flight is rated on a window that is not wholly in steady state).
    static let simulatedRequestsCap = 12_000

    /// The aggregated rate found by simulation: the largest Poisson arrival rate (bracketed from
    /// the formulas' rate by doubling or halving, at most the largest batch's throughput, then
    /// bisected to 4%, about the sampling noise of a judged window) whose simulated TTFT at the
    /// SLO's percentile and mean TPOT meet the SLOs, judged in steady state: each run sends three lifetimes' worth of requests
    /// (rate x (prefill + output tokens x the TPOT target), at least ``simulatedRequests``) and
    /// only the middle third is judged, whose requests arrive after the instance has filled and
    /// finish before it drains (a run shorter than one lifetime never fills the instance and
    /// rates it too fast). Dense data-parallel replicas are simulated one at a time.
    private enum SimulatedRating {
        /// The largest rate meeting the SLOs in simulation.
        case rated(ClassRate)
        /// No rate meets the SLOs in simulation: the option is dropped.
        case rejected
        /// The deployment cannot be simulated: the formulas rate it.
        case notSimulated
    }

    /// What a simulated rating runs: the instance, or for dense data-parallel replicas (separate
    /// engines) one replica and their count, with its simulator; nil where it cannot be simulated.
    private func simulatedReplica(_ estimator: Estimator) -> (replica: Estimator, replicas: Double, simulator: ServingSimulator)? {
        var replica = estimator
        var replicas = 1.0
        let layout = estimator.deployment.parallelism
        if layout.dp > 1, model.moe == nil {
            var deployment = estimator.deployment
            deployment.parallelism.dp = 1
            guard let one = try? Estimator(model: model, deployment: deployment) else { return nil }
            replica = one
            replicas = Double(layout.dp)
        }
        guard let simulator = try? ServingSimulator(estimator: replica) else { return nil }
        return (replica, replicas, simulator)
    }

    private func simulatedAggregated(
        _ requestClass: RequestClass, _ estimator: Estimator, memory: MemoryPlan, formulaRate: Double?
    ) -> SimulatedRating {
        guard estimator.deployment.speculative == nil else { return .notSimulated }
        guard let (replica, replicas, simulator) = simulatedReplica(estimator) else { return .notSimulated }
        let input = mix.computedInputTokens(requestClass)
        // The ceiling: the throughput at the largest batch that fits.
        let workload = requestClass.workload
        let prefillSeconds = replica.prefillSeconds(inputTokens: input)
        let top = replica.servingPoint(
            batch: memory.maxBatch, workload: workload, prefillLatency: prefillSeconds, prefill: replica.prefillCost(inputTokens: input))
        // A request's lifetime in steady state at the SLO: its prefill and its tokens at the TPOT
        // target (at the largest batch's TPOT without one). A run far slower than the target
        // is judged partly while draining, which cannot turn it into a pass near the boundary.
        let lifetime = prefillSeconds + Double(requestClass.outputTokens) * (slo.tpotSeconds ?? top.tpotSeconds)
        func requests(_ rate: Double) -> Int {
            let wanted = (3 * rate * lifetime).rounded(.up)
            return Int(min(Double(Self.simulatedRequestsCap), max(Double(Self.simulatedRequests), wanted.isFinite ? wanted : 0)))
        }
        func run(_ rate: Double) -> SimulationResult? {
            try? simulator.run(Traffic(
                requests: requests(rate), requestsPerSecond: rate, inputTokens: max(1, input), outputTokens: requestClass.outputTokens, seed: 1))
        }
        func steady(_ result: SimulationResult) -> (ttftSeconds: Double, meanTPOTSeconds: Double) {
            let n = result.traffic.requests
            return result.window(from: n / 3, to: 2 * n / 3, ttftPercentile: slo.ttftPercentile)
        }
        func meets(_ result: SimulationResult) -> Bool {
            let judged = steady(result)
            return (slo.tpotSeconds.map { judged.meanTPOTSeconds <= $0 } ?? true)
                && (slo.ttftSeconds.map { judged.ttftSeconds <= $0 } ?? true) && !result.overloaded
        }
        let ceiling = Double(memory.maxBatch) * Double(replica.deployment.parallelism.dp) / top.cycleSeconds
        guard let (low, best) = Self.bracketedRate(
            ceiling: ceiling, start: min(ceiling, max(ceiling / 64, (formulaRate ?? ceiling / 2) / replicas)), run: run, meets: meets)
        else { return .rejected }
        let judged = steady(best)
        return .rated(ClassRate(
            requestsPerSecond: low * replicas, batch: Int(best.meanDecodeBatch.rounded()),
            ttft: judged.ttftSeconds, tpot: judged.meanTPOTSeconds,
            utilization: min(1, low * replica.prefillSecondsPerRequest(inputTokens: input) / Double(replica.deployment.parallelism.dp)),
            networkBound: false))
    }

    /// The largest rate up to `ceiling` whose simulated run `meets` the SLOs, with that run:
    /// bracketed from `start` by doubling or halving, then bisected to 4% (runs near the ceiling
    /// are the longest, their request count growing with the rate, and rarely meet the SLOs).
    /// nil when no rate above `ceiling / 256` meets them, or a run fails.
    private static func bracketedRate(
        ceiling: Double, start: Double, run: (Double) -> SimulationResult?, meets: (SimulationResult) -> Bool
    ) -> (rate: Double, run: SimulationResult)? {
        var low = 0.0, high = ceiling
        var best: SimulationResult?
        var probe = start
        var failed = false
        for _ in 0..<10 {
            guard let result = run(probe) else { return nil }
            if meets(result) {
                low = probe
                best = result
                if failed || probe >= ceiling { break }
                probe = min(ceiling, 2 * probe)
            } else {
                high = probe
                failed = true
                if best != nil { break }
                probe /= 2
                if probe < ceiling / 256 { return nil }
            }
        }
        for _ in 0..<8 where best != nil && high - low >= 0.04 * high {
            let middle = (low + high) / 2
            guard let result = run(middle) else { return nil }
            if meets(result) { low = middle; best = result } else { high = middle }
        }
        guard let best, low > 0 else { return nil }
        return (low, best)
    }

    /// A prefill pool's instance rated in simulation (``FleetRequest/TTFTModel/simulate``): Poisson
    /// prompts of the class at a candidate rate through the simulator as one-token requests
    /// (prefill only), the largest rate whose TTFT percentile, judged on the middle third of a
    /// steady-state run, plus the KV transfer meets the TTFT target, up to the formulas' ceiling
    /// on a prefill queue's utilisation. Without a TTFT target, or where the simulator cannot run
    /// the layout, the formulas rate it.
    private func simulatedPrefill(
        _ requestClass: RequestClass, _ estimator: Estimator, computed: Int, transferSeconds: Double, formulaRate: Double
    ) -> SimulatedRating {
        guard let target = slo.ttftSeconds, estimator.deployment.speculative == nil else { return .notSimulated }
        guard let (replica, replicas, simulator) = simulatedReplica(estimator) else { return .notSimulated }
        let input = max(1, computed)
        // The instance's prefill throughput, and the formulas' ceiling on its utilisation.
        let throughput = Double(replica.deployment.parallelism.dp) / replica.prefillSecondsPerRequest(inputTokens: input)
        func run(_ rate: Double) -> SimulationResult? {
            // A prompt's stay is short, but a queue of batched prompts near saturation takes
            // thousands of arrivals to settle (DeepSeek-R1 on an H200 prefill instance at 90% of
            // its throughput: p90 TTFT 1.39 s over 2,000 prompts, 2.11 s over 12,000, 2.15 s over
            // 40,000), so every run sends the most a rating runs and the judged middle third is
            // the steady state, not the queue still filling. Prefill-only runs are cheap.
            try? simulator.run(Traffic(
                requests: Self.simulatedRequestsCap, requestsPerSecond: rate, inputTokens: input, outputTokens: 1, seed: 1))
        }
        func ttft(_ result: SimulationResult) -> Double {
            let n = result.traffic.requests
            return result.window(from: n / 3, to: 2 * n / 3, ttftPercentile: slo.ttftPercentile).ttftSeconds + transferSeconds
        }
        let ceiling = ServingFormula.maxPrefillUtilization * throughput
        guard let (low, best) = Self.bracketedRate(
            ceiling: ceiling, start: min(ceiling, max(ceiling / 64, formulaRate / replicas)), run: run,
            meets: { ttft($0) <= target && !$0.overloaded })
        else { return .rejected }
        return .rated(ClassRate(
            requestsPerSecond: low * replicas, batch: 0, ttft: ttft(best), tpot: nil,
            utilization: min(1, low / throughput), networkBound: false))
    }

    private func decode(_ requestClass: RequestClass, _ estimator: Estimator) -> ClassRate? {
        let workload = requestClass.workload
        let memory = estimator.memoryPlan(for: workload)
        guard memory.fits else { return nil }
        let step = { (batch: Int) in estimator.decodeStepSeconds(batch: batch, contextTokens: workload.effectiveContextTokens) }
        guard let batch = Estimator.largestBatch(upTo: memory.maxBatch, where: { b in slo.tpotSeconds.map { step(b) <= $0 } ?? true }) else {
            return nil
        }
        let layout = estimator.deployment.parallelism
        let compute = Double(batch) * Double(layout.dp) / (Double(requestClass.outputTokens) * step(batch))
        let network = networkCap(requestClass, chips: layout.chips)
        return ClassRate(
            requestsPerSecond: min(compute, network), batch: batch, ttft: nil, tpot: step(batch), utilization: 1,
            networkBound: network < compute)
    }

    private func prefill(_ requestClass: RequestClass, _ estimator: Estimator) -> ClassRate? {
        // The prefill instance holds the prompt's KV until it has been sent.
        guard estimator.memoryPlan(contextTokens: requestClass.inputTokens).fits else { return nil }
        let computed = mix.computedInputTokens(requestClass)
        let latency = estimator.prefillSeconds(inputTokens: computed)
        let perRequest = estimator.prefillSecondsPerRequest(inputTokens: computed)
        let layout = estimator.deployment.parallelism
        let transfer = kvBytes(requestClass) / (Double(layout.groupChips) * template.accelerator.scaleOut.bytesPerSecondPerDirection)
        let ttft = { (rho: Double) -> Double in
            let mean = ServingFormula.meanPrefillWait(rho: rho, latency: latency)
            return latency + transfer + slo.percentileWait(mean: mean, rho: rho)
        }
        var rho = ServingFormula.maxPrefillUtilization
        if let target = slo.ttftSeconds, ttft(rho) > target {
            guard ttft(0) <= target else { return nil }
            var low = 0.0, high = rho
            for _ in 0..<60 {
                let middle = (low + high) / 2
                if ttft(middle) <= target { low = middle } else { high = middle }
            }
            rho = low
            guard rho > 1e-6 else { return nil }
        }
        var compute = rho * Double(layout.dp) / perRequest
        var rated = ttft(rho)
        if ttftModel == .simulate {
            switch simulatedPrefill(requestClass, estimator, computed: computed, transferSeconds: transfer, formulaRate: compute) {
            case let .rated(rate):
                compute = rate.requestsPerSecond
                rated = rate.ttft ?? rated
                rho = rate.utilization
            case .rejected: return nil
            case .notSimulated: break
            }
        }
        let network = networkCap(requestClass, chips: layout.chips)
        return ClassRate(
            requestsPerSecond: min(compute, network), batch: 0, ttft: rated, tpot: nil, utilization: rho,
            networkBound: network < compute)
    }
}
