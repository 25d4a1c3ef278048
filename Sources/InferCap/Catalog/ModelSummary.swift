/// A model's headline figures, flat: what `infercap list models` and `infercap show <model>`
/// print (as JSON with snake_case keys).
///
/// Parameter counts are computed from the architecture (``ModelArchitecture/totalParameters``,
/// multi-token-prediction modules excluded); the published ones come from the catalog index,
/// so the two can be compared.
public struct ModelSummary: Sendable, Hashable, Encodable {
    /// Catalog id.
    public var id: String
    /// Display name.
    public var name: String
    /// The HF `model_type`.
    public var modelType: String
    /// Decoder layers.
    public var layers: Int
    /// Residual stream width.
    public var hiddenSize: Int
    /// `gqa` (grouped-query, MHA and MQA included) or `mla` (multi-head latent attention).
    public var attention: String
    /// Query heads.
    public var heads: Int
    /// KV heads (GQA only).
    public var kvHeads: Int?
    /// Head dimension (GQA only).
    public var headDim: Int?
    /// Latent KV rank (MLA only).
    public var kvLoraRank: Int?
    /// Routed experts per MoE layer (MoE only).
    public var experts: Int?
    /// Experts each token is routed to (MoE only).
    public var expertsPerToken: Int?
    /// Parameters computed from the architecture.
    public var parameters: Double
    /// Parameters one token touches, computed from the architecture.
    public var activeParameters: Double
    /// Total parameters as published by the authors, where the index has them.
    public var publishedParameters: Double?
    /// Active parameters as published, where the index has them.
    public var publishedActiveParameters: Double?
    /// KV-cache bytes per token for the whole model in bf16.
    public var kvBytesPerTokenBF16: Double
    /// Precision the checkpoint is published in.
    public var nativeWeightDType: String
    /// Longest context the model supports, tokens.
    public var maxContextTokens: Int
    /// HuggingFace repository the config came from, where known.
    public var huggingFaceRepo: String?
    /// The model's license, where known.
    public var license: String?
    /// Where the config text came from, where known.
    public var source: String?

    enum CodingKeys: String, CodingKey {
        case id, name, modelType = "model_type", layers, hiddenSize = "hidden_size", attention, heads, kvHeads = "kv_heads"
        case headDim = "head_dim", kvLoraRank = "kv_lora_rank", experts, expertsPerToken = "experts_per_token", parameters
        case activeParameters = "active_parameters", publishedParameters = "published_parameters"
        case publishedActiveParameters = "published_active_parameters", kvBytesPerTokenBF16 = "kv_bytes_per_token_bf16"
        case nativeWeightDType = "native_weight_dtype", maxContextTokens = "max_context_tokens"
        case huggingFaceRepo = "huggingface_repo", license, source
    }

    /// The summary of a catalog entry.
    public init(_ entry: ModelEntry) {
        let m = entry.architecture
        id = entry.id
        name = m.name
        modelType = m.modelType
        layers = m.layerCount
        hiddenSize = m.hiddenSize
        heads = m.attention.heads
        switch m.attention {
        case let .grouped(_, kv, dim, _):
            attention = "gqa"
            kvHeads = kv
            headDim = dim
        case let .latent(_, _, rank, _, _, _):
            attention = "mla"
            kvLoraRank = rank
        }
        experts = m.moe?.expertCount
        expertsPerToken = m.moe?.expertsPerToken
        parameters = m.totalParameters
        activeParameters = m.activeParameters
        publishedParameters = entry.publishedParameters
        publishedActiveParameters = entry.publishedActiveParameters
        kvBytesPerTokenBF16 = m.kvBytesPerToken(.bf16)
        nativeWeightDType = m.nativeWeightDType.rawValue
        maxContextTokens = m.maxContextTokens
        huggingFaceRepo = entry.huggingFaceRepo
        license = entry.license
        source = entry.source
    }
}
