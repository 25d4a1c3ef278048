import Foundation
import InferCap
import Testing

/// What a dependent can reach through `import InferCap` alone: every value the CLI prints.
@Suite("The public surface answers what the CLI prints")
struct PublicSurfaceTests {
    static let catalog: Catalog = {
        do { return try Catalog() } catch { fatalError("built-in catalog failed to load: \(error)") }
    }()

    @Test("list: accelerators and model summaries, as values")
    func list() throws {
        let catalog = Self.catalog
        #expect(catalog.accelerators.map(\.id) == catalog.accelerators.map(\.id).sorted())
        let h20 = try #require(catalog.accelerators.first { $0.id == "h20" })
        #expect(h20.peakFlopsPerSecond(.fp8) == 2.96e14)
        let summaries = catalog.models.map(ModelSummary.init)
        let llama = try #require(summaries.first { $0.id == "llama-3.1-8b" })
        #expect(llama.layers == 32)
        #expect(llama.attention == "gqa")
        #expect(llama.kvHeads == 8)
        // 8,030,261,248 parameters counted from the config (specs/models/index.json).
        #expect(llama.parameters == 8_030_261_248)
        // 32 layers x 8 KV heads x 128 x 2 (K and V) x 2 bytes.
        #expect(llama.kvBytesPerTokenBF16 == 131_072)
        let r1 = try #require(summaries.first { $0.id == "deepseek-r1" })
        #expect(r1.attention == "mla")
        #expect(r1.experts == 256)
        #expect(r1.nativeWeightDType == "fp8")
    }

    @Test("show: one name resolves to an accelerator or a model")
    func show() throws {
        guard case let .accelerator(chip) = try Self.catalog.entry(named: "H20-96GB") else {
            Issue.record("expected an accelerator")
            return
        }
        #expect(chip.id == "h20")
        #expect(chip.sources["memory_bytes"]?.isEmpty == false)
        guard case let .model(entry) = try Self.catalog.entry(named: "meta-llama/Llama-3.1-8B-Instruct") else {
            Issue.record("expected a model")
            return
        }
        #expect(entry.id == "llama-3.1-8b")
    }

    @Test("estimate: serving figures are consistent with each other and the breakdown adds up")
    func estimate() throws {
        let estimate = try Self.catalog.estimate(EstimateRequest(
            model: "llama-3.1-70b", accelerator: "h200", parallelism: Parallelism(tp: 4), weightDType: .fp8,
            workload: Workload(inputTokens: 2000, outputTokens: 500, batch: 16), breakdown: true))
        #expect(estimate.chips == 4)
        #expect(estimate.batch == 16)
        #expect(estimate.batchSource == "given")
        #expect(estimate.serving.concurrentSequences == 16)
        #expect(estimate.serving.tokensPerSecondPerUser.isApproximatelyEqual(to: 1 / estimate.serving.tpotSeconds))
        #expect(estimate.decode.contextTokens == 2250)
        // Serving TPOT adds the interleaved prefills to the pure decode step.
        #expect(estimate.serving.tpotSeconds > estimate.decode.stepSeconds)
        // One pipeline stage: the operators' shares of the decode step add up to the step.
        let breakdown = try #require(estimate.breakdown)
        let share = breakdown.decode.reduce(0) { $0 + $1.fraction }
        #expect(share.isApproximatelyEqual(to: 1, tolerance: 1e-9))
        #expect(breakdown.prefill.first?.seconds ?? 0 >= breakdown.prefill.last?.seconds ?? 0)
        // 70.6B parameters in fp8 over 4 chips: about 17.6 GB of weights each (bf16 embeddings).
        #expect(estimate.memory.weightBytesPerChip > 17e9 && estimate.memory.weightBytesPerChip < 20e9)
        #expect(!estimate.confidence.isEmpty)
    }

