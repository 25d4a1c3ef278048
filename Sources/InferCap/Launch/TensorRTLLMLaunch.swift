/// `trtllm-serve` and its `--extra_llm_api_options` YAML for a deployment (TensorRT-LLM docs,
/// "trtllm-serve" and the LLM API reference).
///
/// `--tp_size` is every rank of a stage (tp x dp with attention DP, which the YAML's
/// `enable_attention_dp: true` turns on), `--pp_size` the stages, `--ep_size` the expert ranks
/// (each expert split over the rest); `--max_batch_size` and `--max_num_tokens` are per rank.
/// `--kv_cache_free_gpu_memory_fraction` is the share of the memory left after the weights and
/// the workspace (``LaunchSettings/freeMemoryFraction``). The YAML's `kv_cache_config` repeats it:
/// a YAML section replaces the command line's.
enum TensorRTLLMLaunch {
    /// The extra-options file the command reads.
    static let yamlFile = "extra-llm-api-options.yaml"

    static func render(_ s: LaunchSettings) -> EngineLaunch {
        let p = s.layout
        let dpa = s.attentionDataParallel
        var notes: [String] = []
        var args = ["trtllm-serve", s.modelPath, "--tp_size", "\(dpa ? p.tp * p.dp : p.tp)"]
        if p.pp > 1 { args += ["--pp_size", "\(p.pp)"] }
        if s.isMoE { args += ["--ep_size", "\(p.ep)"] }
        if dpa && p.tp > 1 {
            notes.append("TensorRT-LLM's attention DP runs attention on each of the \(p.tp * p.dp) ranks alone (tp=1 dp=\(p.tp * p.dp)), not infercap's tp=\(p.tp) x dp=\(p.dp): `infercap estimate --tp 1 --dp \(p.tp * p.dp) --ep \(p.ep)` predicts what this command runs")
        }
        if !s.isMoE && p.dp > 1 {
            notes.append("trtllm-serve has no data parallelism for dense models: start \(p.dp) copies of this command (tp=\(p.tp) each, own GPUs and --port) behind a load balancer")
        }
        if let note = s.checkpointNote("TensorRT-LLM", quantisesFP8Online: false) { notes.append(note) }
        let kv: String
        switch s.deployment.kvDType {
        case .fp8: kv = "fp8"
        case .int8:
            kv = "fp8"
            notes.append("TensorRT-LLM's PyTorch backend has no int8 KV cache: fp8 has the same size")
        default: kv = "auto"
        }
        let free = s.freeMemoryFraction
        args += [
            "--max_batch_size", "\(s.profile.maxBatchPerRank)", "--max_num_tokens", "\(s.profile.maxPrefillTokens)",
            "--kv_cache_free_gpu_memory_fraction", free, "--extra_llm_api_options", yamlFile,
        ]
        var yaml: [String] = []
        if dpa { yaml.append("enable_attention_dp: true") }
        yaml += [
            "kv_cache_config:", "  dtype: \(kv)", "  free_gpu_memory_fraction: \(free)", "cuda_graph_config:", "  enable_padding: true",
            "  max_batch_size: \(s.cudaGraphOverride ?? s.profile.maxBatchPerRank)",
        ]
        if let memory = s.memory {
            let left = memory.deviceBytes - memory.weightBytesPerChip - memory.activationBytesPerChip
            notes.append("free_gpu_memory_fraction \(free) = KV cache \(SGLangLaunch.gb(memory.kvCapacityBytesPerChip)) / \(SGLangLaunch.gb(left)) left after weights and workspace per chip (memory utilisation \(s.profile.memoryUtilization) in infercap's terms)")
        }
        if s.nodes > 1 {
            notes.append("\(s.nodes) nodes: start the command in one MPI world across them, e.g. `srun -N \(s.nodes) --ntasks-per-node \(s.chipsPerNode) --mpi pmix trtllm-llmapi-launch` before it (or mpirun with trtllm-llmapi-launch)")
        }
        if let note = s.estimateNote { notes.append(note) }
        if let note = s.cudaGraphNote { notes.append(note) }
        return EngineLaunch(
            engine: .trtllm, profile: s.profile.id, command: args, otherNodeCommands: [], yamlFile: yamlFile,
            yaml: yaml.joined(separator: "\n") + "\n", notes: notes)
    }
}
