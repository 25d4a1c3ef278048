import Foundation
import InferCap

/// Renders scenario results as one table (or JSON/CSV/markdown); times only when asked.
enum BenchFormatter {
    static func render(_ results: [ScenarioResult], format: OutputFormat, timing: Bool) throws -> String {
        if format == .json { return try Flatten.json(results.map { Row($0, timing: timing) }) }
        if format == .csv { return csv(results, timing: timing).render() }
        var header = ["scenario", "model", "accelerators", "question", "result", "details"]
        if timing { header.append("wall ms") }
        let rows = results.map { result in
            var cells = [
                result.scenario.id, result.scenario.model, result.scenario.accelerators.joined(separator: " "), result.scenario.question,
                "\(number(result.headline.value)) \(result.headline.unit)", details(result),
            ]
            if timing { cells.append(String(format: "%.1f", result.wallSeconds * 1000)) }
            return cells
        }
        let table = TextTable(header: header, rows: rows)
        switch format {
        case .markdown: return table.markdown()
        default:
            guard timing else { return table.plain() }
            let total = results.reduce(0) { $0 + $1.wallSeconds }
            return table.plain() + "\n\n\(results.count) scenarios in \(String(format: "%.2f", total)) s"
        }
    }

    /// One row per scenario: the headline as a number and its unit, the deployment, the
    /// secondary figures as text.
    static func csv(_ results: [ScenarioResult], timing: Bool) -> CSVTable {
        var columns = [
            "scenario", "kind", "model", "accelerators", "question", "result_name", "result_value", "result_unit", "accelerator", "tp", "pp",
            "ep", "dp", "weight_dtype", "batch", "ttft_seconds", "tpot_seconds", "details",
        ]
        if timing { columns.append("wall_seconds") }
        return CSVTable(columns: columns, rows: results.map { result in
            let s = result.scenario, l = result.parallelism
            var row: [CSVTable.Cell] = [
                .text(s.id), .text(s.kind.rawValue), .text(s.model), .text(s.accelerators.joined(separator: " ")), .text(s.question),
                .text(result.headline.name), .number(result.headline.value), .text(result.headline.unit), .text(result.accelerator ?? ""),
                .integer(l?.tp), .integer(l?.pp), .integer(l?.ep), .integer(l?.dp), .text(result.weightDType?.rawValue ?? ""),
                .integer(result.batch), .number(result.ttftSeconds), .number(result.tpotSeconds),
                .text(result.details.map { "\($0.name) \(number($0.value))\($0.unit.isEmpty ? "" : " \($0.unit)")" }.joined(separator: "; ")),
            ]
            if timing { row.append(.number(result.wallSeconds)) }
            return row
        })
    }

    /// The deployment behind the headline, then the secondary figures.
    static func details(_ result: ScenarioResult) -> String {
        var deployment: [String] = []
        if let layout = result.parallelism {
            let chip = result.scenario.accelerators.count > 1 ? (result.accelerator.map { "\($0) " } ?? "") : ""
            deployment.append("\(chip)tp\(layout.tp) pp\(layout.pp) ep\(layout.ep) dp\(layout.dp) \(result.weightDType?.rawValue ?? "")")
        }
        if let batch = result.batch { deployment.append("batch \(batch)") }
        if let ttft = result.ttftSeconds { deployment.append("TTFT \(Units.ms(ttft))") }
        if let tpot = result.tpotSeconds { deployment.append("TPOT \(Units.ms(tpot))") }
        let figures = result.details.map { "\($0.name) \(number($0.value))\($0.unit.isEmpty ? "" : " \($0.unit)")" }
        return ([deployment.joined(separator: ", ")].filter { !$0.isEmpty } + figures).joined(separator: "; ")
    }

    /// Three significant figures at most, grouped thousands: stable across builds.
    static func number(_ value: Double) -> String {
        if abs(value) >= 100 || (value == value.rounded() && abs(value) < 1e15) { return Units.grouped(Int(value.rounded())) }
        return String(format: abs(value) >= 10 ? "%.1f" : "%.2f", value)
    }

    /// One scenario as JSON.
    struct Row: Encodable {
        struct Figure: Encodable {
            var name: String, value: Double, unit: String
        }
        var scenario: String, kind: String, model: String, accelerators: [String], question: String
        var result: Figure
        var accelerator: String?, layout: Parallelism?, weightDType: String?, batch: Int?, ttftSeconds: Double?, tpotSeconds: Double?
        var details: [Figure]
        var wallMilliseconds: Double?

        init(_ result: ScenarioResult, timing: Bool) {
            let s = result.scenario
            scenario = s.id
            kind = s.kind.rawValue
            model = s.model
            accelerators = s.accelerators
            question = s.question
            self.result = Figure(name: result.headline.name, value: result.headline.value, unit: result.headline.unit)
            accelerator = result.accelerator
            layout = result.parallelism
            weightDType = result.weightDType?.rawValue
            batch = result.batch
            ttftSeconds = result.ttftSeconds
            tpotSeconds = result.tpotSeconds
            details = result.details.map { Figure(name: $0.name, value: $0.value, unit: $0.unit) }
            wallMilliseconds = timing ? result.wallSeconds * 1000 : nil
        }

        enum CodingKeys: String, CodingKey {
            case scenario, kind, model, accelerators, question, result, accelerator, layout, weightDType = "weight_dtype", batch
            case ttftSeconds = "ttft_seconds", tpotSeconds = "tpot_seconds", details, wallMilliseconds = "wall_ms"
        }
    }
}
