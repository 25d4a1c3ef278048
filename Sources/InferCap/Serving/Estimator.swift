import Foundation

/// Predicts prefill, decode and steady-state serving for one model on one deployment.
///
/// Serving model (continuous batching, aggregated prefill and decode on the same chips): an
/// attention group keeps `B` sequences in flight; over the `O` decode steps of a generation
/// each of the `B` sequences is also prefilled once, so one cycle takes
/// `O * t_decode(B) + B * t_prefill_per_request` and yields `B * O` tokens. Time per output
/// token is that cycle over `O`; TTFT is the request's own prefill through the pipeline.
/// With `pp` stages the batch runs as `pp` micro-batches and a token's step is the larger of
/// the pipeline latency and `pp` times the slowest stage.
public struct Estimator: Sendable {
    /// The model.
    public let model: ModelArchitecture
    /// Where and how it runs.
    public let deployment: Deployment
    let evaluator: StepEvaluator

    /// Checks that the layout and precisions can run this model.
    public init(model: ModelArchitecture, deployment: Deployment) throws(InferCapError) {
        self = try InferCapError.narrowing { try Estimator(model: model, deployment: deployment, cache: nil) }
    }

    /// The same, reusing operator blocks from `cache` (sweeps).
    init(model: ModelArchitecture, deployment: Deployment, cache: OperatorCache?) throws {
        try deployment.parallelism.validate(for: model)
        try deployment.validatePrecisions()
        try deployment.speculative?.validate(for: model)
        self.model = model
        self.deployment = deployment
        let builder = OperatorBuilder(
            model: model, layout: deployment.parallelism, weightDType: deployment.weightDType, kvDType: deployment.kvDType,
            scaleUpDomain: deployment.accelerator.scaleUp.domainSize, expertWeightDType: deployment.expertWeightDType,
            dispatchesWithoutAttentionDP: deployment.engine.moeDispatchWithoutAttentionDP)
        let cost = cache?.costModel(for: deployment)
            ?? CostModel(accelerator: deployment.accelerator, calibration: deployment.calibration, engine: deployment.engine)
        let plan = cache?.plan(model: model, pipelineStages: deployment.parallelism.pp)
            ?? StagePlan(model: model, pipelineStages: deployment.parallelism.pp)
        evaluator = StepEvaluator(builder: builder, cost: cost, plan: plan, cache: cache)
    }

    // MARK: Memory

    /// Memory per chip when every sequence of `workload` holds the KV the engine reserves for
    /// it (``EngineProfile/reservedContextTokens(_:)``): `maxBatch` is the most sequences the
    /// engine admits.
    public func memoryPlan(for workload: Workload) -> MemoryPlan {
        memoryPlan(contextTokens: deployment.engine.reservedContextTokens(workload))
    }

