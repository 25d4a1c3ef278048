/// Linear attention with a recurrent matrix state per head: Gated DeltaNet (Qwen3-Next,
/// Qwen3.5/3.6) and Kimi Delta Attention (Kimi Linear / K3).
///
/// Each value head keeps a `keyHeadDim x valueHeadDim` state and a short causal convolution keeps
/// the last `convKernel - 1` projected inputs; neither grows with the context. Decode reads and
/// writes the state once per step; prefill runs the chunked form.
public struct LinearAttention: Sendable, Hashable {
    /// Which recurrence.
    public enum Variant: String, Sendable, Hashable {
        /// Gated DeltaNet (`layer_types: linear_attention`).
        case gatedDeltaNet = "gdn"
        /// Kimi Delta Attention (`linear_attn_config.kda_layers`).
        case kimiDelta = "kda"
    }

    /// The recurrence.
    public var variant: Variant
    /// Key (and query) heads (`linear_num_key_heads`).
    public var keyHeads: Int
    /// Value heads (`linear_num_value_heads`), one state each.
    public var valueHeads: Int
    /// Key head dimension (`linear_key_head_dim`).
    public var keyHeadDim: Int
    /// Value head dimension (`linear_value_head_dim`).
    public var valueHeadDim: Int
    /// Causal convolution width (`linear_conv_kernel_dim`).
    public var convKernel: Int
    /// Bytes per element of the recurrent state (`mamba_ssm_dtype`: 4 for float32, else 2).
    public var stateBytesPerElement: Double

    /// A linear-attention shape.
    public init(
        variant: Variant, keyHeads: Int, valueHeads: Int, keyHeadDim: Int, valueHeadDim: Int, convKernel: Int,
        stateBytesPerElement: Double = 2
    ) {
        self.variant = variant
        self.keyHeads = keyHeads
        self.valueHeads = valueHeads
        self.keyHeadDim = keyHeadDim
        self.valueHeadDim = valueHeadDim
        self.convKernel = convKernel
        self.stateBytesPerElement = stateBytesPerElement
    }

    /// Channels through the causal convolution: queries, keys and values.
    public var convChannels: Double { Double(2 * keyHeads * keyHeadDim + valueHeads * valueHeadDim) }
    /// Recurrent state elements per sequence, all heads.
    public var stateElements: Double { Double(valueHeads * keyHeadDim * valueHeadDim) }
}
