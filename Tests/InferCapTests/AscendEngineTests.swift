import Foundation
import Testing
@testable import InferCap

/// Open-loop replay (Little's law), the Ascend engine profiles fitted by replay, their
/// leave-one-campaign-out scoring, and the 32 GB 910B card.
@Suite("Ascend engines and open-loop replay")
struct AscendEngineTests {
    static func estimator(_ model: String = "qwen3-8b", engine: String = "vllm-ascend", tp: Int = 1) throws -> Estimator {
        let catalog = Fixtures.catalog
        let accelerator = try catalog.accelerator(named: "ascend-910b-376t")
        return try Estimator(
            model: try Fixtures.model(model),
            deployment: Deployment(
                accelerator: accelerator, parallelism: Parallelism(tp: tp), weightDType: .bf16, kvDType: .bf16,
                engine: try catalog.engine(named: engine), calibration: try catalog.calibration(for: accelerator)))
    }

    /// A 910B point of qwen3-8b at TP1 for the synthetic fits.
    static func point(
        _ id: String, campaign: String, metric: ReferencePoint.Metric, rate: Double? = nil, batch: Int? = nil,
        engine: String = "vllm-ascend", value: Double = 1
    ) -> ReferencePoint {
        ReferencePoint(
            id: id, source: "test", campaign: campaign, confidence: "high", model: "qwen3-8b", accelerator: "ascend-910b-376t",
            engine: engine, mode: .aggregated, chips: 1, parallelism: Parallelism(), weightDType: .bf16, kvDType: .bf16,
            inputTokens: 512, outputTokens: 256, contextTokens: nil, batch: batch, requestsPerSecond: rate, prefillChips: nil, slo: nil,
            metric: metric, value: value, replayable: true, skipReason: nil, split: "train", burstFraction: 0, speculative: nil, notes: "")
    }

    @Test("Open loop obeys Little's law: the deployment serves the offered rate, and TPOT and concurrency grow with it")
    func littlesLaw() throws {
        let estimator = try Self.estimator()
        let workload = Workload(inputTokens: 512, outputTokens: 256)
        var previous: Estimator.OpenLoopPoint?
        for rate in [0.25, 1, 2, 4, 8] {
            let point = try estimator.openLoop(requestsPerSecond: rate, workload: workload)
            #expect(!point.saturated)
            // Output tokens per second over the deployment = requests per second x output tokens.
            #expect(point.outputTokensPerSecondPerChip.isClose(to: rate * 256, relative: 1e-5), "\(rate): \(point.outputTokensPerSecondPerChip)")
            if let previous {
                #expect(point.batch > previous.batch)
                #expect(point.tpotSeconds >= previous.tpotSeconds)
            }
            previous = point
        }
    }

    @Test("Past the largest batch's throughput the open loop saturates at that batch, equal to the max-load estimate")
    func saturation() throws {
        let estimator = try Self.estimator()
        let workload = Workload(inputTokens: 512, outputTokens: 256)
        let point = try estimator.openLoop(requestsPerSecond: 1e6, workload: workload)
        let maxLoad = try estimator.estimate(workload)
        #expect(point.saturated)
        #expect(point.batch == Double(maxLoad.batch))
        #expect(point.outputTokensPerSecondPerChip.isClose(to: maxLoad.serving.outputTokensPerSecondPerChip, relative: 1e-9))
        #expect(point.tpotSeconds.isClose(to: maxLoad.serving.tpotSeconds, relative: 1e-9))
        for bad in [0.0, -1, .nan, .infinity] {
            #expect(throws: InferCapError.self) { try estimator.openLoop(requestsPerSecond: bad, workload: workload) }
        }
    }

    @Test("A saturated open-loop TTFT point is skipped with the reason, not replayed as a number")
    func saturatedTTFTSkipped() {
        let point = Self.point("sat", campaign: "a", metric: .ttftSeconds, rate: 1e6)
        guard case let .skipped(reason) = Replay(catalog: Fixtures.catalog).run(point) else {
            Issue.record("a saturated TTFT point replayed")
            return
        }
        #expect(reason.contains("exceeds the deployment's throughput"))
    }

