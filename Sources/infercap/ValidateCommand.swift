import ArgumentParser
import Foundation
import InferCap

/// `infercap validate`: replays every published measurement under specs/reference through the
/// same code path as `estimate` and reports the errors.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Replay the published serving measurements and report predicted vs measured.")

    @Option(help: "table, json, csv (one row per replayed and skipped point) or markdown") var format: OutputFormat = .table
    @Flag(help: "Print only the summaries, not every point.") var summaryOnly = false
    @Option(name: .customLong("reference"), help: "Reference file or folder to use instead of the built-in set; repeatable.")
    var referencePaths: [String] = []
    @Flag(
        name: .customLong("fit-engines"),
        help: ArgumentHelp("Developers: fit each engine profile's constants on the train split and print them.", visibility: .hidden))
    var fitEngines = false
    @Flag(name: .customLong("cross-validate"), help: "Leave-one-model-out and leave-one-campaign-out for the NVIDIA engines (refit without each model or measurement campaign, predict it) and leave-one-campaign-out for the Ascend engines (about three minutes).")
    var crossValidate = false
    @Flag(help: "Replay the closed-loop and open-loop points through the request-level simulator (infercap simulate) instead of the formulas.")
    var simulate = false
    @Option(
        name: .customLong("write-confidence"),
        help: ArgumentHelp("Developers: write the residual bands per chip family and metric to this file (specs/calibration/confidence.json).", visibility: .hidden))
    var confidencePath: String?
    @Option(help: "Also write the predicted-vs-measured chart (SVG) to this file.") var plot: String?
    @OptionGroup var catalogOptions: CatalogOptions

    func validate() throws {
        try OutputFile.check(plot, flag: "--plot")
        try OutputFile.check(confidencePath, flag: "--write-confidence")
    }

    func run() throws {
        let catalog = try catalogOptions.catalog()
        let set = referencePaths.isEmpty ? try ReferenceSet.bundled() : try ReferenceSet(paths: referencePaths)
        if fitEngines {
            print(try Flatten.json(try EngineFit.fit(set, catalog: catalog)))
            return
        }
        if simulate {
            let result = SimulatedValidation.run(set, catalog: catalog)
            switch format {
            case .json: print(try Flatten.json(result))
            case .csv: print(ValidationFormatter.csv(result))
            case .table, .markdown: print(ValidationFormatter.render(result, markdown: format == .markdown, points: !summaryOnly))
            }
            return
        }
        if crossValidate {
            let ascend = try CrossValidation.run(set, catalog: catalog)
            let models = try ModelCrossValidation.run(set, catalog: catalog, holdingOut: .model)
            let campaigns = try ModelCrossValidation.run(set, catalog: catalog, holdingOut: .campaign)
            switch format {
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
                let object: [String: Any] = [
                    "leave_one_model_out": try JSONSerialization.jsonObject(with: encoder.encode(models)),
                    "leave_one_campaign_out": try JSONSerialization.jsonObject(with: encoder.encode(campaigns)),
                    "leave_one_campaign_out_ascend": try JSONSerialization.jsonObject(with: encoder.encode(ascend)),
                ]
                print(String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys]), as: UTF8.self))
            case .csv: print(ValidationFormatter.csv(models: models, campaigns: campaigns, ascend: ascend))
            case .table, .markdown:
                print(ValidationFormatter.render(models, markdown: format == .markdown))
                print("")
                print(ValidationFormatter.render(campaigns, markdown: format == .markdown))
                print("")
                print(ValidationFormatter.render(ascend, markdown: format == .markdown, points: !summaryOnly))
            }
            return
        }
        let report = ValidationReport.run(set, replay: Replay(catalog: catalog))
        if let confidencePath {
            let heldOut = try CrossValidation.run(set, catalog: catalog).points
            let errors = Dictionary(heldOut.compactMap { point in point.error.map { (point.id, $0) } }) { a, _ in a }
            let table = ConfidenceTable(report: report, heldOutErrors: errors)
            try OutputFile.write(try Flatten.json(table) + "\n", to: confidencePath, flag: "--write-confidence")
        }
        if let plot { try OutputFile.write(ScatterChart.svg(report), to: plot, flag: "--plot") }
        switch format {
        case .json: print(try Flatten.json(report))
        case .csv: print(ValidationFormatter.csv(report))
        case .table, .markdown: print(ValidationFormatter.render(report, markdown: format == .markdown, points: !summaryOnly))
        }
    }
}
