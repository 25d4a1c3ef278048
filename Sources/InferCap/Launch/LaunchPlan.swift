/// Start-up commands for a deployment infercap estimated: what `infercap launch` prints.
///
/// The layout, precisions and engine settings are the ones the estimate assumed, written as each
/// engine's flags (``EngineLaunch``), so that a measured run can be set up as the estimate was.
/// Encodes to the JSON the CLI prints (snake_case keys).
public struct LaunchPlan: Sendable, Hashable, Encodable {
    /// Model id.
    public var model: String
    /// HuggingFace repository the commands load (`huggingface_repo` in `specs/models/index.json`);
    /// nil when the catalog has none, and the commands then load ``modelPlaceholder``.
    public var huggingFaceRepo: String?
    /// Accelerator id.
    public var accelerator: String
    /// The layout, given or chosen as `estimate` chooses it.
    public var parallelism: Parallelism
    /// Chips in the deployment (tp x pp x dp).
    public var chips: Int
    /// Chips per host the commands assume: the chip's scale-up domain where that is one server
    /// (8-GPU HGX boards, 8-NPU Atlas 800 servers), else 8 (rack-scale domains such as GB200
    /// NVL72, whose compute trays hold 4 GPUs, span several hosts).
    public var chipsPerNode: Int
    /// Hosts the deployment spans: chips / ``chipsPerNode``, rounded up.
    public var nodes: Int
    /// Weight precision the estimate assumed.
    public var weightDType: DType
    /// KV-cache precision the estimate assumed.
    public var kvDType: DType
    /// What was chosen or assumed for every engine (the layout choice, the model path).
    public var notes: [String]
    /// One entry per engine, in the order asked.
    public var engines: [EngineLaunch]

    /// What the commands load when the model has no HuggingFace repository in the catalog.
    public static let modelPlaceholder = "MODEL_DIR"
    /// What the commands use for the address of node 0 in a multi-node deployment.
    public static let headAddressPlaceholder = "HEAD_IP"

    enum CodingKeys: String, CodingKey {
        case model, huggingFaceRepo = "huggingface_repo", accelerator, parallelism, chips, chipsPerNode = "chips_per_node", nodes
        case weightDType = "weight_dtype", kvDType = "kv_dtype", notes, engines
    }
}

/// One engine's start-up command for a ``LaunchPlan``.
public struct EngineLaunch: Sendable, Hashable, Encodable {
    /// The engine.
    public var engine: ServingEngine
    /// Id of the engine profile whose settings (memory fraction, running-sequence cap, token
    /// budget, with any ``EngineOverrides``) the command carries.
    public var profile: String
    /// The command for node 0 as an argument vector; nil where the engine has no command line
    /// for this chip (MindIE, TensorRT-LLM off NVIDIA), and ``notes`` say why.
    public var command: [String]?
    /// The commands for nodes 1, 2, ... of a multi-node deployment, in node order; empty on one node.
    public var otherNodeCommands: [[String]]
    /// Name of the extra-options file the command reads (TensorRT-LLM's `--extra_llm_api_options`).
    public var yamlFile: String?
    /// That file's text, YAML.
    public var yaml: String?
    /// What the command cannot say: checkpoints to quantise first, layouts the engine expresses
    /// differently, how to start the other nodes.
    public var notes: [String]

    enum CodingKeys: String, CodingKey {
        case engine, profile, command, otherNodeCommands = "other_node_commands", yamlFile = "yaml_file", yaml, notes
    }
}

extension Catalog {
    /// The start-up commands of `request`'s deployment for `engines` (nil: the chip's
    /// ``ServingEngine/defaults(for:)``).
    ///
    /// Without a layout in the request, the layout is the one ``estimate(_:)`` chooses for it (with
    /// the request's engine profile). Each engine's command then carries its own profile's
    /// settings, or the request's profile where that belongs to the engine, with the request's
    /// ``EngineOverrides`` applied, and the memory fractions are derived from the memory plan of an
    /// estimate made with that profile on that layout.
    public func launchPlan(_ request: EstimateRequest, engines: [ServingEngine]? = nil) throws(InferCapError) -> LaunchPlan {
        try InferCapError.narrowing { try untypedLaunchPlan(request, engines: engines) }
    }

