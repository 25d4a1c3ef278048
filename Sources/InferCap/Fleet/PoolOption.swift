/// One way to run a pool instance: an accelerator type in a role and layout, and what one
/// instance of it serves within the SLOs. The columns of the fleet optimisation.
public struct PoolOption: Sendable, Hashable {
    /// Accelerator id.
    public var accelerator: String
    /// Accelerator vendor (KV caches move between pools of one vendor unless allowed).
    public var vendor: String
    /// What the instance does.
    public var role: ServingRole
    /// Layout of one instance.
    public var parallelism: Parallelism
    /// Weight precision.
    public var weightDType: DType
    /// Chips per instance.
    public var chips: Int
    /// Requests per second one instance completes (aggregated), prefills (prefill) or
    /// decodes (decode) within the SLOs, for the request mix.
    public var requestsPerSecond: Double
    /// Concurrent sequences per attention group for the mix's dominant class (0 for prefill).
    public var batch: Int
    /// Time to first token at the SLO percentile for the dominant class, seconds (nil for
    /// decode pools, whose requests' TTFT is set by the prefill pool).
    public var ttftSeconds: Double?
    /// Mean time per output token for the dominant class, seconds (nil for prefill pools).
    public var tpotSeconds: Double?
    /// Utilisation the instance is planned at (prefill pools: share of time prefilling).
    public var utilization: Double
    /// KV-cache bytes one request carries from prefill to decode (mix mean).
    public var kvBytesPerRequest: Double
    /// Whether the network, not compute, caps the instance's rate.
    public var networkBound: Bool

    /// Requests per second per chip.
    public var requestsPerSecondPerChip: Double { requestsPerSecond / Double(chips) }
}

extension PoolOption: Encodable {
    enum CodingKeys: String, CodingKey {
        case accelerator, vendor, role, parallelism, weightDType = "weight_dtype", chips, requestsPerSecond = "requests_per_second"
        case batch, ttftSeconds = "ttft_seconds", tpotSeconds = "tpot_seconds", utilization
        case kvBytesPerRequest = "kv_bytes_per_request", networkBound = "network_bound"
    }
}
