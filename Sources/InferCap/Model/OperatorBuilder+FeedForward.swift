/// Operators of the feed-forward blocks (per chip):
/// - A dense MLP split over the attention TP group: gate and up (or up alone when not gated),
///   the activation, down, then the TP all-reduce.
/// - MoE: T = b*dp tokens per stage pick k of E experts; a chip holds ceil(E/ep) experts split
///   over tp*dp/ep chips, and reads the E_touched = n_local*(1-(1-k/E)^T) experts it is sent.
///   EP all-to-all dispatch (in the activation precision of W8A8/W4A4 experts, else bf16) and
///   combine (bf16) of T*k*w per stage (w = hidden size, or the latent width of a latent MoE);
///   across scale-up domains a prefill token crosses the network once per remote domain, a
///   decode token-expert pair once per pair (DeepEP normal vs low-latency kernels). Shared
///   experts and a parallel dense MLP run like a dense MLP over the group.
extension OperatorBuilder {
    /// Operator names of an MLP (literals, so building operators allocates no strings).
    struct FFNNames {
        var gateUp: String, activation: String, down: String, allReduce: String
        static let dense = FFNNames(gateUp: "mlp_gate_up", activation: "mlp_activation", down: "mlp_down", allReduce: "mlp_all_reduce")
        static let shared = FFNNames(
            gateUp: "shared_expert_gate_up", activation: "shared_expert_activation", down: "shared_expert_down",
            allReduce: "shared_expert_all_reduce")
    }

    func feedForward(_ block: FeedForward, step: StepShape) -> [Operator] {
        switch block {
        case let .dense(mlp): return denseFFN(step: step, intermediate: Double(mlp.intermediateSize), gated: mlp.gated, names: .dense)
        case let .mixture(moe): return mixtureOfExperts(moe, step: step)
        case .none: return []
        }
    }

    /// An MLP (gated: gate+up, activation x mul, down; plain: up, activation, down) split over the attention TP group.
    func denseFFN(step: StepShape, intermediate: Double, gated: Bool = true, names: FFNNames, reduce: Bool = true) -> [Operator] {
        let b = step.tokens
        let width = intermediate / tp
        var ops = [
            gemm(names.gateUp, m: b, k: h, n: (gated ? 2 : 1) * width),
            elementwise(names.activation, bytes: b * width * 2 * (gated ? 3 : 2)),
            gemm(names.down, m: b, k: width, n: h),
        ]
        if reduce, let allReduce = allReduce(names.allReduce, bytes: b * h * 2, group: layout.tp) { ops.append(allReduce) }
        return ops
    }