    /// Memory per chip when every sequence holds `contextTokens` tokens of context: the state each
    /// layer keeps for it (``TokenMixer/stateBytesPerSequence(context:kvDType:tp:)``) summed over the
    /// fullest stage.
    public func memoryPlan(contextTokens: Int) -> MemoryPlan {
        let layout = deployment.parallelism
        let accelerator = deployment.accelerator
        let context = Double(max(1, contextTokens))
        // With MTP on, the module's layer and its KV sit on the last stage (counted on the fullest).
        let mtpModules = deployment.speculative == nil ? 0 : model.multiTokenPredictionLayers
        let weights = evaluator.residentWeightBytesPerChip() + evaluator.multiTokenPredictionWeightBytesPerChip(modules: mtpModules)
        let kvDType = deployment.kvDType
        let mtpState = Double(mtpModules)
            * model.multiTokenPredictionLayer.mixer.stateBytesPerSequence(context: context, kvDType: kvDType, tp: layout.tp)
        let perSequence = evaluator.plan.largestStateBytesPerSequence(model: model, context: context, kvDType: kvDType, tp: layout.tp)
            + mtpState
        let usable = accelerator.memoryBytes * deployment.engine.memoryUtilization
        let activation = Double(deployment.engine.maxPrefillTokens) * activationBytesPerToken()
        let capacity = usable - weights - activation
        let fitting = capacity > 0 && perSequence > 0 ? (capacity / perSequence).rounded(.down) : 0
        let maxBatch = Int(min(fitting, Double(deployment.engine.maxBatchPerRank)))
        let kvPerTokenPerChip = perSequence / context
        let wholeModel = model.stateBytesPerSequence(context: Int(context), kvDType: kvDType)
        return MemoryPlan(
            deviceBytes: accelerator.memoryBytes, usableBytesPerChip: usable, weightBytesPerChip: weights,
            activationBytesPerChip: activation, kvBytesPerToken: wholeModel / context,
            kvBytesPerTokenPerChip: kvPerTokenPerChip, kvCapacityBytesPerChip: max(0, capacity),
            kvTokensPerChip: kvPerTokenPerChip > 0 ? max(0, capacity) / kvPerTokenPerChip : 0,
            maxBatch: maxBatch, fits: maxBatch >= 1, contextTokens: Int(context), kvBytesPerSequence: wholeModel,
            kvBytesPerSequencePerChip: perSequence)
    }

    /// Live activation bytes per prefill token on one chip: the residual stream and
    /// attention/FFN intermediates in bf16 (4 hidden-wide buffers plus the widest FFN output,
    /// gate and up).
    private func activationBytesPerToken() -> Double {
        let layout = deployment.parallelism
        var widest = 0.0
        for group in model.layerGroups {
            switch group.layer.feedForward {
            case let .dense(mlp): widest = max(widest, Double(mlp.intermediateSize) / Double(layout.tp))
            case let .mixture(moe):
                widest = max(widest, Double(moe.sharedIntermediateSize) / Double(layout.tp))
                widest = max(widest, Double(moe.parallelDenseIntermediateSize) / Double(layout.tp))
                widest = max(widest, Double(moe.expertsPerToken * moe.expertIntermediateSize) / Double(layout.expertTP))
            case .none: break
            }
        }
        return 2 * (4 * Double(model.hiddenSize) + 3 * widest)
    }

    // MARK: Steps

    /// One decode step with `batch` sequences per attention group at `contextTokens` of KV:
    /// the seconds between two tokens of a sequence. With speculative decoding
    /// (``Deployment/speculative``) it is one draft-and-verify iteration over the tokens it
    /// emits on average.
    public func decodeStepSeconds(batch: Int, contextTokens: Int) -> Double {
        decodeTiming(batch: batch, contextTokens: contextTokens, breakdown: false).seconds
    }

    /// The decode step and its timing; `eager: false` takes every batch as captured (the
    /// estimate's note compares the two).
    func decodeTiming(batch: Int, contextTokens: Int, breakdown: Bool, eager: Bool = true) -> (seconds: Double, timing: StepTiming) {
        let pp = deployment.parallelism.pp
        let micro = (Double(batch) / Double(pp)).rounded(.up)
        let context = Double(contextTokens)
        let host = deployment.engine.stepSecondsPerSequence * Double(batch)
        guard let speculative = deployment.speculative else {
            let timing = evaluator.evaluate(.decode(batch: micro, context: context), breakdown: breakdown)
            let device = max(timing.latencySeconds, Double(pp) * timing.bottleneckSeconds)
            return ((eager ? capturedOrEager(device, microBatch: micro, contextTokens: contextTokens) : device) + host, timing)
        }
        let verify = StepShape.decodeIteration(batch: micro, context: context, speculative: speculative)
        let timing = evaluator.evaluate(verify, breakdown: breakdown)
        // Drafts run one after another on the last stage, then one pass extends the module's KV.
        let draft = Double(speculative.draftTokens)
            * evaluator.multiTokenPredictionSeconds(.decode(batch: micro, context: context), head: true)
            + evaluator.multiTokenPredictionSeconds(verify, head: false)
        let device = max(timing.latencySeconds + draft, Double(pp) * (timing.bottleneckSeconds + draft))
        let iteration = (eager ? capturedOrEager(device, microBatch: micro, contextTokens: contextTokens) : device) + host
        return (iteration / speculative.expectedTokensPerIteration, timing)
    }

