import Foundation
import Testing
@testable import InferCap

/// Physical invariants over random models, chips, layouts and workloads (seeded, so a
/// failure reproduces; the seed and the case are in the message).
///
/// Each property was seen to fail on a deliberately broken model, then the break was
/// reverted (issue 7; 300 draws per property, issues as Swift Testing counted them):
/// - faster chip: `CostModel.terms` with memory time `bandwidth / 1e24` instead of
///   `1 / bandwidth` failed "more memory bandwidth or FLOPs never makes a step slower"
///   (579 issues; the other three passed);
/// - longer context: `OperatorBuilder` GQA decode attention with `c = 1e6 / contextTokens`
///   failed "a longer context never makes decode faster" (404 issues; the others passed);
/// - larger batch: `Estimator.decodeTiming` with an extra `1e-6 * batch²` seconds failed
///   "a larger batch never lowers tokens/s per chip while memory fits" (552 issues; the
///   others passed);
/// - finite and positive: `CostModel.terms` with the kernel overhead negated (`-100 x`)
///   failed "every output is finite and positive" (578 issues; faster-chip and larger-batch
///   failed too).
/// (The "more chips in a stockpile never lowers its capacity" belongs to the fleet
/// feature, which is not in this tree yet.)
@Suite("Physical properties over random cases")
struct PhysicalPropertyTests {
    /// Cases per property: enough to cover dense, MoE and MLA models on many chips, small
    /// enough for a debug build.
    static let cases = 300

    /// Runs `body` on every valid scenario drawn from `seed`; checks that most draws were valid.
    static func forEach(seed: UInt64, _ body: (Int, RandomScenario, inout SeededRandom) throws -> Void) throws {
        var random = SeededRandom(seed: seed)
        var valid = 0
        for index in 0..<cases {
            guard let scenario = try RandomScenario.make(&random) else { continue }
            valid += 1
            try body(index, scenario, &random)
        }
        #expect(valid >= cases / 2, "only \(valid) of \(cases) random draws could run")
    }

    @Test("More memory bandwidth or FLOPs never makes a step slower")
    func fasterChipNeverSlower() throws {
        try Self.forEach(seed: 0x5EED_0001) { index, scenario, random in
            let base = scenario.estimator
            var faster = scenario.deployment
            let bandwidth = random.double(in: 1...4), compute = random.double(in: 1...4)
            switch index % 3 {
            case 0: faster.accelerator.memoryBytesPerSecond *= bandwidth
            case 1: for key in faster.accelerator.denseFlopsPerSecond.keys { faster.accelerator.denseFlopsPerSecond[key]! *= compute }
            default:
                faster.accelerator.memoryBytesPerSecond *= bandwidth
                for key in faster.accelerator.denseFlopsPerSecond.keys { faster.accelerator.denseFlopsPerSecond[key]! *= compute }
            }
            let quicker = try Estimator(model: scenario.model, deployment: faster)
            let context = scenario.workload.effectiveContextTokens
            for batch in [1, scenario.batch] {
                let before = base.decodeStepSeconds(batch: batch, contextTokens: context)
                let after = quicker.decodeStepSeconds(batch: batch, contextTokens: context)
                #expect(after <= before * (1 + 1e-12), "case \(index) batch \(batch): \(after) s > \(before) s; \(scenario)")
            }
            let before = base.prefillSeconds(inputTokens: scenario.workload.inputTokens)
            let after = quicker.prefillSeconds(inputTokens: scenario.workload.inputTokens)
            #expect(after <= before * (1 + 1e-12), "case \(index) prefill: \(after) s > \(before) s; \(scenario)")
        }
    }

    @Test("A longer context never makes decode faster")
    func longerContextNeverFaster() throws {
        try Self.forEach(seed: 0x5EED_0002) { index, scenario, random in
            let short = random.int(in: 1...8192), long = short + random.int(in: 1...65536)
            for batch in [1, scenario.batch] {
                let before = scenario.estimator.decodeStepSeconds(batch: batch, contextTokens: short)
                let after = scenario.estimator.decodeStepSeconds(batch: batch, contextTokens: long)
                #expect(after >= before * (1 - 1e-12), "case \(index) batch \(batch): \(long) tokens \(after) s < \(short) tokens \(before) s; \(scenario)")
            }
        }
    }

