/// A model placed on chips: which accelerator, how it is split, in which precisions, under
/// which engine profile and calibration.
public struct Deployment: Sendable, Hashable {
    /// The chip, engine and calibration descriptions (names, sources, curves), shared by copies
    /// until one is changed: a sweep copies a deployment into every estimator it builds, and
    /// copying them field by field cost more than the estimate.
    private final class Descriptions: @unchecked Sendable {
        var accelerator: Accelerator
        var engine: EngineProfile
        var calibration: CalibrationProfile

        init(accelerator: Accelerator, engine: EngineProfile, calibration: CalibrationProfile) {
            self.accelerator = accelerator
            self.engine = engine
            self.calibration = calibration
        }
    }

    private var descriptions: Descriptions

    /// ``descriptions``, copied first if another deployment shares them (copy on write).
    private mutating func ownDescriptions() -> Descriptions {
        if !isKnownUniquelyReferenced(&descriptions) {
            descriptions = Descriptions(accelerator: descriptions.accelerator, engine: descriptions.engine, calibration: descriptions.calibration)
        }
        return descriptions
    }

    /// The chip every rank runs on.
    public var accelerator: Accelerator {
        get { descriptions.accelerator }
        set { ownDescriptions().accelerator = newValue }
    }
    /// The parallel layout.
    public var parallelism: Parallelism
    /// Precision of the linear-layer weights (embeddings, norms and router stay bf16).
    public var weightDType: DType
    /// Precision of the KV cache.
    public var kvDType: DType
    /// Serving-engine profile.
    public var engine: EngineProfile {
        get { descriptions.engine }
        set { ownDescriptions().engine = newValue }
    }
    /// Efficiency curves for the accelerator.
    public var calibration: CalibrationProfile {
        get { descriptions.calibration }
        set { ownDescriptions().calibration = newValue }
    }
    /// Speculative decoding with the model's MTP module; nil decodes one token per step.
    public var speculative: SpeculativeDecoding?
    /// Precision of the routed experts where it differs from ``weightDType`` (the 4-bit experts of
    /// gpt-oss and DeepSeek-V4 checkpoints, ``Accelerator/defaultExpertWeightDType(native:)``); nil =
    /// the experts are in ``weightDType`` too.
    public var expertWeightDType: DType?

    /// A deployment; ``Estimator/init(model:deployment:)`` checks that it can run.
    public init(
        accelerator: Accelerator, parallelism: Parallelism, weightDType: DType, kvDType: DType = .bf16,
        engine: EngineProfile, calibration: CalibrationProfile, speculative: SpeculativeDecoding? = nil, expertWeightDType: DType? = nil
    ) {
        descriptions = Descriptions(accelerator: accelerator, engine: engine, calibration: calibration)
        self.parallelism = parallelism
        self.weightDType = weightDType
        self.kvDType = kvDType
        self.speculative = speculative
        self.expertWeightDType = expertWeightDType
    }

    public static func == (a: Deployment, b: Deployment) -> Bool {
        a.parallelism == b.parallelism && a.weightDType == b.weightDType && a.kvDType == b.kvDType
            && a.speculative == b.speculative && a.expertWeightDType == b.expertWeightDType
            && (a.descriptions === b.descriptions
                || (a.accelerator == b.accelerator && a.engine == b.engine && a.calibration == b.calibration))
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(accelerator)
        hasher.combine(parallelism)
        hasher.combine(weightDType)
        hasher.combine(kvDType)
        hasher.combine(engine)
        hasher.combine(calibration)
        hasher.combine(speculative)
        hasher.combine(expertWeightDType)
    }

    func validatePrecisions() throws {
        guard DType.weightChoices.contains(weightDType) else {
            throw InferCapError.unsupportedPrecision(
                accelerator: accelerator.id, dtype: "\(weightDType.rawValue) weights", fix: "use \(DType.weightChoiceList)")
        }
        guard DType.kvChoices.contains(kvDType) else {
            throw InferCapError.unsupportedPrecision(
                accelerator: accelerator.id, dtype: "\(kvDType.rawValue) KV cache", fix: "use \(DType.kvChoiceList)")
        }
        if let experts = expertWeightDType {
            guard DType.weightChoices.contains(experts), accelerator.supportsWeights(experts) else {
                throw InferCapError.unsupportedPrecision(
                    accelerator: accelerator.id, dtype: "\(experts.rawValue) experts", fix: "use --expert-dtype \(supportedWeightChoices)")
            }
        }
        guard accelerator.supportsWeights(weightDType) else {
            throw InferCapError.unsupportedPrecision(
                accelerator: accelerator.id, dtype: weightDType.rawValue, fix: "use --weight-dtype \(supportedWeightChoices)")
        }
    }

    /// The weight precisions this chip runs, `|`-joined for an error's fix.
    private var supportedWeightChoices: String {
        DType.weightChoices.filter { accelerator.supportsWeights($0) }.map(\.rawValue).joined(separator: "|")
    }
}
