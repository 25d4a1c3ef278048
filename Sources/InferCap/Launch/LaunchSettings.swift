import Foundation

/// What every engine's command is written from: the deployment (with the engine's own profile),
/// the estimate made with it, and the values derived from both. Internal to the renderers.
struct LaunchSettings {
    /// The model and its catalog metadata.
    var entry: ModelEntry
    /// The deployment, with the engine profile (and overrides) of the command being written.
    var deployment: Deployment
    /// The workload the layout and estimate were made for.
    var workload: Workload
    /// Chips per host (``LaunchPlan/chipsPerNode``).
    var chipsPerNode: Int
    /// Hosts the deployment spans.
    var nodes: Int
    /// The estimate with ``deployment``'s profile; set before a command is written.
    var estimate: Estimate?

    /// What the commands load: the HuggingFace repository, or the placeholder.
    var modelPath: String { entry.huggingFaceRepo ?? LaunchPlan.modelPlaceholder }
    var layout: Parallelism { deployment.parallelism }
    var profile: EngineProfile { deployment.engine }
    /// Whether the model has routed experts.
    var isMoE: Bool { entry.architecture.moe != nil }
    /// Data-parallel attention: `dp` attention groups sharing the MoE layers. On a dense model
    /// `dp` counts independent replicas instead.
    var attentionDataParallel: Bool { isMoE && layout.dp > 1 }
    /// The largest decode batch per rank to capture as CUDA graphs, where the request set it
    /// (`--cuda-graph-max-bs`): the command passes it on in the engine's own terms.
    var cudaGraphOverride: Int?

    /// A note when the estimate's decode batch per rank runs above the engine's CUDA-graph
    /// capture limit: those steps run eagerly, and the estimate charged their kernel launches.
    var cudaGraphNote: String? {
        guard let estimate, let limit = deployment.cudaGraphMaxBatch(model: entry.architecture) else { return nil }
        let micro = (estimate.batch + layout.pp - 1) / max(1, layout.pp)
        guard micro > limit else { return nil }
        return "decode batches above \(limit) per rank (this one: \(micro)) run without CUDA graphs under this profile's capture limit; the estimate charges the host's launch of each kernel where it outlasts the GPU's work. infercap's --cuda-graph-max-bs \(micro) writes the engine's setting that captures them (more graph memory)"
    }
    /// The estimate's memory plan (device, weights, activation workspace and KV cache per chip).
    var memory: MemoryPlan? { estimate?.memory }

    /// `value` rounded down to two decimals, so an engine given it sizes its KV cache no larger
    /// than infercap did.
    static func fraction(_ value: Double) -> String {
        let floored = (max(0, value) * 100).rounded(.down) / 100
        return "\(floored)"
    }

    /// SGLang's `--mem-fraction-static`: the share of device memory for weights and the KV cache
    /// pool, the activation workspace left outside it (SGLang server arguments), i.e. infercap's
    /// memory utilisation less the workspace: (weights + KV capacity) / device.
    var staticMemoryFraction: String {
        guard let memory else { return Self.fraction(profile.memoryUtilization) }
        return Self.fraction((memory.weightBytesPerChip + memory.kvCapacityBytesPerChip) / memory.deviceBytes)
    }

    /// TensorRT-LLM's `free_gpu_memory_fraction`: the share of the memory left free after the
    /// weights load and the workspace is reserved that goes to the KV cache (TensorRT-LLM
    /// `KvCacheConfig`), i.e. KV capacity / (device - weights - workspace).
    var freeMemoryFraction: String {
        guard let memory else { return Self.fraction(profile.memoryUtilization) }
        let free = memory.deviceBytes - memory.weightBytesPerChip - memory.activationBytesPerChip
        return Self.fraction(free > 0 ? memory.kvCapacityBytesPerChip / free : 0)
    }

    /// What the estimate made of these settings, in one note.
    var estimateNote: String? {
        guard let estimate else { return nil }
        let why: String
        switch estimate.batchSource {
        case "given": why = "as given"
        case "slo": why = "the largest within the SLOs; cap the running sequences there to hold them"
        default: why = "the largest that fits and the cap allow"
        }
        let rate = Int(estimate.serving.outputTokensPerSecondPerChip.rounded())
        return "infercap's estimate with the \(profile.id) profile: \(estimate.batch) running sequences per DP rank (\(why)), \(rate) output tokens/s per chip"
    }

