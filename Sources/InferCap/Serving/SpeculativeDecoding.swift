import Foundation

/// Speculative decoding with the model's own multi-token-prediction (MTP) module, as
/// DeepSeek-V3/R1 deployments run it (SGLang's and vLLM's `NextN`/EAGLE path, CloudMatrix-Infer,
/// DeepSeek's own service).
///
/// One decode iteration of a sequence:
/// 1. the MTP module drafts `draftTokens` tokens one after another (one MTP-layer forward and one
///    output-head product each, one token per sequence);
/// 2. the main model verifies them in one forward of `draftTokens + 1` tokens per sequence
///    (the weights are read once, the KV of the context once, the FLOPs grow with the tokens);
/// 3. the MTP module runs once more over the `draftTokens + 1` verified positions to extend its
///    own KV cache.
///
/// A draft token is kept when it and every draft before it match what the model would have
/// sampled, each with probability `acceptanceRate` (chain drafting, one candidate per step), so an
/// iteration emits `1 + a + a^2 + ... + a^k` tokens on average (Leviathan et al., "Fast Inference
/// from Transformers via Speculative Decoding", ICML 2023, eq. 1). The time per output token is
/// the iteration over that count.
public struct SpeculativeDecoding: Sendable, Hashable, Codable {
    /// Tokens the MTP module drafts per iteration (SGLang's `speculative_num_steps` with top-k 1;
    /// CloudMatrix-Infer and DeepSeek run 1).
    public var draftTokens: Int
    /// Probability that a draft token is accepted, given the drafts before it were (0...1).
    public var acceptanceRate: Double

    /// Acceptance of DeepSeek-V3's MTP draft of the second token: "between 85% and 90% across
    /// various generation topics" (DeepSeek-V3 Technical Report, arXiv:2412.19437, §5.4.3);
    /// the lower end is the default where a measurement does not state its own.
    public static let deepSeekV3AcceptanceRate = 0.85

    /// An MTP configuration; the estimator refuses a draft count outside 1...8 or an acceptance outside 0...1.
    public init(draftTokens: Int, acceptanceRate: Double = SpeculativeDecoding.deepSeekV3AcceptanceRate) {
        self.draftTokens = draftTokens
        self.acceptanceRate = acceptanceRate
    }

    enum CodingKeys: String, CodingKey {
        case draftTokens = "draft_tokens", acceptanceRate = "acceptance_rate"
    }

    /// Tokens per sequence the verifying forward processes (the drafts plus the last accepted one).
    public var verifiedTokensPerSequence: Int { draftTokens + 1 }

    /// Expected tokens emitted per iteration: `sum_{i=0}^{k} a^i`.
    public var expectedTokensPerIteration: Double {
        (0...max(0, draftTokens)).reduce(0) { $0 + pow(acceptanceRate, Double($1)) }
    }

    /// A short label for headlines: "MTP 1 draft token, 85% acceptance".
    public var label: String {
        String(format: "MTP %d draft token%@, %.0f%% acceptance", draftTokens, draftTokens == 1 ? "" : "s", acceptanceRate * 100)
    }

    /// Refuses an absurd setting, or a model without an MTP module to draft with.
    public func validate(for model: ModelArchitecture) throws(InferCapError) {
        try validate()
        guard model.multiTokenPredictionLayers > 0 else {
            throw InferCapError.invalidWorkload(
                field: "MTP draft tokens", value: "\(draftTokens)",
                fix: "\(model.id) ships no multi-token-prediction module (num_nextn_predict_layers 0); drop the MTP option")
        }
    }

    func validate() throws(InferCapError) {
        guard (1...8).contains(draftTokens) else {
            throw InferCapError.invalidWorkload(
                field: "MTP draft tokens", value: "\(draftTokens)", fix: "draft 1 to 8 tokens per iteration (deployments run 1 to 3)")
        }
        guard acceptanceRate.isFinite, (0...1).contains(acceptanceRate) else {
            throw InferCapError.invalidWorkload(
                field: "MTP acceptance rate", value: "\(acceptanceRate)", fix: "give a probability between 0 and 1, e.g. 0.85")
        }
    }
}

extension StepShape {
    /// The main model's forward in one decode iteration: one new token per sequence, or with
    /// speculative decoding the verifying forward of ``SpeculativeDecoding/verifiedTokensPerSequence``.
    static func decodeIteration(batch: Double, context: Double, speculative: SpeculativeDecoding?) -> StepShape {
        StepShape(
            phase: .decode, sequences: batch, newTokensPerSequence: Double(speculative?.verifiedTokensPerSequence ?? 1),
            contextTokens: context)
    }
}
