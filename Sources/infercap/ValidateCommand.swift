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
    @Flag(name: .customLong("fit-engines"), help: "Fit each engine profile's decode overhead and TTFT wait on the train split and print them.")
    var fitEngines = false
    @Option(name: .customLong("write-confidence"), help: "Write the residual bands per chip family and metric to this file (specs/calibration/confidence.json).")
    var confidencePath: String?
    @Option(help: "Also write the predicted-vs-measured chart (SVG) to this file.") var plot: String?
    @OptionGroup var catalogOptions: CatalogOptions

    func run() throws {
        let catalog = try catalogOptions.catalog()
        let set = referencePaths.isEmpty ? try ReferenceSet.bundled() : try ReferenceSet(paths: referencePaths)
        if fitEngines {
            print(try Flatten.json(try EngineFit.fit(set, catalog: catalog)))
            return
        }
        let report = ValidationReport.run(set, replay: Replay(catalog: catalog))
        if let confidencePath {
            do {
                try Data((try Flatten.json(ConfidenceTable(report: report)) + "\n").utf8).write(to: URL(fileURLWithPath: confidencePath))
            } catch {
                throw ValidationError("cannot write \(confidencePath): \(error.localizedDescription); pass a path in a writable folder")
            }
        }
        if let plot { try OutputFile.write(ScatterChart.svg(report), to: plot, flag: "--plot") }
        switch format {
        case .json: print(try Flatten.json(report))
        case .csv: print(ValidationFormatter.csv(report))
        case .table, .markdown: print(ValidationFormatter.render(report, markdown: format == .markdown, points: !summaryOnly))
        }
    }
}

/// Text and markdown rendering of a validation report.
enum ValidationFormatter {
    static func percent(_ value: Double) -> String { String(format: "%+.1f%%", value * 100) }
    static func unsigned(_ value: Double) -> String { String(format: "%.1f%%", value * 100) }

    static func value(_ value: Double, metric: String) -> String {
        metric == "tokens_per_second_per_chip" ? Units.rate(value) : Units.ms(value)
    }

    /// One CSV row per point: the replayed ones with their numbers in SI units (seconds,
    /// tokens/s) and signed relative error, then the skipped ones with the reason.
    static func csv(_ report: ValidationReport) -> String {
        let header = ["point", "model", "accelerator", "family", "engine", "mode", "metric", "split", "measured", "predicted", "error", "skip_reason"]
        let replayed = report.rows.map {
            [$0.id, $0.model, $0.accelerator, $0.family, $0.engine, $0.mode, $0.metric, $0.split,
             "\($0.measured)", "\($0.predicted)", "\($0.error)", ""]
        }
        let skipped = report.skipped.map { [$0.id, "", "", "", "", "", "", "", "", "", "", $0.reason] }
        return TextTable(header: header, rows: replayed + skipped).csv()
    }

    static func render(_ report: ValidationReport, markdown: Bool, points: Bool) -> String {
        func show(_ table: TextTable) -> String { markdown ? table.markdown() : table.plain() }
        var out: [String] = []
        if points {
            out.append(show(TextTable(
                header: ["point", "model", "accelerator", "engine", "mode", "metric", "split", "measured", "predicted", "error"],
                rows: report.rows.map {
                    [$0.id, $0.model, $0.accelerator, $0.engine, $0.mode, $0.metric, $0.split,
                     value($0.measured, metric: $0.metric), value($0.predicted, metric: $0.metric), percent($0.error)]
                })))
            if !report.skipped.isEmpty {
                out.append("skipped (\(report.skipped.count)):")
                out.append(show(TextTable(header: ["point", "reason"], rows: report.skipped.map { [$0.id, $0.reason] })))
            }
        }
        func summary(_ title: String, _ groups: [ValidationReport.Summary]) -> String {
            title + "\n" + show(TextTable(
                header: ["group", "count", "median abs error", "p90 abs error", "median error (bias)", "worst", "worst point"],
                rows: groups.map {
                    let s = $0.statistics
                    return [$0.group, "\(s.count)", unsigned(s.medianAbsoluteError), unsigned(s.p90AbsoluteError),
                            percent(s.medianError), percent(s.worstError), s.worstID]
                }))
        }
        out.append(summary("by accelerator and metric", report.byAccelerator))
        out.append(summary("by model and metric", report.byModel))
        out.append(summary("by metric (all points)", report.byMetric))
        out.append(summary("by metric (held-out test split)", report.byMetricTest))
        out.append(summary("by metric, models the engine constants were fitted with (the targets are on these)", report.byMetricFittedModels))
        out.append(summary("by metric, models held out whole (no point used in any fit)", report.byMetricUnseenModels))
        out.append(summary("by metric and source confidence (fitted and held-out models together)", report.byConfidence))
        if let overall = report.overall {
            out.append(summary("overall", [ValidationReport.Summary(group: "all replayed points", statistics: overall)]))
        }
        out.append("replayed \(report.rows.count), skipped \(report.skipped.count)")
        return out.joined(separator: "\n\n")
    }
}
