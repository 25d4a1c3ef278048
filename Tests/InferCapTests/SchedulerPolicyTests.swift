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

    @Test("SGLang's profile carries its scheduler defaults; vLLM's the V1 behaviour")
    func bundled() throws {
        let sglang = try Fixtures.catalog.engine(named: "sglang").scheduler
        #expect(!sglang.mixesPrefillWithDecode && sglang.admissionOutputFraction == 1 && sglang.runningOutputFraction == 0.7)
        #expect(sglang.runningOutputFractionFloor == 0.098 && sglang.runningOutputFractionDecaySteps == 600 && sglang.outputClipTokens == 4096)
        #expect(try Fixtures.catalog.engine(named: "vllm").scheduler == SchedulerPolicy())
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
