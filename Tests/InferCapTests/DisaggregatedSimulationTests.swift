import Foundation
import Testing
@testable import InferCap

/// The prefill/decode pair simulator against the single-instance costs it is built from, the
/// physics of disaggregation, and its refusals.
@Suite("Disaggregated (P/D) simulation")
struct DisaggregatedSimulationTests {
    static func estimator(_ model: String = "llama-3.1-8b", tp: Int = 1, engine: String = "vllm") throws -> Estimator {
        let catalog = Fixtures.catalog
        let chip = try catalog.accelerator(named: "h100-sxm")
        return try Estimator(
            model: try Fixtures.model(model),
            deployment: Deployment(
                accelerator: chip, parallelism: Parallelism(tp: tp), weightDType: .bf16, kvDType: .bf16, engine: try catalog.engine(named: engine),
                calibration: try catalog.calibration(for: chip)))
    }

    @Test("At a rate near zero, TTFT is the prefill, the KV transfer and one batch-1 decode step; TPOT the batch-1 decode step")
    func idle() throws {
        let estimator = try Self.estimator()
        let pair = try DisaggregatedSimulator(prefill: estimator, decode: estimator)
        let result = try pair.run(Traffic(requests: 20, requestsPerSecond: 0.001, inputTokens: 512, outputTokens: 64, seed: 1))
        let expected = estimator.prefillSeconds(inputTokens: 512) + pair.transferSeconds(inputTokens: 512)
            + estimator.decodeStepSeconds(batch: 1, contextTokens: 512)
        #expect((result.ttft.mean / 1000).isClose(to: expected, relative: 0.02), "\(result.ttft.mean) vs \(expected * 1000)")
        let step = estimator.decodeStepSeconds(batch: 1, contextTokens: 512 + 32)
        #expect((result.tpot.mean / 1000).isClose(to: step, relative: 0.02), "\(result.tpot.mean) vs \(step * 1000)")
        #expect(result.completed == 20 && result.preemptions == 0)
        // A one-token prompt: nothing to transfer but its token, recomputed in a decode step too
        // (not as a prefill pass, which costs about twice as much here).
        let short = try pair.run(Traffic(requests: 20, requestsPerSecond: 0.001, inputTokens: 1, outputTokens: 64, seed: 1))
        let shortExpected = estimator.prefillSeconds(inputTokens: 1) + pair.transferSeconds(inputTokens: 1)
            + estimator.decodeStepSeconds(batch: 1, contextTokens: 1)
        #expect((short.ttft.mean / 1000).isClose(to: shortExpected, relative: 0.02), "\(short.ttft.mean) vs \(shortExpected * 1000)")
    }

    @Test("The KV transfer grows with the prompt and shrinks with the prefill instance's chips that send it")
    func transfer() throws {
        let one = try DisaggregatedSimulator(prefill: try Self.estimator(), decode: try Self.estimator())
        let two = try DisaggregatedSimulator(prefill: try Self.estimator(tp: 2), decode: try Self.estimator())
        // Llama-3.1-8B at bf16: 32 layers x 8 KV heads x 128 x 2 (K and V) x 2 bytes = 128 KiB a token.
        let bytes = 32.0 * 8 * 128 * 2 * 2 * 4096
        let link = one.prefill.deployment.accelerator.scaleOut.bytesPerSecondPerDirection
        #expect(one.transferSeconds(inputTokens: 4096).isClose(to: bytes / link, relative: 1e-9))
        #expect(one.transferSeconds(inputTokens: 8192).isClose(to: 2 * one.transferSeconds(inputTokens: 4096), relative: 1e-9))
        #expect(two.transferSeconds(inputTokens: 4096).isClose(to: one.transferSeconds(inputTokens: 4096) / 2, relative: 1e-9))
    }

    @Test("A decode instance never stops for a prompt: at the same concurrency its TPOT is below the aggregated instance's")
    func noPrefillStalls() throws {
        let estimator = try Self.estimator()
        let traffic = Traffic(requests: 600, maxConcurrency: 48, inputTokens: 4096, outputTokens: 256, rangeRatio: 0.1, seed: 3)
        let aggregated = try ServingSimulator(estimator: estimator).run(traffic)
        let pair = try DisaggregatedSimulator(prefill: estimator, decode: estimator).run(traffic)
        #expect(pair.tpot.mean < 0.8 * aggregated.tpot.mean, "\(pair.tpot.mean) vs \(aggregated.tpot.mean)")
        // And no decode step of the pair is longer than the decode instance's largest batch allows.
        let longest = estimator.decodeStepSeconds(batch: 48, contextTokens: 4096 + 256) * 1000
        #expect(pair.itl.p99 <= longest * 1.05, "\(pair.itl.p99) vs \(longest)")
        #expect(pair.completed == 600)
    }

    @Test("Little's law on the decode side: the time-averaged decode batch is throughput x time spent decoding, within 2%")
    func littlesLaw() throws {
        let estimator = try Self.estimator()
        let result = try DisaggregatedSimulator(prefill: estimator, decode: estimator).run(
            Traffic(requests: 3000, requestsPerSecond: 6, inputTokens: 1024, outputTokens: 512, rangeRatio: 0.5, seed: 7))
        let decoding = result.e2e.mean - result.ttft.mean
        let little = result.requestThroughput * decoding / 1000
        #expect(result.meanDecodeBatch.isClose(to: little, relative: 0.02), "\(result.meanDecodeBatch) vs \(little)")
        #expect(result.requestThroughput.isClose(to: 6, relative: 0.1))
    }

