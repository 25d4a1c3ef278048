import ArgumentParser
import InferCap

/// `infercap estimate`: one model on one accelerator.
struct EstimateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "estimate", abstract: "Predict TTFT, TPOT, tokens/s and memory for a model on an accelerator.")

    @Option(help: "Model id, alias or path to a HuggingFace config.json.") var model: String
    @Option(help: "Accelerator id, alias or path to a spec file.") var accelerator: String
    @OptionGroup var layoutOptions: LayoutOptions
    @Option(help: "Exactly this many chips: search every layout and weight precision of that size (as sweep --chips) instead of the standard layouts.")
    var chips: Int?
    @OptionGroup var workloadOptions: WorkloadOptions
    @OptionGroup var speculativeOptions: SpeculativeOptions
    @Flag(help: "Show where the time goes, per operator.") var breakdown = false
    @Option(help: "table, json, csv or markdown") var format: OutputFormat = .table
    @OptionGroup var catalogOptions: CatalogOptions

    func run() throws {
        let layout = layoutOptions.layout
        if let chips {
            if let layout, layout.chips != chips {
                throw ValidationError("--chips \(chips) disagrees with the layout given (tp x pp x dp = \(layout.chips)); give one of them")
            }
            guard chips >= 1 else { throw ValidationError("--chips must be at least 1") }
        }
        let request = EstimateRequest(
            model: model, accelerator: accelerator, parallelism: layout, weightDType: workloadOptions.weightDType,
            kvDType: workloadOptions.kvDType, engine: workloadOptions.engineID, workload: workloadOptions.workload,
            breakdown: breakdown, speculative: try speculativeOptions.speculative(), expertWeightDType: workloadOptions.expertWeightDType,
            engineOverrides: workloadOptions.engineSettings.overrides, chips: layout == nil ? chips : nil)
        let estimate = try catalogOptions.catalog().estimate(request)
        print(try EstimateFormatter.render(estimate, format: format))
    }
}
