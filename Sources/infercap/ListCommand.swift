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
            try emit(table, json: catalog.accelerators)
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
            try emit(table, json: catalog.models.map(ModelSummary.init))
        }
    }

    private func emit<T: Encodable>(_ table: TextTable, json: T) throws {
        switch format {
        case .table: print(table.plain())
        case .markdown: print(table.markdown())
        case .csv: print(table.csv())
        case .json: print(try Flatten.json(json))
        }
    }
}
