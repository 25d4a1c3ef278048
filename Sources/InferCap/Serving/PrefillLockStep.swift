/// The prefill cost of data-parallel attention groups that share MoE layers and schedule their
/// prefills independently.
///
/// Every MoE layer exchanges tokens between all `G` groups of a stage, so the groups run each
/// iteration together and an iteration in which any group prefills lasts as long for all of
/// them. A prefill iteration of `m` groups takes `L + m R`: `L` seconds of work local to a
/// prefilling group (attention, dense layers, its TP collectives, the expert weights it
/// streams) and `R` seconds of expert work per group routed through the shared experts.
///
/// Each group runs `k = B / n` prefill iterations per generation cycle (`B` sequences, `n`
/// prompts per iteration) among `N = max(O / e, k)` iterations (`O` output tokens, `e` tokens
/// emitted per decode iteration: 1, or more with speculative decoding). Placed independently, a given
/// iteration holds a prefill of some group with probability `q = 1 - (1 - k/N)^G`, so a cycle
/// spends `N q L + G k R` seconds in prefill iterations, against `k (L + G R)` when the engine
/// aligns the groups. With few prefills per cycle the independent case approaches `G` times
/// the local part (every group waits for every other group's prefills); with a prefill in
/// every iteration it equals the aligned case.
struct PrefillLockStep: Sendable, Hashable {
    /// Attention groups per stage, `G`.
    var groups: Int
    /// The engine's aligned share (``EngineProfile/dataParallelPrefillAlignment``).
    var alignment: Double
    /// Prompts per prefill iteration of one group, `n`.
    var requestsPerIteration: Double
    /// `L`, seconds.
    var localSeconds: Double
    /// `R`, seconds per routed group.
    var routedSecondsPerGroup: Double
    /// `e`, output tokens a decode iteration emits per sequence.
    var tokensPerIteration: Double = 1

    /// `N q L + G k R` for lanes of batches `B` over `output` output tokens per cycle.
    @inline(__always)
    func independentShare<T: ServingArithmetic>(batch: T, output: Double) -> T {
        // k / N = min(1, k / (O / e)): the lanes divide by nothing (scalar reciprocals only).
        let decodeIterations = output / tokensPerIteration
        let iterations = batch * T.broadcast(1 / requestsPerIteration)
        let slots = T.maximum(T.broadcast(decodeIterations), iterations)
        let idle = T.broadcast(1) - T.minimum(T.broadcast(1), iterations * T.broadcast(1 / decodeIterations))
        let busy = T.broadcast(1) - T.power(idle, groups)
        return slots * busy * T.broadcast(localSeconds) + T.broadcast(Double(groups)) * iterations * T.broadcast(routedSecondsPerGroup)
    }
}

/// What interleaved prefills cost a group's decode (``Estimator/prefillCost(inputTokens:)``).
struct PrefillCost: Sendable, Hashable {
    /// Chip seconds of one prefill when prompts are batched up to the engine's chunk.
    var perRequest: Double
    /// The lock-step terms of unaligned data-parallel prefills; nil = none.
    var lockStep: PrefillLockStep? = nil
}
