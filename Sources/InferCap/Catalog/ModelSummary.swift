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
    /// The token-mixer kinds, `+`-joined in order of first appearance: `gqa` (full grouped-query
    /// attention, MHA and MQA included), `mla`, `sliding`, `chunked`, `sparse`, `dsa`, `csa`,
    /// `hca`, `swa-only`, `gdn`, `kda`, `mamba2`, `none`.
    public var attention: String
    /// Query heads of the first attention layer.
    public var heads: Int
    /// KV heads of the first softmax-attention layer (GQA only).
    public var kvHeads: Int?
    /// Head dimension of the first softmax-attention layer (GQA only).
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
    /// KV-cache bytes one more token of a long context adds, whole model, bf16 cache (0 when
    /// every layer's state is capped or constant).
    public var kvBytesPerTokenBF16: Double
    /// State one sequence keeps (all layers, bf16 cache) at 4K tokens, 128K tokens and the
    /// model's maximum context.
    public var stateBytesPerSequenceBF16: StateAtContexts
    /// The layer groups: one row per layer shape.
    public var layerGroups: [LayerGroupSummary]
    /// What the loader read but does not cost (vision towers, ...).
    public var ignored: [String]
    /// Precision the checkpoint is published in.
    public var nativeWeightDType: String
    /// Precision of the checkpoint's routed experts where it differs (gpt-oss, DeepSeek-V4: mxfp4).
    public var nativeExpertWeightDType: String?
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
        case stateBytesPerSequenceBF16 = "state_bytes_per_sequence_bf16", layerGroups = "layer_groups", ignored
        case nativeWeightDType = "native_weight_dtype", nativeExpertWeightDType = "native_expert_weight_dtype"
        case maxContextTokens = "max_context_tokens"
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
        var kinds: [String] = []
        for group in m.layerGroups where group.layer.mixer != .none {
            let name = group.layer.mixer.kindName == "full" ? "gqa" : group.layer.mixer.kindName
            if !kinds.contains(name) { kinds.append(name) }
        }
        attention = kinds.joined(separator: "+")
        let mixers = m.layerGroups.map(\.layer.mixer)
        // The first attention layer's query heads; a model without attention gives its first mixer's.
        heads = mixers.first { $0.isAttention && $0.heads > 0 }?.heads ?? mixers.first { $0.heads > 0 }?.heads ?? 0
        for mixer in mixers {
            if case let .attention(a) = mixer, kvHeads == nil {
                kvHeads = a.kvHeads
                headDim = a.headDim
            }
            if case let .latent(l) = mixer, kvLoraRank == nil { kvLoraRank = l.kvLoraRank }
        }
        experts = m.moe?.expertCount
        expertsPerToken = m.moe?.expertsPerToken
        parameters = m.totalParameters
        activeParameters = m.activeParameters
        publishedParameters = entry.publishedParameters
        publishedActiveParameters = entry.publishedActiveParameters
        kvBytesPerTokenBF16 = m.kvBytesPerToken(.bf16)
        stateBytesPerSequenceBF16 = StateAtContexts(
            tokens4K: m.stateBytesPerSequence(context: 4096, kvDType: .bf16),
            tokens128K: m.stateBytesPerSequence(context: 131_072, kvDType: .bf16),
            maxContext: m.stateBytesPerSequence(context: m.maxContextTokens, kvDType: .bf16))
        layerGroups = m.layerGroups.map { LayerGroupSummary($0, model: m) }
        ignored = m.ignored
        nativeWeightDType = m.nativeWeightDType.rawValue
        nativeExpertWeightDType = m.nativeExpertWeightDType?.rawValue
        maxContextTokens = m.maxContextTokens
        huggingFaceRepo = entry.huggingFaceRepo
        license = entry.license
        source = entry.source
    }
}

/// A model's per-sequence state at three context lengths, bytes.
public struct StateAtContexts: Sendable, Hashable, Encodable {
    /// At 4,096 tokens.
    public var tokens4K: Double
    /// At 131,072 tokens.
    public var tokens128K: Double
    /// At the model's `max_position_embeddings`.
    public var maxContext: Double

    enum CodingKeys: String, CodingKey {
        case tokens4K = "4k", tokens128K = "128k", maxContext = "max_context"
    }
}

extension ModelSummary {
    /// A short label of a model's attention for tables: `GQA 64/8`, `MLA 128h r512`, or for mixed
    /// models each kind with its layer count (`3 gdn + 1 gqa 32/2` style: `45 gdn + 15 GQA 32/2`).
    public static func attentionLabel(_ m: ModelArchitecture) -> String {
        func label(_ mixer: TokenMixer) -> String {
            switch mixer {
            case let .attention(a) where a.indexer == nil && a.span == .full: return "GQA \(a.heads)/\(a.kvHeads)"
            case let .latent(l) where l.indexer == nil: return "MLA \(l.heads)h r\(l.kvLoraRank)"
            default: return mixer.kindName
            }
        }
        var order: [String] = []
        var counts: [String: Int] = [:]
        for group in m.layerGroups where group.layer.mixer != .none {
            let name = label(group.layer.mixer)
            if counts[name] == nil { order.append(name) }
            counts[name, default: 0] += group.count
        }
        guard order.count > 1 else { return order.first ?? "-" }
        return order.map { "\(counts[$0] ?? 0) \($0)" }.joined(separator: " + ")
    }
}

/// One layer group of a model as `infercap show` lists it.
public struct LayerGroupSummary: Sendable, Hashable, Encodable {
    /// Token-mixer kind (``TokenMixer/kindName``).
    public var mixer: String
    /// Feed-forward kind: `dense`, `moe` or `none`.
    public var feedForward: String
    /// Layers of this shape.
    public var count: Int
    /// First layer index (0-based).
    public var firstLayer: Int
    /// State one more token adds to one such layer (bf16 cache), bytes; 0 when capped or constant.
    public var stateBytesPerTokenBF16: Double
    /// State one sequence keeps in one such layer at 128K tokens (bf16 cache), bytes.
    public var stateBytesPerSequence128KBF16: Double
    /// A one-line description of the shape.
    public var shape: String

    enum CodingKeys: String, CodingKey {
        case mixer, feedForward = "feed_forward", count, firstLayer = "first_layer"
        case stateBytesPerTokenBF16 = "state_bytes_per_token_bf16", stateBytesPerSequence128KBF16 = "state_bytes_per_sequence_128k_bf16"
        case shape
    }

    init(_ group: LayerGroup, model: ModelArchitecture) {
        let layer = group.layer
        mixer = layer.mixer.kindName
        switch layer.feedForward {
        case .dense: feedForward = "dense"
        case .mixture: feedForward = "moe"
        case .none: feedForward = "none"
        }
        count = group.count
        firstLayer = group.indices.first ?? 0
        stateBytesPerTokenBF16 = layer.mixer.growthBytesPerToken(kvDType: .bf16)
        stateBytesPerSequence128KBF16 = layer.mixer.stateBytesPerSequence(context: 131_072, kvDType: .bf16)
        shape = layer.description
    }
}