    /// Seconds to prefill one request of `inputTokens` through the whole pipeline.
    public func prefillSeconds(inputTokens: Int) -> Double {
        evaluator.evaluate(.prefill(requests: 1, promptTokens: Double(inputTokens))).latencySeconds
    }

    /// Seconds to send one prompt's KV cache (every layer's state) to a disaggregated decode
    /// instance: its bytes over the scale-out links of one attention group's chips (each of its
    /// `tp x pp` chips sends its share), at their per-direction rate.
    public func kvTransferSeconds(inputTokens: Int) -> Double {
        let bytes = model.stateBytesPerSequence(context: inputTokens, kvDType: deployment.kvDType)
        return bytes / (Double(deployment.parallelism.groupChips) * deployment.accelerator.scaleOut.bytesPerSecondPerDirection)
    }

    /// Seconds of chip time one prefill costs when the engine batches prompts up to its
    /// chunk size and the pipeline is full.
    func prefillSecondsPerRequest(inputTokens: Int) -> Double {
        let (step, requests) = batchedPrefill(inputTokens: inputTokens)
        return evaluator.evaluate(step).bottleneckSeconds / requests
    }

    /// One prefill iteration of a group: as many prompts as the engine's chunk holds (at least one).
    private func batchedPrefill(inputTokens: Int) -> (step: StepShape, requests: Double) {
        let requests = Double(max(1, deployment.engine.maxPrefillTokens / max(1, inputTokens)))
        return (.prefill(requests: requests, promptTokens: Double(inputTokens)), requests)
    }

    /// What interleaved prefills cost a group's decode: the chip time of one batched prefill
    /// and, for data-parallel attention groups over shared MoE layers whose engine does not
    /// align their prefills, the lock-step terms (``PrefillLockStep``).
    func prefillCost(inputTokens: Int) -> PrefillCost {
        let (step, requests) = batchedPrefill(inputTokens: inputTokens)
        let all = evaluator.evaluate(step).bottleneckSeconds
        let layout = deployment.parallelism
        let alignment = deployment.engine.dataParallelPrefillAlignment
        guard model.moe != nil, layout.dp > 1, alignment < 1 else { return PrefillCost(perRequest: all / requests) }
        var alone = step
        alone.routedGroups = 1
        let one = evaluator.evaluate(alone).bottleneckSeconds
        let groups = Double(layout.dp)
        let routed = max(0, all - one) / (groups - 1)
        let lockStep = PrefillLockStep(
            groups: layout.dp, alignment: alignment, requestsPerIteration: requests, localSeconds: max(0, one - routed),
            routedSecondsPerGroup: routed, tokensPerIteration: deployment.speculative?.expectedTokensPerIteration ?? 1)
        return PrefillCost(perRequest: all / requests, lockStep: lockStep)
    }

    // MARK: Estimate

    /// Steady-state serving at one batch size.
    struct ServingPoint {
        /// Decode step seconds at the batch (pure decode).
        var decodeSeconds: Double
        /// Seconds for one generation cycle of the batch: its decode steps plus its prefills.
        var cycleSeconds: Double
        /// Time per output token: the decode step plus the engine's stall share of the
        /// interleaved prefills.
        var tpotSeconds: Double
        /// Time to first token: waiting for a slot in the running iterations, queueing behind
        /// other prefills, and the request's own prefill.
        var ttftSeconds: Double
        /// TTFT terms that do not depend on the engine wait or the burst: prefill + queueing.
        var ttftWithoutEngineWait: Double
        /// Seconds a request of a burst waits per unit of burst fraction: (batch - 1)/2 prefills
        /// and the decode iterations interleaved with their chunks.
        var burstUnitSeconds: Double
        /// Utilisation of the prefill queue (share of the cycle spent prefilling, capped).
        var prefillUtilization: Double
    }

