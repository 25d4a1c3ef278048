/// Operators of the mixers with a constant state (per chip, heads split over `tp`):
/// - Gated DeltaNet / KDA (`Hk`, `Hv` key and value heads of `dk`, `dv`): the input projection
///   `h -> 2 Hk dk + 2 Hv dv + 2 Hv` (queries, keys, values, output gate, decay and step size),
///   the causal convolution, the recurrence, the gated norm and the output projection `Hv dv -> h`.
///   Decode updates each head's `dk x dv` state with the delta rule: about `7 dk dv` FLOPs per head
///   and token (decay, `S k`, the rank-one correction, `S q`), reading and writing the state once
///   per sequence. Prefill runs the chunked form (chunks of 64): per token and head `6 dk dv` for
///   the states in and out plus `2 x 64 (2 dk + dv)` for the attention inside its chunk.
/// - Mamba-2 (`I` = heads x head dim, `G` groups of state size `N`): the input projection
///   `h -> 2 I + 2 G N + heads`, the convolution, the selective scan, the gated norm and `I -> h`.
///   Decode: about `5 I N` FLOPs per token (state decay and update, read-out); prefill runs the
///   chunked SSD form (chunks of 128): `4 I N + 2 x 128 (G N + I)` per token.
/// Conv states are bf16; recurrent states take the config's SSM dtype.
extension OperatorBuilder {
    /// Tokens per chunk of Gated DeltaNet's chunked prefill (flash-linear-attention's `chunk_gated_delta_rule`, BT = 64).
    static let deltaChunkTokens = 64.0
    /// Tokens per chunk of Mamba-2's chunked scan (`chunk_size` 128 in Nemotron-H configs).
    static let ssdChunkTokens = 128.0

    func linearAttention(_ l: LinearAttention, step: StepShape) -> [Operator] {
        let b = step.tokens
        let keyHeads = Double(l.keyHeads) / tp, valueHeads = Double(l.valueHeads) / tp
        let dk = Double(l.keyHeadDim), dv = Double(l.valueHeadDim)
        let conv = l.convChannels / tp
        let state = l.stateElements / tp * l.stateBytesPerElement
        var ops = [gemm("linear_in_proj", m: b, k: h, n: 2 * keyHeads * dk + 2 * valueHeads * dv + 2 * valueHeads)]
        ops += convolution(channels: conv, kernel: Double(l.convKernel), step: step)
        let flops: Double
        let bytes: Double
        switch step.phase {
        case .decode:
            flops = b * valueHeads * 7 * dk * dv
            bytes = step.sequences * state * 2 + b * (2 * keyHeads * dk + 2 * valueHeads * dv) * 2
        case .prefill:
            let c = Self.deltaChunkTokens
            flops = b * valueHeads * (6 * dk * dv + 2 * c * (2 * dk + dv))
            bytes = step.sequences * state + b * (2 * keyHeads * dk + 2 * valueHeads * dv) * 2
        }
        ops.append(Operator("linear_recurrence", .linearRecurrence, flops: flops, bytes: bytes, rows: b, dtype: .bf16))
        ops.append(elementwise("linear_gated_norm", bytes: b * valueHeads * dv * 2 * 3, resident: dv * 2))
        ops.append(gemm("linear_out_proj", m: b, k: valueHeads * dv, n: h))
        return ops
    }

    func stateSpace(_ s: StateSpaceMixer, step: StepShape) -> [Operator] {
        let b = step.tokens
        let inner = s.innerWidth / tp, heads = Double(s.heads) / tp
        let bc = 2 * Double(s.groups * s.stateSize) / tp
        let n = Double(s.stateSize)
        let state = s.stateElements / tp * s.stateBytesPerElement
        var ops = [gemm("ssm_in_proj", m: b, k: h, n: 2 * inner + bc + heads)]
        ops += convolution(channels: s.convChannels / tp, kernel: Double(s.convKernel), step: step)
        let flops: Double
        let bytes: Double
        switch step.phase {
        case .decode:
            flops = b * 5 * inner * n
            bytes = step.sequences * state * 2 + b * (2 * inner + bc) * 2
        case .prefill:
            flops = b * (4 * inner * n + 2 * Self.ssdChunkTokens * (bc / 2 + inner))
            bytes = step.sequences * state + b * (2 * inner + bc) * 2
        }
        ops.append(Operator("ssm_scan", .linearRecurrence, flops: flops, bytes: bytes, rows: b, dtype: .bf16))
        ops.append(elementwise("ssm_gated_norm", bytes: b * inner * 2 * 3, resident: inner * 2))
        ops.append(gemm("ssm_out_proj", m: b, k: inner, n: h))
        return ops
    }

    /// A causal depthwise convolution over `channels`: reads and writes the step's inputs and,
    /// in decode, each sequence's last `kernel - 1` inputs (bf16).
    func convolution(channels: Double, kernel: Double, step: StepShape) -> [Operator] {
        let stateBytes = step.phase == .decode ? step.sequences * channels * (kernel - 1) * 2 * 2 : 0
        return [elementwise("conv1d", bytes: step.tokens * channels * 2 * 2 + stateBytes, resident: channels * kernel * 2)]
    }
}
