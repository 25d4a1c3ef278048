import InferCap

/// Renders an estimate in each output format.
enum EstimateFormatter {
    static func render(_ e: Estimate, format: OutputFormat) throws -> String {
        switch format {
        case .json: return try Flatten.json(e)
        case .csv: return try csv([e])
        case .markdown: return summary(e).markdown() + breakdownTables(e, markdown: true)
        case .table:
            return headline(e) + "\n\n" + summary(e).plain() + breakdownTables(e, markdown: false) + confidence(e) + notes(e)
        }
    }

    /// One row per estimate: every JSON field but the breakdown as a snake_case column, plus
    /// the deployment's total output tokens/s.
    static func csv(_ estimates: [Estimate]) throws -> String {
        try CSVTable(records: estimates.map { e in
            try Flatten.values(e).filter { !$0.key.hasPrefix("breakdown") }
                + [("serving.output_tokens_per_second", .number(e.serving.outputTokensPerSecondPerChip * Double(e.chips)))]
        }).render()
    }

    static func headline(_ e: Estimate) -> String {
        let p = e.parallelism
        return "\(e.model) on \(e.chips) x \(e.accelerator) (tp=\(p.tp) pp=\(p.pp) ep=\(p.ep) dp=\(p.dp)), "
            + "\(e.weightDType.rawValue) weights\(e.expertWeightDType.map { " (experts \($0.rawValue))" } ?? ""), \(e.kvDType.rawValue) KV, engine \(e.engine), calibration \(e.calibration.profile)"
    }

    static func summary(_ e: Estimate) -> TextTable {
        let m = e.memory
        return TextTable(header: ["metric", "value"], rows: [
            ["weights per chip", Units.gb(m.weightBytesPerChip)],
            ["KV cache per token (model / per chip)", "\(Units.kb(m.kvBytesPerToken)) / \(Units.kb(m.kvBytesPerTokenPerChip))"],
            ["KV and state per sequence at \(Units.grouped(m.contextTokens)) tokens (model / per chip)",
             "\(Units.mb(m.kvBytesPerSequence)) / \(Units.mb(m.kvBytesPerSequencePerChip))"],
            ["KV capacity per chip", "\(Units.gb(m.kvCapacityBytesPerChip)) (\(Units.grouped(Int(m.kvTokensPerChip))) tokens)"],
            ["max batch per rank", "\(m.maxBatch)"],
            ["batch per rank (\(e.batchSource))", "\(e.batch)"],
            ["prefill of one \(Units.grouped(e.prefill.inputTokens))-token prompt, unloaded", Units.ms(e.prefill.seconds)],
            ["prefill tokens/s per chip", Units.rate(e.prefill.tokensPerSecondPerChip)],
            ["decode step at \(e.decode.contextTokens) context", Units.ms(e.decode.stepSeconds)],
            ["decode tokens/s per chip", Units.rate(e.decode.tokensPerSecondPerChip)],
            ["serving TTFT at this load (prefill + wait)", Units.ms(e.serving.ttftSeconds)],
            ["serving TPOT", Units.ms(e.serving.tpotSeconds)],
            ["serving tokens/s per user", Units.rate(e.serving.tokensPerSecondPerUser)],
            ["serving output tokens/s per chip", Units.rate(e.serving.outputTokensPerSecondPerChip)],
            ["output tokens/s (deployment)", Units.rate(e.serving.outputTokensPerSecondPerChip * Double(e.chips))],
            ["requests/s (deployment)", Units.rate(e.serving.requestsPerSecond)],
        ])
    }

    static func breakdownTables(_ e: Estimate, markdown: Bool) -> String {
        guard let breakdown = e.breakdown else { return "" }
        func table(_ title: String, _ shares: [OperatorShare]) -> String {
            let t = TextTable(header: ["operator", "kind", "time", "share", "bound"], rows: shares.map {
                [$0.name, $0.kind, Units.ms($0.seconds), String(format: "%.1f%%", $0.fraction * 100), $0.bound]
            })
            return "\n\n\(title)\n" + (markdown ? t.markdown() : t.plain())
        }
        return table("prefill (one request, all layers)", breakdown.prefill) + table("decode step (all layers)", breakdown.decode)
    }

    static func confidence(_ e: Estimate) -> String {
        guard !e.confidence.isEmpty else { return "" }
        let rows = e.confidence.map { c in
            [c.metric, String(format: "%.2f to %.2f", c.lowRatio, c.highRatio), "\(c.points)", c.basis + (c.extrapolating ? " (extrapolating)" : "")]
        }
        return "\n\nexpected predicted/measured ratio (10th to 90th percentile of validation residuals)\n"
            + TextTable(header: ["metric", "ratio band", "points", "basis"], rows: rows).plain()
    }

    static func notes(_ e: Estimate) -> String {
        e.notes.isEmpty ? "" : "\n\n" + e.notes.map { "note: \($0)" }.joined(separator: "\n")
    }
}
