/// Routed and shared experts of an MoE block.
public struct MixtureOfExperts: Sendable, Hashable {
    /// Routed experts per MoE layer.
    public var expertCount: Int
    /// Experts each token is routed to (top-k).
    public var expertsPerToken: Int
    /// Intermediate width of one routed expert.
    public var expertIntermediateSize: Int
    /// Total intermediate width of the always-active shared expert(s); 0 when none.
    public var sharedIntermediateSize: Int
    /// Group-limited routing: experts form `n_group` groups and a token picks experts from
    /// at most this many groups (DeepSeek-V3: 4 of 8), so with expert parallelism across
    /// nodes a token reaches at most this many nodes. nil when routing is unlimited.
    public var routedGroupLimit: Int?
    /// The `n_group` contiguous expert groups of group-limited routing (DeepSeek-V3: 8); nil
    /// when routing is unlimited. With ``routedGroupLimit`` it sets how many nodes a token's
    /// experts reach (``ExpertRouting/expectedDomainsTouched(domains:topK:groups:selectedGroups:)``).
    public var routedGroupCount: Int?
    /// Expert (and shared-expert) MLPs are gated (three matrices) or plain (two: Nemotron-H's squared ReLU).
    public var gated: Bool
    /// Latent MoE (`moe_latent_size`, Nemotron-3 Super): tokens are projected from `hidden_size`
    /// down to this width before routing and back after, so the experts' matrices and the
    /// all-to-all carry the latent width. nil for ordinary MoE.
    public var latentSize: Int?
    /// The routing is a fixed hash of the token id (DeepSeek-V4's first `num_hash_layers`):
    /// no router product; the expert load is the same as uniform routing's.
    public var hashRouted: Bool
    /// Width of a dense MLP every token runs beside the experts (Gemma 4's MoE layers); 0 when none.
    public var parallelDenseIntermediateSize: Int
    /// Biases on the expert projections (gpt-oss).
    public var bias: Bool

    /// An MoE block: `expertCount` routed experts of width `expertIntermediateSize`, top-k
    /// routing, and `sharedIntermediateSize` of always-active shared expert width.
    public init(
        expertCount: Int, expertsPerToken: Int, expertIntermediateSize: Int, sharedIntermediateSize: Int = 0,
        routedGroupLimit: Int? = nil, routedGroupCount: Int? = nil, gated: Bool = true, latentSize: Int? = nil,
        hashRouted: Bool = false, parallelDenseIntermediateSize: Int = 0, bias: Bool = false
    ) {
        self.expertCount = expertCount
        self.expertsPerToken = expertsPerToken
        self.expertIntermediateSize = expertIntermediateSize
        self.sharedIntermediateSize = sharedIntermediateSize
        self.routedGroupLimit = routedGroupLimit
        self.routedGroupCount = routedGroupCount
        self.gated = gated
        self.latentSize = latentSize
        self.hashRouted = hashRouted
        self.parallelDenseIntermediateSize = parallelDenseIntermediateSize
        self.bias = bias
    }

    /// Matrices per expert MLP (three gated, two plain).
    public var matrices: Int { gated ? 3 : 2 }
}
