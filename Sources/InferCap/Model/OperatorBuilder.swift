import Foundation

/// Enumerates the operators of each layer for one chip: the model's math split by the
/// parallel layout, in the precisions of the deployment.
///
/// A layer is its token mixer's operators (`OperatorBuilder+Attention.swift`,
/// `OperatorBuilder+Recurrent.swift`) and its feed-forward block's
/// (`OperatorBuilder+FeedForward.swift`) between two norms. Formulas (per chip; h = hidden size,
/// b = tokens of the step per attention group, C = context tokens, w/kv = bytes per weight/KV
/// element):
/// - GEMM `A[m,k] x W[k,n]`: FLOPs 2mkn, bytes k*n*w + m*k*a + m*n*2.
/// - TP all-reduce of b*h*2 bytes after the mixer and after the FFN.
/// - Everything a layer keeps per sequence is read by decode at the step's context
///   (``TokenMixer/stateBytesPerSequence(context:kvDType:tp:)``).
struct OperatorBuilder {
    let model: ModelArchitecture
    let layout: Parallelism
    let weightDType: DType
    let kvDType: DType
    /// Chips per scale-up domain (NVLink/HCCS/UB), for splitting expert traffic.
    var scaleUpDomain: Int = 8
    /// Precision of the routed experts' weights where it differs from ``weightDType`` (4-bit
    /// experts of gpt-oss and DeepSeek-V4); nil = the same.
    var expertWeightDType: DType? = nil
    /// Whether expert parallelism without attention DP dispatches tokens to the experts' ranks
    /// (``EngineProfile/moeDispatchWithoutAttentionDP``); false = the experts' output is
    /// all-reduced over the stage, as for tensor-parallel experts.
    var dispatchesWithoutAttentionDP = false

    /// Whether the routed experts' tokens are dispatched to their ranks and combined back
    /// (all-to-all) rather than the experts' output all-reduced: expert parallelism with attention
    /// DP, or without it on an engine that dispatches anyway.
    var dispatchesExperts: Bool { layout.ep > 1 && (layout.dp > 1 || dispatchesWithoutAttentionDP) }

    var h: Double { Double(model.hiddenSize) }
    var tp: Double { Double(layout.tp) }
    var w: Double { weightDType.bytesPerElement }
    /// The precision GEMMs report to the cost model (weight-only formats by name, ``DType/kernelDType``).
    var computeDType: DType { weightDType.kernelDType }
    /// Attention math runs on FP8 tensor cores over an FP8 KV cache (FlashMLA FP8, FlashAttention-3
    /// FP8) and in BF16 otherwise; the cost model applies the FP8 kernel's published speedup.
    var attentionDType: DType { kvDType == .fp8 ? .fp8 : .bf16 }

    /// A GEMM with a weight of `k x n` (per chip) over `m` rows.
    func gemm(_ name: String, m: Double, k: Double, n: Double, weightBytes: Double? = nil, dtype: DType? = nil) -> Operator {
        let dtype = dtype ?? computeDType
        let elementBytes = weightBytes ?? w
        let a = dtype.activationBytesPerElement
        let weights = k * n * elementBytes
        return Operator(
            name, .gemm, flops: 2 * m * k * n, bytes: weights + m * k * a + m * n * 2, rows: m, dtype: dtype, resident: weights)
    }

    func elementwise(_ name: String, bytes: Double, resident: Double = 0) -> Operator {
        Operator(name, .elementwise, bytes: bytes, rows: 1, resident: resident)
    }

    func allReduce(_ name: String, bytes: Double, group: Int) -> Operator? {
        group > 1 ? Operator(name, .allReduce, communication: bytes, group: group) : nil
    }

    // MARK: Layers

