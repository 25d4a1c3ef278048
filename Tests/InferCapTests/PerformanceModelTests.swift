import Testing
import Foundation
@testable import InferCap

@Suite("Performance model behaviour")
struct PerformanceModelTests {
    @Test("Distinct experts touched: k at one token, all at many, never more than E")
    func distinctExperts() {
        #expect(ExpertRouting.expectedDistinctExperts(experts: 256, topK: 8, tokens: 1).isClose(to: 8, relative: 1e-12))
        #expect(ExpertRouting.expectedDistinctExperts(experts: 256, topK: 8, tokens: 10_000).isClose(to: 256, relative: 1e-9))
        // By hand: 256 * (1 - (248/256)^32) = 256 * (1 - 0.36204) = 163.3 experts for 32 tokens.
        #expect(ExpertRouting.expectedDistinctExperts(experts: 256, topK: 8, tokens: 32).isClose(to: 163.3, relative: 0.001))
        var previous = 0.0
        for tokens in [1.0, 2, 4, 16, 64, 256] {
            let touched = ExpertRouting.expectedDistinctExperts(experts: 128, topK: 8, tokens: tokens)
            #expect(touched > previous && touched <= 128)
            previous = touched
        }
    }

    @Test("Decode GEMMs are memory bound at batch 1 and compute bound at large batch")
    func decodeRegimes() throws {
        let estimator = try Fixtures.estimator("llama-3.1-8b", on: "h100-sxm")
        let small = estimator.decodeTiming(batch: 1, contextTokens: 512, breakdown: true).timing.breakdown
        let large = estimator.decodeTiming(batch: 1024, contextTokens: 16, breakdown: true).timing.breakdown
        let smallFFN = try #require(small.first { $0.name == "mlp_gate_up" })
        let largeFFN = try #require(large.first { $0.name == "mlp_gate_up" })
        #expect(smallFFN.bound == "memory")
        #expect(largeFFN.bound == "compute")
    }

    @Test("A batch-1 decode step costs about the weights over the achieved bandwidth")
    func batchOneIsWeightStreaming() throws {
        let estimator = try Fixtures.estimator("llama-3.1-70b", on: "h200", Parallelism(tp: 8))
        let step = estimator.decodeStepSeconds(batch: 1, contextTokens: 128)
        let weights = estimator.memoryPlan(contextTokens: 128).weightBytesPerChip
        let floor = weights / (4.8e12 * 1.0)
        #expect(step > floor)          // never faster than the datasheet roofline
        #expect(step < 4 * floor)      // and not absurdly slower
    }

    @Test("Tensor parallelism lowers decode latency, and MoE decode reads fewer experts at small batch")
    func tensorParallelSpeedup() throws {
        let tp1 = try Fixtures.estimator("llama-3.1-70b", on: "h200").decodeStepSeconds(batch: 8, contextTokens: 1024)
        let tp8 = try Fixtures.estimator("llama-3.1-70b", on: "h200", Parallelism(tp: 8)).decodeStepSeconds(batch: 8, contextTokens: 1024)
        #expect(tp8 < tp1 / 2.5)
        let builder = OperatorBuilder(model: try Fixtures.model("deepseek-v3"), layout: Parallelism(tp: 8), weightDType: .fp8, kvDType: .bf16)
        let one = builder.mixtureOfExperts(step: .decode(batch: 1, context: 1)).first { $0.name == "experts_gate_up" }!
        let many = builder.mixtureOfExperts(step: .decode(batch: 512, context: 1)).first { $0.name == "experts_gate_up" }!
        #expect(many.bytes > 20 * one.bytes)
        #expect(one.residentWeightBytes == many.residentWeightBytes)
    }

    @Test("FLOPs of a prefill step are about 2 x active parameters x tokens")
    func prefillFlops() throws {
        let model = try Fixtures.model("llama-3.1-8b")
        let estimator = try Fixtures.estimator("llama-3.1-8b", on: "h100-sxm")
        let timing = estimator.evaluator.evaluate(.prefill(requests: 1, promptTokens: 128), breakdown: true)
        let flops = timing.breakdown.filter { $0.kind == "gemm" && $0.name != "lm_head" }.reduce(0) { $0 + $1.flops }
        let expected = 2 * 128 * (model.totalParameters - model.embeddingParameters - model.outputHeadParameters - model.normParameters)
        #expect(flops.isClose(to: expected, relative: 0.001))
    }