    @Test("estimate through Estimator and Deployment gives the same serving figures as the catalog, whose default engine is the chip's usual stack")
    func estimator() throws {
        let catalog = Self.catalog
        let chip = try catalog.accelerator(named: "h100-sxm")
        #expect(catalog.defaultEngineID(for: chip) == "sglang")
        #expect(catalog.defaultEngineID(for: try catalog.accelerator(named: "ascend-910b-376t")) == "vllm-ascend")
        let deployment = Deployment(
            accelerator: chip, parallelism: Parallelism(tp: 2), weightDType: .bf16, engine: try catalog.engine(named: "sglang"),
            calibration: try catalog.calibration(for: chip))
        let workload = Workload(inputTokens: 1024, outputTokens: 256, batch: 8)
        let direct = try Estimator(model: catalog.model(named: "llama-3.1-8b").architecture, deployment: deployment).estimate(workload)
        let named = try catalog.estimate(EstimateRequest(
            model: "llama-3.1-8b", accelerator: "h100-sxm", parallelism: Parallelism(tp: 2), weightDType: .bf16, workload: workload))
        #expect(direct.serving == named.serving)
        #expect(direct.memory == named.memory)
    }

    @Test("compare: every chip at the default 50 ms TPOT, in the order asked")
    func compare() throws {
        let comparison = try Self.catalog.compare(ComparisonRequest(model: "qwen3-8b", accelerators: ["h100-sxm", "h20"]))
        #expect(comparison.workload.slo?.tpotSeconds == ComparisonRequest.defaultTPOTSeconds)
        #expect(comparison.estimates.map(\.accelerator) == ["h100-sxm", "h20"])
        for estimate in comparison.estimates {
            #expect(estimate.batchSource == "slo")
            #expect(estimate.serving.tpotSeconds <= 0.05)
        }
        let given = try Self.catalog.compare(ComparisonRequest(
            model: "qwen3-8b", accelerators: ["h20"], workload: Workload(batch: 4)))
        #expect(given.workload.slo == nil)
        #expect(given.estimates[0].batch == 4)
    }

    @Test("sweep: a frontier sorted along both axes, every point within the SLO")
    func sweep() throws {
        let result = try Self.catalog.sweep(SweepRequest(
            model: "llama-3.1-8b", accelerators: ["h100-sxm", "h20"], weightDTypes: [.bf16], maxChips: 2, maxBatch: 64,
            inputTokens: 512, outputTokens: 128, slo: LatencySLO(tpotSeconds: 0.03)))
        #expect(result.frontiers.map(\.accelerator) == ["h100-sxm", "h20"])
        #expect(!result.frontier.isEmpty)
        #expect(result.evaluatedPoints > result.frontier.count)
        for (earlier, later) in zip(result.frontier, result.frontier.dropFirst()) {
            #expect(earlier.tokensPerSecondPerUser > later.tokensPerSecondPerUser)
            #expect(earlier.outputTokensPerSecondPerChip < later.outputTokensPerSecondPerChip)
        }
        #expect(result.frontier.allSatisfy { $0.tpotSeconds <= 0.03 && $0.chips <= 2 && $0.batch <= 64 })
    }

    @Test("validate: replaying the reference set gives rows, summaries and confidence bands")
    func validate() throws {
        let set = try ReferenceSet.bundled()
        let report = ValidationReport.run(set, replay: Replay(catalog: Self.catalog))
        #expect(report.rows.count + report.skipped.count == set.points.count)
        let overall = try #require(report.overall)
        #expect(overall.count == report.rows.count)
        let table = ConfidenceTable(report: report)
        #expect(table.bands.contains { $0.family == "all" && $0.metric == "tpot" })
        let bands = table.confidence(family: "hopper", hasKernelData: true)
        #expect(bands.allSatisfy { $0.lowRatio <= $0.highRatio })
    }
}

extension Double {
    /// Equal within a relative tolerance.
    func isApproximatelyEqual(to other: Double, tolerance: Double = 1e-12) -> Bool {
        abs(self - other) <= tolerance * max(abs(self), abs(other))
    }
}
