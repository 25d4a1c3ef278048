/// MindIE Service's settings for a deployment. MindIE has no command-line equivalent of the
/// other engines' flags: it reads `config.json` (MindIE-LLM docs, service parameter
/// configuration) and is started with `mindieservice_daemon`, so the plan carries notes only.
enum MindIELaunch {
    static func render(_ s: LaunchSettings) -> EngineLaunch {
        let p = s.layout
        var notes = [
            "no command: MindIE Service has no command-line flags; write these settings in its config.json and start mindieservice_daemon",
            "ModelDeployConfig: modelWeightPath = a local copy of \(s.modelPath), worldSize \(min(p.chips, s.chipsPerNode)) per node, tp \(p.tp), dp \(p.dp)\(s.isMoE ? ", moe_ep \(p.ep), moe_tp \(p.expertTP)" : ""); ScheduleConfig: maxBatchSize \(s.profile.maxBatchPerRank), maxPrefillTokens \(s.profile.maxPrefillTokens); environment NPU_MEMORY_FRACTION=\(s.profile.memoryUtilization)",
        ]
        if let note = s.checkpointNote("MindIE", quantisesFP8Online: false) { notes.append(note) }
        if s.deployment.kvDType != .bf16 && s.deployment.kvDType != .fp16 {
            notes.append("\(s.deployment.kvDType.rawValue) KV cache: MindIE takes it from a checkpoint quantised for it (msModelSlim)")
        }
        if let note = s.estimateNote { notes.append(note) }
        if let graphs = s.cudaGraphOverride {
            notes.append("MindIE's configuration has no graph-capture batch limit: --cuda-graph-max-bs \(graphs) changed the estimate only")
        }
        return EngineLaunch(engine: .mindie, profile: s.profile.id, command: nil, otherNodeCommands: [], yamlFile: nil, yaml: nil, notes: notes)
    }
}
