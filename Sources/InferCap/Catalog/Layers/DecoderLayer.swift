/// One decoder layer: a token mixer followed by a feed-forward block, each behind a residual
/// connection and a norm.
///
/// The mixer decides the per-sequence state the layer keeps (a KV cache that grows with the
/// context, one capped by a window, one divided by a compression ratio, or a constant recurrent
/// state); the feed-forward block decides the weights most tokens read. Layers of the same shape
/// form a ``LayerGroup`` so a step is costed once per group, not once per layer.
public struct DecoderLayer: Sendable, Hashable {
    /// How the layer mixes information across tokens.
    public var mixer: TokenMixer
    /// The per-token feed-forward block.
    public var feedForward: FeedForward
    /// Width of the hyper-connected residual stream in multiples of `hidden_size` (DeepSeek-V4's
    /// `hc_mult` = 4); 1 for an ordinary residual stream. It widens the layer's elementwise
    /// traffic and adds the small mixing projections (``hyperConnectionParameters(hidden:)``).
    public var residualStreams: Int

    /// A layer; `residualStreams` 1 is an ordinary residual stream.
    public init(mixer: TokenMixer, feedForward: FeedForward, residualStreams: Int = 1) {
        self.mixer = mixer
        self.feedForward = feedForward
        self.residualStreams = residualStreams
    }

    /// Parameters of the hyper-connection mixing around the two sub-blocks of this layer:
    /// for each of them a dynamic projection of the flattened `n x hidden` stream to the
    /// `n^2 + 2n` mixing weights (pre, post and residual maps) plus as many static biases
    /// (DeepSeek-V4, `hc_mult`); 0 for an ordinary residual stream.
    public func hyperConnectionParameters(hidden: Int) -> Double {
        guard residualStreams > 1 else { return 0 }
        let n = Double(residualStreams)
        let mixing = n * n + 2 * n
        return 2 * (n * Double(hidden) * mixing + mixing)
    }
}

/// Consecutive or scattered layers of one shape, costed once and counted.
public struct LayerGroup: Sendable, Hashable {
    /// The shared shape.
    public var layer: DecoderLayer
    /// Indices (0-based) of the layers of this shape, ascending.
    public var indices: [Int]
    /// How many layers share it.
    public var count: Int { indices.count }

    /// Groups `layers` by shape, in order of each shape's first appearance.
    static func grouping(_ layers: [DecoderLayer]) -> [LayerGroup] {
        var groups: [LayerGroup] = []
        var position: [DecoderLayer: Int] = [:]
        for (index, layer) in layers.enumerated() {
            if let at = position[layer] {
                groups[at].indices.append(index)
            } else {
                position[layer] = groups.count
                groups.append(LayerGroup(layer: layer, indices: [index]))
            }
        }
        return groups
    }
}
