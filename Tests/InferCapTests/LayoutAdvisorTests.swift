import Testing
@testable import InferCap

/// The layouts ``LayoutAdvisor`` tries, and that trying the in-between attention groups matters.
@Suite("Layout advisor")
struct LayoutAdvisorTests {
    @Test("16 chips in 8-chip domains: every TP attention group size from 1 to the domain is a candidate")
    func inBetweenGroups() throws {
        let model = try Fixtures.model("deepseek-r1")
        let chip = try Fixtures.catalog.accelerator(named: "ascend-910b-376t")
        let layouts = Set(LayoutAdvisor.candidates(model: model, accelerator: chip, chips: 16))
        for tp in [1, 2, 4, 8] { #expect(layouts.contains(Parallelism(tp: tp, ep: 16, dp: 16 / tp)), "tp \(tp)") }
        #expect(layouts.contains(Parallelism(tp: 8, pp: 2)))
        // A dense model gets no expert-parallel layouts.
        let dense = LayoutAdvisor.candidates(model: try Fixtures.model("llama-3.1-70b"), accelerator: chip, chips: 16)
        #expect(dense.allSatisfy { $0.ep == 1 && $0.dp == 1 })
    }

    /// DeepSeek-R1 in int8 on 16 x 64 GB 910B: with tp = 8 every chip keeps a copy of the latent KV
    /// of its group's sequences, so the KV room is spent 8 times over; tp = 2 keeps 2 copies and the
    /// attention weights (a few GB per chip) still fit. The advisor must find the smaller group
    /// (measured MindIE / xLLM: 530 and 709 output tokens/s per chip on this deployment,
    /// specs/reference/serving-cases.json).
    @Test("DeepSeek-R1 on 16 x 910B: a smaller attention group serves more than tp 8")
    func smallerGroupWins() throws {
        let model = try Fixtures.model("deepseek-r1")
        let workload = Workload(inputTokens: 2048, outputTokens: 2048, slo: LatencySLO(tpotSeconds: 0.1))
        func rate(_ layout: Parallelism) throws -> Double {
            let deployment = try Fixtures.deployment("ascend-910b-376t", layout, weights: .int8)
            return try Estimator(model: model, deployment: deployment).estimate(workload).serving.outputTokensPerSecondPerChip
        }
        let chip = try Fixtures.catalog.accelerator(named: "ascend-910b-376t")
        let best = try #require(
            LayoutAdvisor.candidates(model: model, accelerator: chip, chips: 16).compactMap { layout in
                (try? rate(layout)).map { (layout, $0) }
            }.max { $0.1 < $1.1 })
        #expect(best.0.tp < 8 && best.0.dp > 2, "\(best.0)")
        #expect(best.1 > 1.5 * (try rate(Parallelism(tp: 8, ep: 16, dp: 2))))
    }
}
