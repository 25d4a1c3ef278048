// Building catalog entries in code: a planner that keeps its hardware or models in its own
// database constructs them here and adds them with `Catalog.add(_:)`. Values built this way
// are not range-checked the way spec files are; ``Estimator`` still refuses layouts and
// precisions that cannot run.

extension Accelerator {
    /// An accelerator from its figures: SI units, per package, dense, as the properties of the
    /// same names describe (`denseFlopsPerSecond` in FLOP/s per precision, bf16 or fp16
    /// needed; `memoryBytes` in bytes; `memoryBytesPerSecond` in bytes per second). The id and
    /// aliases are lowercased; `calibration` names the profile estimates use (`default`, the
    /// median curves of the measured chips, when the chip has no kernel measurements).
    public init(
        id: String, name: String, vendor: String = "unknown", family: String = "unknown", aliases: [String] = [],
        denseFlopsPerSecond: [DType: Double], memoryBytes: Double, memoryBytesPerSecond: Double, scaleUp: Link, scaleOut: Link,
        tdpWatts: Double? = nil, priceUSD: Double? = nil, rentalUSDPerHour: Double? = nil, calibration: String = "default",
        sources: [String: String] = [:], notes: [String] = []
    ) {
        self.id = id.lowercased()
        self.name = name
        self.aliases = aliases.map { $0.lowercased() }
        self.vendor = vendor
        self.family = family
        self.denseFlopsPerSecond = denseFlopsPerSecond
        self.memoryBytes = memoryBytes
        self.memoryBytesPerSecond = memoryBytesPerSecond
        self.scaleUp = scaleUp
        self.scaleOut = scaleOut
        self.tdpWatts = tdpWatts
        self.priceUSD = priceUSD
        self.rentalUSDPerHour = rentalUSDPerHour
        self.calibration = calibration
        self.sources = sources
        self.notes = notes
    }
}

extension ModelArchitecture {
    /// A uniform model's attention, for ``init(id:name:modelType:hiddenSize:layerCount:vocabularySize:tiedEmbeddings:attention:denseIntermediateSize:moe:moeLayers:maxContextTokens:nativeWeightDType:attentionBias:multiTokenPredictionLayers:)``.
    public enum Attention: Sendable, Hashable {
        /// Grouped-query attention over the full context (MHA when `kvHeads == heads`, MQA when 1).
        case grouped(heads: Int, kvHeads: Int, headDim: Int, qkNorm: Bool)
        /// DeepSeek multi-head latent attention.
        case latent(heads: Int, qLoraRank: Int?, kvLoraRank: Int, qkNopeHeadDim: Int, qkRopeHeadDim: Int, vHeadDim: Int)

        func mixer(bias: Bool) -> TokenMixer {
            switch self {
            case let .grouped(heads, kvHeads, headDim, qkNorm):
                return .attention(SoftmaxAttention(heads: heads, kvHeads: kvHeads, headDim: headDim, qkNorm: qkNorm, bias: bias))
            case let .latent(heads, qLoraRank, kvLoraRank, nope, rope, v):
                return .latent(LatentAttention(
                    heads: heads, qLoraRank: qLoraRank, kvLoraRank: kvLoraRank, qkNopeHeadDim: nope, qkRopeHeadDim: rope, valueHeadDim: v))
            }
        }
    }

    /// A model whose layers all share one attention: dense gated MLPs of `denseIntermediateSize`,
    /// or the `moe` block on the layers `moeLayers` marks (every layer when `moe` is given and
    /// `moeLayers` is not).
    public init(
        id: String, name: String? = nil, modelType: String, hiddenSize: Int, layerCount: Int, vocabularySize: Int,
        tiedEmbeddings: Bool = false, attention: Attention, denseIntermediateSize: Int, moe: MixtureOfExperts? = nil,
        moeLayers: [Bool]? = nil, maxContextTokens: Int = 4096, nativeWeightDType: DType = .bf16, attentionBias: Bool = false,
        multiTokenPredictionLayers: Int = 0
    ) {
        let mixer = attention.mixer(bias: attentionBias)
        let pattern = moeLayers ?? Array(repeating: moe != nil, count: layerCount)
        let dense = DecoderLayer(mixer: mixer, feedForward: .dense(DenseMLP(intermediateSize: denseIntermediateSize)))
        let layers = (0..<layerCount).map { index -> DecoderLayer in
            guard let moe, index < pattern.count, pattern[index] else { return dense }
            return DecoderLayer(mixer: mixer, feedForward: .mixture(moe))
        }
        self.init(
            id: id, name: name, modelType: modelType, hiddenSize: hiddenSize, vocabularySize: vocabularySize,
            tiedEmbeddings: tiedEmbeddings, layers: layers, maxContextTokens: maxContextTokens, nativeWeightDType: nativeWeightDType,
            multiTokenPredictionLayers: multiTokenPredictionLayers)
    }
}

