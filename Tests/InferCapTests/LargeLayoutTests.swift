import Foundation
import Testing
@testable import InferCap

/// Layouts at the far end of a sweep (tens of thousands of chips, top-k = every expert):
/// the batched evaluator must still agree with ``Estimator``.
@Suite("Huge layouts in the batched evaluator")
struct LargeLayoutTests {
    /// Regression: with dp = 32,768 the MoE miss feature `(1 - k/E)^(m dp)` underflowed to 0 at
    /// every basis batch, the 3 x 3 solve was singular, and `infercap sweep --max-chips 65536`
    /// put a 65,536-chip B200 point at 12,906 tokens/s per user on DeepSeek-R1's frontier
    /// (estimate: 112).
    @Test("Decode steps match Estimator for huge data-parallel layouts", arguments: [
        Parallelism(tp: 1, pp: 2, ep: 8192, dp: 32768), Parallelism(tp: 1, pp: 1, ep: 256, dp: 4096),
        Parallelism(tp: 1, pp: 1, ep: 64, dp: 64), Parallelism(tp: 8, pp: 4, ep: 1024, dp: 128),
    ])
    func hugeLayouts(layout: Parallelism) throws {
        let estimator = try Fixtures.estimator("deepseek-r1", on: "b200", layout, weights: .fp8)
        try expectAgreement(estimator)
    }

    @Test("Top-k equal to the expert count (every expert always touched)")
    func everyExpertTouched() throws {
        let config = #"{"model_type": "mixtral", "hidden_size": 1024, "num_hidden_layers": 4, "num_attention_heads": 16, "num_key_value_heads": 4, "vocab_size": 32000, "intermediate_size": 512, "num_local_experts": 4, "num_experts_per_tok": 4}"#
        let model = try Fixtures.catalog.model(named: Fixtures.temporaryFile(config, name: "config.json")).architecture
        for layout in [Parallelism(), Parallelism(tp: 2, ep: 2), Parallelism(tp: 1, ep: 4, dp: 4)] {
            try expectAgreement(try Estimator(model: model, deployment: Fixtures.deployment("h100-sxm", layout)))
        }
    }

    func expectAgreement(_ estimator: Estimator) throws {
        let context = 1536
        for path in [BatchedDecode.Path.piecewise, .fused, .blas] {
            var batched = BatchedDecode(estimator: estimator, contextTokens: context)
            batched.path = path
            let batches = [1, 2, 3, 7, 64, 500, 1024]
            var steps: [Double] = []
            batched.stepSeconds(batches: batches, into: &steps, workspace: .init())
            for (batch, step) in zip(batches, steps) {
                let expected = estimator.decodeStepSeconds(batch: batch, contextTokens: context)
                #expect(step.isFinite && step.isClose(to: expected, relative: 1e-6),
                        "\(path) \(estimator.deployment.parallelism) batch \(batch): \(step) s vs \(expected) s")
            }
        }
    }
}
