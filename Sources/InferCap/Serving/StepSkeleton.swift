/// A step reduced to what its timing needs: for every operator of every block, its kind,
/// precision and the quantities of its time form (FLOPs, FLOPs per row, bytes; or bytes per
/// link), plus the weights each block stores.
///
/// Everything here depends on the model split and the scale-up domain, not on the chip's
/// speeds or the pipeline depth, so sweeps reuse one skeleton across accelerators and depths.
struct StepSkeleton: Sendable {
    struct Entry: Sendable {
        var kind: Operator.Kind
        var computeDType: DType
        var quantities: SIMD3<Double>
    }

    /// Operators per block (the embedding, each layer group, the output head).
    var blocks: [[Entry]]
    /// The pipeline transfer between stages.
    var transfer: Entry
    /// Weight bytes each block stores per chip.
    var residentBytes: [Double]

    init(blocks operators: [[Operator]], transfer: Operator, cost: CostModel) {
        func entry(_ op: Operator) -> Entry { Entry(kind: op.kind, computeDType: op.computeDType, quantities: cost.quantities(op)) }
        blocks = operators.map { $0.map(entry) }
        self.transfer = entry(transfer)
        residentBytes = Self.residentBytes(operators)
    }

    /// Weight bytes each block of operators stores per chip.
    static func residentBytes(_ blocks: [[Operator]]) -> [Double] {
        blocks.map { $0.reduce(0) { $0 + $1.residentWeightBytes } }
    }

    /// Seconds of one entry on a chip.
    static func seconds(_ entry: Entry, cost: CostModel, phase: StepShape.Phase) -> Double {
        let t = cost.terms(kind: entry.kind, computeDType: entry.computeDType, phase: phase)
        let q = entry.quantities
        return t.constant + t.serialPerQuantity2 * q.y + max(t.perQuantity1 * q.x + t.perQuantity2 * q.y, t.perQuantity3 * q.z)
    }

    /// Seconds of each block on a chip.
    func blockSeconds(cost: CostModel, phase: StepShape.Phase) -> [Double] {
        blocks.map { $0.reduce(0) { $0 + Self.seconds($1, cost: cost, phase: phase) } }
    }

    /// Stage seconds (block seconds . block counts) and the transfer seconds.
    func timing(cost: CostModel, plan: StagePlan, phase: StepShape.Phase) -> StepTiming {
        Self.timing(
            plan: plan, blockSeconds: blockSeconds(cost: cost, phase: phase),
            transferSeconds: plan.stages.count > 1 ? Self.seconds(transfer, cost: cost, phase: phase) : 0)
    }

    /// The timing on a pipeline from each block's seconds and the transfer's (``OperatorCache``
    /// keeps them per chip).
    static func timing(plan: StagePlan, blockSeconds: [Double], transferSeconds: Double) -> StepTiming {
        StepTiming(
            stageSeconds: plan.stages.map { dot($0.blockCounts, blockSeconds) },
            transferSeconds: plan.stages.count > 1 ? transferSeconds : 0, breakdown: [])
    }

    /// Weight bytes stored per chip on the fullest stage.
    func residentWeightBytesPerChip(plan: StagePlan) -> Double {
        Self.residentWeightBytesPerChip(residentBytes, plan: plan)
    }

    /// Weight bytes stored per chip on the fullest stage, given each block's (``residentBytes(_:)``).
    static func residentWeightBytesPerChip(_ blockBytes: [Double], plan: StagePlan) -> Double {
        plan.stages.map { dot($0.blockCounts, blockBytes) }.max() ?? 0
    }

    /// Block counts times per-block values.
    static func dot(_ counts: [Double], _ values: [Double]) -> Double {
        var sum = 0.0
        for index in 0..<min(counts.count, values.count) { sum += counts[index] * values[index] }
        return sum
    }
}
