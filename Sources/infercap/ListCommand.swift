import ArgumentParser
import InferCap

/// `infercap list accelerators|models`.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the accelerators or models in the catalog.")

    enum What: String, ExpressibleByArgument, CaseIterable { case accelerators, models }

    @Argument(help: "accelerators or models") var what: What
    @OptionGroup var catalogOptions: CatalogOptions
    @Option(help: "table, json, csv or markdown") var format: OutputFormat = .table

    func run() throws {
        let catalog = try catalogOptions.catalog()
        switch what {
        case .accelerators:
            let table = TextTable(
                header: ["id", "name", "bf16 TFLOPS", "fp8 TFLOPS", "int8 TOPS", "memory", "TB/s", "scale-up GB/s/dir", "domain"],
                rows: catalog.accelerators.map { a in
                    [
                        a.id, a.name, a.peakFlopsPerSecond(.bf16).map(Units.tera) ?? "-",
                        a.denseFlopsPerSecond[.fp8].map(Units.tera) ?? "-", a.denseFlopsPerSecond[.int8].map(Units.tera) ?? "-",
                        Units.gb(a.memoryBytes), String(format: "%.2f", a.memoryBytesPerSecond / 1e12),
                        String(format: "%.0f", a.scaleUp.bytesPerSecondPerDirection / 1e9), "\(a.scaleUp.domainSize)",
                    ]
                })
            let csv = CSVTable(
                columns: [
                    "id", "name", "vendor", "family", "bf16_flops_per_second", "fp8_flops_per_second", "int8_ops_per_second",
                    "memory_bytes", "memory_bytes_per_second", "scale_up_bytes_per_second_per_direction", "scale_up_domain_size",
                ],
                rows: catalog.accelerators.map { a in
                    [
                        .text(a.id), .text(a.name), .text(a.vendor), .text(a.family), .number(a.peakFlopsPerSecond(.bf16)),
                        .number(a.denseFlopsPerSecond[.fp8]), .number(a.denseFlopsPerSecond[.int8]), .number(a.memoryBytes),
                        .number(a.memoryBytesPerSecond), .number(a.scaleUp.bytesPerSecondPerDirection), .integer(a.scaleUp.domainSize),
                    ]
                })
            try emit(table, csv: csv, json: catalog.accelerators)
        case .models:
            let table = TextTable(
                header: ["id", "name", "type", "params", "active", "layers", "attention", "experts"],
                rows: catalog.models.map { entry in
                    let m = entry.architecture
                    let attention = ModelSummary.attentionLabel(m)
                    let experts = m.moe.map { "\($0.expertsPerToken)/\($0.expertCount)" } ?? "-"
                    return [
                        entry.id, m.name, m.modelType, Units.billions(m.totalParameters),
                        Units.billions(m.activeParameters), "\(m.layerCount)", attention, experts,
                    ]
                })
            let csv = CSVTable(
                columns: ["id", "name", "model_type", "parameters", "active_parameters", "layers", "attention", "experts_per_token", "experts"],
                rows: catalog.models.map { entry in
                    let m = entry.architecture
                    return [
                        .text(entry.id), .text(m.name), .text(m.modelType), .number(m.totalParameters), .number(m.activeParameters),
                        .integer(m.layerCount), .text(ModelSummary.attentionLabel(m)), .integer(m.moe?.expertsPerToken),
                        .integer(m.moe?.expertCount),
                    ]
                })
            try emit(table, csv: csv, json: catalog.models.map(ModelSummary.init))
        }
    }

    private func emit<T: Encodable>(_ table: TextTable, csv: CSVTable, json: T) throws {
        switch format {
        case .table: print(table.plain())
        case .markdown: print(table.markdown())
        case .csv: print(csv.render())
        case .json: print(try Flatten.json(json))
        }
    }
}
