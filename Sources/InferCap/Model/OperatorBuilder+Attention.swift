/// Operators of the attention mixers (per chip; H, Hkv = query and KV heads, d/dv = query-key
/// and value head dims, C = context, S = prompt tokens of a prefill, P(S) = attended query-key
/// pairs of a causal prefill under the span, ``AttentionSpan/prefillPairs(tokens:)``):
/// - Softmax attention: decode FLOPs `2 b C' H (d + dv) / tp` over the attended tokens C' (the
///   context, the window, or the filled chunk), cache bytes `seqs x kept x Hkv_chip (d + dv) x kv`;
///   prefill FLOPs `2 P(S) H (d + dv) / tp`.
/// - MLA decode (absorbed): FLOPs `2 b C H (r + rope) / tp + 2 b C H r / tp`, bytes `C (r + rope) kv`
///   per sequence (the latent is not split by heads, so every TP rank reads all of it); prefill
///   `P(S) H (dqk + dv) / tp x 2`.
/// - An indexer scores all C cached keys per query (`2 b C Hi di` FLOPs in FP8, `C` keys read per
///   sequence), then attention runs over its `topK` picks.
/// - DeepSeek-V4: the window's tokens plus the compressed entries (all of them for HCA, the
///   indexer's `topK` for CSA), `headDim` each, one shared head.
extension OperatorBuilder {
    func softmaxAttention(_ a: SoftmaxAttention, step: StepShape) -> [Operator] {
        let b = step.tokens
        let d = Double(a.headDim), dv = Double(a.valueHeadDim)
        let headsChip = Double(a.heads) / tp
        let kvChip = Double(max(1, a.kvHeads / layout.tp))
        let cachedPerHead = d + dv
        let kvBytes = kvDType.bytesPerElement
        var ops: [Operator] = []
        ops.reserveCapacity(16)
        ops.append(gemm("qkv_proj", m: b, k: h, n: headsChip * d * (a.outputGate ? 2 : 1) + kvChip * (d + (a.sharedKeyValue ? 0 : dv))))
        ops.append(elementwise(a.qkNorm ? "qk_norm_rope" : "rope", bytes: b * (headsChip + kvChip) * d * 2 * 2))
        if let indexer = a.indexer { ops += indexerOperators(indexer, queryInput: h, entries: attendedContext(step), step: step) }
        let selected = a.indexer.map { Double($0.topK) }
        switch step.phase {
        case .decode:
            // Every new token attends over the context; the context's KV is read once per
            // sequence (a speculative verify step has several new tokens per sequence).
            var c = a.span.attendedTokens(context: step.contextTokens)
            if let selected { c = min(c, selected) }
            ops.append(Operator(
                "attention", a.indexer == nil ? .attentionDecode : .attentionDecodeSparse, flops: 2 * b * c * headsChip * (d + dv),
                bytes: step.sequences * c * kvChip * cachedPerHead * kvBytes + b * (headsChip * (d + dv) + kvChip * (d + dv)) * 2,
                rows: b * headsChip / kvChip, dtype: attentionDType))
        case .prefill:
            let s = step.newTokensPerSequence
            let pairs = selected.map { AttentionSpan.slidingWindow(tokens: Int($0)).prefillPairs(tokens: s) } ?? a.span.prefillPairs(tokens: s)
            ops.append(Operator(
                "attention", .attentionPrefill, flops: step.sequences * pairs * 2 * headsChip * (d + dv),
                bytes: b * (headsChip * (d + dv) + kvChip * (d + dv)) * 2 + b * kvChip * cachedPerHead * kvBytes, rows: s,
                dtype: attentionDType))
        }
        if a.outputGate { ops.append(elementwise("attention_output_gate", bytes: b * headsChip * dv * 2 * 3)) }
        ops.append(gemm("o_proj", m: b, k: headsChip * dv, n: h))
        return ops
    }

