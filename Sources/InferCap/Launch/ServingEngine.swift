/// A serving engine `infercap launch` writes start-up commands for.
///
/// Each maps to the engine profile (`specs/engines/<id>.json`) whose settings its command
/// carries: ``defaultProfile``, or the profile a request names when it belongs to this engine
/// (`vllm-ascend-0.9` is a vLLM-Ascend profile).
public enum ServingEngine: String, Sendable, Hashable, CaseIterable, Codable {
    /// vLLM on NVIDIA (and AMD ROCm) GPUs: `vllm serve` (vLLM docs, "Engine Arguments").
    case vllm
    /// SGLang: `python -m sglang.launch_server` (SGLang docs, "Server Arguments").
    case sglang
    /// TensorRT-LLM's OpenAI server: `trtllm-serve` plus an `--extra_llm_api_options` YAML file
    /// (TensorRT-LLM docs, "trtllm-serve").
    case trtllm
    /// vLLM-Ascend, the vLLM plugin for Huawei Ascend NPUs: `vllm serve` with vLLM's flags.
    case vllmAscend = "vllm-ascend"
    /// Huawei MindIE Service: configured through its `config.json`, no command-line flags.
    case mindie

    /// The engine's name as its documentation writes it ("TensorRT-LLM").
    public var displayName: String {
        switch self {
        case .vllm: return "vLLM"
        case .sglang: return "SGLang"
        case .trtllm: return "TensorRT-LLM"
        case .vllmAscend: return "vLLM-Ascend"
        case .mindie: return "MindIE"
        }
    }

    /// Id of the engine profile whose settings the command carries when the request names none
    /// of this engine's profiles.
    public var defaultProfile: String { rawValue }

    /// The engine a profile belongs to (`vllm-ascend-eager` → ``vllmAscend``), or nil for profiles
    /// of no particular engine (`generic`).
    public init?(profileID: String) {
        if let engine = ServingEngine(rawValue: profileID) {
            self = engine
        } else if profileID.hasPrefix("vllm-ascend") {
            self = .vllmAscend
        } else {
            return nil
        }
    }

    /// The engines whose commands `launch` prints for a chip when none is asked for: vLLM, SGLang
    /// and TensorRT-LLM on NVIDIA; vLLM-Ascend and MindIE on Huawei Ascend; vLLM and SGLang
    /// (ROCm builds) on any other vendor.
    public static func defaults(for accelerator: Accelerator) -> [ServingEngine] {
        switch accelerator.vendor.lowercased() {
        case "nvidia": return [.vllm, .sglang, .trtllm]
        case "huawei": return [.vllmAscend, .mindie]
        default: return [.vllm, .sglang]
        }
    }
}
