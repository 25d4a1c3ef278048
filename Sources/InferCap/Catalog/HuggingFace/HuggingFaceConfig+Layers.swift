/// The per-family layer lists: which mixer and which feed-forward block each layer has, read
/// from the config keys each family uses (`layer_types`, `compress_ratios`,
/// `hybrid_override_pattern`, `block_configs`, `linear_attn_config`, `moe_layer_freq`, ...).
extension HuggingFaceConfig {
    /// The layers and the multi-token-prediction module's layer.
    mutating func decoderLayers(hidden: Int, layers count: Int) throws -> ([DecoderLayer], DecoderLayer?) {
        switch family {
        case .llama, .minimaxM2, .step, .gptOss:
            // MiniMax's `attn_type_list`: 1 = softmax attention, 0 = MiniMax-01's lightning (linear) attention.
            if let types = try intArray("attn_type_list"), types.contains(0) {
                throw invalid("attn_type_list", "marks lightning-attention layers (0), which are not modelled", fix: "use a checkpoint with softmax attention on every layer")
            }
            let spans = try spans(layers: count)
            let attention = try softmaxAttention(hidden: hidden)
            let ffn = try feedForwardBlocks(layers: count)
            let layers = (0..<count).map { i in
                var a = attention
                a.span = spans[i]
                return DecoderLayer(mixer: .attention(a), feedForward: ffn[i])
            }
            return (layers, nil)
        case .latent, .sparseLatent:
            let ffn = try feedForwardBlocks(layers: count)
            let mixers = try latentMixers(layers: count)
            return ((0..<count).map { DecoderLayer(mixer: mixers[$0], feedForward: ffn[$0]) }, nil)
        case .compressed: return try deepSeekV4(hidden: hidden, layers: count)
        case .gatedDelta: return try gatedDelta(hidden: hidden, layers: count)
        case .llama4: return try llama4(hidden: hidden, layers: count)
        case .gemma4: return try gemma4(hidden: hidden, layers: count)
        case .minimaxM3: return try minimaxM3(hidden: hidden, layers: count)
        case .mimoV2: return try mimoV2(hidden: hidden, layers: count)
        case .nemotronH: return try nemotronH(hidden: hidden, layers: count)
        case .nemotronNAS: return try nemotronNAS(hidden: hidden, layers: count)
        case .kimiLinear: return try kimiLinear(hidden: hidden, layers: count)
        }
    }

    // MARK: Attention

    /// Grouped-query attention from `num_attention_heads`, `num_key_value_heads` and `head_dim`
    /// (or `hidden_size / heads`), with the family's q/k norms and biases.
    func softmaxAttention(
        hidden: Int, headsKey: String = "num_attention_heads", kvHeadsKey: String = "num_key_value_heads",
        headDimKey: String = "head_dim", valueHeadDimKey: String? = nil
    ) throws -> SoftmaxAttention {
        let heads = try text.count(headsKey, limit: 100_000)
        let kvHeads = try text.optionalCount(kvHeadsKey, limit: 100_000) ?? heads
        guard kvHeads <= heads, heads % kvHeads == 0 else {
            throw invalid(kvHeadsKey, "is \(kvHeads), which does not divide \(headsKey) = \(heads)", fix: "query heads must be a multiple of KV heads")
        }
        let headDim: Int
        if let given = try text.optionalCount(headDimKey, limit: 100_000) ?? text.optionalCount("attention_head_dim", limit: 100_000) {
            headDim = given
        } else {
            guard hidden % heads == 0 else {
                throw invalid(
                    "head_dim", "is missing and cannot be derived: hidden_size \(hidden) is not a multiple of \(headsKey) \(heads)",
                    fix: "add head_dim, or correct hidden_size or \(headsKey)")
            }
            headDim = hidden / heads
        }
        let valueHeadDim = try valueHeadDimKey.flatMap { try text.optionalCount($0, limit: 100_000) }
        let useQKNorm = try text.optionalBool("use_qk_norm") ?? false
        let qkNorm = ["qwen3", "qwen3_moe", "qwen3_vl", "qwen3_vl_moe", "qwen3_next", "qwen3_5", "qwen3_5_moe"].contains(modelType) || useQKNorm
        let bias = try text.optionalBool("attention_bias") ?? ["qwen2", "qwen2_moe", "mimo"].contains(modelType)
        return SoftmaxAttention(heads: heads, kvHeads: kvHeads, headDim: headDim, valueHeadDim: valueHeadDim, qkNorm: qkNorm, bias: bias)
    }

