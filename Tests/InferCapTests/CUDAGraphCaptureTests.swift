import Testing
@testable import InferCap

/// Decode batches above an engine's CUDA-graph capture limit run eagerly: the step is at least
/// the host's launch of its kernels, and nothing changes at or below the limit.
@Suite("CUDA-graph capture limits")
struct CUDAGraphCaptureTests {
    static func estimator(
        _ model: String = "llama-3.1-8b", on chip: String = "h100-sxm", _ layout: Parallelism = Parallelism(tp: 1), engine: String = "sglang",
        weights: DType = .bf16, overrides: EngineOverrides = EngineOverrides()
    ) throws -> Estimator {
        let catalog = Fixtures.catalog
        let accelerator = try catalog.accelerator(named: chip)
        return try Estimator(
            model: try Fixtures.model(model),
            deployment: Deployment(
                accelerator: accelerator, parallelism: layout, weightDType: weights, kvDType: .bf16,
                engine: try catalog.engine(named: engine).overridden(by: overrides), calibration: try catalog.calibration(for: accelerator)))
    }

    @Test("The engines' default limits: SGLang's by device memory and --tp-size, vLLM's 512, none where every batch is captured")
    func defaults() throws {
        #expect(try Self.estimator().cudaGraphMaxBatch == 256)
        #expect(try Self.estimator(on: "h200", Parallelism(tp: 2)).cudaGraphMaxBatch == 256)
        #expect(try Self.estimator(on: "h200", Parallelism(tp: 4)).cudaGraphMaxBatch == 512)
        #expect(try Self.estimator(on: "b200").cudaGraphMaxBatch == 512)
        #expect(try Self.estimator(on: "l20").cudaGraphMaxBatch == 32)
        #expect(try Self.estimator(on: "l20", Parallelism(tp: 4)).cudaGraphMaxBatch == 160)
        // Data-parallel attention: SGLang's --tp-size counts every rank of the stage (tp x dp).
        let moe = try Self.estimator("qwen3-30b-a3b", on: "h200", Parallelism(tp: 1, ep: 4, dp: 4))
        #expect(moe.deployment.serverTensorParallel(model: moe.model) == 4 && moe.cudaGraphMaxBatch == 512)
        #expect(try Self.estimator(engine: "vllm").cudaGraphMaxBatch == 512)
        // vLLM counts tokens: 256 sequences verifying one MTP draft each fill its 512.
        var mtp = try Self.estimator("deepseek-v3", on: "h200", Parallelism(tp: 8), engine: "vllm").deployment
        mtp.speculative = SpeculativeDecoding(draftTokens: 1)
        #expect(mtp.cudaGraphMaxBatch(model: try Fixtures.model("deepseek-v3")) == 256)
        mtp.engine = try Fixtures.catalog.engine(named: "sglang")
        #expect(mtp.cudaGraphMaxBatch(model: try Fixtures.model("deepseek-v3")) == 512)
        #expect(try Self.estimator(engine: "trtllm").cudaGraphMaxBatch == nil)
        #expect(try Self.estimator(engine: "generic").cudaGraphMaxBatch == nil)
        #expect(try Self.estimator(overrides: EngineOverrides(cudaGraphMaxBatch: 64)).cudaGraphMaxBatch == 64)
    }

