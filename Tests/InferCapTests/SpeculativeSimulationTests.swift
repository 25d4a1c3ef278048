import Foundation
import Testing
@testable import InferCap

/// MTP speculative decoding in the request-level simulator: each draft-and-verify iteration
/// emits the expected `1 + a + ... + a^k` tokens of every decoding request.
@Suite("Simulated speculative decoding")
struct SpeculativeSimulationTests {
    static func estimator(mtp: SpeculativeDecoding?) throws -> Estimator {
        let catalog = Fixtures.catalog
        let chip = try catalog.accelerator(named: "h200")
        return try Estimator(
            model: try Fixtures.model("deepseek-v3"),
            deployment: Deployment(
                accelerator: chip, parallelism: Parallelism(tp: 8, ep: 8), weightDType: .fp8, kvDType: .bf16,
                engine: try catalog.engine(named: "vllm"), calibration: try catalog.calibration(for: chip), speculative: mtp))
    }

    @Test("At a rate near zero, TPOT is the estimator's per-token MTP step at batch 1, and MTP beats plain decoding by its expected tokens")
    func idle() throws {
        let mtp = SpeculativeDecoding(draftTokens: 1, acceptanceRate: 0.85)
        let withMTP = try Self.estimator(mtp: mtp), plain = try Self.estimator(mtp: nil)
        let traffic = Traffic(requests: 12, requestsPerSecond: 0.005, inputTokens: 512, outputTokens: 201, seed: 2)
        let a = try ServingSimulator(estimator: withMTP).run(traffic)
        let b = try ServingSimulator(estimator: plain).run(traffic)
        let step = withMTP.decodeStepSeconds(batch: 1, contextTokens: 512 + 100)
        // 200 decoded tokens take ceil(200 / 1.85) = 109 iterations of 1.85 tokens' step time.
        let expected = step * 1.85 * 109 / 200
        #expect((a.tpot.mean / 1000).isClose(to: expected, relative: 0.03), "\(a.tpot.mean) ms vs \(expected * 1000) ms")
        #expect(a.tpot.mean < b.tpot.mean / 1.3, "MTP \(a.tpot.mean) ms, plain \(b.tpot.mean) ms")
        #expect((a.ttft.mean - b.ttft.mean) / b.ttft.mean < 0.05, "the prompt is prefilled as without MTP")
    }

    @Test("Loaded with MTP: every request completes, Little's law holds within 2%")
    func loaded() throws {
        let simulator = try ServingSimulator(estimator: Self.estimator(mtp: SpeculativeDecoding(draftTokens: 2, acceptanceRate: 0.7)))
        let result = try simulator.run(Traffic(requests: 800, requestsPerSecond: 6, inputTokens: 1000, outputTokens: 300, rangeRatio: 0.5, seed: 9))
        #expect(result.completed == 800)
        let little = result.requestThroughput * (result.e2e.mean - result.ttft.mean) / 1000
        #expect(result.meanDecodeBatch.isClose(to: little, relative: 0.02), "\(result.meanDecodeBatch) vs \(little)")
    }
}
