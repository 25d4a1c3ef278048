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
    @Flag(name: .customLong("cross-validate"), help: "Score the engines fitted by replay (Ascend) leave-one-campaign-out: refit without each campaign and predict it.")
    var crossValidate = false
    @Flag(help: "Replay the closed-loop and open-loop points through the request-level simulator (infercap simulate) instead of the formulas.")
    var simulate = false
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
        if simulate {
            let result = SimulatedValidation.run(set, catalog: catalog)
            switch format {
            case .json: print(try Flatten.json(result))
            case .csv:
                print(TextTable(
                    header: ["point", "campaign", "engine", "metric", "measured", "simulated", "error", "requests", "assumed"],
                    rows: result.rows.map { ["\($0.id)", $0.campaign, $0.engine, $0.metric, "\($0.measured)", "\($0.predicted)", "\($0.error)", "\($0.requests)", "\($0.assumedRequests)"] }
                ).csv())
            case .table, .markdown: print(ValidationFormatter.render(result, markdown: format == .markdown, points: !summaryOnly))
            }
            return
        }
        if crossValidate {
            let result = try CrossValidation.run(set, catalog: catalog)
            switch format {
            case .json: print(try Flatten.json(result))
            case .csv:
                print(TextTable(
                    header: ["point", "campaign", "engine", "metric", "measured", "predicted", "error"],
                    rows: result.points.map { [$0.id, $0.campaign, $0.engine, $0.metric, "\($0.measured)", $0.predicted.map { "\($0)" } ?? "", $0.error.map { "\($0)" } ?? ""] }
                ).csv())
            case .table, .markdown: print(ValidationFormatter.render(result, markdown: format == .markdown, points: !summaryOnly))
            }
            return
        }
        let report = ValidationReport.run(set, replay: Replay(catalog: catalog))
        if let confidencePath {
            do {
                let heldOut = try CrossValidation.run(set, catalog: catalog).points
                let errors = Dictionary(heldOut.compactMap { point in point.error.map { (point.id, $0) } }) { a, _ in a }
                let table = ConfidenceTable(report: report, heldOutErrors: errors)
                try Data((try Flatten.json(table) + "\n").utf8).write(to: URL(fileURLWithPath: confidencePath))
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

    static func render(_ result: CrossValidation, markdown: Bool, points: Bool) -> String {
        func show(_ table: TextTable) -> String { markdown ? table.markdown() : table.plain() }
        var out: [String] = []
        if points {
            out.append(show(TextTable(
                header: ["point", "held-out campaign", "engine", "metric", "measured", "predicted", "error"],
                rows: result.points.map { point in
                    [point.id, point.campaign, point.engine, point.metric, value(point.measured, metric: point.metric),
                     point.predicted.map { value($0, metric: point.metric) } ?? "not replayed", point.error.map(percent) ?? "-"]
                })))
        }
        out.append(summaryTable("leave-one-campaign-out, by chip family and metric", result.byFamily, markdown: markdown))
        out.append(summaryTable("leave-one-campaign-out, by engine and metric", result.byEngine, markdown: markdown))
        out.append(summaryTable("leave-one-campaign-out, by held-out campaign and metric", result.byCampaign, markdown: markdown))
        out.append("held out \(result.points.count) points; not replayed under the refitted constants: \(result.misses.count)")
        return out.joined(separator: "\n\n")
    }

    static func render(_ result: SimulatedValidation, markdown: Bool, points: Bool) -> String {
        func show(_ table: TextTable) -> String { markdown ? table.markdown() : table.plain() }
        var out: [String] = []
        if points {
            out.append(show(TextTable(
                header: ["point", "engine", "metric", "measured", "simulated", "error", "requests"],
                rows: result.rows.map { row in
                    [row.id, row.engine, row.metric, value(row.measured, metric: row.metric), value(row.predicted, metric: row.metric),
                     percent(row.error), "\(row.requests)\(row.assumedRequests ? " (assumed)" : "")"]
                })))
        }
        out.append(summaryTable("simulated, by metric", result.byMetric, markdown: markdown))
        out.append(summaryTable("simulated, by campaign and metric", result.byCampaign, markdown: markdown))
        out.append(summaryTable(
            "TTFT where the request count was assumed (\(SimulatedValidation.assumedWaves) x the concurrency): half, assumed, twice",
            result.ttftSensitivity, markdown: markdown))
        out.append("simulated \(result.rows.count), skipped \(result.skipped.count)")
        return out.joined(separator: "\n\n")
    }

    static func summaryTable(_ title: String, _ groups: [ValidationReport.Summary], markdown: Bool) -> String {
        let table = TextTable(
            header: ["group", "count", "median abs error", "p90 abs error", "median error (bias)", "worst", "worst point"],
            rows: groups.map {
                let s = $0.statistics
                return [$0.group, "\(s.count)", unsigned(s.medianAbsoluteError), unsigned(s.p90AbsoluteError),
                        percent(s.medianError), percent(s.worstError), s.worstID]
            })
        return title + "\n" + (markdown ? table.markdown() : table.plain())
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
            summaryTable(title, groups, markdown: markdown)
        }
        out.append(summary("by accelerator and metric", report.byAccelerator))
        out.append(summary("by model and metric", report.byModel))
        out.append(summary("by metric (all points)", report.byMetric))
        out.append(summary("by metric (held-out test split)", report.byMetricTest))
        out.append(summary("by metric, models the engine constants were fitted with (the targets are on these)", report.byMetricFittedModels))
        out.append(summary("by metric, models held out whole (no point used in any fit)", report.byMetricUnseenModels))
        out.append(summary(
            "by metric, Ascend engines fitted by replay (in-sample; leave-one-campaign-out: infercap validate --cross-validate)",
            report.byMetricReplayFittedEngines))
        out.append(summary("by metric and source confidence (fitted and held-out models together)", report.byConfidence))
        if let overall = report.overall {
            out.append(summary("overall", [ValidationReport.Summary(group: "all replayed points", statistics: overall)]))
        }
        out.append("replayed \(report.rows.count), skipped \(report.skipped.count)")
        return out.joined(separator: "\n\n")
    }
}
