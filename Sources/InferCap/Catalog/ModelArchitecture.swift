/// A transformer's shape, normalised from a HuggingFace `config.json`.
///
/// Only what decides FLOPs, bytes and memory is kept: widths, layer counts, the attention
/// kind and the mixture-of-experts layout. Sizes are element counts (not bytes).
public struct ModelArchitecture: Sendable, Hashable {
    /// Catalog id (`deepseek-r1`) or the config file's stem for user files.
    public var id: String
    /// Display name.
    public var name: String
    /// The HF `model_type` (`llama`, `qwen3_moe`, `deepseek_v3`, ...).
    public var modelType: String
    /// Residual stream width (`hidden_size`).
    public var hiddenSize: Int
    /// Decoder layers (`num_hidden_layers`); multi-token-prediction modules are not counted.
    public var layerCount: Int
    /// Vocabulary size (`vocab_size`).
    public var vocabularySize: Int
    /// Whether the output projection shares the embedding matrix.
    public var tiedEmbeddings: Bool
    /// Attention shape.
    public var attention: Attention
    /// Intermediate width of the dense (non-MoE) feed-forward layers (`intermediate_size`).
    public var denseIntermediateSize: Int
    /// Mixture-of-experts layout, nil for dense models.
    public var moe: MixtureOfExperts?
    /// Which layers use the MoE block (true) or the dense FFN (false); count = `layerCount`.
    public var moeLayers: [Bool]
    /// Longest context the model supports (`max_position_embeddings`).
    public var maxContextTokens: Int
    /// Precision the checkpoint is published in (`bf16`, or `fp8` for DeepSeek-V3/R1, Kimi-K2).
    public var nativeWeightDType: DType
    /// Whether attention projections carry biases (Qwen2).
    public var attentionBias: Bool
    /// Multi-token-prediction modules shipped with the checkpoint (`num_nextn_predict_layers`:
    /// 1 for DeepSeek-V3/R1, 0 for most models). Each is one more decoder layer of the model's
    /// own shape plus a `2h -> h` projection, sharing the embedding and output head; engines use
    /// it as the draft model of speculative decoding (``SpeculativeDecoding``).
    public var multiTokenPredictionLayers: Int

    /// The attention mechanism and its sizes.
    public enum Attention: Sendable, Hashable {
        /// Grouped-query attention (MHA when `kvHeads == heads`, MQA when 1).
        case grouped(heads: Int, kvHeads: Int, headDim: Int, qkNorm: Bool)
        /// DeepSeek multi-head latent attention. The KV cache holds `kvLoraRank + qkRopeHeadDim`
        /// values per token per layer; decode runs the absorbed form.
        case latent(heads: Int, qLoraRank: Int?, kvLoraRank: Int, qkNopeHeadDim: Int, qkRopeHeadDim: Int, vHeadDim: Int)

        /// Query heads.
        public var heads: Int {
            switch self {
            case let .grouped(heads, _, _, _): return heads
            case let .latent(heads, _, _, _, _, _): return heads
            }
        }
    }

    /// Routed and shared experts of an MoE block.
    public struct MixtureOfExperts: Sendable, Hashable {
        /// Routed experts per MoE layer.
        public var expertCount: Int
        /// Experts each token is routed to (top-k).
        public var expertsPerToken: Int
        /// Intermediate width of one routed expert.
        public var expertIntermediateSize: Int
        /// Total intermediate width of the always-active shared expert(s); 0 when none.
        public var sharedIntermediateSize: Int
        /// Group-limited routing: experts form `n_group` groups and a token picks experts from
        /// at most this many groups (DeepSeek-V3: 4 of 8), so with expert parallelism across
        /// nodes a token reaches at most this many nodes. nil when routing is unlimited.
        public var routedGroupLimit: Int?
        /// The `n_group` contiguous expert groups of group-limited routing (DeepSeek-V3: 8); nil
        /// when routing is unlimited. With ``routedGroupLimit`` it sets how many nodes a token's
        /// experts reach (``ExpertRouting/expectedDomainsTouched(domains:topK:groups:selectedGroups:)``).
        public var routedGroupCount: Int?

        /// An MoE block: `expertCount` routed experts of width `expertIntermediateSize`, top-k
        /// routing, and `sharedIntermediateSize` of always-active shared expert width.
        public init(
            expertCount: Int, expertsPerToken: Int, expertIntermediateSize: Int, sharedIntermediateSize: Int = 0,
            routedGroupLimit: Int? = nil, routedGroupCount: Int? = nil
        ) {
            self.expertCount = expertCount
            self.expertsPerToken = expertsPerToken
            self.expertIntermediateSize = expertIntermediateSize
            self.sharedIntermediateSize = sharedIntermediateSize
            self.routedGroupLimit = routedGroupLimit
            self.routedGroupCount = routedGroupCount
        }
    }

    /// Number of MoE layers.
    public var moeLayerCount: Int { moeLayers.filter { $0 }.count }
    /// Number of dense-FFN layers.
    public var denseLayerCount: Int { layerCount - moeLayerCount }
}