extension ModelEntry {
    /// A catalog entry for an architecture; `path` names where it came from (shown in errors
    /// and summaries), and the rest is the index metadata the built-in models carry.
    public init(
        architecture: ModelArchitecture, path: String = "<in memory>", aliases: [String] = [], huggingFaceRepo: String? = nil,
        source: String? = nil, license: String? = nil, publishedParameters: Double? = nil, publishedActiveParameters: Double? = nil
    ) {
        self.architecture = architecture
        self.aliases = aliases.map { $0.lowercased() }
        self.huggingFaceRepo = huggingFaceRepo
        self.source = source
        self.license = license
        self.publishedParameters = publishedParameters
        self.publishedActiveParameters = publishedActiveParameters
        self.path = path
    }
}

extension CalibrationProfile {
    /// A calibration profile from fitted efficiency curves (fractions of datasheet peaks; see
    /// ``EfficiencyCurve``) and communication constants: `linkEfficiency`, the fraction of
    /// per-direction link bandwidth collectives reach (0...1), and `collectiveLatencySeconds`,
    /// the fixed latency of one collective inside a scale-up domain, and `networkHopSeconds`, the
    /// latency of one scale-out hop (0: not modelled). Without `attentionDecodeLatent`, MLA decode uses
    /// the `attentionDecode` curve, as a profile file without that class does. `summary` is the
    /// one line an estimate shows for a profile without kernel timings of its own.
    public init(
        id: String, measuredOn: String? = nil, source: String = "", gemm: EfficiencyCurve, groupedGemm: EfficiencyCurve,
        attentionDecode: EfficiencyCurve, attentionDecodeLatent: EfficiencyCurve? = nil, attentionPrefill: EfficiencyCurve,
        elementwise: EfficiencyCurve, linkEfficiency: Double, collectiveLatencySeconds: Double, networkHopSeconds: Double = 0,
        summary: String? = nil
    ) {
        self.id = id
        self.summary = summary
        self.measuredOn = measuredOn
        self.source = source
        self.gemm = gemm
        self.groupedGemm = groupedGemm
        self.attentionDecode = attentionDecode
        self.attentionDecodeLatent = attentionDecodeLatent ?? attentionDecode
        self.attentionPrefill = attentionPrefill
        self.elementwise = elementwise
        self.linkEfficiency = linkEfficiency
        self.collectiveLatencySeconds = collectiveLatencySeconds
        self.networkHopSeconds = networkHopSeconds
    }
}

extension EngineProfile {
    /// An engine profile; the defaults are those a spec file gets when it leaves a field out
    /// (no host time, KV taken as generated, prefill stalls decode fully, no communication overlap).
    public init(
        id: String, description: String = "", aliases: [String] = [], memoryUtilization: Double, maxBatchPerRank: Int, maxPrefillTokens: Int,
        kvReservedOutputFraction: Double = 0, decodeKernelOverheadSeconds: Double? = nil, ttftDecodeSteps: Double = 0, prefillStallFraction: Double = 1,
        stepSecondsPerSequence: Double = 0, moeKernelEfficiency: Double = 1, prefillMoEKernelEfficiency: Double? = nil,
        prefillMoESyncSeconds: Double = 0,
        dataParallelPrefillAlignment: Double = 1, communicationOverlap: Double = 0, sources: [String: String] = [:]
    ) {
        self.id = id
        self.description = description
        self.memoryUtilization = memoryUtilization
        self.maxBatchPerRank = maxBatchPerRank
        self.maxPrefillTokens = maxPrefillTokens
        self.kvReservedOutputFraction = kvReservedOutputFraction
        self.decodeKernelOverheadSeconds = decodeKernelOverheadSeconds
        self.ttftDecodeSteps = ttftDecodeSteps
        self.prefillStallFraction = prefillStallFraction
        self.stepSecondsPerSequence = stepSecondsPerSequence
        self.moeKernelEfficiency = moeKernelEfficiency
        self.prefillMoEKernelEfficiency = prefillMoEKernelEfficiency
        self.prefillMoESyncSeconds = prefillMoESyncSeconds
        self.dataParallelPrefillAlignment = dataParallelPrefillAlignment
        self.aliases = aliases.map { $0.lowercased() }
        self.communicationOverlap = communicationOverlap
        self.sources = sources
    }
}
