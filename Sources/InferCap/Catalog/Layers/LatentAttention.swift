/// DeepSeek multi-head latent attention (MLA).
///
/// The cache holds `kvLoraRank + qkRopeHeadDim` elements per token, shared by all heads; decode
/// runs the absorbed form. With an ``indexer`` it is DeepSeek Sparse Attention (DeepSeek-V3.2,
/// GLM-5): each query attends to the `topK` tokens the indexer selects.
public struct LatentAttention: Sendable, Hashable {
    /// Query heads (`num_attention_heads`).
    public var heads: Int
    /// Query low-rank width (`q_lora_rank`); nil projects queries straight from the hidden state.
    public var qLoraRank: Int?
    /// Latent KV width (`kv_lora_rank`).
    public var kvLoraRank: Int
    /// Per-head query/key width without position encoding (`qk_nope_head_dim`).
    public var qkNopeHeadDim: Int
    /// Shared rotary key width (`qk_rope_head_dim`).
    public var qkRopeHeadDim: Int
    /// Per-head value width (`v_head_dim`).
    public var valueHeadDim: Int
    /// The sparse-attention indexer (DSA), nil for dense MLA.
    public var indexer: SparseIndexer?

    /// An MLA shape.
    public init(
        heads: Int, qLoraRank: Int?, kvLoraRank: Int, qkNopeHeadDim: Int, qkRopeHeadDim: Int, valueHeadDim: Int,
        indexer: SparseIndexer? = nil
    ) {
        self.heads = heads
        self.qLoraRank = qLoraRank
        self.kvLoraRank = kvLoraRank
        self.qkNopeHeadDim = qkNopeHeadDim
        self.qkRopeHeadDim = qkRopeHeadDim
        self.valueHeadDim = valueHeadDim
        self.indexer = indexer
    }

    /// Latent cache elements per token per layer.
    public var cacheElementsPerToken: Double { Double(kvLoraRank + qkRopeHeadDim) }
}