    /// Serving at `batch` sequences per attention group.
    ///
    /// TTFT = prefill latency + `engine.ttftDecodeSteps` decode steps (the iterations a new
    /// request waits before its prefill is scheduled and its first token streamed) + M/D/1
    /// queueing behind other prefills, `rho * t_prefill / (2 (1 - rho))`, where `rho` is the
    /// share of the cycle spent prefilling, + for the share of requests that arrive in a burst
    /// (``Workload/burstFraction``) the `(batch - 1) / 2` prefills ahead of them and the decode
    /// iterations interleaved with their chunks.
    func servingPoint(batch: Int, workload: Workload, prefillLatency: Double, prefill: PrefillCost) -> ServingPoint {
        let decode = decodeStepSeconds(batch: batch, contextTokens: workload.effectiveContextTokens)
        return servingPoint(batch: batch, decodeSeconds: decode, workload: workload, prefillLatency: prefillLatency, prefill: prefill)
    }

    /// The serving formulas for a workload on this deployment.
    func servingFormula(workload: Workload, prefillLatency: Double, prefill: PrefillCost) -> ServingFormula {
        ServingFormula(
            output: Double(workload.outputTokens), prefillLatency: prefillLatency, prefillPerRequest: prefill.perRequest,
            ttftDecodeSteps: deployment.engine.ttftDecodeSteps, prefillStallFraction: deployment.engine.prefillStallFraction,
            burstFraction: workload.burstFraction,
            chunksPerRequest: Double(workload.inputTokens) / Double(max(1, deployment.engine.maxPrefillTokens)),
            lockStep: prefill.lockStep)
    }

    /// Serving at `batch` given its decode step (the batched sweep computes the step itself).
    func servingPoint(
        batch: Int, decodeSeconds decode: Double, workload: Workload, prefillLatency: Double, prefill: PrefillCost
    ) -> ServingPoint {
        let formula = servingFormula(workload: workload, prefillLatency: prefillLatency, prefill: prefill)
        let result = formula.evaluate(batch: Double(batch), decode: decode)
        return ServingPoint(
            decodeSeconds: decode, cycleSeconds: result.cycle, tpotSeconds: result.tpot, ttftSeconds: result.ttft,
            ttftWithoutEngineWait: prefillLatency + result.queueing, burstUnitSeconds: result.burstUnit,
            prefillUtilization: result.rho)
    }

    /// The full estimate for a workload: memory, prefill, decode and steady-state serving,
    /// with per-operator breakdowns when `breakdown` is true. Notes and confidence bands that
    /// need the catalog are added by ``Catalog/estimate(_:)``; this one leaves `confidence` empty.
    public func estimate(_ workload: Workload, breakdown: Bool = false) throws(InferCapError) -> Estimate {
        try InferCapError.narrowing { try untypedEstimate(workload, breakdown: breakdown) }
    }

