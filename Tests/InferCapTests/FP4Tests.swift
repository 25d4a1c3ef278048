import Foundation
import Testing
@testable import InferCap

/// NVFP4 (W4A4) weights: stored in 4 bits plus an fp8 scale per 16 elements, run at the fp4
/// tensor-core peak, accepted only on chips whose spec lists that peak.
@Suite("fp4 (NVFP4) weights")
struct FP4Tests {
    @Test("fp4 stores 0.5 + 1/16 bytes per weight and computes in fp4")
    func storage() {
        #expect(DType.fp4.bytesPerElement == 0.5625)
        #expect(DType.fp4.computeDType == .fp4)
        #expect(DType.weightChoices.contains(.fp4) && !DType.kvChoices.contains(.fp4))
    }

    @Test("B200 runs fp4 at its 9 PFLOP/s datasheet peak; Hopper and Ascend chips refuse it, naming what they run")
    func support() throws {
        let b200 = try Fixtures.catalog.accelerator(named: "b200")
        #expect(b200.peakFlopsPerSecond(.fp4) == 9.0e15)
        for chip in ["h100-sxm", "h200", "h20", "ascend-910c"] {
            let accelerator = try Fixtures.catalog.accelerator(named: chip)
            #expect(!accelerator.supportsWeights(.fp4), "\(chip)")
            #expect(throws: InferCapError.self) {
                try Fixtures.catalog.estimate(EstimateRequest(model: "llama-3.1-8b", accelerator: chip, weightDType: .fp4))
            }
        }
    }

    /// The same B200 deployment in fp4 against fp8: the weights take 0.5625 of the bytes, so the
    /// memory-bound decode step at batch 1 is faster and the prefill (compute-bound, twice the
    /// peak) is faster too; the KV cache and the attention are untouched.
    @Test("fp4 halves the weight bytes of an fp8 deployment and speeds up decode and prefill, not attention")
    func againstFP8() throws {
        func estimate(_ dtype: DType) throws -> Estimate {
            try Fixtures.catalog.estimate(EstimateRequest(
                model: "llama-3.3-70b", accelerator: "b200", parallelism: Parallelism(tp: 1), weightDType: dtype,
                workload: Workload(inputTokens: 4096, outputTokens: 256, batch: 1)))
        }
        let fp4 = try estimate(.fp4), fp8 = try estimate(.fp8)
        #expect(fp4.memory.weightBytesPerChip < 0.6 * fp8.memory.weightBytesPerChip)
        #expect(fp4.memory.weightBytesPerChip > 0.5 * fp8.memory.weightBytesPerChip)
        #expect(fp4.memory.kvBytesPerToken == fp8.memory.kvBytesPerToken)
        #expect(fp4.decode.stepSeconds < 0.75 * fp8.decode.stepSeconds)
        #expect(fp4.prefill.seconds < fp8.prefill.seconds)
        #expect(fp4.notes.contains { $0.contains("no FP4 kernel measurements") })
        #expect(!fp8.notes.contains { $0.contains("FP4") })
    }

    /// MoE tokens leave in the activations' precision: 0.5625 bytes per element for fp4 against
    /// 2 for the bf16 combine.
    @Test("fp4 dispatch carries 0.5625/2 of the combine's bytes")
    func dispatch() throws {
        let estimator = try Fixtures.estimator("deepseek-r1", on: "b200", Parallelism(ep: 8, dp: 8), weights: .fp4)
        let ops = estimator.evaluator.builder.mixtureOfExperts(step: .decode(batch: 16, context: 1024))
        let dispatch = try #require(ops.first { $0.name == "ep_dispatch" }), combine = try #require(ops.first { $0.name == "ep_combine" })
        #expect(dispatch.communicationBytes.isClose(to: combine.communicationBytes * 0.5625 / 2, relative: 1e-12))
    }

    /// aiconfigurator lists some DeepSeek runs under both the R1 and the V3 name with the same
    /// TTFT and TPOT to the last digit; the converter keeps one, so no measurement is counted
    /// twice or sits in both splits.
    @Test("No aiconfigurator measurement appears under both DeepSeek-V3 and DeepSeek-R1")
    func noTwinMeasurements() throws {
        let set = try ReferenceSet.bundled()
        var seen: [String: String] = [:]
        for point in set.points where point.model == "deepseek-v3" || point.model == "deepseek-r1" {
            guard point.source.hasPrefix("NVIDIA aiconfigurator") else { continue }
            let key = "\(point.accelerator ?? "")|\(point.engine)|\(point.mode)|\(point.inputTokens ?? 0)|\(point.outputTokens ?? 0)|\(point.batch ?? 0)|\(point.metric.rawValue)|\(point.value)"
            if let other = seen[key], other != point.model {
                Issue.record("\(point.id) repeats a \(other) measurement")
            }
            seen[key] = point.model ?? ""
        }
        #expect(seen.count > 100)
    }

    /// The engine fit leaves FP4 points out (their residuals carry an assumed kernel efficiency)
    /// but validation still replays them: a bug in either direction changes these counts.
    @Test("Engine constants are fitted without FP4 points; FP4 points are still replayed")
    func fp4OutOfEngineFit() throws {
        let set = try ReferenceSet.bundled()
        let fp4Train = set.points.filter { $0.split == "train" && $0.replayable && $0.weightDType == .fp4 }
        #expect(fp4Train.count > 50)
        #expect(fp4Train.allSatisfy { !EngineFit.isTrainingPoint($0) })
        let otherTrain = set.points.filter { $0.split == "train" && $0.replayable && $0.weightDType != .fp4 }
        #expect(otherTrain.allSatisfy(EngineFit.isTrainingPoint))
        #expect(!set.points.contains { $0.split == "test" && EngineFit.isTrainingPoint($0) })
        let replayed = Set(ValidationTests.report.rows.map(\.id))
        #expect(fp4Train.filter { replayed.contains($0.id) }.count > 50)
    }
}