    func latentAttention(_ l: LatentAttention, step: StepShape) -> [Operator] {
        let b = step.tokens
        let headsChip = Double(l.heads) / tp
        let r = Double(l.kvLoraRank), qr = l.qLoraRank.map(Double.init)
        let nope = Double(l.qkNopeHeadDim), rope = Double(l.qkRopeHeadDim), vDim = Double(l.valueHeadDim)
        let qHead = nope + rope
        var ops: [Operator] = []
        ops.reserveCapacity(16)
        // Down-projections are replicated on every TP rank (not split by heads).
        ops.append(gemm("qkv_a_proj", m: b, k: h, n: (qr ?? 0) + r + rope))
        ops.append(elementwise("latent_norms", bytes: b * ((qr ?? 0) + r) * 2 * 2, resident: ((qr ?? 0) + r) * 2))
        if let qr {
            ops.append(gemm("q_b_proj", m: b, k: qr, n: headsChip * qHead))
        } else {
            ops.append(gemm("q_proj", m: b, k: h, n: headsChip * qHead))
        }
        ops.append(elementwise("rope", bytes: b * (headsChip + 1) * rope * 2 * 2))
        if let indexer = l.indexer { ops += indexerOperators(indexer, queryInput: qr ?? h, entries: attendedContext(step), step: step) }
        let selected = l.indexer.map { Double($0.topK) }
        switch step.phase {
        case .decode:
            let c = selected.map { min(step.contextTokens, $0) } ?? step.contextTokens
            // Absorbed form: q_nope x W_UK into the latent space, attention over the
            // latent cache, then W_UV back to per-head values.
            ops.append(gemm("absorb_w_uk", m: b * headsChip, k: nope, n: r))
            ops[ops.count - 1].residentWeightBytes = headsChip * nope * r * w
            ops[ops.count - 1].bytes = headsChip * nope * r * w + b * headsChip * (nope + r) * 2
            ops.append(Operator(
                "attention", l.indexer == nil ? .attentionDecodeLatent : .attentionDecodeSparse,
                flops: 2 * b * c * headsChip * (r + rope) + 2 * b * c * headsChip * r,
                bytes: step.sequences * c * (r + rope) * kvDType.bytesPerElement + b * headsChip * (2 * r + rope) * 2,
                rows: b * headsChip, dtype: attentionDType))
            ops.append(gemm("absorb_w_uv", m: b * headsChip, k: r, n: vDim))
            ops[ops.count - 1].residentWeightBytes = headsChip * r * vDim * w
            ops[ops.count - 1].bytes = headsChip * r * vDim * w + b * headsChip * (r + vDim) * 2
        case .prefill:
            let s = step.newTokensPerSequence
            if let selected, s > selected {
                // DSA past top-k: the sparse kernel runs the absorbed (MQA) form, d_qk = r + rope and
                // d_v = r, over at most top-k tokens per query (FlashMLA sparse prefill; SGLang and vLLM
                // run ordinary dense MHA at or below top-k tokens, as the branch below).
                ops.append(gemm("absorb_w_uk", m: b * headsChip, k: nope, n: r))
                ops[ops.count - 1].residentWeightBytes = headsChip * nope * r * w
                let pairs = AttentionSpan.slidingWindow(tokens: Int(selected)).prefillPairs(tokens: s)
                ops.append(Operator(
                    "attention", .attentionPrefill, flops: step.sequences * pairs * 2 * headsChip * (2 * r + rope),
                    bytes: b * headsChip * (2 * r + rope) * 2 + b * (r + rope) * kvDType.bytesPerElement, rows: s, dtype: attentionDType))
                ops.append(gemm("absorb_w_uv", m: b * headsChip, k: r, n: vDim))
                ops[ops.count - 1].residentWeightBytes = headsChip * r * vDim * w
            } else {
                ops.append(gemm("kv_b_proj", m: b, k: r, n: headsChip * (nope + vDim)))
                ops.append(Operator(
                    "attention", .attentionPrefill, flops: step.sequences * s * s * headsChip * (qHead + vDim),
                    bytes: b * headsChip * (2 * qHead + 2 * vDim) * 2 + b * (r + rope) * kvDType.bytesPerElement,
                    rows: s, dtype: attentionDType))
            }
        }
        ops.append(gemm("o_proj", m: b, k: headsChip * vDim, n: h))
        return ops
    }

