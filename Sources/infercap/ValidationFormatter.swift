import Foundation
import InferCap

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
        let columns = ["point", "model", "accelerator", "family", "engine", "mode", "metric", "split", "measured", "predicted", "error", "skip_reason"]
        let replayed: [[CSVTable.Cell]] = report.rows.map {
            [.text($0.id), .text($0.model), .text($0.accelerator), .text($0.family), .text($0.engine), .text($0.mode), .text($0.metric),
             .text($0.split), .number($0.measured), .number($0.predicted), .number($0.error), ""]
        }
        let skipped: [[CSVTable.Cell]] = report.skipped.map { [.text($0.id), "", "", "", "", "", "", "", "", "", "", .text($0.reason)] }
        return CSVTable(columns: columns, rows: replayed + skipped).render()
    }

    /// One CSV row per simulated point, numbers in SI units.
    static func csv(_ result: SimulatedValidation) -> String {
        CSVTable(
            columns: ["point", "campaign", "engine", "metric", "measured", "simulated", "error", "requests", "assumed"],
            rows: result.rows.map {
                [.text($0.id), .text($0.campaign), .text($0.engine), .text($0.metric), .number($0.measured), .number($0.predicted),
                 .number($0.error), .integer($0.requests), .text("\($0.assumedRequests)")]
            }
        ).render()
    }

    /// One CSV row per held-out point: leave-one-model-out, leave-one-campaign-out (closed-form
    /// engines), then the Ascend campaigns; `folds` says which.
    static func csv(models: ModelCrossValidation, campaigns: ModelCrossValidation, ascend: CrossValidation) -> String {
        let labelled = models.points.map { ("model", $0) } + campaigns.points.map { ("campaign", $0) } + ascend.points.map { ("campaign", $0) }
        return CSVTable(
            columns: ["point", "folds", "held_out", "engine", "metric", "measured", "predicted", "error"],
            rows: labelled.map { folds, point in
                [.text(point.id), .text(folds), .text(point.campaign), .text(point.engine), .text(point.metric), .number(point.measured),
                 .number(point.predicted), .number(point.error)]
            }
        ).render()
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

    static func render(_ result: ModelCrossValidation, markdown: Bool) -> String {
        var out: [String] = []
        let name = result.heldOut.rawValue
        out.append(summaryTable(
            "leave-one-\(name)-out (closed-form engines: every constant refitted without the \(name)), by metric", result.byMetric,
            markdown: markdown))
        out.append(summaryTable("leave-one-\(name)-out, by \(name) held out and metric", result.byGroup, markdown: markdown))
        let steps = result.folds.map { fold in
            "\(fold.group): burst \(String(format: "%.2f", fold.burstFraction)); "
                + fold.engines.map {
                    String(
                        format: "%@ kernel %.2f µs, host %.0f µs/seq, stall %.2f, TTFT wait %.1f steps, MoE %.2f, prefill MoE sync %.1f ms",
                        $0.engine, $0.decodeKernelOverheadSeconds * 1e6, $0.stepSecondsPerSequence * 1e6, $0.prefillStallFraction,
                        $0.ttftDecodeSteps, $0.moeKernelEfficiency, $0.prefillMoESyncSeconds * 1e3)
                }
                .joined(separator: "; ")
        }
        out.append("constants per fold (a constant that moves a lot between folds fits noise):\n" + steps.joined(separator: "\n"))
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
        out.append(summaryTable("simulated, by whether the source states its request count, and metric", result.byProtocol, markdown: markdown))
        out.append(summaryTable("simulated, source states its request count, by campaign and metric", result.statedByCampaign, markdown: markdown))
        out.append(summaryTable("simulated, by campaign and metric", result.byCampaign, markdown: markdown))
        out.append(summaryTable(
            "TTFT where the request count was assumed (\(SimulatedValidation.assumedWaves) x the concurrency): half, assumed, twice",
            result.ttftSensitivity, markdown: markdown))
        out.append("simulated \(result.rows.count), skipped \(result.skipped.count); request lengths within ±\(Int((SimulatedValidation.assumedLengthSpread * 100).rounded()))% of the stated means where the source states no spread")
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
        out.append(summary("by metric, Ascend engines, points held out (no constant fitted on them)", report.byMetricReplayFittedEnginesHeldOut))
        out.append(summary("by metric and source confidence (fitted and held-out models together)", report.byConfidence))
        if let overall = report.overall {
            out.append(summary("overall", [ValidationReport.Summary(group: "all replayed points", statistics: overall)]))
        }
        out.append("replayed \(report.rows.count), skipped \(report.skipped.count)")
        return out.joined(separator: "\n\n")
    }
}
