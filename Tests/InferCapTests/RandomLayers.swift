@testable import InferCap

/// Random models built from every layer kind (mixers and feed-forward blocks), for properties that
/// must hold whatever a config mixes: the batched evaluator agrees with `Estimator`, state is
/// positive and monotone in the context.
enum RandomLayers {
    /// A model of 2-12 layers drawn from a few random layer shapes; every head count divides 8.
    static func model(_ random: inout SeededRandom, id: String = "random-layers") -> ModelArchitecture {
        let hidden = random.element([512, 1024, 2048])
        let moe = MixtureOfExperts(
            expertCount: random.element([8, 16, 64]), expertsPerToken: random.element([1, 2, 4]),
            expertIntermediateSize: random.element([256, 512]), sharedIntermediateSize: random.element([0, 512]),
            gated: random.int(in: 0...3) > 0, latentSize: random.int(in: 0...3) == 0 ? hidden / 2 : nil,
            hashRouted: random.int(in: 0...4) == 0, parallelDenseIntermediateSize: random.int(in: 0...4) == 0 ? 512 : 0)
        let shapes = (0..<random.int(in: 1...4)).map { _ in
            DecoderLayer(mixer: mixer(&random, hidden: hidden), feedForward: feedForward(&random, moe: moe), residualStreams: random.element([1, 1, 1, 4]))
        }
        let layers = (0..<random.int(in: 2...12)).map { _ in random.element(shapes) }
        return ModelArchitecture(
            id: id, modelType: "random", hiddenSize: hidden, vocabularySize: random.int(in: 1000...64_000), layers: layers,
            maxContextTokens: 1 << 20)
    }

    /// One mixer of any kind.
    static func mixer(_ random: inout SeededRandom, hidden: Int) -> TokenMixer {
        let indexer = SparseIndexer(heads: random.element([4, 16]), headDim: 64, topK: random.element([64, 512, 2048]), queryInputWidth: hidden)
        switch random.int(in: 0...8) {
        case 0:
            return .attention(SoftmaxAttention(heads: 16, kvHeads: random.element([1, 2, 8, 16]), headDim: random.element([64, 128])))
        case 1:
            return .attention(SoftmaxAttention(
                heads: 8, kvHeads: 8, headDim: 64, valueHeadDim: random.element([32, 64]), outputGate: random.int(in: 0...1) == 1,
                sharedKeyValue: random.int(in: 0...1) == 1, span: .slidingWindow(tokens: random.element([128, 1024]))))
        case 2:
            return .attention(SoftmaxAttention(heads: 8, kvHeads: 2, headDim: 64, span: .chunked(tokens: random.element([256, 8192]))))
        case 3:
            return .attention(SoftmaxAttention(heads: 16, kvHeads: 4, headDim: 64, indexer: indexer))
        case 4:
            return .latent(LatentAttention(
                heads: 16, qLoraRank: random.element([nil, 256]), kvLoraRank: 128, qkNopeHeadDim: 64, qkRopeHeadDim: 32, valueHeadDim: 64,
                indexer: random.int(in: 0...1) == 1 ? indexer : nil))
        case 5:
            let ratio = random.element([0, 4, 128])
            return .compressed(CompressedAttention(
                heads: 16, headDim: 128, ropeHeadDim: 32, qLoraRank: 256, oLoraRank: 128, oGroups: 8, window: 128, compressionRatio: ratio,
                indexer: ratio == 4 ? indexer : nil))
        case 6:
            return .linear(LinearAttention(
                variant: random.element([.gatedDeltaNet, .kimiDelta]), keyHeads: 8, valueHeads: random.element([8, 16]), keyHeadDim: 64,
                valueHeadDim: 64, convKernel: 4, stateBytesPerElement: random.element([2, 4])))
        case 7:
            return .stateSpace(StateSpaceMixer(heads: 16, headDim: 32, groups: 8, stateSize: random.element([64, 128]), convKernel: 4, stateBytesPerElement: 4))
        default:
            return .none
        }
    }

    static func feedForward(_ random: inout SeededRandom, moe: MixtureOfExperts) -> FeedForward {
        switch random.int(in: 0...4) {
        case 0: return .dense(DenseMLP(intermediateSize: 1024, gated: random.int(in: 0...1) == 1))
        case 1: return .none
        default: return .mixture(moe)
        }
    }
}
