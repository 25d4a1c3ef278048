/// What a pool of chips does in a fleet.
public enum ServingRole: String, Sendable, Hashable, Codable, CaseIterable {
    /// Prefill and decode on the same chips (continuous batching, chunked prefill).
    case aggregated
    /// Prefill only; the KV cache is sent to a decode pool over the scale-out network.
    case prefill
    /// Decode only; receives KV caches from a prefill pool.
    case decode
}
