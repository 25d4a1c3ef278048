/// `vllm serve` for a deployment, on NVIDIA GPUs or, through the vllm-ascend plugin, Ascend NPUs.
///
/// Flags are vLLM's engine arguments (vLLM docs, "Engine Arguments"): `--tensor-parallel-size`,
/// `--pipeline-parallel-size`, `--data-parallel-size`, `--enable-expert-parallel` (experts spread
/// over all tp x dp ranks of a stage), `--kv-cache-dtype`, `--gpu-memory-utilization` (the whole
/// footprint: weights, activations and KV cache, as infercap's memory utilisation),
/// `--max-num-seqs` and `--max-num-batched-tokens` (per data-parallel engine, as infercap's caps per
/// rank). Several nodes: data parallel with `--data-parallel-size-local` and `--headless` ranks
/// when one tp x pp group fits a node, else Ray (vLLM docs, "Data Parallel Deployment",
/// "Distributed Inference and Serving").
enum VLLMLaunch {
    /// The port node 0 takes data-parallel RPC on (the value vLLM's documentation uses).
    static let rpcPort = "13345"

    static func render(_ s: LaunchSettings, engine: ServingEngine, ascend: Bool) -> EngineLaunch {
        let p = s.layout
        var notes: [String] = []
        if ascend {
            notes.append("vLLM-Ascend: the vllm-ascend plugin installed beside vLLM takes vLLM's flags")
            if s.deployment.accelerator.family == "ascend-910c" {
                notes.append("vLLM-Ascend counts each 910C die as an NPU: double every rank count below (tp, dp, ep) for the same packages")
            }
        }
        var args = ["vllm", "serve", s.modelPath, "--tensor-parallel-size", "\(p.tp)"]
        if p.pp > 1 { args += ["--pipeline-parallel-size", "\(p.pp)"] }
        if p.dp > 1 { args += ["--data-parallel-size", "\(p.dp)"] }
        if !s.isMoE && p.dp > 1 { notes.append("--data-parallel-size \(p.dp) runs \(p.dp) independent replicas of tp=\(p.tp) behind one API server") }
        if p.ep > 1 {
            args.append("--enable-expert-parallel")
            if p.ep != p.stageChips {
                notes.append("vLLM's --enable-expert-parallel spreads the experts over all tp x dp = \(p.stageChips) ranks; infercap's ep=\(p.ep) (each expert split over \(p.expertTP) chips) has no vLLM flag, so this command runs ep=\(p.stageChips)")
            }
        }
        if ascend && s.deployment.weightDType == .int8 {
            args += ["--quantization", "ascend"]
            if s.nativeWeightDType != .int8 {
                notes.append("int8 weights (W8A8) of a \(s.nativeWeightDType.rawValue) checkpoint: vLLM-Ascend loads a checkpoint quantised with msModelSlim (--quantization ascend); point the command at it")
            }
        } else {
            if s.onlineFP8 && !ascend {
                args += ["--quantization", "fp8"]
                notes.append("fp8 weights of a \(s.nativeWeightDType.rawValue) checkpoint: vLLM quantises them at load time (--quantization fp8); a pre-quantised FP8 checkpoint runs the same")
            }
            if let note = s.checkpointNote(engine.displayName, quantisesFP8Online: !ascend) { notes.append(note) }
        }
        switch s.deployment.kvDType {
        case .fp8:
            args += ["--kv-cache-dtype", "fp8"]
        case .int8 where ascend:
            args += ["--kv-cache-dtype", "auto"]
            notes.append("int8 KV cache: vLLM-Ascend has no --kv-cache-dtype int8; it comes with a checkpoint quantised for it (msModelSlim)")
        case .int8:
            args += ["--kv-cache-dtype", "fp8"]
            notes.append("vLLM has no int8 KV cache on GPUs: fp8 has the same size")
        default:
            args += ["--kv-cache-dtype", "auto"]
        }
        args += [
            "--gpu-memory-utilization", "\(s.profile.memoryUtilization)", "--max-num-seqs", "\(s.profile.maxBatchPerRank)",
            "--max-num-batched-tokens", "\(s.profile.maxPrefillTokens)",
        ]
        if let graphs = s.cudaGraphOverride {
            // vLLM sizes its graphs in tokens a step: each sequence verifies its drafts too.
            let tokens = graphs * (s.deployment.speculative?.verifiedTokensPerSequence ?? 1)
            args += ["--compilation-config", "{\"max_cudagraph_capture_size\": \(tokens)}"]
        }
        var others: [[String]] = []
        if s.nodes > 1 {
            let group = p.tp * p.pp
            if group <= s.chipsPerNode, s.chipsPerNode % group == 0, p.dp % (s.chipsPerNode / group) == 0 {
                let local = s.chipsPerNode / group
                let shared = [
                    "--data-parallel-size-local", "\(local)", "--data-parallel-address", LaunchPlan.headAddressPlaceholder,
                    "--data-parallel-rpc-port", rpcPort,
                ]
                others = (1..<s.nodes).map { node in args + ["--headless", "--data-parallel-start-rank", "\(node * local)"] + shared }
                args += shared
                notes.append("\(s.nodes) nodes, \(local) data-parallel ranks each: node 0 serves the API, the others run headless from their --data-parallel-start-rank")
            } else {
                args += ["--distributed-executor-backend", "ray"]
                others = (1..<s.nodes).map { _ in ["ray", "start", "--block", "--address", "\(LaunchPlan.headAddressPlaceholder):6379"] }
                notes.append("\(s.nodes) nodes with Ray (one tp x pp group of \(group) chips spans nodes): run `ray start --head --port 6379` on node 0, the ray command on the others, then the vllm command on node 0 only")
            }
        }
        if let note = s.estimateNote { notes.append(note) }
        if let note = s.cudaGraphNote { notes.append(note) }
        return EngineLaunch(
            engine: engine, profile: s.profile.id, command: args, otherNodeCommands: others, yamlFile: nil, yaml: nil, notes: notes)
    }
}