    func untypedEstimate(_ workload: Workload, breakdown: Bool = false) throws -> Estimate {
        try workload.validate()
        let layout = deployment.parallelism
        let context = workload.effectiveContextTokens
        let reserved = deployment.engine.reservedContextTokens(workload)
        let memory = memoryPlan(contextTokens: reserved)
        guard memory.fits else { throw doesNotFit(memory, contextTokens: reserved) }

        let prefillLatency = prefillSeconds(inputTokens: workload.inputTokens)
        let prefillCost = prefillCost(inputTokens: workload.inputTokens)
        let point = { (batch: Int) in
            self.servingPoint(batch: batch, workload: workload, prefillLatency: prefillLatency, prefill: prefillCost)
        }
        let (batch, source) = try chooseBatch(workload, memory: memory, point: point)
        let serving = point(batch)
        let decode = decodeTiming(batch: batch, contextTokens: context, breakdown: breakdown)
        let output = Double(workload.outputTokens)
        let groupChips = Double(layout.groupChips)

        var notes = calibrationNotes() + model.ignored + kernelCurveNotes()
        if context > model.maxContextTokens {
            notes.append("context \(context) tokens exceeds \(model.id)'s max_position_embeddings \(model.maxContextTokens)")
        }
        if model.moe != nil, layout.dp > 1 {
            let alignment = deployment.engine.dataParallelPrefillAlignment
            notes.append(
                alignment < 1
                    ? String(
                        format: "the %d attention groups share the MoE layers and step together, so a prefill on one group holds the others' decode: charged for the %.0f%% of prefills the %@ engine does not align across groups (dp_prefill_alignment); disaggregated prefill avoids it",
                        layout.dp, (1 - alignment) * 100, deployment.engine.id)
                    : "the \(layout.dp) attention groups share the MoE layers and step together; the \(deployment.engine.id) engine is taken to align their prefills (dp_prefill_alignment 1), so no group waits for another's")
        }
        if deployment.weightDType == .fp4 {
            notes.append(
                "fp4 (NVFP4) matrix products run at the chip's fp4 peak times efficiencies measured in bf16/fp8: no FP4 kernel measurements yet; the B200 fp4 reference points show prefill and TTFT predicted too fast (README, Accuracy)")
        }
        if let speculative = deployment.speculative {
            notes.append(String(
                format: "MTP speculative decoding: %d draft token(s) at %.0f%% acceptance emit %.2f tokens per iteration; decode step and TPOT are per emitted token",
                speculative.draftTokens, speculative.acceptanceRate * 100, speculative.expectedTokensPerIteration))
        }
        if reserved > context {
            notes.append(String(
                format: "the %@ engine keeps KV reserved for %.0f%% of each request's remaining output (kv_reserved_output_fraction), so a sequence counts as %d tokens, not the %d it holds on average, against the KV capacity: at most %d per rank",
                deployment.engine.id, deployment.engine.kvReservedOutputFraction * 100, reserved, context, memory.maxBatch))
        }
        let micro = (batch + layout.pp - 1) / max(1, layout.pp)
        if let limit = cudaGraphMaxBatch, micro > limit {
            let captured = decodeTiming(batch: batch, contextTokens: context, breakdown: false, eager: false).seconds
            let launches = eagerDispatchSeconds(contextTokens: context)
            notes.append(
                decode.seconds > captured * 1.005
                    ? String(
                        format: "decode batch %d per rank is above the %@ profile's graph-capture limit of %d here: it runs eagerly, and the host's %.1f ms of kernel launches outlast the kernels, so a step takes %.1f ms, not the %.1f ms of a captured one (--cuda-graph-max-bs to capture it)",
                        micro, deployment.engine.id, limit, launches * 1000, decode.seconds * 1000, captured * 1000)
                    : String(
                        format: "decode batch %d per rank is above the %@ profile's graph-capture limit of %d here: it runs eagerly, and the host's %.1f ms of kernel launches hide behind the kernels (within 0.5%% of a captured step)",
                        micro, deployment.engine.id, limit, launches * 1000))
        }
        if workload.batch == nil, workload.slo == nil, memory.maxBatch == deployment.engine.maxBatchPerRank {
            notes.append("batch capped at the engine's \(deployment.engine.maxBatchPerRank) running sequences per rank; memory allows more")
        }

        var breakdownResult: Estimate.Breakdown?
        if breakdown {
            let prefill = evaluator.evaluate(.prefill(requests: 1, promptTokens: Double(workload.inputTokens)), breakdown: true)
            breakdownResult = Estimate.Breakdown(prefill: prefill.breakdown, decode: decode.timing.breakdown)
        }
        let accelerator = deployment.accelerator
        let calibration = deployment.calibration
        var estimate = Estimate(
            model: model.id, accelerator: accelerator.id, chips: layout.chips, parallelism: layout, batch: batch,
            batchSource: source, weightDType: deployment.weightDType, kvDType: deployment.kvDType, engine: deployment.engine.id,
            calibration: .init(
                profile: calibration.id, measuredOn: calibration.measuredOn, borrowed: calibration.measuredOn != accelerator.id),
            memory: memory,
            prefill: .init(
                inputTokens: workload.inputTokens, seconds: prefillLatency,
                tokensPerSecondPerChip: Double(workload.inputTokens) / prefillCost.perRequest / groupChips),
            decode: .init(
                contextTokens: context, stepSeconds: serving.decodeSeconds,
                tokensPerSecondPerChip: Double(batch) / serving.decodeSeconds / groupChips,
                tokensPerSecondPerUser: 1 / serving.decodeSeconds),
            serving: .init(
                ttftSeconds: serving.ttftSeconds, tpotSeconds: serving.tpotSeconds, tokensPerSecondPerUser: 1 / serving.tpotSeconds,
                outputTokensPerSecondPerChip: Double(batch) * output / serving.cycleSeconds / groupChips,
                requestsPerSecond: Double(batch) / serving.cycleSeconds * Double(layout.dp),
                concurrentSequences: batch * layout.dp),
            breakdown: breakdownResult, notes: notes, confidence: [])
        estimate.expertWeightDType = deployment.expertWeightDType == deployment.weightDType ? nil : deployment.expertWeightDType
        return try estimate.checkedFinite(chips: Double(layout.chips))
    }

