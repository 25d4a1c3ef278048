extension DecoderLayer: CustomStringConvertible {
    /// One line: the mixer's shape, then the feed-forward block's (`gqa 64/8 h128 window 128 | moe 4/128 x2880`).
    public var description: String {
        var text = mixer.shapeDescription + " | " + feedForward.shapeDescription
        if residualStreams > 1 { text += " | hc x\(residualStreams)" }
        return text
    }
}

extension TokenMixer {
    /// The mixer's kind and sizes in one phrase.
    public var shapeDescription: String {
        switch self {
        case let .attention(a):
            var text = "attention \(a.heads)/\(a.kvHeads) heads, head \(a.headDim)"
            if a.valueHeadDim != a.headDim { text += "/\(a.valueHeadDim)" }
            switch a.span {
            case .full: break
            case let .slidingWindow(tokens): text += ", window \(tokens)"
            case let .chunked(tokens): text += ", chunk \(tokens)"
            }
            if a.outputGate { text += ", output gate" }
            if a.sharedKeyValue { text += ", k=v" }
            if let indexer = a.indexer { text += ", indexer top \(indexer.topK)" }
            return text
        case let .latent(l):
            var text = "mla \(l.heads) heads, latent \(l.kvLoraRank)+\(l.qkRopeHeadDim)"
            if let indexer = l.indexer { text += ", dsa indexer \(indexer.heads)x\(indexer.headDim) top \(indexer.topK)" }
            return text
        case let .compressed(c):
            var text = "v4 attention \(c.heads) heads, head \(c.headDim), window \(c.window)"
            if c.compressionRatio > 0 { text += ", compressed 1/\(c.compressionRatio)" }
            if let indexer = c.indexer { text += ", indexer top \(indexer.topK)" }
            return text
        case let .linear(l):
            return "\(l.variant.rawValue) \(l.keyHeads)/\(l.valueHeads) heads, \(l.keyHeadDim)x\(l.valueHeadDim) state"
        case let .stateSpace(s):
            return "mamba2 \(s.heads) heads x \(s.headDim), state \(s.stateSize)"
        case .none:
            return "no mixer"
        }
    }
}

extension FeedForward {
    /// The block's kind and sizes in one phrase.
    public var shapeDescription: String {
        switch self {
        case let .dense(mlp): return "dense \(mlp.intermediateSize)\(mlp.gated ? "" : " (2 matrices)")"
        case let .mixture(moe):
            var text = "moe \(moe.expertsPerToken)/\(moe.expertCount) x\(moe.expertIntermediateSize)"
            if moe.sharedIntermediateSize > 0 { text += " + shared \(moe.sharedIntermediateSize)" }
            if moe.parallelDenseIntermediateSize > 0 { text += " + dense \(moe.parallelDenseIntermediateSize)" }
            if let latent = moe.latentSize { text += ", latent \(latent)" }
            if moe.hashRouted { text += ", hash-routed" }
            return text
        case .none: return "no ffn"
        }
    }
}
