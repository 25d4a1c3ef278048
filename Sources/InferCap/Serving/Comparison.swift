/// Several accelerators for one model and workload, each in its best standard layout: what
/// `infercap compare` (and `infercap` alone) asks for.
public struct ComparisonRequest: Sendable, Hashable {
    /// The TPOT target a comparison uses when the workload gives neither a batch nor an SLO:
    /// 0.05 s, 20 output tokens/s per user, DeepSeek's reported production average
    /// (open-infra-index day 6, 2025-03-01), so chips are compared at the same user experience.
    public static let defaultTPOTSeconds = 0.05

    /// Model id, alias or `config.json` path.
    public var model: String
    /// Accelerator ids, aliases or spec paths, in the order the answer lists them.
    public var accelerators: [String]
    /// Weight precision for every chip; nil = the checkpoint's own where the chip has it,
    /// else int8, else bf16 (per chip).
    public var weightDType: DType?
    /// KV-cache precision.
    public var kvDType: DType
    /// Engine profile id.
    public var engine: String
    /// The workload; without `batch` and `slo`, ``defaultTPOTSeconds`` becomes its TPOT SLO.
    public var workload: Workload
    /// MTP speculative decoding on every chip; nil = off.
    public var speculative: SpeculativeDecoding?
    /// Each chip at exactly this many chips, its layout and precision searched
    /// (``EstimateRequest/chips``); nil = each in its best standard layout.
    public var chips: Int? = nil
    /// Engine settings that replace the profile's on every chip (``EngineOverrides``).
    public var engineOverrides: EngineOverrides

    /// A comparison; the defaults are the CLI's (DeepSeek-R1 on H20, H100 SXM and Ascend 910B).
    public init(
        model: String = "deepseek-r1", accelerators: [String] = ["h20", "h100-sxm", "ascend-910b-376t"],
        weightDType: DType? = nil, kvDType: DType = .bf16, engine: String = Catalog.defaultEngineName, workload: Workload = Workload(),
        speculative: SpeculativeDecoding? = nil, engineOverrides: EngineOverrides = EngineOverrides(), chips: Int? = nil
    ) {
        self.chips = chips
        self.model = model
        self.accelerators = accelerators
        self.weightDType = weightDType
        self.kvDType = kvDType
        self.engine = engine
        self.workload = workload
        self.speculative = speculative
        self.engineOverrides = engineOverrides
    }
}

/// The answer to a ``ComparisonRequest``: one estimate per accelerator, in the order asked.
public struct Comparison: Sendable, Hashable, Encodable {
    /// Model id, as asked.
    public var model: String
    /// The workload the estimates were made at (with the default TPOT SLO filled in when the
    /// request had neither batch nor SLO).
    public var workload: Workload
    /// One estimate per accelerator, layout chosen by ``LayoutAdvisor``.
    public var estimates: [Estimate]
    /// MTP speculative decoding as asked; nil = off.
    public var speculative: SpeculativeDecoding?
}

extension Catalog {
    /// Estimates a model on several accelerators at the same workload, each in its best
    /// standard layout; the first accelerator that cannot serve it ends the comparison with
    /// its error.
    public func compare(_ request: ComparisonRequest) throws(InferCapError) -> Comparison {
        guard !request.accelerators.isEmpty else {
            throw InferCapError.invalidWorkload(field: "accelerators", value: "", fix: "name at least one accelerator")
        }
        var workload = request.workload
        if workload.batch == nil && workload.slo == nil {
            workload.slo = LatencySLO(tpotSeconds: ComparisonRequest.defaultTPOTSeconds)
        }
        var estimates: [Estimate] = []
        for accelerator in request.accelerators {
            estimates.append(try estimate(EstimateRequest(
                model: request.model, accelerator: accelerator, weightDType: request.weightDType, kvDType: request.kvDType,
                engine: request.engine, workload: workload, speculative: request.speculative,
                engineOverrides: request.engineOverrides, chips: request.chips)))
        }
        return Comparison(model: request.model, workload: workload, estimates: estimates, speculative: request.speculative)
    }
}
