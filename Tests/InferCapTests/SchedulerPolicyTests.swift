import Foundation
import Testing
@testable import InferCap

/// Engine scheduler policies as the simulator replays them (``SchedulerPolicy``).
@Suite("Scheduler policies")
struct SchedulerPolicyTests {
    static func estimator(_ engine: EngineProfile) throws -> Estimator {
        let catalog = Fixtures.catalog
        let chip = try catalog.accelerator(named: "h100-sxm")
        return try Estimator(
            model: try Fixtures.model("llama-3.1-8b"),
            deployment: Deployment(
                accelerator: chip, parallelism: Parallelism(), weightDType: .bf16, kvDType: .bf16, engine: engine,
                calibration: try catalog.calibration(for: chip)))
    }

    @Test("SGLang's profile carries its scheduler defaults; vLLM's the V1 behaviour with async scheduling; the three overlap")
    func bundled() throws {
        let sglang = try Fixtures.catalog.engine(named: "sglang").scheduler
        #expect(!sglang.mixesPrefillWithDecode && sglang.admissionOutputFraction == 1 && sglang.runningOutputFraction == 0.7)
        #expect(sglang.runningOutputFractionFloor == 0.098 && sglang.runningOutputFractionDecaySteps == 600 && sglang.outputClipTokens == 4096)
        #expect(try Fixtures.catalog.engine(named: "vllm").scheduler == SchedulerPolicy(overlapsScheduling: true))
        let trtllm = try Fixtures.catalog.engine(named: "trtllm").scheduler, generic = try Fixtures.catalog.engine(named: "generic").scheduler
        #expect(sglang.overlapsScheduling && trtllm.overlapsScheduling && !generic.overlapsScheduling)
    }

    @Test("An overlapping scheduler sees a request one iteration later: about one decode step more TTFT, the same TPOT")
    func overlap() throws {
        var eager = try Fixtures.catalog.engine(named: "vllm")
        eager.scheduler.overlapsScheduling = false
        var overlapping = eager
        overlapping.scheduler.overlapsScheduling = true
        let traffic = Traffic(requests: 400, maxConcurrency: 16, inputTokens: 512, outputTokens: 256, rangeRatio: 0.3, seed: 5)
        let a = try ServingSimulator(estimator: Self.estimator(eager)).run(traffic)
        let b = try ServingSimulator(estimator: Self.estimator(overlapping)).run(traffic)
        let step = a.tpot.mean
        let added = b.ttft.mean - a.ttft.mean
        #expect(added > 0.5 * step && added < 1.5 * step, "TTFT \(a.ttft.mean) -> \(b.ttft.mean) ms, decode step \(step) ms")
        #expect(abs(b.tpot.mean / a.tpot.mean - 1) < 0.03)
        // An idle engine takes a request at once, overlapping or not: at a rate near zero TTFT is the prefill.
        let slow = Traffic(requests: 20, requestsPerSecond: 0.01, inputTokens: 512, outputTokens: 16, seed: 5)
        let idleA = try ServingSimulator(estimator: Self.estimator(eager)).run(slow)
        let idleB = try ServingSimulator(estimator: Self.estimator(overlapping)).run(slow)
        #expect(abs(idleB.ttft.mean - idleA.ttft.mean) < 1e-9)
    }

    @Test("A request that arrives during an iteration joins the next batch, or the one after when the scheduler overlaps")
    func openLoopArrival() throws {
        for overlapping in [false, true] {
            var engine = try Fixtures.catalog.engine(named: "vllm")
            engine.scheduler.overlapsScheduling = overlapping
            let estimator = try Self.estimator(engine)
            let steps = StepTimes(estimator: estimator, maxBatch: engine.maxBatchPerRank)
            // The first request prefills alone on an idle engine, then decodes alone; the second
            // arrives halfway through its eleventh decode iteration.
            let opening = steps.batchSeconds(requests: 1, meanTokens: 256)
            let step = steps.decodeSeconds(batch: 1, contextTokens: 263)
            let trace = RequestTrace(requests: [
                .init(arrivalSeconds: 0, inputTokens: 256, outputTokens: 400),
                .init(arrivalSeconds: opening + 10.5 * step, inputTokens: 256, outputTokens: 20),
            ])
            let result = try ServingSimulator(estimator: estimator).run(Traffic(trace: trace))
            let second = 2 * result.ttft.mean / 1000 - opening
            let prefill = step + steps.batchSeconds(requests: 1, meanTokens: 256) - steps.passSeconds
            let expected = 0.5 * step + (overlapping ? step : 0) + prefill
            #expect(abs(second / expected - 1) < 0.03, "overlapping \(overlapping): second TTFT \(second) s, expected \(expected) s")
        }
    }

