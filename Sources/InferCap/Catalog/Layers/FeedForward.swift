/// A layer's per-token feed-forward block.
public enum FeedForward: Sendable, Hashable {
    /// One MLP every token runs.
    case dense(DenseMLP)
    /// Routed experts (plus shared experts and, in some models, a dense MLP beside them).
    case mixture(MixtureOfExperts)
    /// No feed-forward block (NAS `no_op` FFNs; Nemotron-H's mixer-only layers).
    case none

    /// The experts, when this is an MoE block.
    public var experts: MixtureOfExperts? {
        if case let .mixture(moe) = self { return moe }
        return nil
    }
}

/// A dense MLP: gated (gate and up, then down: three matrices) or not (up, then down: two,
/// as Nemotron-H's squared-ReLU MLP).
public struct DenseMLP: Sendable, Hashable {
    /// Intermediate width (`intermediate_size`).
    public var intermediateSize: Int
    /// Gated (SwiGLU/GeGLU: three matrices) or plain (two).
    public var gated: Bool
    /// Biases on the projections.
    public var bias: Bool

    /// An MLP of `intermediateSize`, gated unless said otherwise.
    public init(intermediateSize: Int, gated: Bool = true, bias: Bool = false) {
        self.intermediateSize = intermediateSize
        self.gated = gated
        self.bias = bias
    }

    /// Weight matrices of width `intermediateSize` against the hidden size.
    public var matrices: Int { gated ? 3 : 2 }
}