    /// Every operator of one decoder layer.
    func layer(_ layer: DecoderLayer, step: StepShape) -> [Operator] {
        let b = step.tokens
        let streams = Double(layer.residualStreams)
        var ops: [Operator] = []
        ops.reserveCapacity(24)  // a layer has 10-20 operators: one allocation, not one per sub-block
        if layer.residualStreams > 1 { ops += hyperConnections(step: step, streams: streams) }
        ops.append(elementwise("input_norm", bytes: b * h * 2 * 2, resident: h * 2))
        ops += mixer(layer.mixer, step: step)
        ops.append(elementwise("post_attention_norm", bytes: b * h * 2 * 3, resident: h * 2))
        ops += feedForward(layer.feedForward, step: step)
        return ops
    }

    /// The token mixer's operators, ending with the TP all-reduce of its output.
    func mixer(_ mixer: TokenMixer, step: StepShape) -> [Operator] {
        var ops: [Operator]
        switch mixer {
        case let .attention(shape): ops = softmaxAttention(shape, step: step)
        case let .latent(shape): ops = latentAttention(shape, step: step)
        case let .compressed(shape): ops = compressedAttention(shape, step: step)
        case let .linear(shape): ops = linearAttention(shape, step: step)
        case let .stateSpace(shape): ops = stateSpace(shape, step: step)
        case .none: return []
        }
        if let reduce = allReduce("attention_all_reduce", bytes: step.tokens * h * 2, group: layout.tp) { ops.append(reduce) }
        return ops
    }

    /// Hyper-connections (DeepSeek-V4 `hc_mult` = n): around each of the two sub-blocks, a small
    /// projection of the `n x h` stream to its `n^2 + 2n` mixing weights and the reads and writes
    /// of the n-wide stream (pre-mix, post-mix and residual update), bf16.
    func hyperConnections(step: StepShape, streams n: Double) -> [Operator] {
        let b = step.tokens
        let mixing = n * n + 2 * n
        var projection = gemm("hc_proj", m: b, k: n * h, n: 2 * mixing, weightBytes: 4, dtype: .bf16)
        projection.residentWeightBytes = 2 * (n * h * mixing + mixing) * 4
        return [projection, elementwise("hc_mix", bytes: b * h * n * 2 * 2 * 3)]
    }

    // MARK: Ends of the model

    /// Embedding lookup (first stage).
    func embedding(step: StepShape) -> [Operator] {
        let resident = model.embeddingParameters / tp * 2
        return [elementwise("embedding", bytes: step.tokens * h * 2 * 2, resident: resident)]
    }

    /// Final norm, output projection and sampling (last stage). Prefill needs logits only
    /// for the last token of each sequence; decode for every new token (a speculative verify
    /// step checks each draft).
    func outputHead(step: StepShape) -> [Operator] {
        let m = step.phase == .decode ? step.tokens : step.sequences
        let vocabulary = Double(model.vocabularySize) / tp
        var head = gemm("lm_head", m: m, k: h, n: vocabulary, weightBytes: 2, dtype: .bf16)
        // A tied head shares the embedding's memory when both sit on the same chip.
        if model.tiedEmbeddings && layout.pp == 1 { head.residentWeightBytes = 0 }
        return [
            elementwise("final_norm", bytes: step.tokens * h * 2 * 2, resident: h * 2),
            head,
            elementwise("sampling", bytes: m * vocabulary * 4 * 2),
        ]
    }

    /// The multi-token-prediction module's own operators besides its decoder layer: the norms
    /// of the hidden state and of the next token's embedding, and the `2h -> h` projection that
    /// joins them (DeepSeek-V3 Technical Report §2.2, `eh_proj`).
    func multiTokenPredictionInput(step: StepShape) -> [Operator] {
        let b = step.tokens
        return [
            elementwise("mtp_norms", bytes: b * h * 2 * 2 * 2, resident: 2 * h * 2),
            gemm("mtp_eh_proj", m: b, k: 2 * h, n: h),
        ]
    }

    /// Activations sent to the next pipeline stage.
    func pipelineTransfer(step: StepShape) -> Operator {
        Operator("pp_send", .pointToPoint, communication: step.tokens * h * 2 / tp, group: 2)
    }
}