    /// Each layer's span from `layer_types` (`sliding_attention` / `full_attention`) and
    /// `sliding_window`; Mistral-style configs window every layer; Qwen2-style ones only when
    /// `use_sliding_window` is true, from `max_window_layers` on.
    func spans(layers count: Int) throws -> [AttentionSpan] {
        let window = try text.optionalCount("sliding_window", limit: 1e9)
        if let types = try layerNames("layer_types", layers: count) {
            return try types.enumerated().map { index, type in
                switch type {
                case "full_attention", "attention": return .full
                case "sliding_attention", "sliding_window_attention", "local_attention":
                    guard let window else { throw invalid("sliding_window", "is missing but layer \(index) is \(type)", fix: "give the window length") }
                    return .slidingWindow(tokens: window)
                default:
                    throw invalid("layer_types[\(index)]", "is '\(type)', not an attention kind this model family has", fix: "use full_attention or sliding_attention")
                }
            }
        }
        guard let window else { return Array(repeating: .full, count: count) }
        if let enabled = try text.optionalBool("use_sliding_window") {
            guard enabled else { return Array(repeating: .full, count: count) }
            let from = try text.optionalCount("max_window_layers", limit: 1e6, allowZero: true) ?? 0
            return (0..<count).map { $0 >= from ? .slidingWindow(tokens: window) : .full }
        }
        return Array(repeating: .slidingWindow(tokens: window), count: count)
    }

    /// MLA per layer, with a DSA indexer for DeepSeek-V3.2 and GLM-5 (`index_n_heads`,
    /// `index_head_dim`, `index_topk`; GLM-5.2's `indexer_types` `shared` layers reuse the last
    /// selection).
    func latentMixers(layers count: Int) throws -> [TokenMixer] {
        let heads = try text.count("num_attention_heads", limit: 100_000)
        let qLoraRank = try text.optionalCount("q_lora_rank", limit: 1_000_000)
        let attention = LatentAttention(
            heads: heads, qLoraRank: qLoraRank, kvLoraRank: try text.count("kv_lora_rank", limit: 1_000_000),
            qkNopeHeadDim: try text.count("qk_nope_head_dim", limit: 100_000), qkRopeHeadDim: try text.count("qk_rope_head_dim", limit: 100_000),
            valueHeadDim: try text.count("v_head_dim", limit: 100_000))
        // MLA has no separate KV heads: configs repeat the head count there.
        _ = text.has("num_key_value_heads")
        if let types = try layerNames("layer_types", layers: count),
           let other = types.first(where: { !["deepseek_sparse_attention", "full_attention", "mla"].contains($0) }) {
            throw invalid("layer_types", "has '\(other)', not an attention kind of this family", fix: "use deepseek_sparse_attention")
        }
        guard family == .sparseLatent else { return Array(repeating: .latent(attention), count: count) }
        let indexer = SparseIndexer(
            heads: try text.count("index_n_heads", limit: 100_000), headDim: try text.count("index_head_dim", limit: 100_000),
            topK: try text.count("index_topk", limit: 1e9), queryInputWidth: try qLoraRank ?? text.count("hidden_size"))
        let shared = try layerNames("indexer_types", layers: count)?.map { $0 == "shared" } ?? Array(repeating: false, count: count)
        return shared.map { reuses in
            var a = attention
            a.indexer = indexer
            a.indexer?.reusesSelection = reuses
            return .latent(a)
        }
    }

    // MARK: Feed-forward

    /// The dense MLP of the family (`intermediate_size`, or `dense_intermediate_size` /
    /// `intermediate_size_mlp` where the family names it so).
    func denseMLP(key: String = "intermediate_size", gated: Bool = true) throws -> DenseMLP {
        DenseMLP(intermediateSize: try text.count(key, limit: 10_000_000), gated: gated, bias: try text.optionalBool("mlp_bias") ?? false)
    }

