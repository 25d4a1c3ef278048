import ArgumentParser
import InferCap

/// `infercap estimate`: one model on one accelerator.
struct EstimateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "estimate", abstract: "Predict TTFT, TPOT, tokens/s and memory for a model on an accelerator.")

    @Option(help: "Model id, alias or path to a HuggingFace config.json.") var model: String
    @Option(help: "Accelerator id, alias or path to a spec file.") var accelerator: String
    @Option(help: "Tensor parallelism (attention).") var tp: Int?
    @Option(help: "Pipeline stages.") var pp: Int?
    @Option(help: "Expert parallelism (MoE).") var ep: Int?
    @Option(help: "Data-parallel attention groups / replicas.") var dp: Int?
    @OptionGroup var workloadOptions: WorkloadOptions
    @OptionGroup var speculativeOptions: SpeculativeOptions
    @Flag(help: "Show where the time goes, per operator.") var breakdown = false
    @Option(help: "table, json, csv or markdown") var format: OutputFormat = .table
    @OptionGroup var catalogOptions: CatalogOptions

    func run() throws {
        let layout: Parallelism? = [tp, pp, ep, dp].allSatisfy { $0 == nil } ? nil
            : Parallelism(tp: tp ?? 1, pp: pp ?? 1, ep: ep ?? 1, dp: dp ?? 1)
        let request = EstimateRequest(
            model: model, accelerator: accelerator, parallelism: layout, weightDType: workloadOptions.weightDType,
            kvDType: workloadOptions.kvDType, engine: workloadOptions.engine, workload: workloadOptions.workload,
            breakdown: breakdown, speculative: try speculativeOptions.speculative(), expertWeightDType: workloadOptions.expertWeightDType)
        let estimate = try catalogOptions.catalog().estimate(request)
        print(try EstimateFormatter.render(estimate, format: format))
    }
}
