/// Which layers each pipeline stage holds: contiguous slices, the first stages taking one
/// extra layer when the layer count does not divide evenly.
///
/// A stage is a sum of *blocks*, each a fixed list of operators: the embedding (first stage),
/// one block per layer group of the model (``ModelArchitecture/layerGroups``: layers of one
/// shape) and the output head (last stage). `blockCounts` says how many times each block runs on
/// each stage, so a step is timed by timing each block once.
struct StagePlan: Sendable {
    struct Stage: Sendable {
        /// Layers of each group on this stage, indexed like the model's layer groups.
        let groupLayers: [Int]
        let isFirst: Bool
        let isLast: Bool
        var layerCount: Int { groupLayers.reduce(0, +) }
        /// How many times each block runs on this stage: the embedding, each layer group, the head
        /// (stored: sweeps read it for every deployment).
        let blockCounts: [Double]

        init(groupLayers: [Int], isFirst: Bool, isLast: Bool) {
            self.groupLayers = groupLayers
            self.isFirst = isFirst
            self.isLast = isLast
            blockCounts = [isFirst ? 1 : 0] + groupLayers.map(Double.init) + [isLast ? 1 : 0]
        }
    }

    let stages: [Stage]
    /// Blocks per step: the embedding, one per layer group, the output head.
    let blockCount: Int

    init(model: ModelArchitecture, pipelineStages pp: Int) {
        let base = model.layerCount / pp, extra = model.layerCount % pp
        // Group of each layer.
        var groupOf = [Int](repeating: 0, count: model.layerCount)
        for (group, layerGroup) in model.layerGroups.enumerated() { for index in layerGroup.indices { groupOf[index] = group } }
        var start = 0
        var stages: [Stage] = []
        for index in 0..<pp {
            let count = base + (index < extra ? 1 : 0)
            var groupLayers = [Int](repeating: 0, count: model.layerGroups.count)
            for layer in start..<(start + count) { groupLayers[groupOf[layer]] += 1 }
            stages.append(Stage(groupLayers: groupLayers, isFirst: index == 0, isLast: index == pp - 1))
            start += count
        }
        self.stages = stages
        blockCount = model.layerGroups.count + 2
    }

    /// State per sequence at `context` tokens on the stage that holds the most, in bytes per chip
    /// of a `tp`-wide group.
    func largestStateBytesPerSequence(model: ModelArchitecture, context: Double, kvDType: DType, tp: Int) -> Double {
        let perGroup = model.layerGroups.map { $0.layer.mixer.stateBytesPerSequence(context: context, kvDType: kvDType, tp: tp) }
        return stages.map { stage in zip(stage.groupLayers, perGroup).reduce(0) { $0 + Double($1.0) * $1.1 } }.max() ?? 0
    }
}
