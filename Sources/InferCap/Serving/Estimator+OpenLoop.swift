import Foundation

extension Estimator {
    /// The steady state of an open-loop benchmark: requests arrive at a fixed mean rate
    /// (`vllm bench serve --request-rate`, guidellm's constant or Poisson rate), not at a fixed
    /// concurrency.
    ///
    /// By Little's law the sequences in flight per attention group are the arrival rate times
    /// the time each spends in the system, one generation cycle: `B = λ_group * cycle(B)`, with
    /// `cycle(B) = O * t_decode(B) + B * t_prefill_per_request` as in ``Estimator``. `B` is
    /// solved by bisection over real batches (the decode step interpolated between whole
    /// batches, and taken at 1 below one sequence: a request alone still runs a whole step).
    /// When the rate exceeds what the largest batch that fits serves, the queue grows and the
    /// deployment runs saturated at that batch; `saturated` says so and TTFT then excludes the
    /// growing queue, which depends on how long the benchmark ran.
    struct OpenLoopPoint {
        /// Mean sequences in flight per attention group.
        var batch: Double
        /// True when the rate exceeds the largest batch's throughput.
        var saturated: Bool
        /// Time per output token, seconds.
        var tpotSeconds: Double
        /// Time to first token, seconds.
        var ttftSeconds: Double
        /// Output tokens per second per chip.
        var outputTokensPerSecondPerChip: Double
    }

    /// Serving `requestsPerSecond` over the whole deployment (all data-parallel groups).
    func openLoop(requestsPerSecond rate: Double, workload: Workload) throws -> OpenLoopPoint {
        try workload.validate()
        guard rate.isFinite, rate > 0 else {
            throw InferCapError.invalidWorkload(field: "request rate", value: "\(rate)", fix: "give a positive number of requests per second")
        }
        let layout = deployment.parallelism
        let context = workload.effectiveContextTokens
        let memory = memoryPlan(contextTokens: deployment.engine.reservedContextTokens(workload))
        guard memory.fits else { throw doesNotFit(memory, contextTokens: context) }
        let formula = servingFormula(
            workload: workload, prefillLatency: prefillSeconds(inputTokens: workload.inputTokens),
            prefill: prefillCost(inputTokens: workload.inputTokens))
        var steps: [Int: Double] = [:]
        func decode(_ batch: Double) -> Double {
            func at(_ whole: Int) -> Double {
                if let known = steps[whole] { return known }
                let seconds = decodeStepSeconds(batch: whole, contextTokens: context)
                steps[whole] = seconds
                return seconds
            }
            let clamped = max(1, batch)
            let low = Int(clamped.rounded(.down))
            let fraction = clamped - Double(low)
            return fraction == 0 ? at(low) : at(low) + fraction * (at(low + 1) - at(low))
        }
        let perGroup = rate / Double(layout.dp)
        func excess(_ batch: Double) -> Double { batch - perGroup * formula.evaluate(batch: batch, decode: decode(batch)).cycle }
        let largest = Double(memory.maxBatch)
        var batch = largest
        let saturated = excess(largest) < 0
        if !saturated {
            var low = 0.0, high = largest
            for _ in 0..<60 where high - low > 1e-6 * max(1, high) {
                let middle = (low + high) / 2
                if excess(middle) < 0 { low = middle } else { high = middle }
            }
            batch = high
        }
        let result = formula.evaluate(batch: max(batch, 1e-9), decode: decode(batch))
        let output = Double(workload.outputTokens)
        return OpenLoopPoint(
            batch: batch, saturated: saturated, tpotSeconds: result.tpot, ttftSeconds: result.ttft,
            outputTokensPerSecondPerChip: batch * output / result.cycle / Double(layout.groupChips))
    }
}
