/// A decoder-only model's shape, normalised from a HuggingFace `config.json`: an ordered list of
/// layers (``DecoderLayer``: a token mixer, a feed-forward block and the per-sequence state it
/// keeps), plus the embedding and output head around them.
///
/// Only what decides FLOPs, bytes and memory is kept. Sizes are element counts (not bytes).
/// Layers of one shape are grouped (``layerGroups``) so a step is costed once per group.
public struct ModelArchitecture: Sendable, Hashable {
    /// Catalog id (`deepseek-r1`) or the config file's stem for user files.
    public var id: String
    /// Display name.
    public var name: String
    /// The HF `model_type` (`llama`, `qwen3_moe`, `deepseek_v3`, ...; the language model's for multimodal checkpoints).
    public var modelType: String
    /// Residual stream width (`hidden_size`).
    public var hiddenSize: Int
    /// Vocabulary size (`vocab_size`).
    public var vocabularySize: Int
    /// Whether the output projection shares the embedding matrix.
    public var tiedEmbeddings: Bool
    /// Longest context the model supports (`max_position_embeddings`).
    public var maxContextTokens: Int
    /// Precision the checkpoint's linear layers are published in (`bf16`, or `fp8` for
    /// DeepSeek-V3/R1, Kimi-K2 and other FP8 checkpoints).
    public var nativeWeightDType: DType
    /// Precision the checkpoint's routed experts are published in where it differs from
    /// ``nativeWeightDType`` (gpt-oss and DeepSeek-V4: 4-bit experts); nil when the same.
    public var nativeExpertWeightDType: DType?
    /// Multi-token-prediction modules shipped with the checkpoint (`num_nextn_predict_layers`,
    /// `mtp_num_hidden_layers`: 1 for DeepSeek-V3/R1, 0 for most models). Each is one more decoder
    /// layer (``multiTokenPredictionLayer``) plus a `2h -> h` projection, sharing the embedding and
    /// output head; engines use it as the draft model of speculative decoding (``SpeculativeDecoding``).
    public var multiTokenPredictionLayers: Int
    /// The decoder layer of a multi-token-prediction module (the model's own last layer shape
    /// unless the config says otherwise).
    public var multiTokenPredictionLayer: DecoderLayer
    /// What the loader read but does not cost (a vision tower, keys without effect on serving
    /// cost that a reader might expect to matter); shown as notes.
    public var ignored: [String]
    /// The layers, in order.
    public private(set) var layers: [DecoderLayer]
    /// Layers of one shape, in order of first appearance.
    public private(set) var layerGroups: [LayerGroup]

    /// A model from its layers; `multiTokenPredictionLayer` defaults to the last layer's shape.
    public init(
        id: String, name: String? = nil, modelType: String, hiddenSize: Int, vocabularySize: Int, tiedEmbeddings: Bool = false,
        layers: [DecoderLayer], maxContextTokens: Int = 4096, nativeWeightDType: DType = .bf16,
        nativeExpertWeightDType: DType? = nil, multiTokenPredictionLayers: Int = 0,
        multiTokenPredictionLayer: DecoderLayer? = nil, ignored: [String] = []
    ) {
        precondition(!layers.isEmpty, "a model has at least one layer")
        self.id = id
        self.name = name ?? id
        self.modelType = modelType
        self.hiddenSize = hiddenSize
        self.vocabularySize = vocabularySize
        self.tiedEmbeddings = tiedEmbeddings
        self.maxContextTokens = maxContextTokens
        self.nativeWeightDType = nativeWeightDType
        self.nativeExpertWeightDType = nativeExpertWeightDType
        self.multiTokenPredictionLayers = multiTokenPredictionLayers
        self.multiTokenPredictionLayer = multiTokenPredictionLayer ?? layers[layers.count - 1]
        self.ignored = ignored
        self.layers = layers
        self.layerGroups = LayerGroup.grouping(layers)
    }

    /// Decoder layers (`num_hidden_layers`); multi-token-prediction modules are not counted.
    public var layerCount: Int { layers.count }

    /// The routed experts of the model's MoE layers (the first MoE block; models whose MoE layers
    /// differ only in routing share one), nil for dense models.
    public var moe: MixtureOfExperts? {
        for group in layerGroups { if let moe = group.layer.feedForward.experts { return moe } }
        return nil
    }

    /// Number of MoE layers.
    public var moeLayerCount: Int { layerGroups.reduce(0) { $0 + ($1.layer.feedForward.experts != nil ? $1.count : 0) } }

    /// Whether any layer keeps a state that grows with the context without a cap (full attention,
    /// MLA, compressed attention's compressed cache).
    public var hasGrowingState: Bool { layerGroups.contains { $0.layer.mixer.stateGrowsWithContext } }
}
