import Testing
@testable import InferCap

@Suite("KV cache and weights in memory")
struct MemoryTests {
    @Test("KV bytes per token by hand")
    func kvBytesPerToken() throws {
        // Llama-3.1-8B: 32 layers x (K+V) x 8 KV heads x 128 dims x 2 bytes.
        #expect(try Fixtures.model("llama-3.1-8b").kvBytesPerToken(.bf16) == 32 * 2 * 8 * 128 * 2)
        // Llama-3.1-70B: 80 layers x 2 x 8 x 128 x 2 bytes = 327,680.
        #expect(try Fixtures.model("llama-3.1-70b").kvBytesPerToken(.bf16) == 327_680)
        // DeepSeek-V3 MLA: 61 layers x (kv_lora_rank 512 + rope 64) x 2 bytes.
        #expect(try Fixtures.model("deepseek-v3").kvBytesPerToken(.bf16) == 61 * 576 * 2)
        // fp8 halves it.
        #expect(try Fixtures.model("deepseek-v3").kvBytesPerToken(.fp8) == 61 * 576)
    }

    @Test("TP splits weights and GQA KV heads; MLA's latent is replicated")
    func tensorParallelSplit() throws {
        let one = try Fixtures.estimator("llama-3.1-70b", on: "h200").memoryPlan(contextTokens: 2048)
        let eight = try Fixtures.estimator("llama-3.1-70b", on: "h200", Parallelism(tp: 8)).memoryPlan(contextTokens: 2048)
        #expect((one.weightBytesPerChip / eight.weightBytesPerChip).isClose(to: 8, relative: 0.01))
        #expect(one.kvBytesPerTokenPerChip == 8 * eight.kvBytesPerTokenPerChip)
        let mla1 = try Fixtures.estimator("deepseek-v3", on: "h200", Parallelism(tp: 8), weights: .fp8).memoryPlan(contextTokens: 2048)
        #expect(mla1.kvBytesPerTokenPerChip == 61 * 576 * 2)
    }

    @Test("Llama-3.1-8B bf16 weights on one chip are 16.06 GB")
    func weightsOnOneChip() throws {
        let plan = try Fixtures.estimator("llama-3.1-8b", on: "h100-sxm").memoryPlan(contextTokens: 2048)
        #expect(plan.weightBytesPerChip.isClose(to: 8.03e9 * 2, relative: 0.005))
        #expect(plan.fits)
    }

    @Test("fp8 and int4 weights shrink memory by 2x and about 3.9x")
    func quantisedWeights() throws {
        let bf16 = try Fixtures.estimator("llama-3.1-70b", on: "h200", Parallelism(tp: 4)).memoryPlan(contextTokens: 16384)
        let fp8 = try Fixtures.estimator("llama-3.1-70b", on: "h200", Parallelism(tp: 4), weights: .fp8).memoryPlan(contextTokens: 16384)
        let int4 = try Fixtures.estimator("llama-3.1-70b", on: "h200", Parallelism(tp: 4), weights: .int4).memoryPlan(contextTokens: 16384)
        // Embedding and lm_head stay bf16, so slightly less than 2x.
        #expect(bf16.weightBytesPerChip / fp8.weightBytesPerChip > 1.9)
        #expect(bf16.weightBytesPerChip / int4.weightBytesPerChip > 3.5)
        #expect(int4.maxBatch > fp8.maxBatch && fp8.maxBatch > bf16.maxBatch)
    }

    @Test("Expert parallelism spreads experts, and EP that does not divide the experts adds redundant copies")
    func expertParallel() throws {
        let ep8 = try Fixtures.estimator("deepseek-v3", on: "h20", Parallelism(tp: 8, ep: 8), weights: .fp8).memoryPlan(contextTokens: 1024)
        let ep1 = try Fixtures.estimator("deepseek-v3", on: "h20", Parallelism(tp: 8, ep: 1), weights: .fp8).memoryPlan(contextTokens: 1024)
        #expect(ep8.weightBytesPerChip.isClose(to: ep1.weightBytesPerChip, relative: 0.001))
        // 256 experts over 48 ranks: 6 slots each = 288 slots (32 redundant), as DeepSeek's EP deployments place them.
        let deployment = try Fixtures.deployment("h800", Parallelism(tp: 1, ep: 48, dp: 48), weights: .fp8)
        let ep48 = try Estimator(model: Fixtures.model("deepseek-v3"), deployment: deployment).memoryPlan(contextTokens: 1024)
        let ep32 = try Estimator(
            model: Fixtures.model("deepseek-v3"), deployment: Fixtures.deployment("h800", Parallelism(tp: 1, ep: 32, dp: 32), weights: .fp8)
        ).memoryPlan(contextTokens: 1024)
        let expertBytes = try Fixtures.model("deepseek-v3").expertParameters * 58
        #expect((ep32.weightBytesPerChip - ep48.weightBytesPerChip).isClose(to: 2 * expertBytes, relative: 0.001))
    }

    /// TensorRT-LLM's GUARANTEED_NO_EVICT admits a request only with KV reserved for its prompt and
    /// every output token; vLLM and SGLang take KV as tokens are generated.
    @Test("An engine that reserves the whole request's KV admits input+output tokens per sequence; a given batch is checked against the KV it holds")
    func kvReservation() throws {
        var deployment = try Fixtures.deployment("h200", weights: .fp8)
        let model = try Fixtures.model("llama-3.1-70b")
        let workload = Workload(inputTokens: 1000, outputTokens: 1000)
        deployment.engine.kvReservedOutputFraction = 0
        let paged = try Estimator(model: model, deployment: deployment)
        #expect(deployment.engine.reservedContextTokens(workload) == 1500)
        deployment.engine.kvReservedOutputFraction = 1
        let reserving = try Estimator(model: model, deployment: deployment)
        #expect(deployment.engine.reservedContextTokens(workload) == 2000)
        #expect(deployment.engine.reservedContextTokens(Workload(inputTokens: 1000, outputTokens: 1000, contextTokens: 2500)) == 2500)
        let capacity = paged.memoryPlan(contextTokens: 1).kvTokensPerChip
        #expect(paged.memoryPlan(for: workload).maxBatch == Int((capacity / 1500).rounded(.down)))
        #expect(reserving.memoryPlan(for: workload).maxBatch == Int((capacity / 2000).rounded(.down)))
        // The default batch is the admitted one, and the decode step still reads 1500 tokens each.
        let estimate = try reserving.estimate(workload)
        #expect(estimate.batch == reserving.memoryPlan(for: workload).maxBatch)
        #expect(estimate.decode.contextTokens == 1500)
        #expect(estimate.notes.contains { $0.contains("kv_reserved_output_fraction") })
        // A batch that was given and holds its KV runs, even past the admission limit.
        let given = paged.memoryPlan(for: workload).maxBatch
        #expect(try reserving.estimate(Workload(inputTokens: 1000, outputTokens: 1000, batch: given)).batch == given)
        // The bundled profiles: TensorRT-LLM reserves, the others do not.
        #expect(try Fixtures.catalog.engine(named: "trtllm").kvReservedOutputFraction == 1)
        for engine in ["vllm", "sglang", "generic"] { #expect(try Fixtures.catalog.engine(named: engine).kvReservedOutputFraction == 0) }
    }
}
