import Foundation
import InferCap
import Testing

/// A caller brings its own accelerators, models and calibration: from files, JSON text or values.
@Suite("The catalog takes the caller's own specs")
struct CustomSpecTests {
    /// A made-up chip: H100-like compute and bandwidth, 128 GiB.
    static let chipJSON = """
        {"id": "Acme-X1", "name": "ACME X1", "family": "acme",
         "dense_flops_per_second": {"bf16": 9.89e14, "fp8": 1.979e15},
         "memory_bytes": 137438953472, "memory_bytes_per_second": 3.35e12,
         "scale_up": {"bytes_per_second_per_direction": 4.5e11, "domain_size": 8},
         "scale_out": {"bytes_per_second_per_direction": 5e10}}
        """

    @Test("An accelerator from JSON text is added and estimated by id, with default curves")
    func acceleratorFromJSON() throws {
        let chip = try Accelerator(json: Data(Self.chipJSON.utf8))
        #expect(chip.id == "acme-x1")
        #expect(chip.calibration == "default")
        var catalog = PublicSurfaceTests.catalog
        catalog.add(chip)
        let estimate = try catalog.estimate(EstimateRequest(
            model: "llama-3.1-8b", accelerator: "acme-x1", parallelism: Parallelism(), workload: Workload(batch: 8)))
        #expect(estimate.accelerator == "acme-x1")
        #expect(estimate.calibration.profile == "default")
        #expect(estimate.confidence.allSatisfy { $0.extrapolating })
        // Same dtype, batch and context: more memory than an H100 only changes the memory plan.
        let h100 = try catalog.estimate(EstimateRequest(
            model: "llama-3.1-8b", accelerator: "h100-sxm", parallelism: Parallelism(), workload: Workload(batch: 8)))
        #expect(estimate.memory.kvCapacityBytesPerChip > h100.memory.kvCapacityBytesPerChip)
    }

    @Test("A folder of spec files and an HF config on disk, through Catalog(adding:)")
    func folder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("infercap-api-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("tiny"), withIntermediateDirectories: true)
        try Self.chipJSON.write(to: folder.appendingPathComponent("acme-x1.json"), atomically: true, encoding: .utf8)
        let config = """
            {"model_type": "llama", "hidden_size": 2048, "num_hidden_layers": 16, "num_attention_heads": 32,
             "num_key_value_heads": 8, "intermediate_size": 8192, "vocab_size": 128256}
            """
        try config.write(to: folder.appendingPathComponent("tiny/config.json"), atomically: true, encoding: .utf8)
        let catalog = try Catalog(adding: [folder.path])
        #expect(try catalog.accelerator(named: "ACME-X1").name == "ACME X1")
        let tiny = try catalog.model(named: "tiny").architecture
        #expect(tiny.layerCount == 16)
        #expect(tiny.layers.allSatisfy { $0.mixer == .attention(SoftmaxAttention(heads: 32, kvHeads: 8, headDim: 64)) })
        // The same config read on its own gives the same architecture.
        #expect(try ModelArchitecture(huggingFaceConfigAt: folder.appendingPathComponent("tiny").path) == tiny)
    }

    @Test("A model built in code is estimated like a loaded one")
    func modelValue() throws {
        let loaded = try PublicSurfaceTests.catalog.model(named: "llama-3.1-8b").architecture
        let built = ModelArchitecture(
            id: "my-llama", modelType: "llama", hiddenSize: 4096, layerCount: 32, vocabularySize: 128_256,
            attention: .grouped(heads: 32, kvHeads: 8, headDim: 128, qkNorm: false), denseIntermediateSize: 14_336,
            maxContextTokens: 131_072)
        #expect(built.totalParameters == loaded.totalParameters)
        var catalog = PublicSurfaceTests.catalog
        catalog.add(ModelEntry(architecture: built))
        let request = { (model: String) in
            EstimateRequest(model: model, accelerator: "h20", parallelism: Parallelism(), workload: Workload(batch: 4))
        }
        let mine = try catalog.estimate(request("my-llama"))
        let theirs = try catalog.estimate(request("llama-3.1-8b"))
        #expect(mine.serving == theirs.serving)
    }

    @Test("A caller's calibration profile with a catalog id replaces it: halving HBM efficiency slows decode")
    func calibrationOverride() throws {
        var catalog = PublicSurfaceTests.catalog
        let request = EstimateRequest(
            model: "llama-3.1-8b", accelerator: "h20", parallelism: Parallelism(), workload: Workload(batch: 1))
        let before = try catalog.estimate(request)
        let chip = try catalog.accelerator(named: "h20")
        var slower = try catalog.calibration(for: chip)
        for path in [\CalibrationProfile.gemm, \.groupedGemm, \.attentionDecode, \.attentionDecodeLatent, \.attentionPrefill, \.elementwise] {
            slower[keyPath: path].memoryEfficiency /= 2
        }
        catalog.add(slower)
        let after = try catalog.estimate(request)
        #expect(after.calibration.profile == "h20")
        // Batch-1 decode streams the weights: close to twice as slow, never more.
        let ratio = after.decode.stepSeconds / before.decode.stepSeconds
        #expect(ratio > 1.6 && ratio <= 2.0)
    }

    @Test("An engine profile built in code changes the memory the KV cache gets")
    func engineValue() throws {
        var catalog = PublicSurfaceTests.catalog
        let generic = try catalog.engine(named: "generic")
        catalog.add(EngineProfile(id: "tight", memoryUtilization: 0.5, maxBatchPerRank: 256, maxPrefillTokens: 8192))
        let request = { (engine: String) in
            EstimateRequest(model: "llama-3.1-8b", accelerator: "h100-sxm", parallelism: Parallelism(), engine: engine)
        }
        let tight = try catalog.estimate(request("tight"))
        let normal = try catalog.estimate(request("generic"))
        #expect(tight.memory.usableBytesPerChip.isApproximatelyEqual(to: normal.memory.usableBytesPerChip * 0.5 / generic.memoryUtilization))
        #expect(tight.memory.maxBatch < normal.memory.maxBatch)
    }
}