    func compressedAttention(_ a: CompressedAttention, step: StepShape) -> [Operator] {
        let b = step.tokens
        let headsChip = Double(a.heads) / tp
        let d = Double(a.headDim), qr = Double(a.qLoraRank), rope = Double(a.ropeHeadDim)
        let ratio = Double(a.compressionRatio)
        let kvBytes = kvDType.bytesPerElement
        var ops: [Operator] = []
        ops.reserveCapacity(16)
        // The query down-projection and the single shared key/value head are replicated on every TP rank.
        ops.append(gemm("qkv_a_proj", m: b, k: h, n: qr + d))
        ops.append(elementwise("latent_norms", bytes: b * (qr + d) * 2 * 2, resident: (qr + d) * 2))
        ops.append(gemm("q_b_proj", m: b, k: qr, n: headsChip * d))
        ops.append(elementwise("rope", bytes: b * (headsChip + 1) * rope * 2 * 2))
        if a.compressionRatio > 0 {
            // The compressor: key/value and gate projections of every new token (over two
            // overlapping windows at ratio 4), pooled into one entry per `ratio` tokens.
            let windows = Double(a.compressorWindows)
            ops.append(gemm("compressor_proj", m: b, k: h, n: 2 * windows * d))
            ops.append(elementwise("compressor_pool", bytes: b * 2 * windows * d * 2 * 2))
        }
        if let indexer = a.indexer {
            let windows = Double(a.compressorWindows)
            ops.append(gemm("indexer_compressor_proj", m: b, k: h, n: 2 * windows * Double(indexer.headDim)))
            ops += indexerOperators(indexer, queryInput: qr, entries: a.compressedEntries(context: attendedContext(step)), step: step)
        }
        let window = Double(a.window)
        switch step.phase {
        case .decode:
            let c = step.contextTokens
            let compressed = a.indexer.map { min(a.compressedEntries(context: c), Double($0.topK)) } ?? a.compressedEntries(context: c)
            let attended = min(c, window) + compressed
            ops.append(Operator(
                "attention", a.indexer == nil ? .attentionDecodeLatent : .attentionDecodeSparse,
                flops: 2 * b * attended * headsChip * 2 * d,
                bytes: step.sequences * attended * d * kvBytes + b * headsChip * 2 * d * 2, rows: b * headsChip, dtype: attentionDType))
        case .prefill:
            let s = step.newTokensPerSequence
            var pairs = AttentionSpan.slidingWindow(tokens: a.window).prefillPairs(tokens: s)
            if ratio > 0 {
                // Query i sees floor(i / ratio) entries, all of them (HCA) or at most topK (CSA):
                // ratio x the pairs of a (s / ratio)-entry prefill, capped like a window.
                let cap = a.indexer.map { AttentionSpan.slidingWindow(tokens: $0.topK) } ?? .full
                pairs += ratio * cap.prefillPairs(tokens: s / ratio)
            }
            ops.append(Operator(
                "attention", .attentionPrefill, flops: step.sequences * pairs * 2 * headsChip * 2 * d,
                bytes: b * headsChip * 2 * d * 2 + b * d * kvBytes, rows: s, dtype: attentionDType))
        }
        // Grouped low-rank output: each rank's heads go through their groups' o_lora_rank
        // projections, then one projection back to the hidden size.
        // Per chip: its heads' share of every group, `H d / tp x o_lora` in all, then the row-parallel `G o_lora / tp x h`.
        ops.append(gemm("o_a_proj", m: b, k: headsChip * d, n: Double(a.oLoraRank)))
        ops.append(gemm("o_b_proj", m: b, k: Double(a.oGroups * a.oLoraRank) / tp, n: h))
        return ops
    }

    /// The context a step's queries see: the average context for decode, the prompt for prefill.
    func attendedContext(_ step: StepShape) -> Double {
        step.phase == .decode ? step.contextTokens : step.newTokensPerSequence
    }

    /// A lightning indexer over `entries` cached keys per sequence: its query and head-weight
    /// projections (replicated on every TP rank), the new key, the FP8 scores of every query
    /// against every cached key (a causal prefill scores half of them), and the top-k selection.
    func indexerOperators(_ indexer: SparseIndexer, queryInput: Double, entries: Double, step: StepShape) -> [Operator] {
        guard !indexer.reusesSelection else { return [] }
        let b = step.tokens
        let heads = Double(indexer.heads), d = Double(indexer.headDim)
        var ops = [
            gemm("indexer_q_proj", m: b, k: queryInput, n: heads * d),
            gemm("indexer_k_weights_proj", m: b, k: h, n: d + heads),
        ]
        let scored = step.phase == .decode ? b * entries : step.sequences * AttentionSpan.full.prefillPairs(tokens: entries)
        let keysRead = step.phase == .decode ? step.sequences * entries : b
        ops.append(Operator(
            "indexer_scores", .attentionIndexer, flops: 2 * scored * heads * d,
            bytes: keysRead * indexer.keyBytesPerToken + b * heads * d, rows: step.phase == .decode ? b * heads : step.newTokensPerSequence,
            dtype: .fp8))
        ops.append(elementwise("indexer_topk", bytes: scored * 4 + b * Double(indexer.topK) * 4))
        return ops
    }
}
