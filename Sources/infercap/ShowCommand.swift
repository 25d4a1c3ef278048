import ArgumentParser
import InferCap

/// `infercap show <accelerator-or-model>`.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show one accelerator or model with the source of every figure.")

    @Argument(help: "An accelerator or model id (or a path to a spec / config.json).") var name: String
    @OptionGroup var catalogOptions: CatalogOptions
    @Option(help: "table, json, csv or markdown") var format: OutputFormat = .table

    func run() throws {
        switch try catalogOptions.catalog().entry(named: name) {
        case let .accelerator(accelerator):
            try emit(accelerator, rows: rows(for: accelerator))
        case let .model(entry):
            let summary = ModelSummary(entry)
            switch format {
            case .table: print(modelTables(summary))
            default: try emit(summary, rows: try Flatten.pairs(summary).map { [$0.0, $0.1] })
            }
        }
    }

    /// A model as three tables: its headline figures, its layer groups, its state per sequence.
    private func modelTables(_ m: ModelSummary) -> String {
        var rows: [[String]] = [
            ["id", m.id], ["name", m.name], ["model_type", m.modelType], ["layers / hidden", "\(m.layers) / \(m.hiddenSize)"],
            ["parameters (total / active)", "\(Units.billions(m.parameters)) / \(Units.billions(m.activeParameters))"],
        ]
        if let published = m.publishedParameters {
            rows.append(["published (total / active)", Units.billions(published) + " / " + (m.publishedActiveParameters.map(Units.billions) ?? "-")])
        }
        if let experts = m.experts, let topK = m.expertsPerToken { rows.append(["experts", "\(topK) of \(experts) per token"]) }
        rows.append(["checkpoint precision", m.nativeWeightDType + (m.nativeExpertWeightDType.map { ", experts \($0)" } ?? "")])
        rows.append(["max context", Units.grouped(m.maxContextTokens) + " tokens"])
        if let license = m.license { rows.append(["license", license]) }
        if let repo = m.huggingFaceRepo { rows.append(["huggingface repo", repo]) }
        for note in m.ignored { rows.append(["note", note]) }
        let groups = TextTable(
            header: ["mixer", "layers", "first", "feed-forward", "state per token (bf16)", "state per sequence at 128K", "shape"],
            rows: m.layerGroups.map {
                [$0.mixer, "\($0.count)", "\($0.firstLayer)", $0.feedForward,
                 $0.stateBytesPerTokenBF16 > 0 ? String(format: "%.0f B", $0.stateBytesPerTokenBF16) : "constant",
                 Units.mb($0.stateBytesPerSequence128KBF16), $0.shape]
            })
        let state = TextTable(
            header: ["context", "state per sequence (all layers, bf16 cache)"],
            rows: [["4K", Units.gb(m.stateBytesPerSequenceBF16.tokens4K)], ["128K", Units.gb(m.stateBytesPerSequenceBF16.tokens128K)],
                   ["\(Units.grouped(m.maxContextTokens)) (max)", Units.gb(m.stateBytesPerSequenceBF16.maxContext)]])
        return [TextTable(header: ["field", "value"], rows: rows).plain(), "layer groups", groups.plain(), state.plain()]
            .joined(separator: "\n\n")
    }

    private func rows(for a: Accelerator) -> [[String]] {
        func source(_ key: String) -> String { a.sources[key] ?? "" }
        var rows: [[String]] = [["id", a.id, ""], ["name", a.name, ""], ["vendor / family", "\(a.vendor) / \(a.family)", ""]]
        for dtype in DType.allCases {
            if let value = a.denseFlopsPerSecond[dtype] {
                rows.append(["dense \(dtype.rawValue)", "\(Units.tera(value)) TFLOP/s", source("dense_flops_per_second")])
            }
        }
        rows.append(["memory", Units.gb(a.memoryBytes), source("memory_bytes")])
        rows.append(["memory bandwidth", String(format: "%.2f TB/s", a.memoryBytesPerSecond / 1e12), source("memory_bytes_per_second")])
        rows.append([
            "scale-up", String(format: "%@ %.0f GB/s per direction, domain %d", a.scaleUp.name, a.scaleUp.bytesPerSecondPerDirection / 1e9, a.scaleUp.domainSize),
            source("scale_up"),
        ])
        rows.append([
            "scale-out", String(format: "%@ %.1f GB/s per direction per chip", a.scaleOut.name, a.scaleOut.bytesPerSecondPerDirection / 1e9),
            source("scale_out"),
        ])
        if let tdp = a.tdpWatts { rows.append(["TDP", "\(Int(tdp)) W", source("tdp_watts")]) }
        if let price = a.priceUSD { rows.append(["price", "$\(Units.grouped(Int(price)))", source("price_usd")]) }
        if let rent = a.rentalUSDPerHour { rows.append(["rental", String(format: "$%.2f per hour", rent), source("rental_usd_per_hour")]) }
        rows.append(["calibration", a.calibration, source("calibration")])
        for note in a.notes { rows.append(["note", note, ""]) }
        return rows
    }

    private func emit<T: Encodable>(_ value: T, rows: [[String]]) throws {
        let table = TextTable(header: rows.first?.count == 3 ? ["field", "value", "source"] : ["field", "value"], rows: rows)
        switch format {
        case .table: print(table.plain())
        case .markdown: print(table.markdown())
        case .csv: print(try CSVTable(records: [Flatten.values(value)]).render())  // one row: the JSON's fields as columns
        case .json: print(try Flatten.json(value))
        }
    }
}
