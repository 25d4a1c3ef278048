import Foundation

/// An estimate asked for by names, the way the CLI and most callers do: catalog ids (or
/// paths), optional layout and precisions; what is left out is chosen and said in the notes.
public struct EstimateRequest: Sendable, Hashable {
    /// Model id, alias or path to a `config.json`.
    public var model: String
    /// Accelerator id, alias or path to a spec file.
    public var accelerator: String
    /// The layout; nil lets ``LayoutAdvisor`` choose, or a search at ``chips`` when that is set.
    public var parallelism: Parallelism?
    /// With no ``parallelism``: the deployment's exact chip count. Every layout and weight
    /// precision of that size is searched (as ``SweepRequest/chips`` does) and the one with the
    /// most output tokens/s per chip within the workload's SLOs is estimated; nil = the
    /// standard layouts ``LayoutAdvisor`` tries.
    public var chips: Int? = nil
    /// Weight precision; nil = the checkpoint's own (fp8 for DeepSeek-V3/R1) when the chip
    /// supports it, else int8, else bf16.
    public var weightDType: DType?
    /// KV-cache precision.
    public var kvDType: DType
    /// Engine profile id.
    public var engine: String
    /// The workload.
    public var workload: Workload
    /// Whether to include per-operator breakdowns.
    public var breakdown: Bool
    /// Speculative decoding with the model's MTP module; nil = off.
    public var speculative: SpeculativeDecoding?
    /// Precision of the routed experts; nil = the checkpoint's own where it stores them apart
    /// (``Accelerator/defaultExpertWeightDType(native:)``), else ``weightDType``.
    public var expertWeightDType: DType?
    /// Engine settings that replace the profile's (``EngineOverrides``: vLLM's `--max-num-seqs`,
    /// `--max-num-batched-tokens`, `--gpu-memory-utilization`); empty keeps the profile as written.
    public var engineOverrides: EngineOverrides

    /// A request; what is left nil is chosen and said in ``Estimate/notes``.
    public init(
        model: String, accelerator: String, parallelism: Parallelism? = nil, weightDType: DType? = nil,
        kvDType: DType = .bf16, engine: String = Catalog.defaultEngineName, workload: Workload = Workload(), breakdown: Bool = false,
        speculative: SpeculativeDecoding? = nil, expertWeightDType: DType? = nil, engineOverrides: EngineOverrides = EngineOverrides(),
        chips: Int? = nil
    ) {
        self.chips = chips
        self.model = model
        self.accelerator = accelerator
        self.parallelism = parallelism
        self.weightDType = weightDType
        self.kvDType = kvDType
        self.engine = engine
        self.workload = workload
        self.breakdown = breakdown
        self.speculative = speculative
        self.expertWeightDType = expertWeightDType
        self.engineOverrides = engineOverrides
    }
}

extension Catalog {
    /// Resolves the names in a request and estimates it: what `infercap estimate` prints.
    ///
    /// Safe to call from many tasks at once on one catalog: it reads the catalog and builds
    /// everything else per call.
    public func estimate(_ request: EstimateRequest) throws(InferCapError) -> Estimate {
        try InferCapError.narrowing { try untypedEstimate(request) }
    }

    /// The request's deployment with its names resolved and, when no layout is given, the
    /// layout ``LayoutAdvisor`` chooses; with the notes saying what was chosen.
    func resolvedEstimator(_ request: EstimateRequest) throws -> (estimator: Estimator, notes: [String]) {
        let model = try self.model(named: request.model).architecture
        let accelerator = try self.accelerator(named: request.accelerator)
        var notes: [String] = []
        if request.engine.lowercased() == Catalog.defaultEngineName { notes.append(defaultEngineNote(for: accelerator)) }
        if let overridden = request.engineOverrides.note { notes.append("engine " + overridden) }
        let weightDType: DType
        if let chosen = request.weightDType {
            weightDType = chosen
        } else {
            weightDType = accelerator.defaultWeightDType(native: model.nativeWeightDType)
            if weightDType != model.nativeWeightDType {
                notes.append("\(accelerator.id) has no \(model.nativeWeightDType.rawValue): weights in \(weightDType.rawValue) (W8A8 as Ascend deployments run)")
            }
        }
        let experts = request.expertWeightDType ?? accelerator.defaultExpertWeightDType(native: model.nativeExpertWeightDType)
        if request.expertWeightDType == nil, let native = model.nativeExpertWeightDType {
            notes.append(Self.expertPrecisionNote(native: native, running: experts, accelerator: accelerator))
        }
        var deployment = Deployment(
            accelerator: accelerator, parallelism: request.parallelism ?? Parallelism(), weightDType: weightDType,
            kvDType: request.kvDType, engine: try engine(named: request.engine, for: accelerator).overridden(by: request.engineOverrides), calibration: try calibration(for: accelerator),
            speculative: request.speculative, expertWeightDType: experts)
        if request.parallelism == nil, let chips = request.chips {
            let best = try bestDeployment(request, accelerator: accelerator, chips: chips)
            deployment.parallelism = best.parallelism
            if best.weightDType != deployment.weightDType {
                notes.removeAll { $0.hasPrefix("\(accelerator.id) has no ") }
                deployment.weightDType = best.weightDType
            }
            try deployment.validatePrecisions()
            let l = best.parallelism
            notes.append("layout and weights chosen by searching every layout and precision on exactly \(chips) chips (as `sweep --chips \(chips)`): tp=\(l.tp) pp=\(l.pp) ep=\(l.ep) dp=\(l.dp), \(best.weightDType.rawValue) weights, the most output tokens/s per chip\(request.workload.slo == nil ? "" : " within the SLOs")")
        } else if request.parallelism == nil {
            try deployment.validatePrecisions()
            let (layout, _) = try LayoutAdvisor.best(model: model, deployment: deployment, workload: request.workload)
            deployment.parallelism = layout
            notes.append("layout chosen automatically (tp=\(layout.tp) pp=\(layout.pp) ep=\(layout.ep) dp=\(layout.dp)): most output tokens/s per chip among the standard layouts at the smallest fitting chip count and two doublings")
        }
        return (try Estimator(model: model, deployment: deployment), notes)
    }

