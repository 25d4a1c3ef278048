import Testing
@testable import InferCap

/// Every chip of the catalog, the 2026 ones included: each figure has its source, estimates and
/// sweeps run, and a large scale-up domain keeps wide expert parallelism off the network.
@Suite("The chips of the catalog")
struct ChipCatalogTests {
    static let newChips = ["gb200-nvl72", "gb300-nvl72", "b300", "rtx-pro-6000", "mi300x", "mi355x", "ascend-950pr", "ascend-950dt"]

    @Test("Every figure a spec sets has a source")
    func sources() throws {
        for chip in Fixtures.catalog.accelerators {
            for key in ["dense_flops_per_second", "memory_bytes", "memory_bytes_per_second", "scale_up", "scale_out", "calibration"] {
                #expect(!(chip.sources[key] ?? "").isEmpty, "\(chip.id): \(key)")
            }
        }
    }

    /// Marked as extrapolating, except the GB200, whose die and family (Blackwell) have the B200's serving points.
    @Test("The 2026 chips estimate and sweep, marked as extrapolating where no chip of their family was measured", arguments: newChips)
    func newChipRuns(id: String) throws {
        let chip = try Fixtures.catalog.accelerator(named: id)
        let estimate = try Fixtures.catalog.estimate(EstimateRequest(
            model: "qwen3-30b-a3b", accelerator: id, parallelism: Parallelism(tp: 2), workload: Workload(batch: 8)))
        #expect(estimate.serving.outputTokensPerSecondPerChip > 0)
        let extrapolating = !estimate.confidence.isEmpty && estimate.confidence.allSatisfy { $0.extrapolating }
        #expect(extrapolating == (id != "gb200-nvl72"), "\(id)")
        let sweep = try Fixtures.catalog.sweep(SweepRequest(
            model: "qwen3-30b-a3b", accelerators: [id], weightDTypes: [.fp8], maxChips: 4, maxBatch: 16, threads: 1))
        let points = sweep.frontiers.first?.points ?? []
        #expect(!points.isEmpty, "\(id)")
        #expect(chip.memoryBytes > 64e9 && chip.memoryBytesPerSecond > 1e12)
    }

    @Test("NVL72 keeps an EP64 all-to-all on NVLink; an 8-GPU B200 node sends most of it over the NICs")
    func largeScaleUpDomain() throws {
        let step = StepShape.decode(batch: 32, context: 2048)
        func dispatch(_ chip: String) throws -> SIMD3<Double> {
            let estimator = try Estimator(
                model: Fixtures.model("deepseek-r1"), deployment: Fixtures.deployment(chip, Parallelism(tp: 1, ep: 64, dp: 64), weights: .fp8))
            let op = try #require(estimator.evaluator.builder.mixtureOfExperts(step: step).first { $0.name == "ep_dispatch" })
            return estimator.evaluator.cost.quantities(op)
        }
        let nvl72 = try dispatch("gb200-nvl72"), hgx = try dispatch("b200")
        #expect(nvl72.z == 0 && nvl72.y == 0)
        #expect(hgx.z > 0.8 * (hgx.x + hgx.z))
    }
}
