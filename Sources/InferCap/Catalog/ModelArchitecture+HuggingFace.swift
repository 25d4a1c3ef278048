import Foundation

extension ModelArchitecture {
    /// HF `model_type` values whose shape this loader understands.
    public static let supportedModelTypes = [
        "llama", "mistral", "qwen2", "qwen3", "qwen2_moe", "qwen3_moe", "mixtral", "deepseek_v2", "deepseek_v3", "kimi_k2",
    ]

    /// Builds the architecture from a HuggingFace `config.json`. Unknown fields are ignored;
    /// missing or impossible ones are refused with the field named.
    static func load(from root: JSONDocument, id: String, name: String?) throws -> ModelArchitecture {
        let document = try root.optionalObject("text_config").flatMap { $0.has("hidden_size") ? $0 : nil } ?? root
        let path = root.path
        guard let modelType = try root.optionalString("model_type") ?? document.optionalString("model_type") else {
            throw InferCapError.missingField(path: path, field: "model_type")
        }
        guard supportedModelTypes.contains(modelType) else {
            throw InferCapError.unsupportedArchitecture(path: path, modelType: modelType, supported: supportedModelTypes)
        }
        let hidden = try document.count("hidden_size", limit: 1_000_000)
        let layers = try document.count("num_hidden_layers", limit: 10_000)
        let heads = try document.count("num_attention_heads", limit: 100_000)
        let vocabulary = try document.count("vocab_size", limit: 100_000_000)

        let attention: Attention
        if let kvLoraRank = try document.optionalCount("kv_lora_rank", limit: 1_000_000) {
            attention = .latent(
                heads: heads,
                qLoraRank: try document.optionalCount("q_lora_rank", limit: 1_000_000),
                kvLoraRank: kvLoraRank,
                qkNopeHeadDim: try document.count("qk_nope_head_dim", limit: 100_000),
                qkRopeHeadDim: try document.count("qk_rope_head_dim", limit: 100_000),
                vHeadDim: try document.count("v_head_dim", limit: 100_000))
        } else {
            let kvHeads = try document.optionalCount("num_key_value_heads", limit: 100_000) ?? heads
            guard kvHeads <= heads, heads % kvHeads == 0 else {
                throw InferCapError.invalidField(
                    path: path, field: "num_key_value_heads",
                    problem: "is \(kvHeads), which does not divide num_attention_heads = \(heads)",
                    fix: "query heads must be a multiple of KV heads")
            }
            let headDim: Int
            if let given = try document.optionalCount("head_dim", limit: 100_000) {
                headDim = given
            } else {
                guard hidden % heads == 0 else {
                    throw InferCapError.invalidField(
                        path: path, field: "head_dim",
                        problem: "is missing and cannot be derived: hidden_size \(hidden) is not a multiple of num_attention_heads \(heads)",
                        fix: "add head_dim, or correct hidden_size or num_attention_heads")
                }
                headDim = hidden / heads
            }
            attention = .grouped(
                heads: heads, kvHeads: kvHeads, headDim: headDim,
                qkNorm: modelType == "qwen3" || modelType == "qwen3_moe")
        }

        let moe = try mixtureOfExperts(document, modelType: modelType)
        let moeLayers = try layerPattern(document, layers: layers, moe: moe, modelType: modelType)
        let needsDense = moeLayers.contains(false)
        let intermediate = try document.optionalCount("intermediate_size", limit: 10_000_000) ?? 0
        if needsDense && intermediate == 0 {
            throw InferCapError.missingField(path: path, field: "intermediate_size")
        }

        let quantMethod = try document.optionalObject("quantization_config")?.optionalString("quant_method")
        let bias = try document.optionalBool("attention_bias") ?? (modelType == "qwen2" || modelType == "qwen2_moe")
        let mixer: TokenMixer = {
            switch attention {
            case let .grouped(heads, kvHeads, headDim, qkNorm):
                return .attention(SoftmaxAttention(heads: heads, kvHeads: kvHeads, headDim: headDim, qkNorm: qkNorm, bias: bias))
            case let .latent(heads, qLoraRank, kvLoraRank, nope, rope, v):
                return .latent(LatentAttention(
                    heads: heads, qLoraRank: qLoraRank, kvLoraRank: kvLoraRank, qkNopeHeadDim: nope, qkRopeHeadDim: rope, valueHeadDim: v))
            }
        }()
        let denseLayer = DecoderLayer(mixer: mixer, feedForward: .dense(DenseMLP(intermediateSize: intermediate)))
        let decoderLayers = moeLayers.map { isMoE in
            isMoE ? DecoderLayer(mixer: mixer, feedForward: .mixture(moe!)) : denseLayer
        }
        return ModelArchitecture(
            id: id,
            name: name ?? id,
            modelType: modelType,
            hiddenSize: hidden,
            vocabularySize: vocabulary,
            tiedEmbeddings: try document.optionalBool("tie_word_embeddings") ?? root.optionalBool("tie_word_embeddings") ?? false,
            layers: decoderLayers,
            maxContextTokens: try document.optionalCount("max_position_embeddings", limit: 1e9) ?? 4096,
            nativeWeightDType: quantMethod == "fp8" ? .fp8 : .bf16,
            multiTokenPredictionLayers: try document.optionalCount("num_nextn_predict_layers", limit: 64, allowZero: true) ?? 0)
    }