    func untypedLaunchPlan(_ request: EstimateRequest, engines: [ServingEngine]?) throws -> LaunchPlan {
        let entry = try model(named: request.model)
        let (estimator, resolvedNotes) = try resolvedEstimator(request)
        let deployment = estimator.deployment
        let accelerator = deployment.accelerator
        let layout = deployment.parallelism
        let chipsPerNode = max(1, min(accelerator.scaleUp.domainSize, 8))
        let nodes = (layout.chips + chipsPerNode - 1) / chipsPerNode
        // Each engine below carries its own profile, so the default-engine note does not apply;
        // with no layout given, the layout was chosen under that default, as the note says.
        let defaultNote = defaultEngineNote(for: estimator.deployment.accelerator)
        var notes = resolvedNotes.filter { $0 != defaultNote }
        if request.parallelism == nil, request.engine.lowercased() == Catalog.defaultEngineName {
            notes = notes.map { $0.hasPrefix("layout chosen automatically") ? $0 + " (rated with \(estimator.deployment.engine.id), the chip's default engine)" : $0 }
        }
        if entry.huggingFaceRepo == nil {
            notes.append("\(entry.id) has no huggingface_repo in the catalog (specs/models/index.json; a config given by path has none): replace \(LaunchPlan.modelPlaceholder) with the checkpoint's folder or repository id")
        }
        if layout.chips > accelerator.scaleUp.domainSize {
            notes.append("\(layout.chips) chips exceed \(accelerator.id)'s scale-up domain of \(accelerator.scaleUp.domainSize): the layout spans \(nodes) nodes of \(chipsPerNode) and its collectives cross the scale-out network (\(accelerator.scaleOut.name)), as infercap costed them; \(LaunchPlan.headAddressPlaceholder) is node 0's address")
        } else if nodes > 1 {
            notes.append("\(layout.chips) chips on \(nodes) hosts of \(chipsPerNode) (assumed) inside one scale-up domain of \(accelerator.scaleUp.domainSize); \(LaunchPlan.headAddressPlaceholder) is node 0's address")
        }
        let requested = ServingEngine(profileID: deployment.engine.id)
        var launches: [EngineLaunch] = []
        for engine in engines ?? ServingEngine.defaults(for: accelerator) {
            // The profile the request named for this engine (its deployment's, `default` resolved).
            let profileID = requested == engine ? deployment.engine.id : engine.defaultProfile
            let settings = LaunchSettings(
                entry: entry, deployment: deployment, workload: request.workload, chipsPerNode: chipsPerNode, nodes: nodes)
            launches.append(launch(engine, profile: profileID, overrides: request.engineOverrides, settings: settings))
        }
        return LaunchPlan(
            model: entry.id, huggingFaceRepo: entry.huggingFaceRepo, accelerator: accelerator.id, parallelism: layout, chips: layout.chips,
            chipsPerNode: chipsPerNode, nodes: nodes, weightDType: deployment.weightDType, kvDType: deployment.kvDType, notes: notes,
            engines: launches)
    }

    /// One engine's command: `settings` with the engine's profile, estimated; a note instead of a
    /// command when that estimate fails (the layout does not fit under that profile's memory).
    private func launch(_ engine: ServingEngine, profile: String, overrides: EngineOverrides, settings: LaunchSettings) -> EngineLaunch {
        var settings = settings
        settings.cudaGraphOverride = overrides.cudaGraphMaxBatch
        let result = Result { () throws -> Estimate in
            var own = settings.deployment
            own.engine = try self.engine(named: profile).overridden(by: overrides)
            settings.deployment = own
            return try Estimator(model: settings.entry.architecture, deployment: own).estimate(settings.workload)
        }
        switch result {
        case let .success(estimate):
            settings.estimate = estimate
            return settings.launch(engine)
        case let .failure(error):
            let reason = (error as? InferCapError)?.description ?? "\(error)"
            return EngineLaunch(
                engine: engine, profile: profile, command: nil, otherNodeCommands: [], yamlFile: nil, yaml: nil,
                notes: ["no command: with the \(profile) profile the estimate fails: \(reason)"])
        }
    }
}
