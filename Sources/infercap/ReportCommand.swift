import ArgumentParser
import Foundation
import InferCap

/// `infercap report`: one self-contained HTML file with the comparison, the sweep's Pareto
/// frontier, a fleet sizing, the validation against published measurements and the assumptions.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a self-contained HTML report (tables, inline SVG charts, assumptions) for one model.",
        discussion: """
            The report holds the comparison at a 50 ms TPOT target, a sweep's Pareto frontier \
            (bounded by --max-chips and --max-batch so it takes seconds), the fleet for a daily token \
            demand, the replay of the published measurements, and the specs, calibration, engine, \
            confidence bands and cost assumptions behind the numbers. No scripts, no external resources.
            """)

    @Option(help: "Model id, alias or config.json path.") var model: String = "deepseek-r1"
    @Option(help: "Comma-separated accelerator ids for the comparison and the sweep.") var accelerators: String = "h20,h100-sxm,h200,ascend-910b-376t"
    @Option(name: .customLong("fleet-accelerators"), help: "Comma-separated accelerator ids for the fleet sizing (each needs a price).")
    var fleetAccelerators: String = "h20,h100-sxm,h200"
    @Option(name: .customLong("tokens-per-day"), help: "Fleet demand: tokens (prompt + output) per day.") var tokensPerDay: Double = 2e12
    @Option(name: .customLong("peak-to-average"), help: "Fleet demand: peak load over the daily average (default 1, as fleet).") var peakToAverage: Double = 1
    @Option(name: .customLong("tpot-slo-ms"), help: "TPOT target of the comparison and the fleet, ms.") var tpotSLOMilliseconds: Double = 50
    @Option(name: .customLong("max-chips"), help: "Largest deployment in the sweep, chips.") var maxChips: Int = 64
    @Option(name: .customLong("max-batch"), help: "Largest batch per attention group in the sweep.") var maxBatch: Int = 256
    @Option(name: [.customShort("o"), .customLong("output")], help: "The HTML file to write.") var output: String
    @OptionGroup var catalogOptions: CatalogOptions

    func validate() throws {
        try OutputFile.check(output, flag: "--output")
        guard tpotSLOMilliseconds.isFinite, tpotSLOMilliseconds > 0 else { throw ValidationError("--tpot-slo-ms must be positive") }
        guard tokensPerDay.isFinite, tokensPerDay > 0 else { throw ValidationError("--tokens-per-day must be positive") }
    }

    func run() throws {
        let catalog = try catalogOptions.catalog()
        let names = FleetOptions.list(accelerators)
        guard !names.isEmpty else { throw ValidationError("--accelerators needs at least one id") }
        let tpot = tpotSLOMilliseconds / 1000
        let comparison = try catalog.compare(ComparisonRequest(
            model: model, accelerators: names, workload: Workload(slo: LatencySLO(tpotSeconds: tpot))))
        let sweep = try catalog.sweep(SweepRequest(
            model: model, accelerators: names, maxChips: maxChips, maxBatch: maxBatch,
            threads: ProcessInfo.processInfo.activeProcessorCount))
        let planner = try FleetPlanner(catalog: catalog, request: FleetRequest(
            model: model, supplies: FleetOptions.list(fleetAccelerators).map { ChipSupply(accelerator: $0) },
            slo: FleetSLO(tpotSeconds: tpot), costs: try CostAssumptions.bundled()))
        let sizing = try planner.size(for: Demand(tokensPerDay: tokensPerDay, peakToAverage: peakToAverage, mix: planner.request.mix))
        let validation = ValidationReport.run(try ReferenceSet.bundled(), replay: Replay(catalog: catalog))
        let html = try ReportFormatter.render(
            ReportFormatter.Inputs(
                model: model, tpotSeconds: tpot, comparison: comparison, sweep: sweep, sizing: sizing, fleetRequest: planner.request,
                validation: validation, catalog: catalog))
        try OutputFile.write(html, to: output, flag: "--output")
        print("wrote \(output)")
    }
}
