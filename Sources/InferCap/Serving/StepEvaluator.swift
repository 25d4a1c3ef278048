/// Times forward steps of one deployment: builds each operator block once, times it, and
/// adds the blocks up per pipeline stage.
struct StepEvaluator: Sendable {
    let builder: OperatorBuilder
    let cost: CostModel
    let plan: StagePlan
    /// Blocks built for other deployments of the same split (sweeps); nil = build every time.
    var cache: OperatorCache?

    /// The operators of each block for a step: the embedding, each layer group, the output head.
    func blocks(_ step: StepShape) -> [[Operator]] {
        guard let cache else { return buildBlocks(step) }
        return cache.blocks(for: builder, step: step) { buildBlocks(step) }
    }

    private func buildBlocks(_ step: StepShape) -> [[Operator]] {
        [builder.embedding(step: step)] + builder.model.layerGroups.map { builder.layer($0.layer, step: step) }
            + [builder.outputHead(step: step)]
    }

    /// The step's skeleton (cached in sweeps).
    func skeleton(_ step: StepShape) -> StepSkeleton {
        // Closures written inline (not stored in a constant): a stored closure copies the
        // evaluator, which a sweep would pay for on every lookup.
        guard let cache else { return StepSkeleton(blocks: blocks(step), transfer: builder.pipelineTransfer(step: step), cost: cost) }
        return cache.skeleton(for: builder, step: step, cost: cost) {
            StepSkeleton(blocks: blocks(step), transfer: builder.pipelineTransfer(step: step), cost: cost)
        }
    }

    func evaluate(_ step: StepShape, breakdown wantsBreakdown: Bool = false) -> StepTiming {
        guard wantsBreakdown else {
            guard let cache else { return skeleton(step).timing(cost: cost, plan: plan, phase: step.phase) }
            let seconds = cache.blockSeconds(for: builder, step: step, cost: cost) {
                let skeleton = skeleton(step)
                return OperatorCache.BlockSeconds(
                    blocks: skeleton.blockSeconds(cost: cost, phase: step.phase),
                    transfer: StepSkeleton.seconds(skeleton.transfer, cost: cost, phase: step.phase))
            }
            return StepSkeleton.timing(plan: plan, blockSeconds: seconds.blocks, transferSeconds: seconds.transfer)
        }
        let blocks = blocks(step)
        let times = blocks.map { $0.map { cost.time($0, phase: step.phase) } }
        let blockSeconds = times.map { $0.reduce(0) { $0 + $1.seconds } }
        let transfer = plan.stages.count > 1 ? cost.time(builder.pipelineTransfer(step: step), phase: step.phase).seconds : 0
        var timing = StepSkeleton.timing(plan: plan, blockSeconds: blockSeconds, transferSeconds: transfer)

        var totalCounts = [Double](repeating: 0, count: plan.blockCount)
        for stage in plan.stages { for (index, count) in stage.blockCounts.enumerated() { totalCounts[index] += count } }
        var shares: [String: (kind: String, seconds: Double, flops: Double, bytes: Double, time: OperatorTime)] = [:]
        var order: [String] = []
        for (index, ops) in blocks.enumerated() where totalCounts[index] > 0 {
            let count = totalCounts[index]
            for (op, time) in zip(ops, times[index]) {
                if shares[op.name] == nil { order.append(op.name) }
                var entry = shares[op.name] ?? (op.kind.rawValue, 0, 0, 0, time)
                entry.seconds += time.seconds * count
                entry.flops += op.flops * count
                entry.bytes += op.bytes * count
                shares[op.name] = entry
            }
        }
        let latency = max(timing.latencySeconds, .leastNonzeroMagnitude)
        timing.breakdown = order.compactMap { name in
            shares[name].map {
                OperatorShare(
                    name: name, kind: $0.kind, seconds: $0.seconds, fraction: $0.seconds / latency, bound: $0.time.bound,
                    flops: $0.flops, bytes: $0.bytes)
            }
        }.sorted { $0.seconds > $1.seconds }
        return timing
    }

    /// The multi-token-prediction module's operators for one pass over `step`: its decoder layer
    /// (``ModelArchitecture/multiTokenPredictionLayer``), its input norms and projection, and, when `head` is
    /// true, the shared output head that turns its state into a draft token. Built on their own,
    /// not as a whole step's blocks, since the module is one layer.
    func multiTokenPredictionOperators(_ step: StepShape, head: Bool) -> [Operator] {
        var operators = builder.layer(builder.model.multiTokenPredictionLayer, step: step) + builder.multiTokenPredictionInput(step: step)
        if head { operators += builder.outputHead(step: step) }
        return operators
    }

    /// Seconds of one pass of the multi-token-prediction module over `step` on the last stage.
    func multiTokenPredictionSeconds(_ step: StepShape, head: Bool) -> Double {
        multiTokenPredictionOperators(step, head: head).reduce(0) { $0 + cost.time($1, phase: step.phase).seconds }
    }

    /// Weight bytes per chip of the multi-token-prediction modules (decoder layer and input
    /// projection each; the head and embedding are the main model's).
    func multiTokenPredictionWeightBytesPerChip(modules: Int) -> Double {
        guard modules > 0 else { return 0 }
        let operators = multiTokenPredictionOperators(.decode(batch: 1, context: 1), head: false)
        return Double(modules) * operators.reduce(0) { $0 + $1.residentWeightBytes }
    }

    /// Weight bytes stored per chip on the fullest stage.
    func residentWeightBytesPerChip() -> Double {
        guard let cache else { return skeleton(.decode(batch: 1, context: 1)).residentWeightBytesPerChip(plan: plan) }
        // A sweep reads them off whichever blocks of the split were built first.
        let bytes = cache.residentBytes(for: builder) ?? StepSkeleton.residentBytes(blocks(.decode(batch: 1, context: 1)))
        return StepSkeleton.residentWeightBytesPerChip(bytes, plan: plan)
    }
}