    /// The frontier point with the most output tokens/s per chip among every deployment of
    /// exactly `chips` chips (the weight precision given, or each the chip supports).
    func bestDeployment(_ request: EstimateRequest, accelerator: Accelerator, chips: Int) throws -> FrontierPoint {
        guard (1...65_536).contains(chips) else {
            throw InferCapError.invalidWorkload(field: "chips", value: "\(chips)", fix: "use a whole number from 1 to 65536")
        }
        let w = request.workload
        var sweep = SweepRequest(
            model: request.model, accelerators: [accelerator.id], weightDTypes: request.weightDType.map { [$0] },
            kvDType: request.kvDType, engine: request.engine, maxChips: chips, inputTokens: w.inputTokens,
            outputTokens: w.outputTokens, contextTokens: w.contextTokens, slo: w.slo,
            threads: ProcessInfo.processInfo.activeProcessorCount, speculative: request.speculative, chips: chips)
        sweep.engineOverrides = request.engineOverrides
        let result = try untypedSweep(sweep, progress: nil, isCancelled: nil)
        guard let best = result.frontier.max(by: { $0.outputTokensPerSecondPerChip < $1.outputTokensPerSecondPerChip }) else {
            guard w.slo == nil else {
                throw InferCapError.sloUnreachable(
                    detail: "no layout of \(request.model) on exactly \(chips) x \(accelerator.id) meets them",
                    fix: "try another chip count (sweep --accelerators \(accelerator.id) shows which do) or relax the SLOs")
            }
            throw InferCapError.invalidParallelism(
                detail: "no layout of \(request.model) fits on exactly \(chips) x \(accelerator.id)",
                fix: "try another chip count (sweep --accelerators \(accelerator.id) shows which fit)")
        }
        return best
    }

    func untypedEstimate(_ request: EstimateRequest) throws -> Estimate {
        let (estimator, notes) = try resolvedEstimator(request)
        var estimate = try estimator.estimate(request.workload, breakdown: request.breakdown)
        let deployment = estimator.deployment
        let accelerator = deployment.accelerator
        estimate.notes = notes + estimate.notes
        let calibration = deployment.calibration
        estimate.confidence = confidence?.confidence(
            family: accelerator.family, hasKernelData: calibration.measuredOn != nil) ?? []
        if estimate.confidence.contains(where: \.extrapolating) {
            estimate.notes.append("extrapolating: no measured serving points for the \(accelerator.family) family, or no kernel measurements behind \(accelerator.id)'s curves; treat the error band as indicative")
        }
        return estimate
    }
}

extension Catalog {
    /// What a checkpoint's separately stored experts run as on a chip, in one note.
    static func expertPrecisionNote(native: DType, running: DType?, accelerator: Accelerator) -> String {
        switch running {
        case .fp4?:
            return "the checkpoint's routed experts are \(native.rawValue): on \(accelerator.id) they run natively at the FP4 tensor-core peak (the rest of the model in its weight precision)"
        case .mxfp4?:
            return "the checkpoint's routed experts are 4-bit (\(native.rawValue)): \(accelerator.id) has no FP4 tensor cores, so they run weight-only, dequantised into bf16 products (4.25 bits read per weight)"
        case let other?:
            return "the checkpoint's routed experts are \(native.rawValue), run in \(other.rawValue)"
        case nil:
            return "the checkpoint's routed experts are \(native.rawValue), which \(accelerator.id) does not run: they take the model's weight precision"
        }
    }
}
