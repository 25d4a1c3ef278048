extension Catalog {
    /// The engine name that stands for "the stack this chip is usually served with", the
    /// default of every request: ``defaultEngineID(for:)`` resolves it per chip.
    public static let defaultEngineName = "default"

    /// The engine a chip is planned with when none is named: `vllm-ascend` (vLLM-Ascend 0.10
    /// and later) on Huawei's Ascend chips, `sglang` on every other.
    ///
    /// Each profile holds its stack's documented scheduler defaults and constants fitted on
    /// measured serving points (specs/engines). SGLang is the median of the three fitted NVIDIA
    /// engines: on every comparison of the quick start and the seed claims its answer lies
    /// between vLLM's (the most pessimistic) and TensorRT-LLM's (DeepSeek-R1 at a 50 ms TPOT:
    /// H20 174 / 186 / 221, H100 347 / 443 / 571 output tokens/s per chip), so a plan made with
    /// it moves least when the real stack turns out to be another. `generic`, unfitted and the
    /// most optimistic, stays available by name; `fleet claims` shows the claims under each engine.
    public func defaultEngineID(for accelerator: Accelerator) -> String {
        accelerator.vendor.lowercased() == "huawei" && engines["vllm-ascend"] != nil ? "vllm-ascend" : "sglang"
    }

    /// The fitted engines of NVIDIA-class chips, in the order tables list them.
    public static let nvidiaEngineIDs = ["vllm", "sglang", "trtllm"]

    /// The engine profile `name` names for `accelerator`: ``defaultEngineName`` becomes the
    /// chip's default (``defaultEngineID(for:)``), any other name is looked up as ``engine(named:)``.
    public func engine(named name: String, for accelerator: Accelerator) throws(InferCapError) -> EngineProfile {
        try engine(named: name.lowercased() == Self.defaultEngineName ? defaultEngineID(for: accelerator) : name)
    }

    /// The note an answer carries when it used a chip's default engine.
    func defaultEngineNote(for accelerator: Accelerator) -> String {
        let id = defaultEngineID(for: accelerator)
        return "engine \(id), \(accelerator.id)'s default (\(id == "sglang" ? "the median of the fitted vLLM, SGLang and TensorRT-LLM profiles" : "the stack Ascend chips are served with")); --engine vllm|sglang|trtllm|generic rates another"
    }
}