    @Test("The replay fit recovers the constants that generated its points")
    func fitRecoversTruth() throws {
        let catalog = Fixtures.catalog
        var truth = try catalog.engine(named: "vllm-ascend")
        truth.decodeKernelOverheadSeconds = 2e-5
        truth.stepSecondsPerSequence = 5e-5
        truth.ttftDecodeSteps = 2
        var replay = Replay(catalog: catalog)
        replay.engineOverrides[truth.id] = truth
        let shapes: [(String, ReferencePoint.Metric, Double?, Int?)] = [
            ("r1-tpot", .tpotSeconds, 1, nil), ("r6-tpot", .tpotSeconds, 6, nil), ("b32-tpot", .tpotSeconds, nil, 32),
            ("b32-output", .outputTokensPerSecondPerChip, nil, 32), ("r1-ttft", .ttftSeconds, 1, nil), ("b8-ttft", .ttftSeconds, nil, 8),
        ]
        let points = try shapes.map { id, metric, rate, batch -> ReferencePoint in
            var point = Self.point(id, campaign: "a", metric: metric, rate: rate, batch: batch)
            guard case let .predicted(value, _) = replay.run(point) else { throw InferCapError.invalidWorkload(field: id, value: "", fix: "") }
            point.value = value
            return point
        }
        let grids = ReplayFit.Grids(
            overhead: [5e-6, 2e-5, 8e-5], host: [0, 5e-5, 1e-4], jointOverhead: [5e-6, 2e-5, 8e-5], jointHost: [0, 5e-5, 1e-4],
            steps: [0, 2, 4], moe: [1])
        let fitted = ReplayFit.fit(try catalog.engine(named: "vllm-ascend"), points: points, catalog: catalog, grids: grids)
        #expect(fitted.profile.decodeKernelOverheadSeconds == 2e-5)
        #expect(fitted.profile.stepSecondsPerSequence == 5e-5)
        #expect(fitted.profile.ttftDecodeSteps == 2)
        #expect(fitted.objective < 1e-9)
    }

    @Test("Leave-one-campaign-out predicts every replay-fitted training point once, under its own campaign, and nothing else")
    func crossValidationPartition() throws {
        let points = [
            Self.point("a1", campaign: "a", metric: .tpotSeconds, rate: 1, value: 0.03),
            Self.point("a2", campaign: "a", metric: .ttftSeconds, rate: 1, value: 0.1),
            Self.point("b1", campaign: "b", metric: .tpotSeconds, batch: 4, engine: "mindie", value: 0.04),
            Self.point("b2", campaign: "b", metric: .tpotSeconds, batch: 4, engine: "vllm-ascend-eager", value: 0.08),
            Self.point("nvidia", campaign: "b", metric: .tpotSeconds, batch: 4, engine: "vllm", value: 0.02),
        ]
        let held = try ReplayFit.crossValidate(ReferenceSet(points: points), catalog: Fixtures.catalog)
        #expect(held.map(\.id).sorted() == ["a1", "a2", "b1", "b2"])
        #expect(held.allSatisfy { $0.campaign == String($0.id.prefix(1)) })
        // Fewer than ReplayFit.minimumPoints to fit on: the held-out points are predicted by the
        // neutral profile, exactly as a replay with it.
        var replay = Replay(catalog: Fixtures.catalog)
        replay.engineOverrides["vllm-ascend"] = ReplayFit.neutral(try Fixtures.catalog.engine(named: "vllm-ascend"))
        guard case let .predicted(value, _) = replay.run(points[0]) else { Issue.record("a1 did not replay"); return }
        #expect(held.first { $0.id == "a1" }?.predicted == value)
    }

    @Test("Reference points read request_rate and campaign; the campaign defaults to the source's first word")
    func pointFields() throws {
        let fields: [String: Any] = [
            "id": "p", "source": "gpustack/gpustack docs/x.md", "metric": "tpot_seconds", "value": 0.05, "request_rate": 2.5,
        ]
        let point = try ReferencePoint.load(from: JSONDocument(path: "p.json", fields: fields))
        #expect(point.requestsPerSecond == 2.5)
        #expect(point.campaign == "gpustack/gpustack")
        var named = fields
        named["campaign"] = "lab"
        #expect(try ReferencePoint.load(from: JSONDocument(path: "p.json", fields: named)).campaign == "lab")
        var bad = fields
        bad["request_rate"] = -1
        #expect(throws: InferCapError.self) { try ReferencePoint.load(from: JSONDocument(path: "p.json", fields: bad)) }
    }