    @Test("Two decode instances at twice the rate decode as one does at the rate")
    func decodeInstancesShareTheLoad() throws {
        let estimator = try Self.estimator()
        let one = try DisaggregatedSimulator(prefill: estimator, decode: estimator).run(
            Traffic(requests: 2000, requestsPerSecond: 3, inputTokens: 512, outputTokens: 512, seed: 5))
        let two = try DisaggregatedSimulator(prefill: estimator, decode: estimator, decodeInstances: 2).run(
            Traffic(requests: 4000, requestsPerSecond: 6, inputTokens: 512, outputTokens: 512, seed: 5))
        #expect(two.tpot.mean.isClose(to: one.tpot.mean, relative: 0.05), "\(two.tpot.mean) vs \(one.tpot.mean)")
        #expect(two.requestThroughput.isClose(to: 2 * one.requestThroughput, relative: 0.1))
    }

    @Test("Under a concurrency limit and bursty arrivals, no more than the limit are in flight on average, and every request finishes with a first token after it was sent")
    func causality() throws {
        let estimator = try Self.estimator()
        let traffic = Traffic(requests: 300, requestsPerSecond: 20, burstiness: 0.5, maxConcurrency: 8, inputTokens: 700, outputTokens: 60, rangeRatio: 0.4, seed: 9)
        let result = try DisaggregatedSimulator(prefill: estimator, decode: estimator, prefillInstances: 2).run(traffic)
        #expect(result.completed == 300)
        #expect(result.meanConcurrency <= 8.0001, "\(result.meanConcurrency)")
        let arrivals = traffic.generate().map(\.arrivalSeconds)
        let ttfts = result.perRequestTTFT
        #expect(ttfts.allSatisfy { $0 > 0 })
        // The limit delays sending (20/s against about 8 in flight of ~0.5 s each): the run
        // lasts past the last arrival.
        #expect(result.durationSeconds > (arrivals.last ?? 0) - (arrivals.first ?? 0))
    }

    @Test("Every request finishes, whatever the arrivals: none is left with an instance that has gone idle", arguments: ["vllm", "sglang", "trtllm"])
    func everyRequestFinishes(engine: String) throws {
        let estimator = try Self.estimator(engine: engine)
        let pair = try DisaggregatedSimulator(prefill: estimator, decode: estimator, prefillInstances: 2, decodeInstances: 2)
        for seed in UInt64(0)..<40 {
            // Few requests, close together, of very different lengths: the last ones arrive while
            // an instance runs its final iterations (and an overlapping scheduler has not yet
            // handed them to a group when it goes idle).
            let traffic = Traffic(requests: 12, requestsPerSecond: 40, burstiness: 0.3, inputTokens: 600, outputTokens: 12, rangeRatio: 0.9, seed: seed)
            let result = try pair.run(traffic)
            #expect(result.completed == 12, "seed \(seed): \(result.completed)")
            #expect(result.ttft.mean.isFinite && result.e2e.p99.isFinite, "seed \(seed)")
        }
    }

    @Test("The same seed gives the same run")
    func deterministic() throws {
        let estimator = try Self.estimator()
        let pair = try DisaggregatedSimulator(prefill: estimator, decode: estimator, prefillInstances: 2, decodeInstances: 3)
        let traffic = Traffic(requests: 400, requestsPerSecond: 9, burstiness: 0.5, inputTokens: 800, outputTokens: 200, rangeRatio: 0.3, seed: 42)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(try encoder.encode(pair.run(traffic)) == encoder.encode(pair.run(traffic)))
    }

    @Test("Two models, or no instances of a role, are refused with the fix")
    func refusals() throws {
        let llama = try Self.estimator()
        let qwen = try Self.estimator("qwen3-8b")
        #expect(throws: InferCapError.self) { try DisaggregatedSimulator(prefill: llama, decode: qwen) }
        #expect(throws: InferCapError.self) { try DisaggregatedSimulator(prefill: llama, decode: llama, decodeInstances: 0) }
        #expect(throws: InferCapError.self) {
            try DisaggregatedSimulator(prefill: llama, decode: llama, decodeInstances: DisaggregatedSimulator.maxInstancesPerRole + 1)
        }
        var replicas = llama.deployment
        replicas.parallelism.dp = 2
        let doubled = try Estimator(model: llama.model, deployment: replicas)
        do {
            _ = try DisaggregatedSimulator(prefill: doubled, decode: llama)
            Issue.record("dense replicas inside a prefill instance accepted")
        } catch {
            #expect("\(error)".contains("separate prefill instances") && "\(error)".contains("--prefill-instances"), "\(error)")
        }
        do {
            _ = try DisaggregatedSimulator(prefill: llama, decode: llama, prefillInstances: 0)
            Issue.record("zero prefill instances accepted")
        } catch {
            #expect("\(error)".contains("at least one instance"), "\(error)")
        }
    }
}
