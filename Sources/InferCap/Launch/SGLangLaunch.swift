/// `python -m sglang.launch_server` for a deployment (SGLang docs, "Server Arguments").
///
/// With data-parallel attention SGLang counts ranks over the whole stage: `--tp-size` is tp x dp,
/// `--dp-size` the attention groups with `--enable-dp-attention`, `--ep-size` the expert ranks;
/// `--max-running-requests` and `--chunked-prefill-size` are totals it divides by `--dp-size`
/// (server_args: `chunked_prefill_size // dp_size` under DP attention), so they are infercap's per-rank
/// caps times dp. Without it (dense models) `--dp-size` runs replicas of `--tp-size` each.
/// `--mem-fraction-static` covers weights and the KV pool, not the activation workspace
/// (``LaunchSettings/staticMemoryFraction``). Several nodes: `--nnodes`, `--node-rank`, `--dist-init-addr`.
enum SGLangLaunch {
    /// The port node 0 takes the distributed initialisation on (the value SGLang's examples use).
    static let initPort = "5000"

    static func render(_ s: LaunchSettings) -> EngineLaunch {
        let p = s.layout
        let dpa = s.attentionDataParallel
        var notes: [String] = []
        var args = ["python", "-m", "sglang.launch_server", "--model-path", s.modelPath, "--tp-size", "\(s.deployment.serverTensorParallel(model: s.entry.architecture))"]
        if p.pp > 1 { args += ["--pp-size", "\(p.pp)"] }
        if p.dp > 1 { args += ["--dp-size", "\(p.dp)"] }
        if dpa {
            args.append("--enable-dp-attention")
            notes.append("--tp-size counts all \(p.tp * p.dp) ranks of a stage; --enable-dp-attention splits attention into \(p.dp) groups of tp=\(p.tp); --max-running-requests and --chunked-prefill-size are totals SGLang divides by --dp-size")
        } else if p.dp > 1 {
            notes.append("--dp-size \(p.dp) without DP attention runs \(p.dp) replicas of tp=\(p.tp)")
        }
        if p.ep > 1 { args += ["--ep-size", "\(p.ep)"] }
        if s.onlineFP8 {
            args += ["--quantization", "fp8"]
            notes.append("fp8 weights of a \(s.nativeWeightDType.rawValue) checkpoint: SGLang quantises them at load time (--quantization fp8); a pre-quantised FP8 checkpoint runs the same")
        }
        if let note = s.checkpointNote("SGLang", quantisesFP8Online: true) { notes.append(note) }
        switch s.deployment.kvDType {
        case .fp8: args += ["--kv-cache-dtype", "fp8_e4m3"]
        case .int8:
            args += ["--kv-cache-dtype", "fp8_e4m3"]
            notes.append("SGLang has no int8 KV cache: fp8_e4m3 has the same size")
        default: args += ["--kv-cache-dtype", "auto"]
        }
        let ranks = dpa ? p.dp : 1
        args += [
            "--mem-fraction-static", s.staticMemoryFraction, "--max-running-requests", "\(s.profile.maxBatchPerRank * ranks)",
            "--chunked-prefill-size", "\(s.profile.maxPrefillTokens * ranks)",
        ]
        if let graphs = s.cudaGraphOverride { args += ["--cuda-graph-max-bs", "\(graphs)"] }
        if let memory = s.memory {
            notes.append("--mem-fraction-static \(s.staticMemoryFraction) = (weights \(gb(memory.weightBytesPerChip)) + KV cache \(gb(memory.kvCapacityBytesPerChip))) / \(gb(memory.deviceBytes)) per chip, the activation workspace outside it (memory utilisation \(s.profile.memoryUtilization) in infercap's terms)")
        }
        var others: [[String]] = []
        if s.nodes > 1 {
            func node(_ rank: Int) -> [String] {
                args + ["--nnodes", "\(s.nodes)", "--node-rank", "\(rank)", "--dist-init-addr", "\(LaunchPlan.headAddressPlaceholder):\(initPort)"]
            }
            others = (1..<s.nodes).map(node)
            args = node(0)
            notes.append("\(s.nodes) nodes: the same command on each with its --node-rank; node 0 serves the API")
        }
        if let note = s.estimateNote { notes.append(note) }
        if let note = s.cudaGraphNote { notes.append(note) }
        return EngineLaunch(
            engine: .sglang, profile: s.profile.id, command: args, otherNodeCommands: others, yamlFile: nil, yaml: nil, notes: notes)
    }

    /// Bytes as gigabytes with one decimal ("46.5 GB").
    static func gb(_ bytes: Double) -> String { "\((bytes / 1e8).rounded() / 10) GB" }
}
