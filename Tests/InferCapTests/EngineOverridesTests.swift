import Testing
@testable import InferCap

/// vLLM's `--max-num-seqs`, `--max-num-batched-tokens` and `--gpu-memory-utilization` replace the
/// engine profile's values and change what is predicted.
@Suite("Engine setting overrides")
struct EngineOverridesTests {
    static let request = EstimateRequest(
        model: "llama-3.1-8b", accelerator: "h100-sxm", parallelism: Parallelism(tp: 1), engine: "vllm")

    @Test("Each override replaces one profile field; nil keeps the profile's")
    func applied() throws {
        let vllm = try Fixtures.catalog.engine(named: "vllm")
        let overridden = try vllm.overridden(by: EngineOverrides(maxSequencesPerRank: 8, maxBatchedTokens: 2048, memoryUtilization: 0.5))
        #expect(overridden.maxBatchPerRank == 8)
        #expect(overridden.maxPrefillTokens == 2048)
        #expect(overridden.memoryUtilization == 0.5)
        #expect(try vllm.overridden(by: EngineOverrides()) == vllm)
        #expect(EngineOverrides().isEmpty)
        #expect(EngineOverrides(maxSequencesPerRank: 8, memoryUtilization: 0.5).descriptions == ["max_num_seqs 8 per rank", "gpu_memory_utilization 0.5"])
    }

    @Test("Out-of-range values are refused with the flag to fix", arguments: [
        (EngineOverrides(memoryUtilization: 0), "invalid gpu_memory_utilization '0.0'; give a fraction of device memory in (0, 1], e.g. 0.9 (--gpu-memory-utilization)"),
        (EngineOverrides(memoryUtilization: 1.01), "invalid gpu_memory_utilization '1.01'; give a fraction of device memory in (0, 1], e.g. 0.9 (--gpu-memory-utilization)"),
        (EngineOverrides(maxSequencesPerRank: 0), "invalid max_num_seqs '0'; give running sequences per rank from 1 to 1000000 (--max-num-seqs)"),
        (EngineOverrides(maxBatchedTokens: -1), "invalid max_num_batched_tokens '-1'; give tokens per prefill chunk from 1 to 100000000 (--max-num-batched-tokens)"),
    ])
    func refused(overrides: EngineOverrides, message: String) throws {
        let vllm = try Fixtures.catalog.engine(named: "vllm")
        do {
            _ = try vllm.overridden(by: overrides)
            Issue.record("accepted \(overrides)")
        } catch {
            #expect(error.description == message)
        }
    }

    @Test("--max-num-seqs 8 caps the batch and lowers max-load throughput, and says so")
    func sequenceCap() throws {
        let base = try Fixtures.catalog.estimate(Self.request)
        var request = Self.request
        request.engineOverrides = EngineOverrides(maxSequencesPerRank: 8)
        let capped = try Fixtures.catalog.estimate(request)
        #expect(base.batch > 8)
        #expect(capped.batch == 8)
        #expect(capped.memory.maxBatch == 8)
        #expect(capped.serving.outputTokensPerSecondPerChip < base.serving.outputTokensPerSecondPerChip / 4)
        #expect(capped.notes.first == "engine settings overridden: max_num_seqs 8 per rank")
    }

    @Test("--gpu-memory-utilization 0.5 lowers the KV capacity by 0.4 of the device")
    func memoryFraction() throws {
        let base = try Fixtures.catalog.estimate(Self.request)
        var request = Self.request
        request.engineOverrides = EngineOverrides(memoryUtilization: 0.5)
        let half = try Fixtures.catalog.estimate(request)
        #expect(half.memory.usableBytesPerChip == 0.5 * half.memory.deviceBytes)
        // Weights and activations are the same; the 0.4 of the device that goes is KV cache.
        #expect((base.memory.kvCapacityBytesPerChip - half.memory.kvCapacityBytesPerChip).isClose(to: 0.4 * base.memory.deviceBytes, relative: 1e-9))
        #expect(half.memory.maxBatch < base.memory.maxBatch)
    }

    @Test("--max-num-batched-tokens sets the prefill chunk and its workspace")
    func tokenBudget() throws {
        let base = try Fixtures.catalog.estimate(Self.request)
        var request = Self.request
        request.engineOverrides = EngineOverrides(maxBatchedTokens: 2048)
        let small = try Fixtures.catalog.estimate(request)
        #expect(small.memory.activationBytesPerChip < base.memory.activationBytesPerChip)
        #expect(small.memory.kvCapacityBytesPerChip > base.memory.kvCapacityBytesPerChip)
    }

    @Test("compare passes the overrides to every chip")
    func comparison() throws {
        let comparison = try Fixtures.catalog.compare(ComparisonRequest(
            model: "llama-3.1-8b", accelerators: ["h100-sxm", "h20"], workload: Workload(batch: nil),
            engineOverrides: EngineOverrides(maxSequencesPerRank: 4)))
        for estimate in comparison.estimates { #expect(estimate.batch <= 4, "\(estimate.accelerator)") }
    }
}
