import Testing
@testable import InferCap

@Suite("The built-in catalog")
struct CatalogTests {
    @Test("It holds every accelerator and model the issue names, each with sources")
    func contents() {
        let accelerators = Set(Fixtures.catalog.accelerators.map(\.id))
        for id in ["h20", "h20-141g", "h100-sxm", "h100-pcie", "h800", "h200", "a100-80g", "b200", "l20",
                   "ascend-910b-376t", "ascend-910b-313t", "ascend-910b-280t", "ascend-910c"] {
            #expect(accelerators.contains(id), "\(id)")
        }
        for accelerator in Fixtures.catalog.accelerators {
            for field in ["dense_flops_per_second", "memory_bytes", "memory_bytes_per_second", "scale_up", "scale_out"] {
                #expect(accelerator.sources[field]?.isEmpty == false, "\(accelerator.id).\(field)")
            }
        }
        let models = Set(Fixtures.catalog.models.map(\.id))
        for id in ["llama-3.1-8b", "llama-3.1-70b", "llama-2-70b", "llama-3.3-70b", "llama-3.1-405b", "qwen2.5-72b", "qwen3-8b",
                   "qwen3-32b", "qwen3-30b-a3b", "qwen3-235b-a22b", "mixtral-8x7b", "deepseek-v3", "deepseek-r1", "kimi-k2"] {
            #expect(models.contains(id), "\(id)")
        }
    }

    @Test("The 910C is one package of two 910B dies")
    func ascendPackage() throws {
        let die = try Fixtures.catalog.accelerator(named: "ascend-910b-376t")
        let package = try Fixtures.catalog.accelerator(named: "ascend-910c")
        #expect(package.denseFlopsPerSecond[.int8] == 2 * die.denseFlopsPerSecond[.int8]!)
        #expect(package.memoryBytes == 2 * die.memoryBytes)
        #expect(package.denseFlopsPerSecond[.fp8] == nil)
    }

    @Test("Estimate answers for every catalog model on H20, H100 SXM and 910B, or says why it does not fit")
    func everyModelOnThreeChips() throws {
        for entry in Fixtures.catalog.models {
            for chip in ["h20", "h100-sxm", "ascend-910b-376t"] {
                do {
                    let estimate = try Fixtures.catalog.estimate(EstimateRequest(model: entry.id, accelerator: chip))
                    #expect(estimate.serving.outputTokensPerSecondPerChip > 0)
                    #expect(estimate.memory.fits)
                } catch {
                    guard case .doesNotFit = error else { Issue.record("\(entry.id) on \(chip): \(error)"); continue }
                }
            }
        }
    }

    @Test("A user folder adds an accelerator and a model config")
    func userSpecs() throws {
        let chip = """
            {"id": "my-chip", "name": "My chip", "dense_flops_per_second": {"bf16": 5e14}, "memory_bytes": 1.2e11,
             "memory_bytes_per_second": 2e12, "scale_up": {"bytes_per_second_per_direction": 2e11, "domain_size": 4},
             "scale_out": {"bytes_per_second_per_direction": 2.5e10}}
            """
        let path = try Fixtures.temporaryFile(chip, name: "my-chip.json")
        let folder = (path as NSString).deletingLastPathComponent
        var catalog = Fixtures.catalog
        try catalog.add(path: folder)
        let estimate = try catalog.estimate(EstimateRequest(model: "qwen3-8b", accelerator: "my-chip", parallelism: Parallelism()))
        #expect(estimate.accelerator == "my-chip")
        #expect(estimate.calibration.profile == "default")
    }

    @Test("Weight precision names: spaces ignored, only the weight choices accepted")
    func weightChoiceNames() {
        #expect(DType.weightChoice(named: " fp8 ") == .fp8)
        #expect(DType.weightChoice(named: "fp4") == .fp4)
        #expect(DType.weightChoice(named: "fp16") == nil)   // a DType, but not a weight choice
        #expect(DType.weightChoice(named: "bogus") == nil)
        #expect(DType.weightChoiceList == "bf16, fp8, int8, int4, fp4 or mxfp4")
        #expect(DType.kvChoiceList == "bf16, fp8 or int8")
    }
}

import Foundation
