/// A Mamba-2 selective state-space mixer (Nemotron-H's `M` layers).
///
/// The inner width `heads x headDim` is projected in together with `groups` shared B and C
/// vectors of `stateSize` and one step size per head; each head keeps a `headDim x stateSize`
/// state and the causal convolution keeps its last `convKernel - 1` inputs. Neither grows with
/// the context.
public struct StateSpaceMixer: Sendable, Hashable {
    /// SSM heads (`mamba_num_heads`).
    public var heads: Int
    /// Channels per head (`mamba_head_dim`).
    public var headDim: Int
    /// B/C groups (`n_groups`).
    public var groups: Int
    /// State size per channel (`ssm_state_size`).
    public var stateSize: Int
    /// Causal convolution width (`conv_kernel`).
    public var convKernel: Int
    /// Bytes per element of the SSM state (`mamba_ssm_cache_dtype`: 4 for float32, else 2).
    public var stateBytesPerElement: Double

    /// A Mamba-2 shape.
    public init(heads: Int, headDim: Int, groups: Int, stateSize: Int, convKernel: Int, stateBytesPerElement: Double = 2) {
        self.heads = heads
        self.headDim = headDim
        self.groups = groups
        self.stateSize = stateSize
        self.convKernel = convKernel
        self.stateBytesPerElement = stateBytesPerElement
    }

    /// Inner width (`heads x headDim`, = `expand x hidden_size`).
    public var innerWidth: Double { Double(heads * headDim) }
    /// Channels through the causal convolution: x, B and C.
    public var convChannels: Double { innerWidth + 2 * Double(groups * stateSize) }
    /// SSM state elements per sequence.
    public var stateElements: Double { innerWidth * Double(stateSize) }
}
