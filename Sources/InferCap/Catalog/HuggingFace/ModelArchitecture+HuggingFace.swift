import Foundation

extension ModelArchitecture {
    /// HF `model_type` values whose shape this loader understands (the outer type of a
    /// multimodal checkpoint or its `text_config`'s).
    public static let supportedModelTypes = HuggingFaceConfig.families.map(\.modelType)

    /// Builds the architecture from a HuggingFace `config.json` (the language model of a multimodal
    /// checkpoint: its `text_config`), with the sibling `hf_quant_config.json` of a ModelOpt export
    /// when there is one. Missing or impossible fields are refused with the field named; keys that
    /// change the cost but are not understood are named in ``ignored``.
    static func load(from root: JSONDocument, id: String, name: String?, quantization: JSONDocument? = nil) throws -> ModelArchitecture {
        var config = try HuggingFaceConfig(root: root)
        return try config.architecture(id: id, name: name, quantization: quantization)
    }
}

/// One HF config being read: the outer document, the language model's, the family, and the
/// keys read so far.
struct HuggingFaceConfig {
    /// Families of checkpoints that share a reader.
    enum Family {
        case llama, latent, sparseLatent, compressed, gatedDelta, gptOss, llama4, gemma4, minimaxM2, minimaxM3, mimoV2, step, nemotronH
        case nemotronNAS, kimiLinear
    }

    let root: JSONDocument
    /// The language model's document: `text_config` when it holds the sizes, else the root.
    let text: JSONDocument
    let path: String
    /// The normalised `model_type` of the language model (`qwen3_5_moe`, `deepseek_v3`, ...).
    let modelType: String
    let family: Family
    let ledger: KeyLedger
    /// Notes on what is read but not costed.
    var ignored: [String] = []

    init(root document: JSONDocument) throws {
        ledger = KeyLedger()
        var root = document
        root.ledger = ledger
        self.root = root
        path = root.path
        let nested = try root.optionalObject("text_config").flatMap { $0.has("hidden_size") ? $0 : nil }
        text = nested ?? root
        let outer = try root.optionalString("model_type")
        let inner = nested == nil ? nil : try text.optionalString("model_type")
        guard let raw = inner ?? outer else { throw InferCapError.missingField(path: path, field: "model_type") }
        let supported = ModelArchitecture.supportedModelTypes
        let normalised = Self.normalise(raw)
        guard let family = Self.family(of: normalised) ?? outer.flatMap({ Self.family(of: Self.normalise($0)) }) else {
            throw InferCapError.unsupportedArchitecture(path: path, modelType: raw, supported: supported)
        }
        modelType = Self.family(of: normalised) != nil ? normalised : Self.normalise(outer ?? raw)
        self.family = family
        if nested != nil, root.has("vision_config") || root.has("audio_config") {
            ignored.append("the vision/audio encoder (vision_config) is not modelled: the estimate is the language model's; image tokens count as input tokens")
        }
    }

    /// `qwen3_5_moe_text` -> `qwen3_5_moe`; the V4 ports' `deepseek_ref` -> `deepseek_v4`.
    static func normalise(_ type: String) -> String {
        var name = type.lowercased()
        if name.hasSuffix("_text") { name.removeLast(5) }
        if name == "deepseek_ref" { return "deepseek_v4" }
        return name
    }

    /// Each supported `model_type` (normalised, ``normalise(_:)``) and the reader of its family, in
    /// the order an unsupported type's error lists them. A multimodal wrapper (`kimi_k25`) maps to
    /// its language model's family.
    static let families: [(modelType: String, family: Family)] = [
        ("llama", .llama), ("mistral", .llama), ("qwen2", .llama), ("qwen2_moe", .llama), ("qwen3", .llama), ("qwen3_moe", .llama),
        ("mixtral", .llama), ("deepseek_v2", .latent), ("deepseek_v3", .latent), ("kimi_k2", .latent), ("deepseek_v32", .sparseLatent),
        ("deepseek_v4", .compressed), ("glm_moe_dsa", .sparseLatent), ("qwen3_next", .gatedDelta), ("qwen3_5", .gatedDelta),
        ("qwen3_5_moe", .gatedDelta), ("qwen3_vl", .llama), ("qwen3_vl_moe", .llama), ("kimi_k25", .latent), ("kimi_k3", .kimiLinear),
        ("kimi_linear", .kimiLinear), ("gpt_oss", .gptOss), ("llama4", .llama4), ("gemma4", .gemma4), ("minimax_m2", .minimaxM2),
        ("minimax_m3", .minimaxM3), ("minimax_m3_vl", .minimaxM3), ("mimo", .llama), ("mimo_v2_flash", .mimoV2), ("step3p7", .step),
        ("nemotron_h", .nemotronH), ("nemotron-nas", .nemotronNAS),
    ]
    private static let familyByModelType = Dictionary(uniqueKeysWithValues: families.map { ($0.modelType, $0.family) })

