import Testing
@testable import InferCap

/// The sweep's frontier bound (``Catalog``'s `evaluate`): runs of batches the frontier beats at
/// their corner are skipped unevaluated, and that must not change any frontier.
@Suite("Frontier bound")
struct FrontierBoundTests {
    /// Random deployments of dense, MoE, MTP and two-routing models, evaluated in one order with
    /// the bound and without it, with and without a TPOT target: the same frontier, point for
    /// point (every figure equal, TTFT included).
    @Test("Frontiers are the same with the bound and without it (dense, MoE, MTP, two routings, TPOT targets)")
    func sameFrontiers() throws {
        var random = SeededRandom(seed: 5)
        var deployments = 0
        for modelID in ["deepseek-r1", "llama-3.1-70b", "qwen3-235b-a22b", "deepseek-v4-flash"] {
            let model = try Fixtures.model(modelID)
            for slo in [nil, LatencySLO(tpotSeconds: 0.05)] {
                let workload = Workload(inputTokens: 2000, outputTokens: 500, slo: slo)
                var bounded = ParetoFrontier(), reference = ParetoFrontier()
                var skipped = 0, referenceSkipped = 0
                let workspace = BatchedDecode.Workspace(), referenceWorkspace = BatchedDecode.Workspace()
                for _ in 0..<12 {
                    let chip = try Fixtures.catalog.accelerator(named: ["h20", "h100-sxm", "ascend-910b-376t"].randomElement(using: &random)!)
                    let tp = [1, 2, 4, 8].randomElement(using: &random)!, dp = [1, 2, 8].randomElement(using: &random)!
                    let deployment = Deployment(
                        accelerator: chip,
                        parallelism: Parallelism(tp: tp, pp: [1, 2, 4].randomElement(using: &random)!, ep: model.moe == nil ? 1 : tp * dp, dp: dp),
                        weightDType: [DType.fp8, .int4].randomElement(using: &random)!, kvDType: .bf16,
                        engine: try Fixtures.catalog.engine(named: "sglang"), calibration: try Fixtures.catalog.calibration(for: chip),
                        speculative: model.multiTokenPredictionLayers > 0 && random.next() % 2 == 0
                            ? SpeculativeDecoding(draftTokens: 1, acceptanceRate: 0.8) : nil)
                    let a = Catalog.evaluate(
                        model: model, deployment: deployment, workload: workload, maxBatch: 1024, frontier: &bounded, workspace: workspace,
                        skipped: &skipped)
                    let b = Catalog.evaluate(
                        model: model, deployment: deployment, workload: workload, maxBatch: 1024, frontier: &reference,
                        workspace: referenceWorkspace, skipped: &referenceSkipped, frontierBound: false)
                    #expect(a == b)
                    if a != nil { deployments += 1 }
                }
                #expect(bounded.points == reference.points, "\(modelID) slo \(String(describing: slo)): \(bounded.points.count) vs \(reference.points.count) points")
                #expect(!reference.points.isEmpty)
                #expect(referenceSkipped == 0 && skipped > 0, "\(modelID): the bound skipped \(skipped) points")
            }
        }
        #expect(deployments >= 40, "only \(deployments) deployments fit")
    }

    /// Decoders of random deployments of five models (dense, MoE, MTP, two routings) on three
    /// chips, labelled for messages; `mtp` says whether an MTP-capable model runs MTP.
    static func decoders(seed: UInt64, engine: String, mtp: (inout SeededRandom) -> Bool) throws -> [(label: String, decode: BatchedDecode)] {
        var random = SeededRandom(seed: seed)
        var decoders: [(label: String, decode: BatchedDecode)] = []
        for modelID in ["deepseek-r1", "qwen3-235b-a22b", "llama-3.1-70b", "deepseek-v4-flash", "gpt-oss-120b"] {
            let model = try Fixtures.model(modelID)
            for _ in 0..<4 {
                let chip = try Fixtures.catalog.accelerator(named: ["h20", "b200", "ascend-910b-376t"].randomElement(using: &random)!)
                let tp = [1, 4, 8].randomElement(using: &random)!, dp = [1, 4].randomElement(using: &random)!
                let deployment = Deployment(
                    accelerator: chip, parallelism: Parallelism(tp: tp, pp: [1, 3].randomElement(using: &random)!, ep: model.moe == nil ? 1 : tp * dp, dp: dp),
                    weightDType: .fp8, kvDType: .bf16, engine: try Fixtures.catalog.engine(named: engine),
                    calibration: try Fixtures.catalog.calibration(for: chip),
                    speculative: model.multiTokenPredictionLayers > 0 && mtp(&random) ? SpeculativeDecoding(draftTokens: 2, acceptanceRate: 0.7) : nil)
                guard let estimator = try? Estimator(model: model, deployment: deployment) else { continue }
                decoders.append(("\(modelID) \(chip.id) \(deployment.parallelism)", BatchedDecode(estimator: estimator, contextTokens: 3000)))
            }
        }
        return decoders
    }

    /// The bound's premise, checked where it claims to hold: the step never falls by more than
    /// its stated bound from one batch to the next, and it holds for the MoE models too (a
    /// bound that never applies would pass the test above without skipping anything).
    @Test("Where the rates say so, the step does not fall as the batch grows; MoE and MTP included")
    func monotoneSteps() throws {
        var monotone = 0
        for (label, decode) in try Self.decoders(seed: 8, engine: "vllm", mtp: { _ in true }) where decode.monotoneInBatch {
            monotone += 1
            var steps: [Double] = []
            decode.stepSeconds(batches: Array(1...1024), into: &steps, workspace: .init())
            for b in 1..<steps.count where steps[b] < steps[b - 1] - decode.stepDecreaseBound {
                Issue.record("\(label): step falls from b\(b) to b\(b + 1): \(steps[b - 1]) -> \(steps[b])")
                break
            }
            #expect(decode.stepDecreaseBound < 1e-12)
        }
        #expect(monotone >= 15, "the bound applies to only \(monotone) of the deployments")
    }

    /// The cheap bound the sweep tries before preparing the piecewise form: at most the step at
    /// every batch (a wrong block count or branch sum would overshoot), and not a vacuous one.
    @Test("The step's lower bound is at most the step at every batch, and within a factor of two of it")
    func lowerBoundBelowStep() throws {
        let decoders = try Self.decoders(seed: 11, engine: "sglang", mtp: { $0.next() % 2 == 0 })
        for (label, decode) in decoders {
            let batches = Array(1...2048)
            var steps: [Double] = []
            decode.stepSeconds(batches: batches, into: &steps, workspace: .init())
            for (batch, step) in zip(batches, steps) {
                let bound = decode.stepLowerBound(batch: batch)
                guard bound <= step, bound > 0.5 * step else {
                    Issue.record("\(label) b\(batch): bound \(bound) s, step \(step) s")
                    break
                }
            }
        }
        #expect(decoders.count >= 15, "only \(decoders.count) deployments build")
    }
}
