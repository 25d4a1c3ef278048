import Foundation
import Testing
@testable import InferCap

/// The Ascend profiles: built from the A3-die kernel timings and the published 910C-die operator
/// figures, used by the Ascend chips, and what they change.
@Suite("Ascend calibration from measured and published operator figures")
struct AscendCalibrationTests {
    static func table(_ name: String) throws -> [String: Any] {
        let path = try #require(Catalog.bundledSpecsDirectory) + "/calibration/measured/ascend/" + name
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    static func published() throws -> [String: Any] { try table("published-operators.json") }

    /// The profiles hold the published figures converted to this catalog's peaks (a stale
    /// profile after a change of the figures or of the 910C datasheet entry fails here).
    @Test("Profiles carry the published MLA figures over this catalog's die peaks; the fitted GEMM stays under the quoted one")
    func figures() throws {
        let figures = try Self.published()
        let chip = try Fixtures.catalog.accelerator(named: "ascend-910c")
        let mla = try #require(figures["mla_decode"] as? [String: Any]).compactMapValues { $0 as? Double }
        let gemm = try #require(figures["int8_gemm"] as? [String: Any]).compactMapValues { $0 as? Double }
        let bf16PerDie = try #require(chip.denseFlopsPerSecond[.bf16]) / 2
        let int8PerDie = try #require(chip.denseFlopsPerSecond[.int8]) / 2
        for id in ["ascend-a3", "ascend-a2"] {
            let profile = try #require(Fixtures.catalog.calibrations[id])
            #expect(profile.measuredOn == nil)
            #expect(profile.attentionDecodeLatent.computeEfficiencyMax.isClose(
                to: mla["compute_utilization"]! * mla["of_peak_flops_per_second_per_die"]! / bf16PerDie, relative: 1e-3))
            #expect(profile.attentionDecodeLatent.memoryEfficiency.isClose(
                to: mla["memory_utilization"]! * mla["of_peak_bytes_per_second_per_die"]! / (chip.memoryBytesPerSecond / 2), relative: 1e-3))
            // The fitted W8A8 curve stays below CloudMatrix384's quoted INT8 utilisation, as its
            // fitted_on says (a refit that reached it would make that note wrong).
            let quoted = gemm["compute_utilization_low"]! * gemm["of_peak_flops_per_second_per_die"]! / int8PerDie
            #expect(profile.gemm.computeEfficiencyMax < quoted)
        }
        // The A3 all-to-all is slower than the NVLink default: more latency, less of the link.
        let a3 = try #require(Fixtures.catalog.calibrations["ascend-a3"]), a2 = try #require(Fixtures.catalog.calibrations["ascend-a2"])
        let base = try #require(Fixtures.catalog.calibrations["default"])
        #expect(a3.collectiveLatencySeconds > 3 * base.collectiveLatencySeconds && a3.linkEfficiency < 0.7 * base.linkEfficiency)
        #expect(a2.collectiveLatencySeconds == base.collectiveLatencySeconds && a2.linkEfficiency == base.linkEfficiency)
    }

    /// The GEMM curves replay the kernel timings they were fitted to through the cost model (a
    /// 910C package runs the kernel on both dies: twice the work at twice the die's peaks):
    /// W8A8 groups on `gemm`, BF16 groups on `gemmBF16`, decode rows in the decode phase, where
    /// the curve's own overhead stands (the timings are device time under graph replay).
    @Test("The A3 GEMM curves reproduce the measured W8A8 and BF16 kernels, in prefill and in graph-mode decode",
          arguments: [("gemm_w8a8", DType.int8, 14, 0.25), ("gemm_bf16", DType.bf16, 12, 0.30)])
    func gemmTable(table: String, dtype: DType, groups: Int, worst: Double) throws {
        let rows = try #require(try Self.table("a3-die-kernels.json")[table] as? [String: Any])["rows"] as? [[String: Any]]
        let cost = try CostModel(
            accelerator: Fixtures.catalog.accelerator(named: "ascend-910c"),
            calibration: #require(Fixtures.catalog.calibrations["ascend-a3"]), engine: Fixtures.catalog.engine(named: "generic"))
        let activation: Double = dtype == .int8 ? 1 : 2, weight: Double = dtype == .int8 ? 1 : 2
        var errors: [Double] = []
        for row in try #require(rows) {
            let m = try #require(row["m"] as? Double), k = try #require(row["k"] as? Double), n = try #require(row["n"] as? Double)
            let measured = try #require(row["mean_microseconds"] as? Double) * 1e-6
            let phase: StepShape.Phase = row["phase"] as? String == "decode" ? .decode : .prefill
            let op = Operator(
                "gemm", .gemm, flops: 2 * 2 * m * k * n, bytes: 2 * (k * n * weight + m * k * activation + 2 * m * n), rows: m, dtype: dtype)
            errors.append(abs(cost.time(op, phase: phase).seconds / measured - 1))
            // The decode overhead is the curve's, not the engine's 4.3 us.
            #expect(cost.time(op, phase: .decode).seconds == cost.time(op, phase: .prefill).seconds)
        }
        #expect(errors.count == groups)
        #expect(errors.sorted()[errors.count / 2] < 0.10)
        #expect(errors.max()! < worst)
    }

    /// The prefill attention curve replays the FusedInferAttentionScore groups it was fitted to,
    /// built by the operator builder as a deployment builds them (Qwen3-32B at TP 16 on a 910B-376T,
    /// the die the A3 timings stand in for: 4 query heads and 1 KV head per chip), where the
    /// Hopper default it replaced was 35% fast.
    @Test("The A2 prefill attention curve reproduces the measured prefill attention kernels; the Hopper default does not")
    func prefillAttention() throws {
        let rows = try #require(try Self.table("a3-die-kernels.json")["attention_prefill"] as? [String: Any])["rows"] as? [[String: Any]]
        let estimator = try Fixtures.estimator("qwen3-32b", on: "ascend-910b-376t", Parallelism(tp: 16))
        #expect(estimator.evaluator.cost.calibration.id == "ascend-a2")
        let layer = try #require(Fixtures.model("qwen3-32b").layers.first)
        let cost = estimator.evaluator.cost
        var withDefault = cost.calibration
        withDefault.attentionPrefill = try #require(Fixtures.catalog.calibrations["default"]).attentionPrefill
        let hopper = CostModel(accelerator: cost.accelerator, calibration: withDefault, engine: cost.engine)
        for row in try #require(rows) {
            let sequences = try #require(row["sequences"] as? Double), tokens = try #require(row["tokens_per_sequence"] as? Double)
            let measured = try #require(row["mean_microseconds"] as? Double) * 1e-6
            let ops = estimator.evaluator.builder.mixer(layer.mixer, step: .prefill(requests: sequences, promptTokens: tokens))
            let attention = try #require(ops.first { $0.kind == .attentionPrefill })
            #expect(abs(cost.time(attention, phase: .prefill).seconds / measured - 1) < 0.03)
            #expect(hopper.time(attention, phase: .prefill).seconds < 0.7 * measured)
        }
    }

    /// A profile without a BF16 curve times bf16 GEMMs on its one GEMM curve; the A3 profile's
    /// BF16 curve is faster than its W8A8 one on a large bf16 product (0.79 against 0.68 of peak).
    @Test("gemmBF16 is used for bf16 GEMMs only where a profile has one")
    func bf16Curve() throws {
        let a3 = try #require(Fixtures.catalog.calibrations["ascend-a3"]), h100 = try #require(Fixtures.catalog.calibrations["h100-sxm"])
        #expect(h100.gemmBF16 == nil)
        let chip = try Fixtures.catalog.accelerator(named: "ascend-910c"), engine = try Fixtures.catalog.engine(named: "generic")
        let big = Operator("gemm", .gemm, flops: 2 * 8192 * 8192 * 8192, bytes: 3 * 8192 * 8192 * 2, rows: 8192, dtype: .bf16)
        var single = a3
        single.gemmBF16 = nil
        let withCurve = CostModel(accelerator: chip, calibration: a3, engine: engine).time(big).seconds
        let withoutCurve = CostModel(accelerator: chip, calibration: single, engine: engine).time(big).seconds
        #expect(withCurve < 0.9 * withoutCurve)
    }

    @Test("Ascend chips use their profiles and say what the curves rest on")
    func used() throws {
        #expect(try Fixtures.catalog.calibration(for: Fixtures.catalog.accelerator(named: "ascend-910c")).id == "ascend-a3")
        for chip in ["ascend-910b-280t", "ascend-910b-313t", "ascend-910b-376t"] {
            #expect(try Fixtures.catalog.calibration(for: Fixtures.catalog.accelerator(named: chip)).id == "ascend-a2")
        }
        let estimate = try Fixtures.catalog.estimate(EstimateRequest(
            model: "deepseek-r1", accelerator: "ascend-910c", parallelism: Parallelism(ep: 32, dp: 32), weightDType: .int8,
            workload: Workload(batch: 32)))
        #expect(estimate.notes.contains { $0.contains("published 910C-die figures") })
    }

    /// W8A8 INT8 deployments quantize tokens before dispatch (CloudMatrix-Infer, DeepEP-Ascend):
    /// one byte per element out, two back.
    @Test("INT8 dispatch moves half the bytes of the BF16 combine")
    func int8Dispatch() throws {
        let estimator = try Fixtures.estimator("deepseek-r1", on: "ascend-910c", Parallelism(ep: 32, dp: 32), weights: .int8)
        let ops = estimator.evaluator.builder.mixtureOfExperts(step: .decode(batch: 16, context: 1024))
        let dispatch = try #require(ops.first { $0.name == "ep_dispatch" }), combine = try #require(ops.first { $0.name == "ep_combine" })
        #expect(dispatch.communicationBytes.isClose(to: combine.communicationBytes / 2, relative: 1e-12))
    }
}