    @Test("Serving TPOT includes the interleaved prefills and is above the bare decode step")
    func servingIncludesPrefill() throws {
        let estimate = try Fixtures.estimator("llama-3.1-8b", on: "h100-sxm").estimate(Workload(inputTokens: 2048, outputTokens: 128, batch: 64))
        #expect(estimate.serving.tpotSeconds > estimate.decode.stepSeconds * 1.05)
        #expect(estimate.serving.outputTokensPerSecondPerChip < estimate.decode.tokensPerSecondPerChip)
        // TTFT = own prefill + queueing behind the interleaved prefills (generic engine: no extra wait).
        #expect(estimate.serving.ttftSeconds > estimate.prefill.seconds)
        #expect(estimate.serving.ttftSeconds < 3 * estimate.prefill.seconds)
    }

    @Test("A burst of arrivals adds (batch - 1)/2 prefills and their interleaved decode steps to TTFT for the burst's share")
    func burstArrivals() throws {
        let estimator = try Fixtures.estimator("llama-3.1-8b", on: "h100-sxm")
        let steady = try estimator.estimate(Workload(inputTokens: 1024, outputTokens: 256, batch: 33))
        let bursty = try estimator.estimate(Workload(inputTokens: 1024, outputTokens: 256, batch: 33, burstFraction: 0.5))
        let perRequest = estimator.prefillSecondsPerRequest(inputTokens: 1024)
        // One decode iteration per 8,192-token chunk: 1/8 of one per 1,024-token request.
        let interleaved = 1024.0 / 8192 * steady.decode.stepSeconds
        #expect((bursty.serving.ttftSeconds - steady.serving.ttftSeconds).isClose(to: 0.5 * 16 * (perRequest + interleaved), relative: 1e-9))
        #expect(bursty.serving.tpotSeconds == steady.serving.tpotSeconds)
    }

    @Test("The SLO search returns the largest batch within the TPOT target")
    func sloSearch() throws {
        let estimator = try Fixtures.estimator("llama-3.1-8b", on: "h100-sxm")
        let workload = Workload(inputTokens: 512, outputTokens: 512, slo: LatencySLO(tpotSeconds: 0.02))
        let estimate = try estimator.estimate(workload)
        #expect(estimate.batchSource == "slo")
        #expect(estimate.serving.tpotSeconds <= 0.02)
        let oneMore = try estimator.estimate(Workload(inputTokens: 512, outputTokens: 512, batch: estimate.batch + 1))
        #expect(oneMore.serving.tpotSeconds > 0.02 || estimate.batch == estimate.memory.maxBatch)
    }
}

@Suite("Engine profiles as data")
struct EngineProfileTests {
    @Test("A slower MoE kernel slows MoE decode and leaves dense models alone")
    func moeKernelEfficiency() throws {
        var moeDeployment = try Fixtures.deployment("h200", Parallelism(tp: 4, ep: 4), weights: .fp8)
        var denseDeployment = try Fixtures.deployment("h200", Parallelism(tp: 4), weights: .fp8)
        let moe = try Fixtures.model("qwen3-235b-a22b")
        let dense = try Fixtures.model("llama-3.1-70b")
        let fastMoE = try Estimator(model: moe, deployment: moeDeployment).decodeStepSeconds(batch: 32, contextTokens: 2048)
        let fastDense = try Estimator(model: dense, deployment: denseDeployment).decodeStepSeconds(batch: 32, contextTokens: 2048)
        moeDeployment.engine.moeKernelEfficiency = 0.5
        denseDeployment.engine.moeKernelEfficiency = 0.5
        let slowMoE = try Estimator(model: moe, deployment: moeDeployment).decodeStepSeconds(batch: 32, contextTokens: 2048)
        let slowDense = try Estimator(model: dense, deployment: denseDeployment).decodeStepSeconds(batch: 32, contextTokens: 2048)
        #expect(slowMoE > fastMoE * 1.1)
        #expect(slowDense == fastDense)
    }

