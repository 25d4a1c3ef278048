/// Operator blocks already built, reused across deployments that split the model the same way.
///
/// Operators depend on the model, the TP/EP/DP split, the precisions, the scale-up domain and
/// whether the engine dispatches experts without attention DP (``EngineProfile/moeDispatchWithoutAttentionDP``),
/// not on the accelerator's speeds or the pipeline depth (except the head's weights with tied
/// embeddings on a single stage), so a sweep that walks pipeline depths and accelerators for one split builds each
/// block once. Holds one split at a time (a new split clears it); one cache per thread.
final class OperatorCache: @unchecked Sendable {
    struct Split: Hashable {
        var model: String
        var tp: Int, ep: Int, dp: Int
        var weightDType: DType, kvDType: DType
        var expertWeightDType: DType?
    }

    struct Key: Hashable {
        var domain: Int
        /// The output head stores no weights of its own (tied embeddings on a single stage): the
        /// one way the pipeline depth changes the operators.
        var headShared: Bool
        var step: StepShape
        /// The experts' tokens are dispatched rather than their output all-reduced
        /// (``OperatorBuilder/dispatchesExperts``): the engine's rule decides it for expert
        /// parallelism without attention DP. A key of its own rather than of the split, so that a
        /// sweep alternating NVIDIA and Ascend chips (engines of both rules) keeps its blocks.
        var dispatches = false
        /// The calibration constants the quantities of a skeleton depend on (blocks of operators
        /// do not: the default for them).
        var quantities = CostModel.QuantityKey()
    }

    private var split: Split?
    /// Stage plans by pipeline depth, for the model `plansModel` (they depend on nothing else).
    private var plans: [Int: StagePlan] = [:]
    private var plansModel = ""
    /// Cost models by chip and engine (a sweep gives each chip one calibration and one engine).
    private var costs: [CostKey: CostModel] = [:]

    struct CostKey: Hashable {
        var accelerator: String
        var engine: String
        var calibration: String
    }

    /// The stage plan of `model` at `pp` stages, built once per depth.
    func plan(model: ModelArchitecture, pipelineStages pp: Int) -> StagePlan {
        if model.id != plansModel {
            plansModel = model.id
            plans.removeAll(keepingCapacity: true)
        }
        if let cached = plans[pp] { return cached }
        let plan = StagePlan(model: model, pipelineStages: pp)
        plans[pp] = plan
        return plan
    }

    /// The cost model of a deployment's chip, engine and calibration, built once per chip.
    func costModel(for deployment: Deployment) -> CostModel {
        let key = CostKey(accelerator: deployment.accelerator.id, engine: deployment.engine.id, calibration: deployment.calibration.id)
        if let cached = costs[key] { return cached }
        let cost = CostModel(accelerator: deployment.accelerator, calibration: deployment.calibration, engine: deployment.engine)
        costs[key] = cost
        return cost
    }
    private var entries: [Key: [[Operator]]] = [:]
    private var skeletons: [Key: StepSkeleton] = [:]
    private var decodes: [Key: BatchedDecode.Skeleton] = [:]
    private var timings: [TimedKey: BlockSeconds] = [:]
    private var rates: [TimedKey: BatchedDecode.Rates] = [:]

    /// A step's seconds per block on a chip, and its pipeline transfer's.
    struct BlockSeconds {
        var blocks: [Double]
        var transfer: Double
    }

    /// A step under one cost model (rates differ by chip, calibration and engine, not by
    /// pipeline depth).
    struct TimedKey: Hashable {
        var key: Key
        var cost: CostModel.Identity
    }

    /// Seconds of each block of a step on a chip and of its pipeline transfer, computed once per
    /// chip (one look-up per step timed: the skeleton is only needed to compute them).
    func blockSeconds(for builder: OperatorBuilder, step: StepShape, cost: CostModel, compute: () -> BlockSeconds) -> BlockSeconds {
        let timed = TimedKey(key: key(builder, step), cost: cost.identity)
        if let cached = timings[timed] { return cached }
        let value = compute()
        timings[timed] = value
        return value
    }

    /// The batched decoder's rate-weighted coefficients on a chip, computed once per chip.
    func decodeRates(for builder: OperatorBuilder, step: StepShape, cost: CostModel, compute: () -> BatchedDecode.Rates) -> BatchedDecode.Rates {
        let timed = TimedKey(key: key(builder, step), cost: cost.identity)
        if let cached = rates[timed] { return cached }
        let value = compute()
        rates[timed] = value
        return value
    }

    func blocks(for builder: OperatorBuilder, step: StepShape, build: () -> [[Operator]]) -> [[Operator]] {
        let key = self.key(builder, step)
        if let cached = entries[key] { return cached }
        let built = build()
        entries[key] = built
        if !resident.contains(where: { $0.domain == key.domain && $0.headShared == key.headShared }) {
            resident.append((key.domain, key.headShared, StepSkeleton.residentBytes(built)))
        }
        return built
    }

    /// Weight bytes each block stores per chip, from the first blocks built for the split and
    /// scale-up domain (the weights do not depend on the step's shape); nil before any.
    func residentBytes(for builder: OperatorBuilder) -> [Double]? {
        let key = self.key(builder, .decode(batch: 1, context: 1))
        return resident.first { $0.domain == key.domain && $0.headShared == key.headShared }?.bytes
    }
    /// Per scale-up domain key and shared head: weight bytes per block (``residentBytes(for:)``).
    private var resident: [(domain: Int, headShared: Bool, bytes: [Double])] = []

    func skeleton(for builder: OperatorBuilder, step: StepShape, cost: CostModel, build: () -> StepSkeleton) -> StepSkeleton {
        var key = self.key(builder, step)
        key.quantities = cost.quantityKey
        if let cached = skeletons[key] { return cached }
        let built = build()
        skeletons[key] = built
        return built
    }

    func decode(for builder: OperatorBuilder, step: StepShape, cost: CostModel, build: () -> BatchedDecode.Skeleton) -> BatchedDecode.Skeleton {
        var key = self.key(builder, step)
        key.quantities = cost.quantityKey
        if let cached = decodes[key] { return cached }
        let built = build()
        decodes[key] = built
        return built
    }

    /// The key of a step for a builder; a builder of another split clears the cache.
    private func key(_ builder: OperatorBuilder, _ step: StepShape) -> Key {
        let layout = builder.layout
        let split = Split(
            model: builder.model.id, tp: layout.tp, ep: layout.ep, dp: layout.dp, weightDType: builder.weightDType, kvDType: builder.kvDType,
            expertWeightDType: builder.expertWeightDType)
        if split != self.split {
            self.split = split
            entries.removeAll(keepingCapacity: true)
            resident.removeAll(keepingCapacity: true)
            skeletons.removeAll(keepingCapacity: true)
            decodes.removeAll(keepingCapacity: true)
            timings.removeAll(keepingCapacity: true)
            rates.removeAll(keepingCapacity: true)
        }
        // A scale-up domain at least as large as the split's largest group (the stage's tp x dp
        // chips; ep divides it; 2 for a pipeline send) builds and costs every operator the same:
        // no group leaves it. So domains are keyed only up to that size.
        let domain = min(builder.scaleUpDomain, max(layout.tp * layout.dp, 2))
        return Key(
            domain: domain, headShared: builder.model.tiedEmbeddings && layout.pp == 1, step: step, dispatches: builder.dispatchesExperts)
    }
}
