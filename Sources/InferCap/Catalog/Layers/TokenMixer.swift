/// How a layer mixes information across tokens, with the shape its cost and state follow from.
///
/// Each case carries the sizes its FLOPs, bytes and per-sequence state are computed from
/// (`Model/OperatorBuilder+Attention.swift`, `Model/OperatorBuilder+Recurrent.swift`,
/// `Catalog/Layers/TokenMixer+State.swift`).
public enum TokenMixer: Sendable, Hashable {
    /// Softmax attention over a per-token key/value cache (MHA, GQA, MQA), over the whole
    /// context, a sliding window or a local chunk, optionally restricted to the tokens a sparse
    /// indexer selects.
    case attention(SoftmaxAttention)
    /// DeepSeek multi-head latent attention, optionally sparse (DeepSeek Sparse Attention).
    case latent(LatentAttention)
    /// DeepSeek-V4 attention over a sliding window plus a compressed cache.
    case compressed(CompressedAttention)
    /// Linear attention with a constant recurrent state (Gated DeltaNet, Kimi Delta Attention).
    case linear(LinearAttention)
    /// A Mamba-2 selective state-space mixer with a constant state.
    case stateSpace(StateSpaceMixer)
    /// No token mixing: the layer's attention is skipped (`no_op` blocks of NVIDIA's NAS models).
    case none

    /// Short name of the kind, for tables: `full`, `sliding`, `chunked`, `sparse`, `mla`, `dsa`,
    /// `csa`, `hca`, `swa-only`, `gdn`, `kda`, `mamba2`, `none`.
    public var kindName: String {
        switch self {
        case let .attention(a):
            if a.indexer != nil { return "sparse" }
            switch a.span {
            case .full: return "full"
            case .slidingWindow: return "sliding"
            case .chunked: return "chunked"
            }
        case let .latent(l): return l.indexer == nil ? "mla" : "dsa"
        case let .compressed(c): return c.compressionRatio == 0 ? "swa-only" : c.indexer != nil ? "csa" : "hca"
        case let .linear(l): return l.variant.rawValue
        case .stateSpace: return "mamba2"
        case .none: return "none"
        }
    }

    /// The sparse indexer the mixer attends through (DSA, CSA, MiniMax-M3), nil for dense attention
    /// and the recurrent mixers.
    public var indexer: SparseIndexer? {
        switch self {
        case let .attention(a): return a.indexer
        case let .latent(l): return l.indexer
        case let .compressed(c): return c.indexer
        case .linear, .stateSpace, .none: return nil
        }
    }

    /// Whether the mixer is softmax attention over a cache (GQA, MLA or DeepSeek-V4's), not a
    /// recurrence.
    public var isAttention: Bool {
        switch self {
        case .attention, .latent, .compressed: return true
        case .linear, .stateSpace, .none: return false
        }
    }

    /// Query heads that tensor parallelism splits (0 when the mixer has none).
    public var heads: Int {
        switch self {
        case let .attention(a): return a.heads
        case let .latent(l): return l.heads
        case let .compressed(c): return c.heads
        case let .linear(l): return l.valueHeads
        case let .stateSpace(s): return s.heads
        case .none: return 0
        }
    }
}

/// Which tokens of the context a query attends to.
public enum AttentionSpan: Sendable, Hashable {
    /// Every earlier token (causal).
    case full
    /// The last `tokens` tokens (`sliding_window`); the engine frees the cache beyond them.
    case slidingWindow(tokens: Int)
    /// The earlier tokens of the query's own chunk of `tokens` (Llama 4 `attention_chunk_size`).
    case chunked(tokens: Int)
}

/// A lightning indexer that scores every cached token and keeps the `topK` best for the
/// attention proper (DeepSeek Sparse Attention in DeepSeek-V3.2 and GLM-5; the compressed sparse
/// attention of DeepSeek-V4; MiniMax-M3's block-sparse attention).
///
/// Per token it caches one key of `headDim` elements (DeepSeek: FP8 with one float32 scale per
/// 128 elements, 132 bytes at 128, DeepSeek-V3.2-Exp `inference/model.py`, the indexer's `k_cache`
/// and `k_scale_cache`; MiniMax-M3: bf16); per query it computes `heads x headDim` scores against
/// every cached key. A layer that reuses an earlier layer's selection (GLM-5.2's `shared`
/// indexer layers) has no indexer of its own: no weights, no key cache, no scoring.
public struct SparseIndexer: Sendable, Hashable {
    /// Indexer heads (`index_n_heads`).
    public var heads: Int
    /// Indexer head dimension (`index_head_dim`).
    public var headDim: Int
    /// Cached entries each query attends to after selection (`index_topk`; MiniMax-M3: blocks x block size).
    public var topK: Int
    /// Width of the input its query projection reads (`q_lora_rank` under MLA, `hidden_size` otherwise).
    public var queryInputWidth: Int
    /// Bytes of one cached indexer key.
    public var keyBytesPerToken: Double
    /// The layer attends to the tokens an earlier layer's indexer selected (no indexer of its own).
    public var reusesSelection: Bool

    /// An indexer; keys default to FP8 with a float32 scale per 128 elements.
    public init(
        heads: Int, headDim: Int, topK: Int, queryInputWidth: Int, keyBytesPerToken: Double? = nil, reusesSelection: Bool = false
    ) {
        self.heads = heads
        self.headDim = headDim
        self.topK = topK
        self.queryInputWidth = queryInputWidth
        self.keyBytesPerToken = keyBytesPerToken ?? Self.fp8KeyBytes(headDim: headDim)
        self.reusesSelection = reusesSelection
    }

    /// FP8 elements plus a float32 scale per 128: 132 bytes for a 128-wide key.
    public static func fp8KeyBytes(headDim: Int) -> Double { Double(headDim) + 4 * Double((headDim + 127) / 128) }

    /// Bytes this layer caches per indexed entry (0 when it reuses another layer's selection).
    public var cachedKeyBytes: Double { reusesSelection ? 0 : keyBytesPerToken }
}
