import Foundation

/// Enumerates the operators of each layer for one chip: the model's math split by the
/// parallel layout, in the precisions of the deployment.
///
/// Formulas (per chip; h = hidden size, b = tokens of the step per attention group, C =
/// context tokens, H/Hkv/d = heads, KV heads, head dim, w/kv = bytes per weight/KV element):
/// - GEMM `A[m,k] x W[k,n]`: FLOPs 2mkn, bytes k*n*w + m*k*a + m*n*2.
/// - GQA decode attention: FLOPs 4*b*C*H*d/tp, KV bytes b*C*2*Hkv_chip*d*kv.
/// - MLA decode (absorbed): FLOPs 2*b*C*H*(r+rope)/tp + 2*b*C*H*r/tp, bytes b*C*(r+rope)*kv
///   (the latent is not split by heads, so every TP rank reads all of it).
/// - Causal prefill attention: FLOPs 2*S^2*H*d/tp (GQA) or S^2*H*(dqk+dv)/tp (MLA).
/// - MoE: T = b*dp tokens per stage pick k of E experts; a chip holds ceil(E/ep) experts split
///   over tp*dp/ep chips, and reads the E_touched = n_local*(1-(1-k/E)^T) experts it is sent.
/// - TP all-reduce of b*h*2 bytes after attention and after the FFN; EP all-to-all dispatch
///   (in the activation precision of W8A8/W4A4 weights, else bf16) and combine (bf16) of T*k*h
///   per stage; across scale-up domains a prefill token crosses the network once per remote
///   domain, a decode token-expert pair once per pair (DeepEP normal vs low-latency kernels).
struct OperatorBuilder {
    let model: ModelArchitecture
    let layout: Parallelism
    let weightDType: DType
    let kvDType: DType
    /// Chips per scale-up domain (NVLink/HCCS/UB), for splitting expert traffic.
    var scaleUpDomain: Int = 8

    private var h: Double { Double(model.hiddenSize) }
    private var tp: Double { Double(layout.tp) }
    private var w: Double { weightDType.bytesPerElement }
    private var activationBytes: Double { weightDType.computeDType.activationBytesPerElement }
    private var computeDType: DType { weightDType.computeDType }
    /// Attention math runs on FP8 tensor cores over an FP8 KV cache (FlashMLA FP8, FlashAttention-3
    /// FP8) and in BF16 otherwise; the cost model applies the FP8 kernel's published speedup.
    private var attentionDType: DType { kvDType == .fp8 ? .fp8 : .bf16 }

    /// A GEMM with a weight of `k x n` (per chip) over `m` rows.
    private func gemm(_ name: String, m: Double, k: Double, n: Double, weightBytes: Double? = nil, dtype: DType? = nil) -> Operator {
        let dtype = dtype ?? computeDType
        let elementBytes = weightBytes ?? w
        let a = dtype.activationBytesPerElement
        let weights = k * n * elementBytes
        return Operator(
            name, .gemm, flops: 2 * m * k * n, bytes: weights + m * k * a + m * n * 2, rows: m, dtype: dtype, resident: weights)
    }

    private func elementwise(_ name: String, bytes: Double, resident: Double = 0) -> Operator {
        Operator(name, .elementwise, bytes: bytes, rows: 1, resident: resident)
    }

    private func allReduce(_ name: String, bytes: Double, group: Int) -> Operator? {
        group > 1 ? Operator(name, .allReduce, communication: bytes, group: group) : nil
    }

    // MARK: Layers

    /// Every operator of one decoder layer.
    func layer(moe isMoE: Bool, step: StepShape) -> [Operator] {
        let b = step.tokens
        var ops: [Operator] = [elementwise("input_norm", bytes: b * h * 2 * 2, resident: h * 2)]
        ops += attention(step: step)
        ops.append(elementwise("post_attention_norm", bytes: b * h * 2 * 3, resident: h * 2))
        ops += isMoE ? mixtureOfExperts(step: step) : denseFFN(step: step, intermediate: Double(model.denseIntermediateSize), names: .dense)
        return ops
    }