    func mixtureOfExperts(_ moe: MixtureOfExperts, step: StepShape) -> [Operator] {
        let b = step.tokens
        let experts = moe.expertCount, topK = moe.expertsPerToken
        var ops: [Operator] = []
        ops.reserveCapacity(16)
        if !moe.hashRouted {
            ops.append(gemm("router", m: b, k: h, n: Double(experts), weightBytes: 2, dtype: .bf16))
            ops.append(elementwise("router_topk", bytes: b * Double(experts) * 4))
        }
        if moe.sharedIntermediateSize > 0 {
            ops += denseFFN(step: step, intermediate: Double(moe.sharedIntermediateSize), gated: moe.gated, names: .shared, reduce: false)
        }
        if moe.parallelDenseIntermediateSize > 0 {
            ops += denseFFN(step: step, intermediate: Double(moe.parallelDenseIntermediateSize), names: .dense, reduce: false)
        }
        // Latent MoE: tokens enter and leave the experts at the latent width.
        let x = Double(moe.latentSize ?? model.hiddenSize)
        if moe.latentSize != nil { ops.append(gemm("moe_latent_down", m: b, k: h, n: x)) }
        let expertDType = expertWeightDType ?? weightDType
        let ew = expertDType.bytesPerElement
        let compute = expertDType.kernelDType
        let a = compute.activationBytesPerElement
        // Routed experts: all dp groups of the stage feed the same experts (or only the groups
        // the step names).
        let stageTokens = b * (step.routedGroups ?? Double(layout.dp))
        let localSlots = Double((experts + layout.ep - 1) / layout.ep)
        let expertTP = Double(layout.expertTP)
        let width = Double(moe.expertIntermediateSize) / expertTP
        let up = Double(moe.matrices - 1)
        let pairs = stageTokens * Double(topK) / Double(layout.ep)
        // Rows of each touched expert's product: token-expert pairs per expert actually hit.
        let touchedFraction = ExpertRouting.touchedFraction(experts: experts, topK: topK, tokens: stageTokens)
        let tokensPerExpert = max(1, stageTokens * Double(topK) / Double(experts) / max(touchedFraction, 1e-12))
        let touched = localSlots * touchedFraction
        if step.phase == .prefill {
            // Eager prefill: the engine reads the per-expert counts on the host before the grouped GEMMs.
            ops.append(Operator("moe_host_sync", .hostSync))
        }
        ops.append(Operator(
            "experts_gate_up", .groupedGemm, flops: 2 * pairs * x * up * width,
            bytes: touched * x * up * width * ew + pairs * (x * a + up * width * 2), rows: tokensPerExpert, dtype: compute,
            resident: localSlots * x * up * width * ew))
        ops.append(elementwise("experts_activation", bytes: pairs * width * 2 * (moe.gated ? 3 : 2)))
        ops.append(Operator(
            "experts_down", .groupedGemm, flops: 2 * pairs * width * x,
            bytes: touched * width * x * ew + pairs * (width * a + x * 2), rows: tokensPerExpert, dtype: compute,
            resident: localSlots * width * x * ew))
        if dispatchesExperts {
            // Each chip dispatches its group's tokens, split over the group's tp chips, to k experts
            // and gets them back (also when only some groups route tokens: their chips send as
            // much each and set the time).
            let tokensPerChip = b / tp
            let remote = Double(layout.ep - 1) / Double(layout.ep)
            // FP8 and W8A8 INT8 deployments quantize tokens before dispatch (DeepEP's FP8 dispatch;
            // CloudMatrix-Infer and DeepEP-Ascend dispatch INT8); NVFP4 (W4A4) ones are assumed to
            // dispatch in the same 4-bit format their expert GEMMs read. Combine returns BF16.
            let dispatchBytes = expertDType.computeDType.activationBytesPerElement
            // Copies of a prefill token that leave its domain (decode sends pairs: none needed).
            let offDomainCopies = step.phase == .prefill ? Self.remoteDomainsPerToken(moe: moe, ep: layout.ep, domain: scaleUpDomain) : 0
            for (name, bytes) in [("ep_dispatch", dispatchBytes), ("ep_combine", 2.0)] {
                var op = Operator(name, .allToAll, communication: tokensPerChip * Double(topK) * x * bytes * remote, group: layout.ep)
                // Prefill: across domains a token travels once per remote domain and is fanned out inside it
                // (DeepEP's normal kernels forward NVLink -> RDMA). Decode: the low-latency kernels that CUDA
                // graphs need send every token-expert pair straight to its rank ("pure RDMA", DeepEP README), so
                // the pairs bound for ranks outside the domain all cross the NIC: the group's off-domain share.
                if step.phase == .prefill { op.scaleOutBytes = tokensPerChip * x * bytes * offDomainCopies }
                ops.append(op)
            }
            if moe.sharedIntermediateSize > 0 || moe.parallelDenseIntermediateSize > 0,
               let reduce = allReduce("shared_expert_all_reduce", bytes: b * h * 2, group: layout.tp) {
                ops.append(reduce)
            }
        } else if layout.stageChips > 1 {
            // Experts tensor-parallel over the whole stage (gather the dp groups' tokens, reduce the
            // result), or expert-parallel over one attention group's TP ranks, which all hold every
            // token: each runs its own experts on them and the results are summed the same way.
            ops.append(Operator("moe_all_reduce", .allReduce, communication: stageTokens * x * 2, group: layout.stageChips))
        }
        if moe.latentSize != nil { ops.append(gemm("moe_latent_up", m: b, k: x, n: h)) }
        return ops
    }

    /// Expected remote scale-up domains one token's k experts land in, when `ep` ranks span
    /// `D = ceil(ep / domain)` domains: the domains touched under the model's routing
    /// (``ExpertRouting/expectedDomainsTouched(domains:topK:groups:selectedGroups:)``, group-limited
    /// where the config says so), of which a share `(D - 1) / D` are remote.
    static func remoteDomainsPerToken(moe: MixtureOfExperts, ep: Int, domain: Int) -> Double {
        let domains = (ep + max(1, domain) - 1) / max(1, domain)
        guard domains > 1 else { return 0 }
        let touched = ExpertRouting.expectedDomainsTouched(
            domains: domains, topK: moe.expertsPerToken, groups: moe.routedGroupCount, selectedGroups: moe.routedGroupLimit)
        return touched * Double(domains - 1) / Double(domains)
    }
}
