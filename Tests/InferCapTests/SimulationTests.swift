import Foundation
import Testing
@testable import InferCap

/// The request-level simulator against the closed forms it must agree with, and its refusals.
@Suite("Request-level simulation")
struct SimulationTests {
    static func estimator(engine: String = "vllm") throws -> Estimator {
        let catalog = Fixtures.catalog
        let chip = try catalog.accelerator(named: "h100-sxm")
        return try Estimator(
            model: try Fixtures.model("llama-3.1-8b"),
            deployment: Deployment(
                accelerator: chip, parallelism: Parallelism(), weightDType: .bf16, kvDType: .bf16, engine: try catalog.engine(named: engine),
                calibration: try catalog.calibration(for: chip)))
    }

    @Test("At a rate near zero, TTFT is the unloaded prefill and TPOT the batch-1 decode step")
    func idle() throws {
        let estimator = try Self.estimator()
        let result = try ServingSimulator(estimator: estimator).run(
            Traffic(requests: 20, requestsPerSecond: 0.01, inputTokens: 512, outputTokens: 64, seed: 1))
        #expect((result.ttft.mean / 1000).isClose(to: estimator.prefillSeconds(inputTokens: 512), relative: 0.01), "\(result.ttft.mean)")
        let step = estimator.decodeStepSeconds(batch: 1, contextTokens: 512 + 32)
        #expect((result.tpot.mean / 1000).isClose(to: step, relative: 0.02), "\(result.tpot.mean) vs \(step * 1000)")
        #expect(result.preemptions == 0 && !result.overloaded)
    }

    @Test("Little's law: the time-averaged decode batch is throughput x time spent decoding, within 2%")
    func littlesLaw() throws {
        let result = try ServingSimulator(estimator: try Self.estimator()).run(
            Traffic(requests: 3000, requestsPerSecond: 4, inputTokens: 1024, outputTokens: 512, rangeRatio: 0.5, seed: 7))
        let decoding = result.e2e.mean - result.ttft.mean
        let little = result.requestThroughput * decoding / 1000
        #expect(result.meanDecodeBatch.isClose(to: little, relative: 0.02), "\(result.meanDecodeBatch) vs \(little)")
        #expect(result.completed == 3000)
        #expect(result.requestThroughput.isClose(to: 4, relative: 0.1))
    }

    @Test("Sent all at once, throughput saturates near the aggregated estimate's maximum")
    func saturation() throws {
        let estimator = try Self.estimator()
        let result = try ServingSimulator(estimator: estimator).run(Traffic(requests: 3000, inputTokens: 1024, outputTokens: 1024))
        let maxLoad = try estimator.estimate(Workload(inputTokens: 1024, outputTokens: 1024))
        let ratio = result.outputThroughput / maxLoad.serving.outputTokensPerSecondPerChip
        #expect(ratio > 0.85 && ratio < 1.15, "\(ratio)")
    }

    @Test("The same seed gives the same run; another seed another")
    func deterministic() throws {
        let simulator = try ServingSimulator(estimator: try Self.estimator())
        let traffic = Traffic(requests: 400, requestsPerSecond: 6, burstiness: 0.5, inputTokens: 800, outputTokens: 200, rangeRatio: 0.3, seed: 42)
        func encoded(_ traffic: Traffic) throws -> Data {
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys
            return try encoder.encode(simulator.run(traffic))
        }
        let a = try encoded(traffic)
        #expect(try encoded(traffic) == a)
        var other = traffic
        other.seed = 43
        #expect(try encoded(other) != a)
    }

    @Test("A closed loop of N clients keeps at most N requests in flight and grows TPOT with N")
    func closedLoop() throws {
        let simulator = try ServingSimulator(estimator: try Self.estimator())
        var previous = 0.0
        for clients in [1, 8, 64] {
            let result = try simulator.run(Traffic(requests: 256, maxConcurrency: clients, inputTokens: 512, outputTokens: 256))
            #expect(result.meanConcurrency <= Double(clients) + 1e-9, "\(clients): \(result.meanConcurrency)")
            #expect(result.tpot.mean > previous)
            previous = result.tpot.mean
        }
    }

    @Test("Bad traffic and unsupported deployments are refused with the flag and the fix", arguments: [
        (Traffic(requests: 0), "num-prompts"),
        (Traffic(requestsPerSecond: 0), "request-rate"),
        (Traffic(requestsPerSecond: .nan), "request-rate"),
        (Traffic(requests: 10, maxConcurrency: 11), "exceeds the 10 requests"),
        (Traffic(burstiness: 0), "burstiness"),
        (Traffic(rangeRatio: 1), "random-range-ratio"),
    ])
    func refusals(traffic: Traffic, message: String) throws {
        let simulator = try ServingSimulator(estimator: try Self.estimator())
        #expect { try simulator.run(traffic) } throws: { ($0 as? InferCapError)?.description.contains(message) ?? false }
    }

    @Test("Data-parallel groups are refused until simulated")
    func dataParallelRefused() throws {
        let catalog = Fixtures.catalog
        let request = EstimateRequest(model: "llama-3.1-8b", accelerator: "h100-sxm", parallelism: Parallelism(tp: 1, dp: 2))
        #expect { try catalog.simulate(request, traffic: Traffic(requests: 10)) } throws: {
            ($0 as? InferCapError)?.description.contains("--dp 1") ?? false
        }
    }
}