    private func chooseBatch(_ workload: Workload, memory: MemoryPlan, point: (Int) -> ServingPoint) throws -> (Int, String) {
        if let batch = workload.batch {
            // A batch that was given is checked against the KV it holds, not the engine's
            // admission reserve: the deployment is said to run it.
            let memory = memoryPlan(contextTokens: workload.effectiveContextTokens)
            guard batch <= memory.maxBatch else {
                let needed = Double(batch) * memory.kvBytesPerSequencePerChip
                if batch > deployment.engine.maxBatchPerRank, needed <= memory.kvCapacityBytesPerChip {
                    throw InferCapError.invalidWorkload(
                        field: "batch", value: "\(batch)",
                        fix: "the \(deployment.engine.id) engine runs at most \(deployment.engine.maxBatchPerRank) sequences per rank")
                }
                throw InferCapError.doesNotFit(
                    detail: "batch \(batch) needs \(Self.gigabytes(needed)) GB of KV cache per chip, \(Self.gigabytes(memory.kvCapacityBytesPerChip)) GB free (max batch \(memory.maxBatch))",
                    shortfallBytes: needed - memory.kvCapacityBytesPerChip,
                    fix: "use --batch \(memory.maxBatch) or fewer, more chips, or a smaller KV dtype")
            }
            return (batch, "given")
        }
        guard let slo = workload.slo, slo.tpotSeconds != nil || slo.ttftSeconds != nil else { return (memory.maxBatch, "memory") }
        let meets = { (p: ServingPoint) in
            (slo.tpotSeconds.map { p.tpotSeconds <= $0 } ?? true) && (slo.ttftSeconds.map { p.ttftSeconds <= $0 } ?? true)
        }
        // TPOT and TTFT grow with the batch (more KV, more interleaved prefill), so bisect.
        if let batch = Self.largestBatch(upTo: memory.maxBatch, where: { meets(point($0)) }) { return (batch, "slo") }
        let first = point(1)
        var misses: [String] = []
        if let limit = slo.tpotSeconds, first.tpotSeconds > limit {
            misses.append("TPOT is \(Self.milliseconds(first.tpotSeconds)) ms at batch 1, above the \(Self.milliseconds(limit)) ms target")
        }
        if let limit = slo.ttftSeconds, first.ttftSeconds > limit {
            misses.append("TTFT is \(Self.milliseconds(first.ttftSeconds)) ms at batch 1, above the \(Self.milliseconds(limit)) ms target")
        }
        throw InferCapError.sloUnreachable(
            detail: misses.joined(separator: "; "),
            fix: "relax the SLO, shorten the input, add tensor parallelism or use a lower weight precision")
    }

