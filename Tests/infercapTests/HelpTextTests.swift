import Foundation
import Testing

/// Help text against behaviour: every command's options, read from the parser's own dump
/// (`--experimental-dump-help`), must say what the parser does.
@Suite("help text matches behaviour")
struct HelpTextTests {
    struct Option {
        var command: String
        var names: [String]
        var abstract: String
        var allValues: [String]?
        var defaultValue: String?
        var isOptional: Bool
    }

    /// Every visible option of every command, with its command path ("fleet size").
    static func options() throws -> (commands: [String], options: [Option]) {
        let dump = try CLIRunner.run(["--experimental-dump-help"])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as? [String: Any])
        var commands: [String] = [], options: [Option] = []
        func walk(_ command: [String: Any], path: String) {
            commands.append(path)
            for argument in command["arguments"] as? [[String: Any]] ?? [] where argument["shouldDisplay"] as? Bool ?? true {
                var names = (argument["names"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
                if names.isEmpty { names = ["<\(argument["valueName"] as? String ?? "argument")>"] }  // a positional argument
                guard !names.contains("help"), !names.contains("version") else { continue }
                options.append(Option(
                    command: path, names: names, abstract: argument["abstract"] as? String ?? "",
                    allValues: argument["allValues"] as? [String], defaultValue: argument["defaultValue"] as? String,
                    isOptional: argument["isOptional"] as? Bool ?? true))
            }
            for sub in command["subcommands"] as? [[String: Any]] ?? [] where sub["commandName"] as? String != "help" {
                walk(sub, path: (path.isEmpty ? "" : path + " ") + (sub["commandName"] as? String ?? "?"))
            }
        }
        walk(try #require(root["command"] as? [String: Any]), path: "")
        return (commands, options)
    }

    @Test("every command answers --help, and every visible option says what it is")
    func everyCommandHasHelp() throws {
        let (commands, options) = try Self.options()
        #expect(commands.count >= 13, "commands: \(commands)")
        for command in commands {
            let result = try CLIRunner.run(command.split(separator: " ").map(String.init) + ["--help"])
            #expect(result.status == 0 && result.stdout.contains("USAGE:"), "\(command) --help: \(result.stderr)")
        }
        for option in options {
            #expect(option.abstract.count >= 6, "\(option.command) --\(option.names.first ?? "?") has no help text")
        }
    }

    @Test("a list of values in the help is exactly the values the parser accepts")
    func listedValues() throws {
        for option in try Self.options().options {
            guard let accepted = option.allValues else { continue }
            // "table, json, csv or markdown": the first "a, b or c" list in the text.
            let pattern = #"[a-z0-9-]+(, [a-z0-9-]+)* or [a-z0-9-]+"#
            guard let range = option.abstract.range(of: pattern, options: .regularExpression) else { continue }
            let listed = option.abstract[range].replacingOccurrences(of: " or ", with: ", ").components(separatedBy: ", ")
            guard listed.contains(where: accepted.contains) else { continue }
            #expect(Set(listed) == Set(accepted), "\(option.command) --\(option.names[0]): help lists \(listed), parser accepts \(accepted)")
        }
    }

    @Test("a default stated in the help is the parser's default")
    func statedDefaults() throws {
        for option in try Self.options().options {
            guard let actual = option.defaultValue,
                let range = option.abstract.range(of: #"\(default:? [^),;]+"#, options: .regularExpression)
            else { continue }
            let stated = option.abstract[range].replacingOccurrences(of: "(default: ", with: "").replacingOccurrences(of: "(default ", with: "")
            guard let number = Double(stated.split(separator: " ")[0]) else { continue }
            #expect(Double(actual) == number, "\(option.command) --\(option.names[0]): help says \(stated), parser uses \(actual)")
        }
    }

    /// The parser prints "(default: X)" itself; an optional flag with no default value shows
    /// nothing, so where the same flag has a default elsewhere its help must say what it does
    /// when left out (`--tpot-slo-ms`: 50 ms in fleet, none in sweep).
    @Test("an option of one name with a default elsewhere says what its absence means")
    func consistentDefaults() throws {
        let byName = Dictionary(grouping: try Self.options().options) { $0.names[0] }
        for (name, options) in byName where options.count > 1 {
            let defaults = Set(options.map { $0.defaultValue ?? "none" })
            guard defaults.count > 1 else { continue }
            for option in options where option.defaultValue == nil && option.isOptional && !option.abstract.contains("default") {
                #expect(Bool(false), "--\(name) defaults to \(option.defaultValue ?? "none") in \(option.command) but differs elsewhere (\(defaults.sorted())); say the default in its help")
            }
        }
    }

    @Test("precision flags take exactly the precisions their help lists", arguments: ["bf16", "fp8", "int8", "fp4", "mxfp4"])
    func kvPrecisions(_ dtype: String) throws {
        let result = try CLIRunner.run("estimate --model llama-3.1-8b --accelerator h100-sxm --tp 1 --batch 1 --kv-dtype \(dtype) --format json")
        let listed = ["bf16", "fp8", "int8"].contains(dtype)
        #expect((result.status == 0) == listed, "--kv-dtype \(dtype): \(result.stderr)")
        if !listed {
            #expect(result.stderr.hasPrefix("error: ") && result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        }
    }

    @Test("every refusal is one line that starts with 'error: '", arguments: [
        "estimat --model x", "estimate --accelerator h100-sxm", "estimate --model llama3-70b --accelerator h100-sxm",
        "estimate --model llama-3.1-8b --accelerator h100-sxm --tp x", "sweep --model llama-3.1-8b --threads 0",
        "estimate --model llama-3.1-8b --accelerator h100-sxm --tensor-paralel-size 2",
    ])
    func oneErrorStyle(_ line: String) throws {
        let result = try CLIRunner.run(line)
        #expect(result.status == 2, "\(line)")
        #expect(result.stderr.hasPrefix("error: ") && result.stderr.split(separator: "\n").count == 1, "\(line): \(result.stderr)")
    }

    @Test("suggestions: a mistyped command, model or flag names the closest")
    func suggestions() throws {
        #expect(try CLIRunner.run("estimat --model x").stderr.contains("did you mean 'estimate'"))
        #expect(try CLIRunner.run("estimate --model llama3-70b --accelerator h100-sxm").stderr.contains("did you mean 'llama3.1-70b'"))
        #expect(try CLIRunner.run("estimate --model llama-3.1-8b --accelerator h100-sxm --tensor-paralel-size 2").stderr
            .contains("did you mean '--tensor-parallel-size'"))
    }
}