    /// The checkpoint's own weight precision.
    var nativeWeightDType: DType { entry.architecture.nativeWeightDType }

    /// Whether the weights run in another precision than the checkpoint stores.
    var weightsRequantised: Bool { deployment.weightDType != nativeWeightDType }

    /// Whether the weights are quantised from a 16-bit checkpoint to fp8, which vLLM and SGLang do
    /// at load time (`--quantization fp8`, dynamic per-tensor scales).
    var onlineFP8: Bool { deployment.weightDType == .fp8 && [.bf16, .fp16].contains(nativeWeightDType) }

    /// The note for a checkpoint that has to be quantised before `engine` can load it, nil when
    /// the checkpoint runs as stored (or the engine quantises it on load).
    func checkpointNote(_ engine: String, quantisesFP8Online: Bool) -> String? {
        var parts: [String] = []
        if weightsRequantised && !(onlineFP8 && quantisesFP8Online) {
            let w = deployment.weightDType
            parts.append("\(w.rawValue) weights of a \(nativeWeightDType.rawValue) checkpoint: \(engine) needs a pre-quantised \(Self.format(w)) checkpoint of \(modelPath); point the command at it")
        }
        if let experts = deployment.expertWeightDType, let native = entry.architecture.nativeExpertWeightDType,
           !Self.sameStorage(experts, native) {
            parts.append("routed experts in \(experts.rawValue) where the checkpoint stores \(native.rawValue): \(engine) needs a checkpoint that stores them so")
        }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }

    /// The checkpoint format a precision comes in.
    static func format(_ dtype: DType) -> String {
        switch dtype {
        case .fp8: return "FP8 (e.g. NVIDIA ModelOpt or llm-compressor)"
        case .int8: return "W8A8 int8"
        case .int4: return "W4A16 (AWQ or GPTQ)"
        case .fp4: return "NVFP4 (NVIDIA ModelOpt)"
        case .mxfp4: return "MXFP4"
        case .bf16, .fp16: return "\(dtype.rawValue) (dequantised)"
        }
    }

    /// Whether two expert precisions are the same checkpoint: 4-bit float experts run as `fp4` on
    /// chips with FP4 tensor cores and as `mxfp4` elsewhere (``Accelerator/defaultExpertWeightDType(native:)``).
    static func sameStorage(_ a: DType, _ b: DType) -> Bool {
        a == b || (Set([a, b]).isSubset(of: [.fp4, .mxfp4]))
    }

    /// The command for one engine.
    func launch(_ engine: ServingEngine) -> EngineLaunch {
        let vendor = deployment.accelerator.vendor.lowercased()
        let onNVIDIA = vendor == "nvidia", onAscend = vendor == "huawei"
        switch engine {
        case .vllm where onAscend, .vllmAscend where onAscend:
            return VLLMLaunch.render(self, engine: engine, ascend: true)
        case .vllm:
            return rocmNoted(VLLMLaunch.render(self, engine: engine, ascend: false), onNVIDIA: onNVIDIA)
        case .sglang where !onAscend:
            return rocmNoted(SGLangLaunch.render(self), onNVIDIA: onNVIDIA)
        case .trtllm where onNVIDIA:
            return TensorRTLLMLaunch.render(self)
        case .mindie where onAscend:
            return MindIELaunch.render(self)
        default:
            return EngineLaunch(
                engine: engine, profile: profile.id, command: nil, otherNodeCommands: [], yamlFile: nil, yaml: nil,
                notes: ["no command: \(engine.displayName) does not run on \(deployment.accelerator.id) (\(deployment.accelerator.vendor)); for this chip use \(ServingEngine.defaults(for: deployment.accelerator).map(\.rawValue).joined(separator: " or "))"])
        }
    }

    /// `launch` with a first note saying the command is for the engine's ROCm build when the chip
    /// is not NVIDIA's (vLLM and SGLang publish ROCm builds that take the same flags).
    private func rocmNoted(_ launch: EngineLaunch, onNVIDIA: Bool) -> EngineLaunch {
        guard !onNVIDIA else { return launch }
        var launch = launch
        launch.notes.insert("\(deployment.accelerator.vendor) GPUs: the engine's ROCm build takes the same flags", at: 0)
        return launch
    }
}