    @Test("An engine profile's fit method is closed-form or replay; anything else is refused with the choices")
    func fitMethod() throws {
        var fields: [String: Any] = ["id": "e", "memory_utilization": 0.9, "max_batch_per_rank": 256, "max_prefill_tokens": 2048, "fit": "replay"]
        #expect(try EngineProfile.load(from: JSONDocument(path: "e.json", fields: fields)).fitsByReplay)
        fields["fit"] = "magic"
        #expect {
            try EngineProfile.load(from: JSONDocument(path: "e.json", fields: fields))
        } throws: { ($0 as? InferCapError)?.description.contains("use closed-form or replay") ?? false }
        #expect(try !Fixtures.catalog.engine(named: "vllm").fitsByReplay)
        // `fixed` names constants the fit leaves alone; only the ones it can hold are accepted.
        fields["fit"] = "closed-form"
        fields["fixed"] = ["prefill_stall_fraction"]
        #expect(try EngineProfile.load(from: JSONDocument(path: "e.json", fields: fields)).fixedConstants == ["prefill_stall_fraction"])
        fields["fixed"] = ["moe_kernel_efficiency"]
        #expect {
            try EngineProfile.load(from: JSONDocument(path: "e.json", fields: fields))
        } throws: { ($0 as? InferCapError)?.description.contains("list only prefill_stall_fraction") ?? false }
        for id in ["vllm-ascend", "vllm-ascend-0.9", "vllm-ascend-eager", "mindie"] {
            #expect(try Fixtures.catalog.engine(named: id).fitsByReplay, "\(id)")
        }
    }

    @Test("The 32 GB 910B card has half the module's HBM and bandwidth at the same peaks, and holds Qwen3-32B only split")
    func card32GB() throws {
        let catalog = Fixtures.catalog
        let card = try catalog.accelerator(named: "ascend-910b-280t-32g")
        let module = try catalog.accelerator(named: "ascend-910b-280t")
        #expect(card.memoryBytes * 2 == module.memoryBytes)
        #expect(card.memoryBytesPerSecond * 2 == module.memoryBytesPerSecond)
        #expect(card.denseFlopsPerSecond == module.denseFlopsPerSecond)
        func estimate(tp: Int) throws -> Estimate {
            try catalog.estimate(EstimateRequest(
                model: "qwen3-32b", accelerator: card.id, parallelism: Parallelism(tp: tp), weightDType: .bf16, engine: "vllm-ascend",
                workload: Workload(inputTokens: 1024, outputTokens: 256, batch: 2)))
        }
        #expect(throws: InferCapError.self) { try estimate(tp: 1) }
        let split = try estimate(tp: 4)
        #expect(split.decode.stepSeconds > 0)
    }
}

/// The seed claims with per-chip engines: a chip its engine cannot run within the SLOs rates 0
/// with a note, never NaN or infinity.
@Suite("Seed claims with per-chip engines")
struct SeedClaimEngineTests {
    @Test("A chip whose engine cannot meet the SLOs rates 0 with a note; the others keep their ratio and band")
    func unservableChip() throws {
        var catalog = Fixtures.catalog
        var slow = try catalog.engine(named: "generic")
        slow.id = "glacial"
        slow.decodeKernelOverheadSeconds = 0.01
        catalog.add(slow)
        let report = try FleetPlanner.seedClaims(
            catalog: catalog, models: ["llama-3.1-8b"], stockpileChips: 1000,
            engines: ["h20": "vllm", "h100-sxm": "vllm", "ascend-910b-376t": "glacial"])
        let ascend = try #require(report.ratios.first { $0.numerator == "ascend-910b-376t" })
        #expect(ascend.fleet == 0 && ascend.chipsToReplaceOne == nil && ascend.band == nil)
        #expect(ascend.note?.contains("ascend-910b-376t on glacial cannot serve") == true)
        #expect(ascend.engines.numerator == "glacial")
        let h20 = try #require(report.ratios.first { $0.numerator == "h20" })
        #expect(h20.fleet > 0 && h20.note == nil)
        let band = try #require(h20.band)
        #expect(band.low < h20.fleet && h20.fleet < band.high)
        for ratio in report.ratios {
            for value in [ratio.fleet, ratio.aggregated, ratio.prefill, ratio.decode] { #expect(value.isFinite, "\(ratio)") }
        }
    }
}
