import ArgumentParser
import InferCap

/// `infercap compare` (also what `infercap` alone runs): one model on several accelerators,
/// each in its best standard layout.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare accelerators for one model (default: DeepSeek-R1 on H20, H100 SXM and Ascend 910B).",
        discussion: """
            Each accelerator gets its best standard layout. Without --batch or an SLO flag the \
            comparison is made at a 50 ms TPOT target (20 output tokens/s per user, the speed \
            DeepSeek reports for its own service), so chips are compared at the same user experience.
            """)

    @Option(help: "Model id, alias or config.json path.") var model: String = "deepseek-r1"
    @Option(help: "Comma-separated accelerator ids.") var accelerators: String = "h20,h100-sxm,ascend-910b-376t"
    @Option(help: "Each chip at exactly this many chips, every layout and weight precision of that size searched (default: each chip's best standard layout).")
    var chips: Int?
    @OptionGroup var workloadOptions: WorkloadOptions
    @OptionGroup var speculativeOptions: SpeculativeOptions
    @Option(help: "table, json, csv or markdown") var format: OutputFormat = .table
    @OptionGroup var catalogOptions: CatalogOptions

    func run() throws {
        let catalog = try catalogOptions.catalog()
        let names = accelerators.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !names.isEmpty else { throw ValidationError("--accelerators needs at least one id") }
        let comparison = try catalog.compare(ComparisonRequest(
            model: model, accelerators: names, weightDType: workloadOptions.weightDType, kvDType: workloadOptions.kvDType,
            engine: workloadOptions.engineID, workload: workloadOptions.workload,
            speculative: try speculativeOptions.speculative(), engineOverrides: workloadOptions.engineSettings.overrides, chips: chips))
        let estimates = comparison.estimates
        let workload = comparison.workload
        let table = TextTable(
            header: [
                "accelerator", "chips", "layout", "weights", "batch/rank", "TTFT (serving)", "TPOT", "tok/s/user", "out tok/s/chip",
                "out tok/s", "req/s", "prefill tok/s/chip",
            ],
            rows: estimates.map { e in
                let p = e.parallelism
                return [
                    e.accelerator, "\(e.chips)", "tp\(p.tp) pp\(p.pp) ep\(p.ep) dp\(p.dp)", e.weightDType.rawValue, "\(e.batch)",
                    Units.ms(e.serving.ttftSeconds), Units.ms(e.serving.tpotSeconds), Units.rate(e.serving.tokensPerSecondPerUser),
                    Units.rate(e.serving.outputTokensPerSecondPerChip), Units.rate(e.serving.outputTokensPerSecondPerChip * Double(e.chips)),
                    Units.rate(e.serving.requestsPerSecond), Units.rate(e.prefill.tokensPerSecondPerChip),
                ]
            })
        switch format {
        case .json: print(try Flatten.json(estimates))
        case .csv: print(try EstimateFormatter.csv(estimates))
        case .markdown: print(table.markdown())
        case .table:
            var header = "\(model): \(workload.inputTokens) input / \(workload.outputTokens) output tokens, \(workloadOptions.kvDType.rawValue) KV"
            if let tpot = workload.slo?.tpotSeconds { header += ", TPOT ≤ \(Units.ms(tpot))" }
            if let ttft = workload.slo?.ttftSeconds { header += ", TTFT ≤ \(Units.ms(ttft))" }
            if let mtp = comparison.speculative { header += ", " + mtp.label }
            print(header + "\n")
            print(table.plain())
            let notes = Set(estimates.flatMap { e in e.notes.map { "\(e.accelerator): \($0)" } }).sorted()
            if !notes.isEmpty { print("\n" + notes.map { "note: \($0)" }.joined(separator: "\n")) }
        }
    }
}