    /// The routed experts: count (`n_routed_experts`, `num_local_experts`, `num_experts`), top-k
    /// (`num_experts_per_tok`, `experts_per_token`, `top_k_experts`), width (`moe_intermediate_size`,
    /// or `intermediate_size` for Mixtral, MiniMax-M2 and gpt-oss), shared experts and group-limited routing.
    func mixtureOfExperts() throws -> MixtureOfExperts? {
        let expertKeys = ["n_routed_experts", "num_local_experts", "num_experts"].filter { text.has($0) }
        let expertKey = expertKeys.first
        for other in expertKeys.dropFirst() where try text.optionalCount(other, limit: 1_000_000) != text.optionalCount(expertKey!, limit: 1_000_000) {
            throw invalid(other, "disagrees with \(expertKey!)", fix: "give one expert count")
        }
        guard let expertKey, let experts = try text.optionalCount(expertKey, limit: 1_000_000) else {
            if ["mixtral", "qwen2_moe", "qwen3_moe", "qwen3_vl_moe", "qwen3_5_moe", "qwen3_next"].contains(modelType) {
                throw InferCapError.missingField(path: path, field: text.name(modelType == "mixtral" ? "num_local_experts" : "num_experts"))
            }
            return nil
        }
        let topKKey = ["num_experts_per_tok", "experts_per_token", "top_k_experts", "num_experts_per_token"].first { text.has($0) } ?? "num_experts_per_tok"
        let topK = try text.count(topKKey, limit: 1_000_000)
        guard topK <= experts else {
            throw invalid(topKKey, "is \(topK), more than the \(experts) experts", fix: "top-k must not exceed the expert count")
        }
        let widthKey = ["mixtral", "minimax_m2", "gpt_oss"].contains(modelType) || !text.has("moe_intermediate_size")
            ? "intermediate_size" : "moe_intermediate_size"
        let expertWidth = try text.count(widthKey, limit: 10_000_000)
        var shared = 0
        let sharedCount = try text.optionalCount("n_shared_experts", limit: 10_000, allowZero: true)
            ?? text.optionalCount("num_shared_experts", limit: 10_000, allowZero: true)
        if let width = try text.optionalCount("shared_expert_intermediate_size", limit: 10_000_000, allowZero: true)
            ?? text.optionalCount("moe_shared_expert_intermediate_size", limit: 10_000_000, allowZero: true)
            ?? text.optionalCount("shared_intermediate_size", limit: 10_000_000, allowZero: true) {
            shared = width
        } else if let count = sharedCount {
            let width = try text.optionalCount("share_expert_dim", limit: 10_000_000) ?? expertWidth
            shared = count * width
        }
        if sharedCount == 0 { shared = 0 }
        var groupLimit: Int?, groupCount: Int?
        if let groups = try text.optionalCount("n_group", limit: 1_000_000), groups > 1,
           let limit = try text.optionalCount("topk_group", limit: 1_000_000) {
            guard limit <= groups else {
                throw invalid("topk_group", "is \(limit), more than the \(groups) expert groups (n_group)", fix: "topk_group must not exceed n_group")
            }
            if limit < groups { (groupLimit, groupCount) = (limit, groups) }
        }
        return MixtureOfExperts(
            expertCount: experts, expertsPerToken: topK, expertIntermediateSize: expertWidth, sharedIntermediateSize: shared,
            routedGroupLimit: groupLimit, routedGroupCount: groupCount, bias: modelType == "gpt_oss")
    }

    /// Which layers carry the experts: `mlp_layer_types`, `moe_layer_freq` as a list or with
    /// `first_k_dense_replace`, `decoder_sparse_step` with `mlp_only_layers`, or every layer.
    func expertLayers(layers count: Int) throws -> [Bool] {
        // A per-layer list makes `first_k_dense_replace` redundant (GLM-5.1+, MiniMax-M3 repeat it).
        if let types = try layerNames("mlp_layer_types", layers: count) {
            _ = text.has("first_k_dense_replace")
            return types.map { $0 != "dense" }
        }
        if let flags = (try? intArray("moe_layer_freq")) ?? nil {
            _ = text.has("first_k_dense_replace")
            guard flags.count >= count else {
                throw invalid("moe_layer_freq", "lists \(flags.count) layers, num_hidden_layers is \(count)", fix: "give one 0/1 flag per layer")
            }
            return flags.prefix(count).map { $0 != 0 }
        }
        if text.has("first_k_dense_replace") || text.has("moe_layer_freq") {
            let firstDense = try text.optionalCount("first_k_dense_replace", limit: 1e6, allowZero: true) ?? 0
            let frequency = try text.optionalCount("moe_layer_freq", limit: 1e6) ?? 1
            return (0..<count).map { $0 >= firstDense && $0 % frequency == 0 }
        }
        let step = try text.optionalCount("decoder_sparse_step", limit: 1e6) ?? 1
        let denseOnly = Set(try intArray("mlp_only_layers") ?? [])
        return (0..<count).map { !denseOnly.contains($0) && ($0 + 1) % step == 0 }
    }

    /// Each layer's feed-forward block: the experts where ``expertLayers(layers:)`` marks them, the
    /// dense MLP elsewhere.
    func feedForwardBlocks(layers count: Int, denseKey: String = "intermediate_size") throws -> [FeedForward] {
        guard let moe = try mixtureOfExperts() else { return Array(repeating: .dense(try denseMLP(key: denseKey)), count: count) }
        let pattern = try expertLayers(layers: count)
        let dense = pattern.contains(false) ? FeedForward.dense(try denseMLP(key: denseKey)) : nil
        return pattern.map { $0 ? .mixture(moe) : dense! }
    }
}