    @Test("A prefill MoE kernel speed, where an engine has one, applies to prefill grouped GEMMs only")
    func prefillMoEKernelEfficiency() throws {
        var deployment = try Fixtures.deployment("h20", Parallelism(tp: 8), weights: .fp8)
        deployment.engine.moeKernelEfficiency = 0.8
        func terms(_ phase: StepShape.Phase) -> CostTerms {
            CostModel(accelerator: deployment.accelerator, calibration: deployment.calibration, engine: deployment.engine)
                .terms(kind: .groupedGemm, computeDType: .fp8, phase: phase)
        }
        deployment.engine.prefillMoEKernelEfficiency = nil
        let (sharedPrefill, sharedDecode) = (terms(.prefill), terms(.decode))
        deployment.engine.prefillMoEKernelEfficiency = 1.6
        #expect(terms(.prefill).perQuantity1.isClose(to: sharedPrefill.perQuantity1 / 2, relative: 1e-12))
        #expect(terms(.prefill).perQuantity3 == sharedPrefill.perQuantity3)
        #expect(terms(.decode) == sharedDecode)
        // Dense GEMMs never see it.
        let dense = CostModel(accelerator: deployment.accelerator, calibration: deployment.calibration, engine: deployment.engine)
            .terms(kind: .gemm, computeDType: .fp8, phase: .prefill)
        deployment.engine.prefillMoEKernelEfficiency = nil
        #expect(CostModel(accelerator: deployment.accelerator, calibration: deployment.calibration, engine: deployment.engine)
            .terms(kind: .gemm, computeDType: .fp8, phase: .prefill) == dense)
        // The bundled SGLang profile carries its fitted value; engines without prefill points do not.
        #expect(try Fixtures.catalog.engine(named: "sglang").prefillMoEKernelEfficiency != nil)
        #expect(try Fixtures.catalog.engine(named: "vllm").prefillMoEKernelEfficiency == nil)
    }

    /// The engine's MoE factor is a compute speed: streaming expert weights from HBM is set by
    /// the bandwidth the grouped-GEMM curve was fitted to, whichever engine runs the kernel.
    @Test("The MoE kernel speed scales the grouped GEMM's compute term, not its weight streaming")
    func moeKernelEfficiencyIsCompute() throws {
        var deployment = try Fixtures.deployment("h200", Parallelism(tp: 4, ep: 4), weights: .fp8)
        func terms() -> CostTerms {
            CostModel(accelerator: deployment.accelerator, calibration: deployment.calibration, engine: deployment.engine)
                .terms(kind: .groupedGemm, computeDType: .fp8, phase: .decode)
        }
        deployment.engine.moeKernelEfficiency = 1
        let full = terms()
        deployment.engine.moeKernelEfficiency = 0.5
        let half = terms()
        #expect(half.perQuantity1.isClose(to: 2 * full.perQuantity1, relative: 1e-12))
        #expect(half.perQuantity2.isClose(to: 2 * full.perQuantity2, relative: 1e-12))
        #expect(half.perQuantity3 == full.perQuantity3)
        #expect(full.perQuantity3.isClose(
            to: 1 / (deployment.accelerator.memoryBytesPerSecond * deployment.calibration.groupedGemm.memoryEfficiency), relative: 1e-12))
    }

    /// NCCL's tuning model: a small all-reduce across nodes climbs a tree up and down
    /// floor(log2 nodes) network levels; an all-to-all writes to each remote peer directly.
    @Test("A collective that leaves the scale-up domain pays the network hops on its path; one inside it pays none")
    func networkHops() throws {
        let deployment = try Fixtures.deployment("h100-sxm", Parallelism(tp: 8), weights: .fp8)
        let cost = CostModel(accelerator: deployment.accelerator, calibration: deployment.calibration, engine: deployment.engine)
        let hop = deployment.calibration.networkHopSeconds
        #expect(hop == 5e-6)
        func seconds(_ kind: Operator.Kind, group: Int) -> Double {
            cost.time(Operator("c", kind, communication: 1024, group: group), phase: .decode).seconds
        }
        func wire(_ kind: Operator.Kind, group: Int) -> Double {
            let q = cost.quantities(Operator("c", kind, communication: 1024, group: group))
            let t = cost.terms(kind: kind, computeDType: .bf16, phase: .decode)
            return t.constant + max(q.x * t.perQuantity1, q.z * t.perQuantity3)
        }
        // Inside the domain an all-reduce waits its ring steps; across domains, those of the 8 chips
        // of each domain plus the network hops.
        let ring = deployment.calibration.allReduceRingSeconds(chips: 8)
        #expect(seconds(.allReduce, group: 8).isClose(to: wire(.allReduce, group: 8) + ring, relative: 1e-9))
        #expect(seconds(.allToAll, group: 8) == wire(.allToAll, group: 8))
        for (nodes, levels) in [(2, 1.0), (4, 2.0), (9, 3.0), (18, 4.0)] {
            let group = 8 * nodes
            #expect(seconds(.allReduce, group: group).isClose(to: wire(.allReduce, group: group) + ring + 2 * levels * hop, relative: 1e-9))
            #expect(seconds(.allToAll, group: group).isClose(to: wire(.allToAll, group: group) + hop, relative: 1e-9))
        }
    }

    /// NCCL's tuning model (src/graph/tuning.cc): a ring LL all-reduce over n GPUs on NVLink waits
    /// a base 6.6 µs plus 0.6 µs for each of its 2(n - 1) steps, so 7.8, 10.2 and 15.0 µs over 2, 4
    /// and 8 GPUs; an all-to-all keeps the profile's flat latency.
    @Test("A small all-reduce waits longer over more chips, by NCCL's ring steps; an all-to-all does not")
    func allReduceLatencyGrowsWithGroup() throws {
        let deployment = try Fixtures.deployment("h100-sxm", Parallelism(tp: 8), weights: .fp8)
        let cost = CostModel(accelerator: deployment.accelerator, calibration: deployment.calibration, engine: deployment.engine)
        func latency(_ kind: Operator.Kind, group: Int) -> Double {
            // A 2-byte message: the wire time is negligible next to the latency.
            cost.time(Operator("c", kind, communication: 2, group: group), phase: .decode).seconds
        }
        for (group, microseconds) in [(2, 7.8), (4, 10.2), (8, 15.0)] {
            #expect(latency(.allReduce, group: group).isClose(to: microseconds * 1e-6, relative: 1e-3))
        }
        #expect(latency(.allToAll, group: 2).isClose(to: latency(.allToAll, group: 8), relative: 1e-3))
        #expect(latency(.allToAll, group: 8).isClose(to: deployment.calibration.collectiveLatencySeconds, relative: 1e-3))
    }

    /// With one attention group, vLLM, SGLang and TensorRT-LLM keep every token on every TP rank
    /// and all-reduce the experts' output (vLLM: all-to-all kernels only when `dp_size > 1 and
    /// use_ep`); vLLM-Ascend's and MindIE's expert layers dispatch tokens whatever the attention layout.
    @Test("Expert parallelism without attention DP all-reduces on the NVIDIA engines and dispatches on the Ascend ones")
    func expertParallelWithoutAttentionDP() throws {
        let model = try Fixtures.model("qwen3-235b-a22b")
        func names(_ engine: String, _ chip: String, _ layout: Parallelism) throws -> Set<String> {
            var deployment = try Fixtures.deployment(chip, layout, weights: chip.hasPrefix("ascend") ? .int8 : .fp8)
            deployment.engine = try Fixtures.catalog.engine(named: engine)
            let estimator = try Estimator(model: model, deployment: deployment)
            return Set(estimator.evaluator.builder.mixtureOfExperts(step: .decode(batch: 16, context: 2048)).map(\.name))
        }
        for engine in ["vllm", "sglang", "trtllm", "generic"] {
            let tpOnly = try names(engine, "h200", Parallelism(tp: 8, ep: 8))
            #expect(tpOnly.contains("moe_all_reduce") && !tpOnly.contains("ep_dispatch"), "\(engine)")
            let attentionDP = try names(engine, "h200", Parallelism(tp: 1, ep: 8, dp: 8))
            #expect(attentionDP.contains("ep_dispatch") && attentionDP.contains("ep_combine") && !attentionDP.contains("moe_all_reduce"), "\(engine)")
        }
        for engine in ["vllm-ascend", "mindie"] {
            let tpOnly = try names(engine, "ascend-910b-376t", Parallelism(tp: 8, ep: 8))
            #expect(tpOnly.contains("ep_dispatch") && !tpOnly.contains("moe_all_reduce"), "\(engine)")
        }
        // The same split under both rules in one sweep cache: the blocks are not shared.
        let cache = OperatorCache()
        var nvidia = try Fixtures.deployment("h200", Parallelism(tp: 8, ep: 8), weights: .fp8)
        nvidia.engine = try Fixtures.catalog.engine(named: "vllm")
        var ascend = nvidia
        ascend.engine = try Fixtures.catalog.engine(named: "vllm-ascend")
        let step = StepShape.decode(batch: 16, context: 2048)
        let reduced = try Estimator(model: model, deployment: nvidia, cache: cache).evaluator.evaluate(step).latencySeconds
        let dispatched = try Estimator(model: model, deployment: ascend, cache: cache).evaluator.evaluate(step).latencySeconds
        let alone = try Estimator(model: model, deployment: ascend).evaluator.evaluate(step).latencySeconds
        #expect(reduced != dispatched)
        #expect(dispatched == alone)
    }

    /// DeepEP's normal (prefill) kernels send a token once per remote node and fan it out over
    /// NVLink there; its low-latency (decode) kernels send every token-expert pair to its rank,
    /// so with EP32 on 8-GPU nodes 24 of every 32 pairs cross the NIC (Ant Group's H20 note:
    /// ~25% of the traffic stays on NVLink at EP32, ~50% at EP16).
    @Test("Decode all-to-all sends the off-node share of token-expert pairs over the NIC; prefill sends each token once per remote node")
    func allToAllAcrossNodes() throws {
        let estimator = try Fixtures.estimator("deepseek-r1", on: "h20", Parallelism(ep: 32, dp: 32), weights: .fp8)
        let cost = estimator.evaluator.cost
        let builder = estimator.evaluator.builder
        for (ep, offNode) in [(32, 24.0 / 32), (16, 8.0 / 16)] {
            let local = try Fixtures.estimator("deepseek-r1", on: "h20", Parallelism(ep: ep, dp: ep), weights: .fp8)
            let ops = local.evaluator.builder.mixtureOfExperts(step: .decode(batch: 32, context: 4096))
            let dispatch = try #require(ops.first { $0.name == "ep_dispatch" })
            #expect(dispatch.scaleOutBytes == nil)
            let q = local.evaluator.cost.quantities(dispatch)
            #expect(q.z.isClose(to: dispatch.communicationBytes * offNode, relative: 1e-12))
        }
        let prefill = try #require(builder.mixtureOfExperts(step: .prefill(requests: 1, promptTokens: 4096)).first { $0.name == "ep_dispatch" })
        let scaleOut = try #require(prefill.scaleOutBytes)
        // 4 nodes: a token's top-8 experts, in 4 of DeepSeek's 8 groups (2 per node), touch 2.91
        // nodes, 3/4 of them remote, so 2.18 copies of its 7168 fp8 bytes leave the node, not the
        // 6 of its 8 pairs.
        let nodesTouched = ExpertRouting.expectedDomainsTouched(domains: 4, topK: 8, groups: 8, selectedGroups: 4)
        #expect(abs(nodesTouched - 2.9107) < 1e-3)
        let copies: Double = nodesTouched * 0.75
        #expect(scaleOut.isClose(to: 4096 * 7168 * copies, relative: 1e-12))
        #expect(cost.quantities(prefill).z == scaleOut)
    }

    /// Not fitted on: DeepEP's own low-latency (decode) kernel latencies on H800 with one 400 Gb/s
    /// CX7 NIC per GPU, 128 tokens per rank, hidden 7168, top-8, FP8 dispatch, BF16 combine
    /// (deepseek-ai/DeepEP docs/legacy.md, "Low-latency kernels with pure RDMA"). EP8 is left out:
    /// that benchmark sends intranode pairs over RDMA too, where the model uses NVLink.
    @Test("Decode dispatch and combine across nodes are within 20% of DeepEP's published H800 low-latency timings",
          arguments: [(16, 118e-6, 195e-6), (32, 155e-6, 273e-6), (64, 173e-6, 314e-6), (128, 192e-6, 369e-6), (256, 194e-6, 360e-6)])
    func deepEPLowLatency(ep: Int, dispatchSeconds: Double, combineSeconds: Double) throws {
        let estimator = try Fixtures.estimator("deepseek-v3", on: "h800", Parallelism(ep: ep, dp: ep), weights: .fp8)
        let ops = estimator.evaluator.builder.mixtureOfExperts(step: .decode(batch: 128, context: 4096))
        for (name, measured) in [("ep_dispatch", dispatchSeconds), ("ep_combine", combineSeconds)] {
            let op = try #require(ops.first { $0.name == name })
            let predicted = estimator.evaluator.cost.time(op, phase: .decode).seconds
            #expect(abs(predicted / measured - 1) < 0.2, "\(name) at EP\(ep): \(predicted * 1e6) us, DeepEP \(measured * 1e6) us")
        }
    }

    /// Not fitted on either: DeepEP's normal (prefill) kernels on H800 with one 400 Gb/s NIC per
    /// GPU, 4,096 tokens per rank, hidden 7168, top-8, FP8 dispatch and BF16 combine
    /// (deepseek-ai/DeepEP docs/legacy.md: EP16 43 / 43 GB/s, EP32 58 / 57 GB/s "RDMA").
    /// tests/test_internode.py routes each token to experts in at most 4 of its nodes, taken as the
    /// expert groups (so 2 (1 - (1/2)^8) of 2 nodes, 4 (1 - (3/4)^8) = 3.6 of 4), and counts one
    /// copy of the token per node touched, its own included, FP8 with one 4-byte scale per 128
    /// values. The check times that traffic with the model's links: every token-expert pair on the
    /// group, the remote nodes' copies over the NIC. (EP64 is left out: the same routing picks 4
    /// of 8 nodes, which the bandwidth figure's byte count does not pin down as well.)
    @Test("Prefill dispatch and combine across nodes are within 20% of DeepEP's published H800 normal-kernel bandwidth",
          arguments: [(16, 43e9, 43e9), (32, 58e9, 57e9)])
    func deepEPNormal(ep: Int, dispatchBytesPerSecond: Double, combineBytesPerSecond: Double) throws {
        let estimator = try Fixtures.estimator("deepseek-v3", on: "h800", Parallelism(ep: ep, dp: ep), weights: .fp8)
        let nodes = Double(ep / 8)
        let touched: Double = nodes * (1 - pow(1 - 1 / nodes, 8.0))
        #expect(ExpertRouting.expectedDomainsTouched(domains: ep / 8, topK: 8).isClose(to: touched, relative: 1e-12))
        for (name, bytes, bandwidth) in [("ep_dispatch", 1.0, dispatchBytesPerSecond), ("ep_combine", 2.0, combineBytesPerSecond)] {
            let tokenBytes = 4096 * 7168 * bytes
            var op = Operator(name, .allToAll, communication: tokenBytes * 8 * Double(ep - 1) / Double(ep), group: ep)
            op.scaleOutBytes = tokenBytes * touched * (nodes - 1) / nodes
            let predicted = estimator.evaluator.cost.time(op, phase: .prefill).seconds
            let measured = tokenBytes * (bytes == 1 ? 1 + 4.0 / 128 : 1) * touched / bandwidth
            #expect(abs(predicted / measured - 1) < 0.2, "\(name) at EP\(ep): \(predicted * 1e3) ms, DeepEP \(measured * 1e3) ms")
        }
    }

    /// DeepSeek-V3's group-limited routing (4 of 8 contiguous groups, then 8 of their experts)
    /// sets how many nodes a prefill token is sent to: fewer than uniform routing over 2 or 4
    /// nodes, the 4 groups' own nodes over 8, and up to 8 half-group nodes over 16.
    @Test("Nodes a DeepSeek-V3 token reaches under group-limited routing", arguments: [
        (2, 1.9216), (4, 2.9107), (8, 3.5995), (16, 5.2511), (32, 6.4525),
    ])
    func groupLimitedNodes(nodes: Int, expected: Double) throws {
        let moe = try #require(Fixtures.model("deepseek-v3").moe)
        #expect(moe.routedGroupCount == 8 && moe.routedGroupLimit == 4)
        let touched = ExpertRouting.expectedDomainsTouched(domains: nodes, topK: 8, groups: 8, selectedGroups: 4)
        #expect(abs(touched - expected) < 1e-3, "\(touched)")
        #expect(touched <= ExpertRouting.expectedDomainsTouched(domains: nodes, topK: 8) + 1e-12)
        #expect(OperatorBuilder.remoteDomainsPerToken(moe: moe, ep: 8 * nodes, domain: 8).isClose(
            to: touched * Double(nodes - 1) / Double(nodes), relative: 1e-12))
    }

    /// The H100 GEMM curve is fitted on BF16 products; FP8 (and INT8, same tensor-core rate)
    /// products run at the measured FP8/BF16 ratio of the 8192^3 ceiling records, not at the FP8
    /// peak times the BF16 efficiency. Curves fitted on FP8 tables (H20) carry no ratio.
    @Test("FP8 GEMMs on the H100 compute at the measured 1.81x of BF16; the H20's FP8-fitted curve runs at its FP8 peak")
    func fp8GemmSpeedup() throws {
        let h100 = try Fixtures.deployment("h100-sxm", weights: .fp8)
        #expect(h100.calibration.gemm.fp8ComputeSpeedup == 1.81)
        let cost = CostModel(accelerator: h100.accelerator, calibration: h100.calibration, engine: h100.engine)
        let bf16 = cost.terms(kind: .gemm, computeDType: .bf16, phase: .prefill)
        for dtype in [DType.fp8, .int8] {
            let fast = cost.terms(kind: .gemm, computeDType: dtype, phase: .prefill)
            #expect(fast.perQuantity1.isClose(to: bf16.perQuantity1 / 1.81, relative: 1e-12))
            #expect(fast.perQuantity3 == bf16.perQuantity3)
        }
        let h20 = try Fixtures.deployment("h20", weights: .fp8)
        #expect(h20.calibration.gemm.fp8ComputeSpeedup == nil)
        let h20Cost = CostModel(accelerator: h20.accelerator, calibration: h20.calibration, engine: h20.engine)
        let fp8Peak = try #require(h20.accelerator.peakFlopsPerSecond(.fp8))
        #expect(h20Cost.terms(kind: .gemm, computeDType: .fp8, phase: .prefill).perQuantity1
            .isClose(to: 1 / (fp8Peak * h20.calibration.gemm.computeEfficiencyMax), relative: 1e-12))
    }

    /// The attention tables time BF16 kernels; over an FP8 cache the FP8 kernels compute faster by
    /// their published ratio (FlashMLA FP8 ~1.7x, FlashAttention-3 FP8 1.62x), and flashinfer's GQA
    /// decode, which dequantizes, not at all.
    @Test("Attention over an FP8 KV cache computes at the FP8 kernel's published speedup; GQA decode and BF16 caches do not")
    func fp8Attention() throws {
        let fp8 = try Fixtures.deployment("h20", Parallelism(ep: 16, dp: 16), weights: .fp8, kv: .fp8)
        let estimator = try Estimator(model: Fixtures.model("deepseek-r1"), deployment: fp8)
        let bf16 = try Estimator(model: Fixtures.model("deepseek-r1"), deployment: Fixtures.deployment("h20", Parallelism(ep: 16, dp: 16), weights: .fp8))
        let step = StepShape.decode(batch: 32, context: 4096)
        let attention = { (e: Estimator) in try #require(e.evaluator.builder.attention(step: step).first { $0.name == "attention" }) }
        #expect(try attention(estimator).computeDType == .fp8)
        #expect(try attention(bf16).computeDType == .bf16)
        let cost = estimator.evaluator.cost
        let calibration = fp8.calibration
        #expect(calibration.attentionDecodeLatent.fp8ComputeSpeedup == 1.7)
        #expect(calibration.attentionPrefill.fp8ComputeSpeedup == 1.62)
        #expect(calibration.attentionDecode.fp8ComputeSpeedup == nil)
        for (kind, speedup) in [(Operator.Kind.attentionDecodeLatent, 1.7), (.attentionPrefill, 1.62), (.attentionDecode, 1)] {
            let slow = cost.terms(kind: kind, computeDType: .bf16, phase: .decode)
            let fast = cost.terms(kind: kind, computeDType: .fp8, phase: .decode)
            #expect(fast.perQuantity1.isClose(to: slow.perQuantity1 / speedup, relative: 1e-12))
            #expect(fast.perQuantity3 == slow.perQuantity3)
        }
        // Compute-bound at 128 heads on the H20: the FP8 kernel is faster by nearly the whole ratio.
        let fast = cost.time(try attention(estimator), phase: .decode).seconds
        let slow = bf16.evaluator.cost.time(try attention(bf16), phase: .decode).seconds
        #expect(slow / fast > 1.6)
        #expect(slow / fast < 1.7)
    }

    /// InferSim times decode grouped GEMMs with DeepGEMM's masked kernel and prefill ones with its
    /// contiguous kernel; each phase gets the curve fitted on its own table.
    @Test("Prefill grouped GEMMs run on the prefill-table curve, decode ones on the decode-table curve")
    func groupedGemmPerPhase() throws {
        var deployment = try Fixtures.deployment("h20", Parallelism(tp: 8), weights: .fp8)
        let decodeCurve = deployment.calibration.groupedGemm
        let prefillCurve = try #require(deployment.calibration.groupedGemmPrefill)
        #expect(prefillCurve != decodeCurve)
        // The H20 contiguous kernel reaches more of its peak at large tokens per expert than the masked one.
        #expect(prefillCurve.computeEfficiencyMax > decodeCurve.computeEfficiencyMax)
        func terms(_ phase: StepShape.Phase) -> CostTerms {
            CostModel(accelerator: deployment.accelerator, calibration: deployment.calibration, engine: deployment.engine)
                .terms(kind: .groupedGemm, computeDType: .fp8, phase: phase)
        }
        let bandwidth = deployment.accelerator.memoryBytesPerSecond
        #expect(terms(.prefill).perQuantity3.isClose(to: 1 / (bandwidth * prefillCurve.memoryEfficiency), relative: 1e-12))
        #expect(terms(.decode).perQuantity3.isClose(to: 1 / (bandwidth * decodeCurve.memoryEfficiency), relative: 1e-12))
        #expect(terms(.prefill).constant == prefillCurve.overheadSeconds)
        // A profile without a prefill curve uses the one curve in both phases.
        let withPrefillCurve = terms(.prefill)
        deployment.calibration.groupedGemmPrefill = nil
        #expect(terms(.prefill).perQuantity1 == terms(.decode).perQuantity1)
        #expect(terms(.prefill).perQuantity3 == terms(.decode).perQuantity3)
        #expect(terms(.prefill) != withPrefillCurve)
        // And a DeepSeek-R1 TP8 prefill on the H20 is faster on the prefill curve than on the decode one.
        let model = try Fixtures.model("deepseek-r1")
        let fallback = try Estimator(model: model, deployment: deployment).prefillSeconds(inputTokens: 8192)
        deployment.calibration.groupedGemmPrefill = prefillCurve
        let own = try Estimator(model: model, deployment: deployment).prefillSeconds(inputTokens: 8192)
        #expect(own < fallback)
    }

    @Test("The MoE host sync adds its seconds once per MoE layer to a prefill, nothing to decode or dense models")
    func moeHostSync() throws {
        var moeDeployment = try Fixtures.deployment("h200", Parallelism(tp: 8), weights: .fp8)
        var denseDeployment = try Fixtures.deployment("h200", Parallelism(tp: 8), weights: .fp8)
        let moe = try Fixtures.model("deepseek-r1")
        let dense = try Fixtures.model("llama-3.1-70b")
        let moeLayers = Double(moe.moeLayerCount)
        func times(_ model: ModelArchitecture, _ deployment: Deployment) throws -> (prefill: Double, decode: Double) {
            let estimator = try Estimator(model: model, deployment: deployment)
            return (estimator.prefillSeconds(inputTokens: 1024), estimator.decodeStepSeconds(batch: 16, contextTokens: 2048))
        }
        let (moeBefore, denseBefore) = (try times(moe, moeDeployment), try times(dense, denseDeployment))
        moeDeployment.engine.prefillMoESyncSeconds = 2e-3
        denseDeployment.engine.prefillMoESyncSeconds = 2e-3
        let (moeAfter, denseAfter) = (try times(moe, moeDeployment), try times(dense, denseDeployment))
        #expect((moeAfter.prefill - moeBefore.prefill).isClose(to: moeLayers * 2e-3, relative: 1e-9))
        #expect(moeAfter.decode == moeBefore.decode)
        #expect(denseAfter.prefill == denseBefore.prefill && denseAfter.decode == denseBefore.decode)
    }

    @Test("Aggregated data-parallel attention on an MoE model says whether unaligned prefills are charged; TP or a dense model says nothing")
    func lockstepNote() throws {
        let note = { (estimator: Estimator) throws -> String? in
            try estimator.estimate(Workload(batch: 8)).notes.first { $0.contains("attention groups share the MoE layers") }
        }
        let dataParallel = try Fixtures.estimator("deepseek-r1", on: "h200", Parallelism(tp: 1, ep: 8, dp: 8), weights: .fp8)
        #expect(try note(dataParallel)?.contains("charged for the 100% of prefills the generic engine does not align") == true)
        var aligned = dataParallel.deployment
        aligned.engine.dataParallelPrefillAlignment = 1
        #expect(try note(Estimator(model: dataParallel.model, deployment: aligned))?.contains("align their prefills") == true)
        #expect(try note(Fixtures.estimator("deepseek-r1", on: "h200", Parallelism(tp: 8, ep: 8), weights: .fp8)) == nil)
        #expect(try note(Fixtures.estimator("llama-3.1-8b", on: "h100-sxm", Parallelism(dp: 8))) == nil)
    }

    @Test("The fitted profiles load, and vLLM's MoE kernels are slower than DeepGEMM's")
    func fittedProfiles() throws {
        let vllm = try Fixtures.catalog.engine(named: "vllm")
        #expect(vllm.moeKernelEfficiency < 1)
        for id in ["vllm", "sglang", "trtllm"] {
            let profile = try Fixtures.catalog.engine(named: id)
            #expect(profile.decodeKernelOverheadSeconds != nil)
            #expect(profile.sources["decode_kernel_overhead_seconds"]?.contains("--fit-engines") == true)
        }
    }

    @Test("An engine value out of range is refused with the file and field")
    func badEngineFile() throws {
        let path = try Fixtures.temporaryFile(
            "{\"id\": \"x\", \"memory_utilization\": 0.9, \"max_batch_per_rank\": 8, \"max_prefill_tokens\": 1024, \"prefill_stall_fraction\": 3}",
            name: "engine.json")
        var catalog = Fixtures.catalog
        do {
            try catalog.add(path: path)
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("prefill_stall_fraction"))
            #expect(error.description.contains(path))
        }
    }

    /// The cost model reads its rates from a table indexed by kind, precision and phase; the
    /// indices must be the positions in `allCases` or two kinds would share (or miss) a row.
    @Test("Operator kinds and precisions index the cost model's table by their position; the table answers as the kinds differ")
    func costTableIndices() throws {
        #expect(Operator.Kind.allCases.enumerated().allSatisfy { $0.offset == $0.element.ordinal })
        #expect(DType.allCases.enumerated().allSatisfy { $0.offset == $0.element.ordinal })
        let chip = try Fixtures.catalog.accelerator(named: "h100-sxm")
        let cost = CostModel(
            accelerator: chip, calibration: try Fixtures.catalog.calibration(for: chip), engine: try Fixtures.catalog.engine(named: "sglang"))
        // A host sync costs the engine's prefill wait in prefill and nothing in decode; a GEMM
        // in FP8 runs faster than in BF16; a collective has a link rate.
        #expect(cost.terms(kind: .hostSync, computeDType: .bf16, phase: .prefill).constant > 0)
        #expect(cost.terms(kind: .hostSync, computeDType: .bf16, phase: .decode).constant == 0)
        #expect(cost.terms(kind: .gemm, computeDType: .fp8, phase: .decode).perQuantity1
            < cost.terms(kind: .gemm, computeDType: .bf16, phase: .decode).perQuantity1)
        #expect(cost.terms(kind: .allReduce, computeDType: .bf16, phase: .decode).perQuantity1 > 0)
        #expect(cost.terms(kind: .elementwise, computeDType: .bf16, phase: .decode).perQuantity1 == 0
            || cost.terms(kind: .elementwise, computeDType: .bf16, phase: .decode).perQuantity3 > 0)
    }
}