    @Test("A larger batch never lowers tokens/s per chip while memory fits, on one side of the CUDA-graph capture limit")
    func largerBatchNeverLowersThroughput() throws {
        var checked = 0
        try Self.forEach(seed: 0x5EED_0003) { index, scenario, random in
            let estimator = scenario.estimator
            let context = scenario.workload.effectiveContextTokens
            let fits = estimator.memoryPlan(contextTokens: context).maxBatch
            // Batches are whole micro-batches: with pp stages, a batch that leaves one stage's
            // micro-batch short of the others legitimately wastes a slot.
            let pp = scenario.deployment.parallelism.pp
            let steps = fits / pp
            guard steps >= 2 else { return }
            let small = random.int(in: 1...(steps - 1)) * pp
            // Crossing the capture limit may lower it: the first eager batches can take longer per
            // token than the largest captured one (why engines choose the limit they do).
            let limit = estimator.cudaGraphMaxBatch ?? Int.max
            let top = small / pp <= limit ? min(steps, limit) : steps
            guard top > small / pp else { return }
            let large = random.int(in: (small / pp + 1)...top) * pp
            let chips = Double(scenario.deployment.parallelism.groupChips)
            let rate = { (batch: Int) in Double(batch) / estimator.decodeStepSeconds(batch: batch, contextTokens: context) / chips }
            #expect(rate(large) >= rate(small) * (1 - 1e-9), "case \(index): batch \(large) \(rate(large)) tok/s/chip < batch \(small) \(rate(small)); \(scenario)")
            var workload = scenario.workload
            workload.batch = small
            let servingSmall = try estimator.estimate(workload).serving.outputTokensPerSecondPerChip
            workload.batch = large
            let servingLarge = try estimator.estimate(workload).serving.outputTokensPerSecondPerChip
            #expect(servingLarge >= servingSmall * (1 - 1e-9), "case \(index): serving batch \(large) \(servingLarge) < batch \(small) \(servingSmall); \(scenario)")
            checked += 1
        }
        #expect(checked >= Self.cases / 4, "only \(checked) cases had room for two batches")
    }

    @Test("Every output is finite and positive")
    func finiteAndPositive() throws {
        var estimates = 0
        try Self.forEach(seed: 0x5EED_0004) { index, scenario, _ in
            let estimator = scenario.estimator
            let context = scenario.workload.effectiveContextTokens
            let plan = estimator.memoryPlan(contextTokens: context)
            let raw = [
                ("decode step", estimator.decodeStepSeconds(batch: scenario.batch, contextTokens: context)),
                ("prefill", estimator.prefillSeconds(inputTokens: scenario.workload.inputTokens)),
                ("weights per chip", plan.weightBytesPerChip), ("KV bytes per token per chip", plan.kvBytesPerTokenPerChip),
            ]
            for (name, value) in raw { #expect(value.isFinite && value > 0, "case \(index) \(name) = \(value); \(scenario)") }
            let estimate: Estimate
            do { estimate = try estimator.estimate(scenario.workload) } catch is InferCapError { return }
            estimates += 1
            let values = [
                estimate.prefill.seconds, estimate.prefill.tokensPerSecondPerChip, estimate.decode.stepSeconds,
                estimate.decode.tokensPerSecondPerChip, estimate.decode.tokensPerSecondPerUser, estimate.serving.ttftSeconds,
                estimate.serving.tpotSeconds, estimate.serving.tokensPerSecondPerUser, estimate.serving.outputTokensPerSecondPerChip,
                estimate.serving.requestsPerSecond, estimate.memory.weightBytesPerChip, estimate.memory.kvBytesPerToken,
                estimate.memory.kvCapacityBytesPerChip, estimate.memory.kvTokensPerChip,
            ]
            #expect(values.allSatisfy { $0.isFinite && $0 > 0 }, "case \(index): \(values); \(scenario)")
            #expect(estimate.batch >= 1 && estimate.batch <= plan.maxBatch, "case \(index)")
        }
        #expect(estimates >= Self.cases / 4, "only \(estimates) random cases produced an estimate")
    }
}