    @Test("A closed loop's next request misses the iteration that starts as the last one ends: one decode step more, two when overlapping")
    func roundTrip() throws {
        // Two clients, three requests: the first two prefill together at once; the third is sent
        // when the short second one finishes, while the long first one decodes alone.
        let trace = RequestTrace(requests: [
            .init(arrivalSeconds: 0, inputTokens: 256, outputTokens: 400),
            .init(arrivalSeconds: 0, inputTokens: 256, outputTokens: 20),
            .init(arrivalSeconds: 0, inputTokens: 256, outputTokens: 20),
        ])
        for overlapping in [false, true] {
            var engine = try Fixtures.catalog.engine(named: "vllm")
            engine.scheduler.overlapsScheduling = overlapping
            let estimator = try Self.estimator(engine)
            let result = try ServingSimulator(estimator: estimator).run(Traffic(maxConcurrency: 2, trace: trace))
            let steps = StepTimes(estimator: estimator, maxBatch: engine.maxBatchPerRank)
            let opening = steps.batchSeconds(requests: 2, meanTokens: 256)
            let third = 3 * result.ttft.mean / 1000 - 2 * opening
            // It waits out one iteration of the first request decoding alone (two when the scheduler
            // overlaps), then prefills beside its next decode step.
            let step = steps.decodeSeconds(batch: 1, contextTokens: 280)
            let prefill = step + steps.batchSeconds(requests: 1, meanTokens: 256) - steps.passSeconds
            let expected = Double(overlapping ? 2 : 1) * step + prefill
            #expect(abs(third / expected - 1) < 0.02, "overlapping \(overlapping): third TTFT \(third) s, expected \(expected) s")
        }
    }

    @Test("Prefill alone: decodes wait while prompts prefill, so TPOT rises and the first token comes sooner")
    func prefillAlone() throws {
        var mixed = try Fixtures.catalog.engine(named: "vllm")
        var alone = mixed
        alone.scheduler.mixesPrefillWithDecode = false
        mixed.scheduler.mixesPrefillWithDecode = true
        let traffic = Traffic(requests: 600, requestsPerSecond: 6, inputTokens: 4000, outputTokens: 256, seed: 3)
        let a = try ServingSimulator(estimator: Self.estimator(mixed)).run(traffic)
        let b = try ServingSimulator(estimator: Self.estimator(alone)).run(traffic)
        #expect(b.tpot.mean > a.tpot.mean * 1.05, "TPOT mixed \(a.tpot.mean) alone \(b.tpot.mean)")
        #expect(b.completed == 600 && a.completed == 600)
    }

    @Test("Charging outputs at admission holds requests back: fewer run at once, far fewer are preempted")
    func admissionCharge() throws {
        var base = try Fixtures.catalog.engine(named: "vllm")
        base.memoryUtilization = 0.3  // a small cache, so admission binds
        var charged = base
        charged.scheduler = SchedulerPolicy(admissionOutputFraction: 1, runningOutputFraction: 0.7, runningOutputFractionFloor: 0.1,
                                            runningOutputFractionDecaySteps: 600, outputClipTokens: 4096)
        let traffic = Traffic(requests: 800, maxConcurrency: 400, inputTokens: 1024, outputTokens: 4096, seed: 5)
        let free = try ServingSimulator(estimator: Self.estimator(base)).run(traffic)
        let held = try ServingSimulator(estimator: Self.estimator(charged)).run(traffic)
        #expect(held.meanDecodeBatch < free.meanDecodeBatch, "batch \(free.meanDecodeBatch) vs \(held.meanDecodeBatch)")
        // vLLM's rule admits until the cache overflows and then recomputes; the charge keeps
        // room for the outputs, so it preempts far less.
        #expect(held.preemptions * 2 < free.preemptions, "preemptions \(free.preemptions) vs \(held.preemptions)")
    }

    @Test("A scheduler object with a share outside 0...1 or a floor above its start is refused with the field")
    func refusals() throws {
        for (scheduler, field) in [("{\"admission_output_fraction\": 1.5}", "scheduler.admission_output_fraction"),
                                   ("{\"running_output_fraction\": 0.1, \"running_output_fraction_floor\": 0.5}", "scheduler.running_output_fraction_floor")] {
            let text = "{\"id\": \"x\", \"memory_utilization\": 0.9, \"max_batch_per_rank\": 64, \"max_prefill_tokens\": 2048, \"scheduler\": \(scheduler)}"
            let document = try JSONDocument.parse(data: Data(text.utf8), path: "x.json")
            #expect(throws: InferCapError.self) { try EngineProfile.load(from: document) }
            do { _ = try EngineProfile.load(from: document) } catch let error as InferCapError {
                #expect(error.description.contains(field), "\(error)")
            }
        }
    }
}
