import ArgumentParser
import Foundation
import InferCap

/// The `infercap` command: parses, calls the library, formats. Every failure is one line on
/// standard error and exit status 2; a sweep stopped by Ctrl-C prints its partial frontier
/// and exits 130.
@main
struct InferCapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "infercap",
        abstract: "LLM inference capacity calculator: tokens/s, latency and memory of a model on a chip.",
        version: "0.1.0",
        subcommands: [
            BenchCommand.self, CompareCommand.self, EstimateCommand.self, FleetCommand.self, LaunchCommand.self, ListCommand.self, ReportCommand.self,
            ShowCommand.self, SimulateCommand.self, SweepCommand.self, ValidateCommand.self,
        ],
        defaultSubcommand: CompareCommand.self)

    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as InferCapError {
            FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
            Foundation.exit(2)
        } catch let code as ExitCode where code.rawValue == InterruptFlag.exitStatus {
            Foundation.exit(code.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            let message = fullMessage(for: error).split(separator: "\n").first.map(String.init) ?? "\(error)"
            FileHandle.standardError.write(Data("\(message)\n".utf8))
            Foundation.exit(2)
        }
    }
}

/// Flags every command that reads the catalog accepts.
struct CatalogOptions: ParsableArguments {
    @Option(name: .customLong("spec-dir"), help: "Extra folder or file of specs (accelerators, HF configs, calibration, engines); repeatable.")
    var specDirectories: [String] = []

    func catalog() throws -> Catalog { try Catalog(adding: specDirectories) }
}
