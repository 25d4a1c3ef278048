/// The work one forward step does on one attention group (tp chips of one pipeline stage).
public struct StepShape: Sendable, Hashable {
    /// Prefill (whole prompts) or decode (one new token per sequence).
    public enum Phase: String, Sendable, Hashable, Codable {
        /// Whole prompts, every token at once.
        case prefill
        /// One new token per running sequence.
        case decode

        // Hashed and compared by case, not by the raw value (the standard library's default
        // for a String-backed enum hashes the string; sweeps key their caches by step shapes).
        private var isPrefill: Bool {
            if case .prefill = self { return true }
            return false
        }

        public static func == (a: Phase, b: Phase) -> Bool { a.isPrefill == b.isPrefill }

        public func hash(into hasher: inout Hasher) { hasher.combine(isPrefill) }
    }

    /// Which phase this step belongs to.
    public var phase: Phase
    /// Sequences in the step per attention group.
    public var sequences: Double
    /// New tokens per sequence in this step (prompt length for prefill, 1 for decode).
    public var newTokensPerSequence: Double
    /// KV tokens each sequence attends over (prompt length for prefill, context for decode).
    public var contextTokens: Double

    /// Attention groups of the stage whose tokens this step routes through the MoE layers; nil =
    /// all of them (every group runs the same step). 1 = one group prefills while the others
    /// only wait for it (a prefill iteration that is not aligned across the groups).
    public var routedGroups: Double? = nil

    /// Tokens processed per attention group.
    public var tokens: Double { sequences * newTokensPerSequence }

    /// A decode step: `batch` sequences each holding `context` tokens of KV.
    public static func decode(batch: Double, context: Double) -> StepShape {
        StepShape(phase: .decode, sequences: batch, newTokensPerSequence: 1, contextTokens: context)
    }

    /// A prefill step: `requests` prompts of `promptTokens` tokens.
    public static func prefill(requests: Double, promptTokens: Double) -> StepShape {
        StepShape(phase: .prefill, sequences: requests, newTokensPerSequence: promptTokens, contextTokens: promptTokens)
    }
}