    func attention(step: StepShape) -> [Operator] {
        let b = step.tokens
        var ops: [Operator] = []
        switch model.attention {
        case let .grouped(heads, kvHeads, headDim, qkNorm):
            let d = Double(headDim)
            let headsChip = Double(heads) / tp
            let kvChip = Double(max(1, kvHeads / layout.tp))
            ops.append(gemm("qkv_proj", m: b, k: h, n: (headsChip + 2 * kvChip) * d))
            ops.append(elementwise(qkNorm ? "qk_norm_rope" : "rope", bytes: b * (headsChip + kvChip) * d * 2 * 2))
            let kvBytes = kvDType.bytesPerElement
            switch step.phase {
            case .decode:
                // Every new token attends over the context; the context's KV is read once per
                // sequence (a speculative verify step has several new tokens per sequence).
                let c = step.contextTokens
                ops.append(Operator(
                    "attention", .attentionDecode, flops: 4 * b * c * headsChip * d,
                    bytes: step.sequences * c * 2 * kvChip * d * kvBytes + b * (2 * headsChip + 2 * kvChip) * d * 2,
                    rows: b * headsChip / kvChip, dtype: attentionDType))
            case .prefill:
                let s = step.newTokensPerSequence
                ops.append(Operator(
                    "attention", .attentionPrefill, flops: step.sequences * 2 * s * s * headsChip * d,
                    bytes: b * (2 * headsChip + 2 * kvChip) * d * 2 + b * 2 * kvChip * d * kvBytes, rows: s, dtype: attentionDType))
            }
            ops.append(gemm("o_proj", m: b, k: headsChip * d, n: h))
        case let .latent(heads, qLoraRank, kvLoraRank, nope, rope, vDim):
            let headsChip = Double(heads) / tp
            let r = Double(kvLoraRank), qr = qLoraRank.map(Double.init)
            let qHead = Double(nope + rope)
            // Down-projections are replicated on every TP rank (not split by heads).
            ops.append(gemm("qkv_a_proj", m: b, k: h, n: (qr ?? 0) + r + Double(rope)))
            ops.append(elementwise("latent_norms", bytes: b * ((qr ?? 0) + r) * 2 * 2, resident: ((qr ?? 0) + r) * 2))
            if let qr {
                ops.append(gemm("q_b_proj", m: b, k: qr, n: headsChip * qHead))
            } else {
                ops.append(gemm("q_proj", m: b, k: h, n: headsChip * qHead))
            }
            ops.append(elementwise("rope", bytes: b * (headsChip + 1) * Double(rope) * 2 * 2))
            switch step.phase {
            case .decode:
                let c = step.contextTokens
                // Absorbed form: q_nope x W_UK into the latent space, attention over the
                // latent cache, then W_UV back to per-head values.
                ops.append(gemm("absorb_w_uk", m: b * headsChip, k: Double(nope), n: r))
                ops[ops.count - 1].residentWeightBytes = headsChip * Double(nope) * r * w
                ops[ops.count - 1].bytes = headsChip * Double(nope) * r * w + b * headsChip * (Double(nope) + r) * 2
                ops.append(Operator(
                    "attention", .attentionDecodeLatent,
                    flops: 2 * b * c * headsChip * (r + Double(rope)) + 2 * b * c * headsChip * r,
                    bytes: step.sequences * c * (r + Double(rope)) * kvDType.bytesPerElement + b * headsChip * (2 * r + Double(rope)) * 2,
                    rows: b * headsChip, dtype: attentionDType))
                ops.append(gemm("absorb_w_uv", m: b * headsChip, k: r, n: Double(vDim)))
                ops[ops.count - 1].residentWeightBytes = headsChip * r * Double(vDim) * w
                ops[ops.count - 1].bytes = headsChip * r * Double(vDim) * w + b * headsChip * (r + Double(vDim)) * 2
            case .prefill:
                let s = step.newTokensPerSequence
                ops.append(gemm("kv_b_proj", m: b, k: r, n: headsChip * Double(nope + vDim)))
                ops.append(Operator(
                    "attention", .attentionPrefill, flops: step.sequences * s * s * headsChip * (qHead + Double(vDim)),
                    bytes: b * headsChip * (2 * qHead + 2 * Double(vDim)) * 2 + b * (r + Double(rope)) * kvDType.bytesPerElement,
                    rows: s, dtype: attentionDType))
            }
            ops.append(gemm("o_proj", m: b, k: headsChip * Double(vDim), n: h))
        }
        if let reduce = allReduce("attention_all_reduce", bytes: b * h * 2, group: layout.tp) { ops.append(reduce) }
        return ops
    }

    /// Operator names of a gated FFN (literals, so building operators allocates no strings).
    struct FFNNames {
        var gateUp: String, activation: String, down: String, allReduce: String
        static let dense = FFNNames(gateUp: "mlp_gate_up", activation: "mlp_activation", down: "mlp_down", allReduce: "mlp_all_reduce")
        static let shared = FFNNames(
            gateUp: "shared_expert_gate_up", activation: "shared_expert_activation", down: "shared_expert_down",
            allReduce: "shared_expert_all_reduce")
    }

    /// A gated FFN (gate+up, SiLU x mul, down) split over the attention TP group.
    func denseFFN(step: StepShape, intermediate: Double, names: FFNNames, reduce: Bool = true) -> [Operator] {
        let b = step.tokens
        let width = intermediate / tp
        var ops = [
            gemm(names.gateUp, m: b, k: h, n: 2 * width),
            elementwise(names.activation, bytes: b * width * 2 * 3),
            gemm(names.down, m: b, k: width, n: h),
        ]
        if reduce, let allReduce = allReduce(names.allReduce, bytes: b * h * 2, group: layout.tp) { ops.append(allReduce) }
        return ops
    }

