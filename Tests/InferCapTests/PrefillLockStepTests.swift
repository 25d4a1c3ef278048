import Testing
@testable import InferCap

/// Data-parallel attention groups over shared MoE layers step together, so prefills that one
/// engine does not align across the groups hold all of them (``PrefillLockStep``).
@Suite("Lock-step prefills of data-parallel attention groups")
struct PrefillLockStepTests {
    static let lockStep = PrefillLockStep(
        groups: 8, alignment: 0, requestsPerIteration: 2, localSeconds: 0.05, routedSecondsPerGroup: 0.01)

    /// Aligned cost of `B` prefills per cycle: `k (L + G R)`.
    static func aligned(_ lockStep: PrefillLockStep, batch: Double) -> Double {
        batch / lockStep.requestsPerIteration * (lockStep.localSeconds + Double(lockStep.groups) * lockStep.routedSecondsPerGroup)
    }

    @Test("One group, or a prefill in every iteration, costs what aligned prefills cost")
    func limits() {
        var one = Self.lockStep
        one.groups = 1
        #expect(one.independentShare(batch: 64.0, output: 1000).isClose(to: Self.aligned(one, batch: 64), relative: 1e-12))
        // 600 prompts of 2 per iteration: 300 prefill iterations per group, more than the 200 decode
        // iterations, so every iteration holds every group's prefill.
        #expect(Self.lockStep.independentShare(batch: 600.0, output: 200).isClose(to: Self.aligned(Self.lockStep, batch: 600), relative: 1e-12))
    }

    @Test("With few prefills per cycle every group waits for every other group's local work")
    func sparseLimit() {
        // 2 prefill iterations per group in 100,000 decode iterations: almost never two at once.
        let share = Self.lockStep.independentShare(batch: 4.0, output: 100_000)
        let serial = 8 * 2 * (Self.lockStep.localSeconds + Self.lockStep.routedSecondsPerGroup)
        #expect(share.isClose(to: serial, relative: 1e-4))
        // What alignment would save: the other G - 1 groups' local work, (G - 1) k L.
        let saved = share - Self.aligned(Self.lockStep, batch: 4)
        #expect(saved.isClose(to: 7 * 2 * Self.lockStep.localSeconds, relative: 1e-3))
    }

    @Test("The union of independently placed prefill iterations matches a simulation")
    func simulation() {
        // G groups each pick k of N iterations at random; an iteration costs L if any group
        // prefills in it, plus R per prefilling group.
        let lockStep = PrefillLockStep(groups: 4, alignment: 0, requestsPerIteration: 1, localSeconds: 1, routedSecondsPerGroup: 0.25)
        let batch = 30, output = 100
        var generator = SeededRandom(seed: 7)
        var total = 0.0
        let trials = 4000
        for _ in 0..<trials {
            var holders = [Int](repeating: 0, count: output)
            for _ in 0..<lockStep.groups {
                var slots = Array(0..<output)
                for i in 0..<batch {
                    let j = i + Int(generator.next() % UInt64(output - i))
                    slots.swapAt(i, j)
                    holders[slots[i]] += 1
                }
            }
            total += holders.reduce(0.0) { $0 + ($1 > 0 ? lockStep.localSeconds + Double($1) * lockStep.routedSecondsPerGroup : 0) }
        }
        let expected = lockStep.independentShare(batch: Double(batch), output: Double(output))
        #expect((total / Double(trials)).isClose(to: expected, relative: 0.01), "simulated \(total / Double(trials)), formula \(expected)")
    }

    @Test("SIMD lanes give the scalar values")
    func lanes() {
        let batches = SIMD4<Double>(1, 17, 300, 2048)
        let lanes = Self.lockStep.independentShare(batch: batches, output: 1024)
        for i in 0..<4 {
            #expect(lanes[i].isClose(to: Self.lockStep.independentShare(batch: batches[i], output: 1024), relative: 1e-12))
        }
    }

    @Test("Unaligned prefills slow a data-parallel MoE deployment, more so the fewer the engine aligns; TP and dense layouts are untouched")
    func estimates() throws {
        let workload = Workload(inputTokens: 1024, outputTokens: 1024, batch: 64)
        func serving(_ model: String, _ layout: Parallelism, alignment: Double) throws -> Estimate.ServingResult {
            var deployment = try Fixtures.deployment("h200", layout, weights: .fp8)
            deployment.engine.dataParallelPrefillAlignment = alignment
            return try Estimator(model: Fixtures.model(model), deployment: deployment).estimate(workload).serving
        }
        let dataParallel = Parallelism(tp: 1, ep: 8, dp: 8)
        let (unaligned, half, aligned) = (
            try serving("deepseek-r1", dataParallel, alignment: 0), try serving("deepseek-r1", dataParallel, alignment: 0.5),
            try serving("deepseek-r1", dataParallel, alignment: 1))
        #expect(unaligned.tpotSeconds > half.tpotSeconds && half.tpotSeconds > aligned.tpotSeconds)
        #expect(unaligned.outputTokensPerSecondPerChip < half.outputTokensPerSecondPerChip)
        #expect(half.outputTokensPerSecondPerChip < aligned.outputTokensPerSecondPerChip)
        for (model, layout) in [("deepseek-r1", Parallelism(tp: 8, ep: 8)), ("llama-3.1-8b", Parallelism(dp: 8))] {
            #expect(try serving(model, layout, alignment: 0) == serving(model, layout, alignment: 1))
        }
    }

    @Test("Aligned prefills are the per-request prefill cost the serving formula had before lock-step")
    func alignedShare() throws {
        var deployment = try Fixtures.deployment("h200", Parallelism(tp: 1, ep: 8, dp: 8), weights: .fp8)
        deployment.engine.dataParallelPrefillAlignment = 1
        let estimator = try Estimator(model: Fixtures.model("deepseek-r1"), deployment: deployment)
        let cost = estimator.prefillCost(inputTokens: 2048)
        #expect(cost.lockStep == nil)
        deployment.engine.dataParallelPrefillAlignment = 0
        let unaligned = try Estimator(model: Fixtures.model("deepseek-r1"), deployment: deployment).prefillCost(inputTokens: 2048)
        let lockStep = try #require(unaligned.lockStep)
        #expect(unaligned.perRequest == cost.perRequest)
        // The local and routed parts rebuild the all-groups prefill iteration: L + G R = n t_pp.
        let rebuilt = lockStep.localSeconds + Double(lockStep.groups) * lockStep.routedSecondsPerGroup
        #expect(rebuilt.isClose(to: lockStep.requestsPerIteration * cost.perRequest, relative: 1e-9))
        #expect(lockStep.localSeconds > 0 && lockStep.routedSecondsPerGroup > 0)
    }
}
