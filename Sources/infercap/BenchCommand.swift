import ArgumentParser
import Foundation
import InferCap

/// `infercap bench`: the scenario benchmark suite (`specs/scenarios/`), one table of answers
/// with the wall time each took. `Benchmarks/` is the other kind: the speed of the code.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Run the named planning scenarios of specs/scenarios/ and print their answers as one table, with the wall time each took.",
        discussion: """
            The table is stable apart from the wall-time column: with --no-timing it can be diffed, and \
            specs/scenarios/expected.txt holds today's. After a deliberate change to the model, regenerate it with
              swift run infercap bench --no-timing > specs/scenarios/expected.txt
            """)

    @Option(help: "Comma-separated scenario ids (default: all).") var scenario: String?
    @Option(name: .customLong("scenarios-dir"), help: "Folder of scenario JSON files to run instead of the bundled suite.")
    var scenariosDirectory: String?
    @Flag(name: .customLong("no-timing"), help: "Leave out the wall times, so the output is the same on every run.") var noTiming = false
    @Option(help: "Worker threads for sweep scenarios.") var threads: Int = ProcessInfo.processInfo.activeProcessorCount
    @Option(help: "table, json, csv or markdown") var format: OutputFormat = .table
    @OptionGroup var catalogOptions: CatalogOptions

    func validate() throws {
        guard threads >= 1 && threads <= 64 else { throw ValidationError("--threads must be from 1 to 64") }
    }

    func run() throws {
        let catalog = try catalogOptions.catalog()
        var suite = try scenariosDirectory.map { try ScenarioSuite(directory: $0, catalog: catalog) } ?? ScenarioSuite.bundled(catalog: catalog)
        if let scenario {
            suite = try suite.selecting(scenario.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
        }
        let results = try suite.run(in: catalog, threads: threads)
        print(try BenchFormatter.render(results, format: format, timing: !noTiming))
    }
}