    @Test("Above the limit a step is the longer of the captured step and the eager launches; at or below it, the captured step")
    func eagerStep() throws {
        // FP8 Llama-3.1-8B on one H200: SGLang captures up to 256 sequences.
        let sglang = try Self.estimator(on: "h200", weights: .fp8)
        let captured = try Self.estimator(on: "h200", weights: .fp8, overrides: EngineOverrides(cudaGraphMaxBatch: 100_000))
        let host = sglang.deployment.engine.stepSecondsPerSequence
        let launches = sglang.eagerDispatchSeconds(contextTokens: 1)
        // 32 layers of Llama-3.1-8B launch about 9 kernels each at the single launch the H100 calibration timed (22 µs; the H200 borrows it).
        #expect(launches > 32 * 8 * 20e-6 && launches < 32 * 12 * 25e-6, "\(launches)")
        for batch in [1, 64, 256] {
            #expect(sglang.decodeStepSeconds(batch: batch, contextTokens: 1) == captured.decodeStepSeconds(batch: batch, contextTokens: 1))
        }
        // At a one-token context the kernels of batch 257 are shorter than their launches: the launches set the step.
        let graphStep = captured.decodeStepSeconds(batch: 257, contextTokens: 1) - 257 * host
        #expect(graphStep < launches)
        #expect(sglang.decodeStepSeconds(batch: 257, contextTokens: 1).isClose(to: launches + 257 * host, relative: 1e-12))
        // At a 2,000-token context the kernels take longer than their launches, which hide behind them.
        #expect(sglang.decodeStepSeconds(batch: 257, contextTokens: 2000) == captured.decodeStepSeconds(batch: 257, contextTokens: 2000))
        // The estimate says which: the launches set the step, or hide behind the kernels.
        let short = try sglang.estimate(Workload(inputTokens: 1, outputTokens: 2, batch: 257, contextTokens: 1))
        #expect(short.notes.contains { $0.hasPrefix("decode batch 257 per rank is above the sglang profile's graph-capture limit of 256") && $0.contains("outlast") })
        let long = try sglang.estimate(Workload(inputTokens: 2000, outputTokens: 2, batch: 257, contextTokens: 2000))
        #expect(long.notes.contains { $0.contains("graph-capture limit of 256") && $0.contains("hide behind") })
        #expect(try !sglang.estimate(Workload(inputTokens: 1, outputTokens: 2, batch: 256)).notes.contains { $0.contains("graph-capture") })
        // An eager step is never faster than the captured one.
        for batch in stride(from: 257, through: 1024, by: 97) {
            #expect(sglang.decodeStepSeconds(batch: batch, contextTokens: 64) >= captured.decodeStepSeconds(batch: batch, contextTokens: 64))
        }
    }

    @Test("The batched evaluator charges the eager launches as estimate does, on every path, with pipelines and MTP")
    func batchedAgrees() throws {
        let batches = [1, 2, 200, 255, 256, 257, 300, 511, 512, 513, 700, 1024]
        for context in [1, 16, 3000] {
            BatchedDecodeTests.expectBatchedMatchesEstimator(try Self.estimator(), contextTokens: context, batches: batches)
            // Where the launches set the step (context 1, see above).
            BatchedDecodeTests.expectBatchedMatchesEstimator(try Self.estimator(on: "h200", weights: .fp8), contextTokens: context, batches: batches)
            BatchedDecodeTests.expectBatchedMatchesEstimator(
                try Self.estimator(engine: "vllm", overrides: EngineOverrides(cudaGraphMaxBatch: 200)), contextTokens: context, batches: batches)
            BatchedDecodeTests.expectBatchedMatchesEstimator(
                try Self.estimator("llama-3.1-8b", on: "h100-sxm", Parallelism(tp: 1, pp: 2)), contextTokens: context, batches: batches)
        }
        var mtp = try Self.estimator("deepseek-v3", on: "h200", Parallelism(tp: 8)).deployment
        mtp.speculative = SpeculativeDecoding(draftTokens: 1)
        mtp.engine = try mtp.engine.overridden(by: EngineOverrides(cudaGraphMaxBatch: 16))
        mtp.weightDType = .fp8
        let deepseek = try Estimator(model: try Fixtures.model("deepseek-v3"), deployment: mtp)
        BatchedDecodeTests.expectBatchedMatchesEstimator(deepseek, contextTokens: 1, batches: [1, 16, 17, 40, 128])
        // The MTP passes add their launches to the step's.
        var plain = mtp
        plain.speculative = nil
        let withoutDrafts = try Estimator(model: try Fixtures.model("deepseek-v3"), deployment: plain)
        #expect(deepseek.eagerDispatchSeconds(contextTokens: 1) > withoutDrafts.eagerDispatchSeconds(contextTokens: 1))
    }

    @Test("--cuda-graph-max-bs below 1 is refused with the flag to fix")
    func refused() throws {
        do {
            _ = try Fixtures.catalog.engine(named: "sglang").overridden(by: EngineOverrides(cudaGraphMaxBatch: 0))
            Issue.record("accepted 0")
        } catch {
            #expect(error.description == "invalid cuda_graph_max_bs '0'; give the largest decode batch per rank captured as a CUDA graph, from 1 to 1000000 (--cuda-graph-max-bs)")
        }
    }
}
