/// How an engine's scheduler admits requests and orders prefill against decode: what the
/// request-level simulator (``ServingSimulator``) replays beyond the profile's limits. Read from
/// the `scheduler` object of `specs/engines/<id>.json`; absent, the vLLM V1 behaviour.
///
/// Admission charges KV tokens against the cache: every running request's tokens, plus
/// ``runningOutputFraction`` (decaying to ``runningOutputFractionFloor``) of the output it
/// may still write, plus the new request's prompt and ``admissionOutputFraction`` of its
/// output, each output clipped to ``outputClipTokens``. SGLang's `PrefillAdder` does exactly
/// this with `new_token_ratio` (0.7, decaying over 600 steps to 0.7 x 0.14, reset on a
/// retraction) and `SGLANG_CLIP_MAX_NEW_TOKENS_ESTIMATION` (4096), charging a new request its
/// whole clipped output (python/sglang/srt/managers/schedule_policy.py,
/// `_get_running_request_total_token_offset` and `add_one_req`; environ.py).
public struct SchedulerPolicy: Sendable, Hashable {
    /// Whether prefill chunks share an iteration with the running decodes (vLLM V1's chunked
    /// prefill, TensorRT-LLM's in-flight batching) or run alone while decodes wait (SGLang
    /// without `--enable-mixed-chunk`, which runs a waiting prefill batch before any decode).
    public var mixesPrefillWithDecode: Bool
    /// Share of a new request's (clipped) output charged at admission; nil = the profile's
    /// ``EngineProfile/kvReservedOutputFraction``.
    public var admissionOutputFraction: Double?
    /// Share of each running request's remaining (clipped) output charged when admitting,
    /// at the start and after a preemption; nil = ``EngineProfile/kvReservedOutputFraction``.
    public var runningOutputFraction: Double?
    /// The share it decays to, one equal step per iteration over ``runningOutputFractionDecaySteps``.
    public var runningOutputFractionFloor: Double?
    /// Iterations over which ``runningOutputFraction`` falls to its floor.
    public var runningOutputFractionDecaySteps: Int?
    /// Output tokens counted at most per request when charging outputs; nil = no clip.
    public var outputClipTokens: Int?
    /// Whether the scheduler forms the next batch while the current one runs on the device
    /// (SGLang's overlap scheduler, TensorRT-LLM's overlap scheduler, vLLM's async scheduling):
    /// a request that arrives during iteration `i` is seen when batch `i + 2` is formed, one
    /// iteration later than by a scheduler that forms each batch after the last one ended.
    public var overlapsScheduling: Bool

    /// The defaults are vLLM V1's rules without async scheduling: mixed iterations, no output
    /// charged (KV blocks taken as tokens are generated), each batch formed after the last ended.
    public init(
        mixesPrefillWithDecode: Bool = true, admissionOutputFraction: Double? = nil, runningOutputFraction: Double? = nil,
        runningOutputFractionFloor: Double? = nil, runningOutputFractionDecaySteps: Int? = nil, outputClipTokens: Int? = nil,
        overlapsScheduling: Bool = false
    ) {
        self.mixesPrefillWithDecode = mixesPrefillWithDecode
        self.admissionOutputFraction = admissionOutputFraction
        self.runningOutputFraction = runningOutputFraction
        self.runningOutputFractionFloor = runningOutputFractionFloor
        self.runningOutputFractionDecaySteps = runningOutputFractionDecaySteps
        self.outputClipTokens = outputClipTokens
        self.overlapsScheduling = overlapsScheduling
    }

    static func load(from document: JSONDocument?) throws -> SchedulerPolicy {
        guard let document else { return SchedulerPolicy() }
        try document.refuseKeys(outside: [
            "mixes_prefill_with_decode", "admission_output_fraction", "running_output_fraction", "running_output_fraction_floor",
            "running_output_fraction_decay_steps", "output_clip_tokens", "overlaps_scheduling",
        ], of: "a scheduler")
        func fraction(_ key: String) throws -> Double? {
            guard let value = try document.optionalNumber(key) else { return nil }
            guard (0...1).contains(value) else {
                throw InferCapError.invalidField(
                    path: document.path, field: document.name(key), problem: "is \(value), outside 0...1", fix: "write a fraction between 0 and 1")
            }
            return value
        }
        let policy = SchedulerPolicy(
            mixesPrefillWithDecode: try document.optionalBool("mixes_prefill_with_decode") ?? true,
            admissionOutputFraction: try fraction("admission_output_fraction"),
            runningOutputFraction: try fraction("running_output_fraction"),
            runningOutputFractionFloor: try fraction("running_output_fraction_floor"),
            runningOutputFractionDecaySteps: try document.optionalCount("running_output_fraction_decay_steps", limit: 1e7),
            outputClipTokens: try document.optionalCount("output_clip_tokens", limit: 1e9),
            overlapsScheduling: try document.optionalBool("overlaps_scheduling") ?? false)
        if let floor = policy.runningOutputFractionFloor, floor > (policy.runningOutputFraction ?? 1) {
            throw InferCapError.invalidField(
                path: document.path, field: document.name("running_output_fraction_floor"),
                problem: "is above running_output_fraction", fix: "write a floor at or below the starting share")
        }
        return policy
    }
}