    func mixtureOfExperts(step: StepShape) -> [Operator] {
        guard let moe = model.moe else { return [] }
        let b = step.tokens
        let experts = moe.expertCount, topK = moe.expertsPerToken
        var ops = [gemm("router", m: b, k: h, n: Double(experts), weightBytes: 2, dtype: .bf16)]
        ops.append(elementwise("router_topk", bytes: b * Double(experts) * 4))
        if moe.sharedIntermediateSize > 0 {
            ops += denseFFN(step: step, intermediate: Double(moe.sharedIntermediateSize), names: .shared, reduce: false)
        }
        // Routed experts: all dp groups of the stage feed the same experts (or only the groups
        // the step names).
        let stageTokens = b * (step.routedGroups ?? Double(layout.dp))
        let localSlots = Double((experts + layout.ep - 1) / layout.ep)
        let expertTP = Double(layout.expertTP)
        let width = Double(moe.expertIntermediateSize) / expertTP
        let pairs = stageTokens * Double(topK) / Double(layout.ep)
        // Rows of each touched expert's product: token-expert pairs per expert actually hit.
        let touchedFraction = ExpertRouting.touchedFraction(experts: experts, topK: topK, tokens: stageTokens)
        let tokensPerExpert = max(1, stageTokens * Double(topK) / Double(experts) / max(touchedFraction, 1e-12))
        let touched = localSlots * touchedFraction
        let a = activationBytes
        if step.phase == .prefill {
            // Eager prefill: the engine reads the per-expert counts on the host before the grouped GEMMs.
            ops.append(Operator("moe_host_sync", .hostSync))
        }
        ops.append(Operator(
            "experts_gate_up", .groupedGemm, flops: 2 * pairs * h * 2 * width,
            bytes: touched * h * 2 * width * w + pairs * (h * a + 2 * width * 2), rows: tokensPerExpert, dtype: computeDType,
            resident: localSlots * h * 2 * width * w))
        ops.append(elementwise("experts_activation", bytes: pairs * width * 2 * 3))
        ops.append(Operator(
            "experts_down", .groupedGemm, flops: 2 * pairs * width * h,
            bytes: touched * width * h * w + pairs * (width * a + h * 2), rows: tokensPerExpert, dtype: computeDType,
            resident: localSlots * width * h * w))
        if layout.ep > 1 {
            // Each chip dispatches its group's tokens, split over the group's tp chips, to k experts
            // and gets them back (also when only some groups route tokens: their chips send as
            // much each and set the time).
            let tokensPerChip = b / tp
            let remote = Double(layout.ep - 1) / Double(layout.ep)
            // FP8 and W8A8 INT8 deployments quantize tokens before dispatch (DeepEP's FP8 dispatch;
            // CloudMatrix-Infer and DeepEP-Ascend dispatch INT8); NVFP4 (W4A4) ones are assumed to
            // dispatch in the same 4-bit format their expert GEMMs read. Combine returns BF16.
            let dispatchBytes = activationBytes
            // Copies of a prefill token that leave its domain (decode sends pairs: none needed).
            let offDomainCopies = step.phase == .prefill ? Self.remoteDomainsPerToken(moe: moe, ep: layout.ep, domain: scaleUpDomain) : 0
            for (name, bytes) in [("ep_dispatch", dispatchBytes), ("ep_combine", 2.0)] {
                var op = Operator(name, .allToAll, communication: tokensPerChip * Double(topK) * h * bytes * remote, group: layout.ep)
                // Prefill: across domains a token travels once per remote domain and is fanned out inside it
                // (DeepEP's normal kernels forward NVLink -> RDMA). Decode: the low-latency kernels that CUDA
                // graphs need send every token-expert pair straight to its rank ("pure RDMA", DeepEP README), so
                // the pairs bound for ranks outside the domain all cross the NIC: the group's off-domain share.
                if step.phase == .prefill { op.scaleOutBytes = tokensPerChip * h * bytes * offDomainCopies }
                ops.append(op)
            }
            if let reduce = allReduce("shared_expert_all_reduce", bytes: b * h * 2, group: layout.tp), moe.sharedIntermediateSize > 0 {
                ops.append(reduce)
            }
        } else if layout.stageChips > 1 {
            // Experts tensor-parallel over the whole stage: gather the dp groups' tokens, reduce the result.
            ops.append(Operator("moe_all_reduce", .allReduce, communication: stageTokens * h * 2, group: layout.stageChips))
        }
        return ops
    }

    /// Expected remote scale-up domains one token's k experts land in, when `ep` ranks span
    /// `D = ceil(ep / domain)` domains: the domains touched under the model's routing
    /// (``ExpertRouting/expectedDomainsTouched(domains:topK:groups:selectedGroups:)``, group-limited
    /// where the config says so), of which a share `(D - 1) / D` are remote.
    static func remoteDomainsPerToken(moe: ModelArchitecture.MixtureOfExperts, ep: Int, domain: Int) -> Double {
        let domains = (ep + max(1, domain) - 1) / max(1, domain)
        guard domains > 1 else { return 0 }
        let touched = ExpertRouting.expectedDomainsTouched(
            domains: domains, topK: moe.expertsPerToken, groups: moe.routedGroupCount, selectedGroups: moe.routedGroupLimit)
        return touched * Double(domains - 1) / Double(domains)
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