    private static func mixtureOfExperts(_ document: JSONDocument, modelType: String) throws -> MixtureOfExperts? {
        let path = document.path
        let expertKey = ["n_routed_experts", "num_local_experts", "num_experts"].first { document.has($0) }
        guard let expertKey, let experts = try document.optionalCount(expertKey, limit: 1_000_000) else {
            if ["mixtral", "qwen2_moe", "qwen3_moe"].contains(modelType) {
                throw InferCapError.missingField(path: path, field: modelType == "mixtral" ? "num_local_experts" : "num_experts")
            }
            return nil
        }
        let topK = try document.count("num_experts_per_tok", limit: 1_000_000)
        guard topK <= experts else {
            throw InferCapError.invalidField(
                path: path, field: "num_experts_per_tok", problem: "is \(topK), more than the \(experts) experts",
                fix: "top-k must not exceed the expert count")
        }
        let expertWidth: Int
        if modelType == "mixtral" {
            expertWidth = try document.count("intermediate_size", limit: 10_000_000)
        } else {
            expertWidth = try document.count("moe_intermediate_size", limit: 10_000_000)
        }
        var shared = 0
        if let count = try document.optionalCount("n_shared_experts", limit: 10_000, allowZero: true) {
            shared = count * expertWidth
        } else if let width = try document.optionalCount("shared_expert_intermediate_size", limit: 10_000_000, allowZero: true) {
            shared = width
        }
        var groupLimit: Int?, groupCount: Int?
        if let groups = try document.optionalCount("n_group", limit: 1_000_000), groups > 1,
           let limit = try document.optionalCount("topk_group", limit: 1_000_000) {
            guard limit <= groups else {
                throw InferCapError.invalidField(
                    path: path, field: "topk_group", problem: "is \(limit), more than the \(groups) expert groups (n_group)",
                    fix: "topk_group must not exceed n_group")
            }
            if limit < groups { (groupLimit, groupCount) = (limit, groups) }
        }
        return MixtureOfExperts(
            expertCount: experts, expertsPerToken: topK, expertIntermediateSize: expertWidth, sharedIntermediateSize: shared,
            routedGroupLimit: groupLimit, routedGroupCount: groupCount)
    }

    private static func layerPattern(
        _ document: JSONDocument, layers: Int, moe: MixtureOfExperts?, modelType: String
    ) throws -> [Bool] {
        guard moe != nil else { return Array(repeating: false, count: layers) }
        if document.has("first_k_dense_replace") || document.has("moe_layer_freq") {
            let firstDense = try document.optionalCount("first_k_dense_replace", limit: 1e6, allowZero: true) ?? 0
            let frequency = try document.optionalCount("moe_layer_freq", limit: 1e6) ?? 1
            return (0..<layers).map { $0 >= firstDense && $0 % frequency == 0 }
        }
        let step = try document.optionalCount("decoder_sparse_step", limit: 1e6) ?? 1
        let denseOnly = Set(try intArray(document, "mlp_only_layers"))
        return (0..<layers).map { !denseOnly.contains($0) && ($0 + 1) % step == 0 }
    }

    private static func intArray(_ document: JSONDocument, _ key: String) throws -> [Int] {
        guard let raw = document.fields[key] else { return [] }
        guard let items = raw as? [Any] else {
            throw InferCapError.invalidField(
                path: document.path, field: key, problem: "is \(JSONDocument.describe(raw)), expected an array of layer indices",
                fix: "write a JSON array of integers")
        }
        return try items.enumerated().map { index, item in
            guard let number = item as? NSNumber, !JSONDocument.isBoolean(number), number.doubleValue.isFinite,
                  number.doubleValue == number.doubleValue.rounded(), (0..<1e6).contains(number.doubleValue)
            else {
                throw InferCapError.invalidField(
                    path: document.path, field: "\(key)[\(index)]", problem: "is \(JSONDocument.describe(item)), expected a layer index",
                    fix: "write whole numbers from 0 to num_hidden_layers - 1")
            }
            return Int(number.doubleValue)
        }
    }
}
