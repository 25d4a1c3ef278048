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
        version: InferCapVersion.current,
        subcommands: [
            BenchCommand.self, CompareCommand.self, EstimateCommand.self, FleetCommand.self, LaunchCommand.self, ListCommand.self, ReportCommand.self,
            ShowCommand.self, SimulateCommand.self, SweepCommand.self, ValidateCommand.self,
        ],
        defaultSubcommand: CompareCommand.self)

    static func main() {
        do {
            try refuseHexadecimalNumbers()
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
            var message = fullMessage(for: error).split(separator: "\n").first.map(String.init) ?? "\(error)"
            if message.hasPrefix("Error: ") { message.removeFirst("Error: ".count) }
            // One style: "error: missing ...", as the library's errors read.
            if let first = message.first, first.isUppercase, message.dropFirst().first?.isLowercase == true {
                message = first.lowercased() + message.dropFirst()
            }
            message = message.replacingOccurrences(of: ". Did you mean", with: "; did you mean")
            if let suggestion = misspelledCommand() { message = suggestion }
            FileHandle.standardError.write(Data("error: \(message)\n".utf8))
            Foundation.exit(2)
        }
    }
}

extension InferCapCommand {
    /// Swift's `Double("0x1p5")` reads hexadecimal floats, so `--tpot-slo-ms 0x1p5` would mean
    /// 32 ms; no user means that. A value spelled as a hexadecimal number is refused.
    static func refuseHexadecimalNumbers(_ arguments: [String] = Array(CommandLine.arguments.dropFirst())) throws {
        for (index, argument) in arguments.enumerated() {
            let value = argument.split(separator: "=", maxSplits: 1).last.map(String.init) ?? argument
            guard value.range(of: #"^[+-]?0[xX][0-9a-fA-F.]*([pP][+-]?[0-9]+)?$"#, options: .regularExpression) != nil else { continue }
            let flag = index > 0 && arguments[index - 1].hasPrefix("--") ? " for \(arguments[index - 1])" : ""
            throw ValidationError("'\(value)'\(flag) is a hexadecimal number; write it in decimal (e.g. 32 or 1.5e3)")
        }
    }

    /// "unknown command 'estimat'; did you mean 'estimate'?" when the first argument looks like
    /// a mistyped subcommand (a word that is not a command, close to one); nil otherwise.
    static func misspelledCommand(_ arguments: [String] = Array(CommandLine.arguments.dropFirst())) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-") else { return nil }
        let names = configuration.subcommands.compactMap { $0.configuration.commandName }
        guard !names.contains(first) else { return nil }
        let typed = first.lowercased()
        let close = names.map { (name: $0, distance: NameSuggestion.editDistance(typed, $0)) }.filter { $0.distance <= max(2, first.count / 3) }
        guard let best = close.min(by: { $0.distance < $1.distance })?.name else { return nil }
        return "unknown command '\(first)'; did you mean '\(best)'? (commands: \(names.sorted().joined(separator: ", ")))"
    }
}

/// Flags every command that reads the catalog accepts.
struct CatalogOptions: ParsableArguments {
    @Option(name: .customLong("spec-dir"), help: "Extra folder or file of specs (accelerators, HF configs, calibration, engines); repeatable.")
    var specDirectories: [String] = []

    func catalog() throws -> Catalog { try Catalog(adding: specDirectories) }
}