    /// The largest batch in `1...limit` that `meets`, assuming it holds up to a point and fails
    /// beyond it (latencies grow with the batch); nil when batch 1 already fails.
    static func largestBatch(upTo limit: Int, where meets: (Int) -> Bool) -> Int? {
        guard limit >= 1, meets(1) else { return nil }
        var low = 1, high = limit
        while low < high {
            let middle = (low + high + 1) / 2
            if meets(middle) { low = middle } else { high = middle - 1 }
        }
        return low
    }

    func doesNotFit(_ memory: MemoryPlan, contextTokens: Int) -> InferCapError {
        let perSequence = memory.kvBytesPerSequencePerChip
        let short = perSequence - (memory.usableBytesPerChip - memory.weightBytesPerChip - memory.activationBytesPerChip)
        let layout = deployment.parallelism
        return .doesNotFit(
            detail: "\(model.id) on \(layout.chips) x \(deployment.accelerator.id) needs \(Self.gigabytes(memory.weightBytesPerChip)) GB of weights + \(Self.gigabytes(memory.activationBytesPerChip)) GB workspace + \(Self.gigabytes(perSequence)) GB KV for one \(contextTokens)-token sequence per chip, \(Self.gigabytes(memory.usableBytesPerChip)) GB usable",
            shortfallBytes: short,
            fix: "use more chips (--tp, --pp or --ep), a lower --weight-dtype, or a shorter context")
    }

    private func calibrationNotes() -> [String] {
        let calibration = deployment.calibration
        let id = deployment.accelerator.id
        guard let measured = calibration.measuredOn else {
            let basis = calibration.summary ?? "default efficiency curves (median of the measured chips)"
            return ["no kernel measurements for \(id): \(basis); expect larger error"]
        }
        if measured != id {
            let basis = calibration.summary.map { "; \($0)" } ?? ""
            return ["efficiency curves borrowed from \(measured) (no kernel measurements for \(id)\(basis)), applied to \(id)'s own datasheet peaks"]
        }
        return []
    }

    /// One note per kernel kind this model runs that the chip's calibration has no curve for.
    private func kernelCurveNotes() -> [String] {
        var kinds = Set<Operator.Kind>()
        for group in model.layerGroups {
            let mixer = group.layer.mixer
            if let indexer = mixer.indexer {
                // A layer that reuses an earlier layer's selection runs no indexer of its own.
                kinds.insert(.attentionDecodeSparse)
                if !indexer.reusesSelection { kinds.insert(.attentionIndexer) }
            }
            switch mixer {
            case .linear, .stateSpace: kinds.insert(.linearRecurrence)
            default: break
            }
        }
        let calibration = deployment.calibration
        return calibration.borrowedKernelCurves.filter { kinds.contains($0.0) }.map {
            "no \($0.0.rawValue) kernel measurements in the \(calibration.id) calibration: timed on its \($0.1) curve"
        }
    }

    static func gigabytes(_ bytes: Double) -> String { String(format: "%.1f", bytes / 1e9) }
    static func milliseconds(_ seconds: Double) -> String { String(format: "%.1f", seconds * 1000) }
}

extension Estimate {
    /// Guards the promise that no estimate carries NaN or infinity.
    fileprivate func checkedFinite(chips: Double) throws -> Estimate {
        let values = [
            prefill.seconds, prefill.tokensPerSecondPerChip, decode.stepSeconds, decode.tokensPerSecondPerChip,
            serving.tpotSeconds, serving.ttftSeconds, serving.outputTokensPerSecondPerChip, memory.weightBytesPerChip,
        ]
        guard values.allSatisfy({ $0.isFinite && $0 > 0 }) else {
            throw InferCapError.invalidWorkload(
                field: "configuration", value: "\(model) on \(Int(chips)) x \(accelerator)",
                fix: "the model produced a non-finite time; check the spec files for zero or absurd values")
        }
        return self
    }
}
