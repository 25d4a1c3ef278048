/// Softmax attention with its own key/value heads (MHA when `kvHeads == heads`, GQA, MQA at 1).
///
/// The cache holds `kvHeads x (headDim + valueHeadDim)` elements per token, for as many tokens as
/// the span keeps. When keys double as values (Gemma 4's `attention_k_eq_v`) there is no value
/// projection, but the cache still holds both: values skip the keys' norm and RoPE, so engines
/// store them apart.
public struct SoftmaxAttention: Sendable, Hashable {
    /// Query heads (`num_attention_heads`).
    public var heads: Int
    /// Key/value heads (`num_key_value_heads`).
    public var kvHeads: Int
    /// Query/key head dimension (`head_dim`, or `hidden_size / heads`).
    public var headDim: Int
    /// Value head dimension (`v_head_dim` where it differs; MiMo-V2), else `headDim`.
    public var valueHeadDim: Int
    /// Per-head RMSNorm on queries and keys (Qwen3, Llama 4, MiniMax).
    public var qkNorm: Bool
    /// Biases on the q/k/v projections (Qwen2, gpt-oss).
    public var bias: Bool
    /// A sigmoid output gate computed by the query projection (`attn_output_gate`: Qwen3-Next/3.5),
    /// which doubles its width.
    public var outputGate: Bool
    /// Keys double as values: no value projection (`attention_k_eq_v`).
    public var sharedKeyValue: Bool
    /// Which earlier tokens a query sees.
    public var span: AttentionSpan
    /// Sparse selection of the attended tokens, when the model has one.
    public var indexer: SparseIndexer?

    /// An attention shape; `valueHeadDim` defaults to `headDim`.
    public init(
        heads: Int, kvHeads: Int, headDim: Int, valueHeadDim: Int? = nil, qkNorm: Bool = false, bias: Bool = false,
        outputGate: Bool = false, sharedKeyValue: Bool = false, span: AttentionSpan = .full, indexer: SparseIndexer? = nil
    ) {
        self.heads = heads
        self.kvHeads = kvHeads
        self.headDim = headDim
        self.valueHeadDim = valueHeadDim ?? headDim
        self.qkNorm = qkNorm
        self.bias = bias
        self.outputGate = outputGate
        self.sharedKeyValue = sharedKeyValue
        self.span = span
        self.indexer = indexer
    }

    /// Cache elements per token per layer, all KV heads.
    public var cacheElementsPerToken: Double {
        Double(kvHeads) * Double(headDim + valueHeadDim)
    }
}