    static func family(of type: String) -> Family? { familyByModelType[type] }

    /// The architecture.
    mutating func architecture(id: String, name: String?, quantization: JSONDocument?) throws -> ModelArchitecture {
        let hidden = try text.count("hidden_size", limit: 1_000_000)
        // Nemotron-3 Ultra configs give the layer count only as the length of `layers_block_type`.
        let layerCount = try text.optionalCount("num_hidden_layers", limit: 10_000)
            ?? (text.has("layers_block_type") ? text.stringArray("layers_block_type").count : text.count("num_hidden_layers", limit: 10_000))
        let vocabulary = try text.count("vocab_size", limit: 100_000_000)
        let (layers, mtpLayer) = try decoderLayers(hidden: hidden, layers: layerCount)
        guard layers.count == layerCount else {
            throw InferCapError.invalidField(
                path: path, field: "num_hidden_layers", problem: "is \(layerCount), but the layer pattern lists \(layers.count) layers",
                fix: "make the per-layer lists as long as num_hidden_layers")
        }
        let precision = try Precision.read(self, quantization: quantization)
        ignored += precision.notes
        let tied = try text.optionalBool("tie_word_embeddings") ?? root.optionalBool("tie_word_embeddings") ?? false
        let maxContext = try text.optionalCount("max_position_embeddings", limit: 1e9) ?? 4096
        let mtpModules = try multiTokenPredictionModules()
        // Last: every key read above counts as understood.
        ignored += unreadCostKeys()
        return ModelArchitecture(
            id: id, name: name ?? id, modelType: modelType, hiddenSize: hidden, vocabularySize: vocabulary, tiedEmbeddings: tied,
            layers: layers, maxContextTokens: maxContext, nativeWeightDType: precision.weights, nativeExpertWeightDType: precision.experts,
            multiTokenPredictionLayers: mtpModules, multiTokenPredictionLayer: mtpLayer, ignored: ignored)
    }

    /// Multi-token-prediction modules the checkpoint ships (`num_nextn_predict_layers`,
    /// `mtp_num_hidden_layers`, MiniMax's `num_mtp_modules` when `use_mtp`).
    func multiTokenPredictionModules() throws -> Int {
        let nextN = try text.optionalCount("num_nextn_predict_layers", limit: 64, allowZero: true)
        let mtpLayers = try text.optionalCount("mtp_num_hidden_layers", limit: 64, allowZero: true)
        let modules = try text.optionalCount("num_mtp_modules", limit: 64, allowZero: true)
        if family == .minimaxM2 || family == .minimaxM3, try text.optionalBool("use_mtp") ?? true, let modules { return modules }
        return nextN ?? mtpLayers ?? 0
    }

    // MARK: Reading helpers

    /// A per-layer list of whole numbers (`mlp_only_layers`, 0/1 flags, `compress_ratios`).
    func intArray(_ key: String, in document: JSONDocument? = nil) throws -> [Int]? {
        let document = document ?? text
        guard let raw = document.raw(key), !(raw is NSNull) else { return nil }
        guard let items = raw as? [Any] else {
            throw InferCapError.invalidField(
                path: path, field: document.name(key), problem: "is \(JSONDocument.describe(raw)), expected an array of integers",
                fix: "write a JSON array of integers")
        }
        return try items.enumerated().map { index, item in
            guard let number = item as? NSNumber, !JSONDocument.isBoolean(number), number.doubleValue.isFinite,
                  number.doubleValue == number.doubleValue.rounded(), (0..<1e7).contains(number.doubleValue)
            else {
                throw InferCapError.invalidField(
                    path: path, field: "\(document.name(key))[\(index)]", problem: "is \(JSONDocument.describe(item)), expected a layer index",
                    fix: "write whole numbers from 0 to num_hidden_layers - 1")
            }
            return Int(number.doubleValue)
        }
    }

    /// A per-layer list of names (`layer_types`), checked to cover `layers` layers.
    func layerNames(_ key: String, layers: Int, in document: JSONDocument? = nil) throws -> [String]? {
        let document = document ?? text
        guard document.has(key) else { return nil }
        let names = try document.stringArray(key)
        guard names.count >= layers else {
            throw InferCapError.invalidField(
                path: path, field: document.name(key), problem: "lists \(names.count) layers, num_hidden_layers is \(layers)",
                fix: "give one entry per layer")
        }
        return Array(names.prefix(layers))
    }

    func invalid(_ key: String, _ problem: String, fix: String) -> InferCapError {
        .invalidField(path: path, field: text.name(key), problem: problem, fix: fix)
    }
}
