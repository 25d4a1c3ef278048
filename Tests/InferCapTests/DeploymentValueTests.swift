import Testing
@testable import InferCap

/// A deployment shares its chip, engine and calibration with its copies until one is changed
/// (copy on write): it must still behave as a value.
@Suite("Deployments are values: a changed copy leaves the original alone")
struct DeploymentValueTests {
    @Test("Changing a copy's engine, chip or calibration changes only the copy; equality and hashing follow the contents")
    func copyOnWrite() throws {
        let original = try Fixtures.deployment("h100-sxm")
        var copy = original
        #expect(copy == original && copy.hashValue == original.hashValue)
        copy.engine.maxPrefillTokens = original.engine.maxPrefillTokens + 1
        #expect(original.engine.maxPrefillTokens + 1 == copy.engine.maxPrefillTokens)
        #expect(copy != original)
        var chip = copy
        chip.accelerator = try Fixtures.catalog.accelerator(named: "h20")
        #expect(chip.accelerator.id == "h20" && copy.accelerator.id == "h100-sxm" && original.accelerator.id == "h100-sxm")
        var curves = original
        curves.calibration.gemm.computeEfficiencyMax *= 0.5
        #expect(curves.calibration.gemm.computeEfficiencyMax == original.calibration.gemm.computeEfficiencyMax * 0.5)
        // Built apart from the same parts: equal, with equal hashes.
        let twin = try Fixtures.deployment("h100-sxm")
        #expect(twin == original && twin.hashValue == original.hashValue)
    }
}
