/// The per-sequence state a mixer keeps: what bounds the batch, what decode reads, what a
/// disaggregated fleet ships from prefill to decode.
///
/// Attention caches grow with the context (capped by a window or chunk, divided by a
/// compression ratio); linear attention and state-space mixers keep a constant state.
extension TokenMixer {
    /// Bytes one sequence of `context` tokens keeps for this layer on one chip of a `tp`-wide
    /// attention group, with the attention cache in `kvDType`.
    ///
    /// - Softmax attention: `max(1, kvHeads / tp) x (headDim + valueHeadDim)` elements per kept token
    ///   (KV heads are replicated when `tp` exceeds them); kept tokens are the context, capped
    ///   at the window or chunk; a sparse indexer adds its FP8 key per token.
    /// - MLA: the `kvLoraRank + ropeDim` latent per token on every rank (it is not split by heads),
    ///   plus the DSA indexer's key.
    /// - DeepSeek-V4: the window's tokens and one entry per `compressionRatio` tokens, `headDim`
    ///   elements each, on every rank (one shared head), the CSA indexer's key per entry, and the
    ///   compressors' float32 running state.
    /// - Gated DeltaNet, KDA, Mamba-2: the recurrent state and the convolution's last
    ///   `kernel - 1` inputs (bf16), split over `tp` with the heads.
    public func stateBytesPerSequence(context: Double, kvDType: DType, tp: Int = 1) -> Double {
        let kv = kvDType.bytesPerElement
        switch self {
        case let .attention(a):
            let headsChip = Double(max(1, a.kvHeads / max(1, tp)))
            let perToken = headsChip * Double(a.headDim + a.valueHeadDim) * kv
            let index = a.indexer.map { context * $0.cachedKeyBytes } ?? 0
            return a.span.keptTokens(context: context) * perToken + index
        case let .latent(l):
            return context * (l.cacheElementsPerToken * kv + (l.indexer?.cachedKeyBytes ?? 0))
        case let .compressed(c):
            let window = min(context, Double(c.window))
            let entries = c.compressedEntries(context: context)
            return (window + entries) * Double(c.headDim) * kv + entries * (c.indexer?.cachedKeyBytes ?? 0) + c.compressorStateBytes
        case let .linear(l):
            return (l.stateElements * l.stateBytesPerElement + l.convChannels * Double(l.convKernel - 1) * 2) / Double(max(1, tp))
        case let .stateSpace(s):
            return (s.stateElements * s.stateBytesPerElement + s.convChannels * Double(s.convKernel - 1) * 2) / Double(max(1, tp))
        case .none:
            return 0
        }
    }

    /// Bytes one more token of a long context adds to this layer's state (whole layer, every KV
    /// head): the full cache's entry, a compressed cache's entry over its ratio, 0 for capped or
    /// constant states.
    public func growthBytesPerToken(kvDType: DType) -> Double {
        let kv = kvDType.bytesPerElement
        switch self {
        case let .attention(a):
            let index = a.indexer?.cachedKeyBytes ?? 0
            if case .full = a.span { return a.cacheElementsPerToken * kv + index }
            return index
        case let .latent(l):
            return l.cacheElementsPerToken * kv + (l.indexer?.cachedKeyBytes ?? 0)
        case let .compressed(c):
            guard c.compressionRatio > 0 else { return 0 }
            return (Double(c.headDim) * kv + (c.indexer?.cachedKeyBytes ?? 0)) / Double(c.compressionRatio)
        case .linear, .stateSpace, .none:
            return 0
        }
    }

    /// Whether the state keeps growing with the context (no window, chunk or fixed size caps it).
    public var stateGrowsWithContext: Bool {
        switch self {
        case let .attention(a):
            if case .full = a.span { return true }
            return a.indexer != nil
        case .latent: return true
        case let .compressed(c): return c.compressionRatio > 0
        case .linear, .stateSpace, .none: return false
        }
    }
}

extension AttentionSpan {
    /// Tokens of a `context`-token sequence the cache keeps.
    public func keptTokens(context: Double) -> Double {
        switch self {
        case .full: return context
        case let .slidingWindow(tokens), let .chunked(tokens): return min(context, Double(tokens))
        }
    }

    /// Tokens a decode query at position `context` attends to: the context, the window, or
    /// the filled part of its own chunk (about half a chunk on average once past the first).
    public func attendedTokens(context: Double) -> Double {
        switch self {
        case .full: return context
        case let .slidingWindow(tokens): return min(context, Double(tokens))
        case let .chunked(tokens): return context <= Double(tokens) ? context : Double(tokens) / 2
        }
    }

    /// Query-key pairs a causal prefill of `s` tokens computes: `s^2 / 2` in full, each query
    /// capped at the window (`W^2 / 2 + (s - W) W` past it), or full within each chunk.
    public func prefillPairs(tokens s: Double) -> Double {
        switch self {
        case .full: return s * s / 2
        case let .slidingWindow(w):
            let window = Double(w)
            return s <= window ? s * s / 2 : window * window / 2 + (s - window) * window
        case let .chunked(c):
            let chunk = Double(c)
            let whole = (s / chunk).rounded(.down)
            let rest = s - whole * chunk
            return whole * chunk * chunk / 2 + rest * rest / 2
        }
    }
}

extension ModelArchitecture {
    /// Bytes one sequence of `context` tokens keeps across all layers of the whole model (every
    /// KV head, no tensor-parallel split), with attention caches in `kvDType`.
    public func stateBytesPerSequence(context: Int, kvDType: DType) -> Double {
        layerGroups.reduce(0) { $0 + Double($1.count) * $1.layer.mixer.stateBytesPerSequence(context: Double(context), kvDType: kvDType) }
    }

    /// KV-cache bytes per token for the whole model at a cache precision, averaged over a
    /// sequence of `context` tokens (windows, compression and constant states make it depend on
    /// the length; for an all-full-attention model it does not).
    public func kvBytesPerToken(_ dtype: DType, context: Int) -> Double {
        stateBytesPerSequence(context: max(1, context), kvDType: dtype) / Double(max(1, context))
    }

    /// KV-cache bytes per token of the layers whose cache grows with the context (all KV heads):
    /// what one more token of a long context adds.
    public func kvBytesPerToken(_ dtype: DType) -> Double {
        layerGroups.reduce(0) { $0 + Double($1.count) * $1.layer.mixer.growthBytesPerToken(kvDType: dtype) }
    }
}
