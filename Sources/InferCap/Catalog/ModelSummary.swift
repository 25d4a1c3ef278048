import InferCap

/// What `list models` and `show <model>` print as JSON.
struct ModelSummary: Encodable {
    var id: String
    var name: String
    var modelType: String
    var layers: Int
    var hiddenSize: Int
    var attention: String
    var heads: Int
    var kvHeads: Int?
    var headDim: Int?
    var kvLoraRank: Int?
    var experts: Int?
    var expertsPerToken: Int?
    var parameters: Double
    var activeParameters: Double
    var publishedParameters: Double?
    var publishedActiveParameters: Double?
    var kvBytesPerTokenBF16: Double
    var nativeWeightDType: String
    var maxContextTokens: Int
    var huggingFaceRepo: String?
    var license: String?
    var source: String?

    enum CodingKeys: String, CodingKey {
        case id, name, modelType = "model_type", layers, hiddenSize = "hidden_size", attention, heads, kvHeads = "kv_heads"
        case headDim = "head_dim", kvLoraRank = "kv_lora_rank", experts, expertsPerToken = "experts_per_token", parameters
        case activeParameters = "active_parameters", publishedParameters = "published_parameters"
        case publishedActiveParameters = "published_active_parameters", kvBytesPerTokenBF16 = "kv_bytes_per_token_bf16"
        case nativeWeightDType = "native_weight_dtype", maxContextTokens = "max_context_tokens"
        case huggingFaceRepo = "huggingface_repo", license, source
    }

    init(_ entry: ModelEntry) {
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
