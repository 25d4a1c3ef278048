import ArgumentParser
import InferCap

/// `infercap launch`: the vLLM, SGLang and TensorRT-LLM start-up commands of the deployment
/// `estimate` describes, with the layout, precisions and engine settings it assumed.
struct LaunchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "launch",
        abstract: "Print the vLLM, SGLang and TensorRT-LLM commands that start the deployment infercap estimates.",
        discussion: """
            Takes estimate's flags. Without --tp/--pp/--ep/--dp the layout is the one estimate chooses. \
            Each command carries the layout, the KV-cache precision, and its engine profile's memory \
            fraction, running-sequence cap and token budget (changed with --max-num-seqs, \
            --max-num-batched-tokens, --gpu-memory-utilization). --engine prints one engine's command \
            with that profile; without it, every engine for the chip (Ascend: vLLM-Ascend and MindIE).
            """)

    @Option(help: "Model id, alias or path to a HuggingFace config.json.") var model: String
    @Option(help: "Accelerator id, alias or path to a spec file.") var accelerator: String
    @OptionGroup var layoutOptions: LayoutOptions
    @OptionGroup var workloadOptions: WorkloadOptions
    @Option(help: "table, json or shell") var format: LaunchFormat = .table
    @OptionGroup var catalogOptions: CatalogOptions

    func run() throws {
        let catalog = try catalogOptions.catalog()
        var engines: [ServingEngine]?
        if let name = workloadOptions.engine {
            let profile = try catalog.engine(named: name)
            guard let engine = ServingEngine(profileID: profile.id) else {
                let known = ServingEngine.allCases.map(\.rawValue).joined(separator: ", ")
                throw ValidationError("launch writes commands for \(known); the '\(profile.id)' profile belongs to none of them: leave --engine out for all")
            }
            engines = [engine]
        }
        let request = EstimateRequest(
            model: model, accelerator: accelerator, parallelism: layoutOptions.layout, weightDType: workloadOptions.weightDType,
            kvDType: workloadOptions.kvDType, engine: workloadOptions.engineID, workload: workloadOptions.workload,
            expertWeightDType: workloadOptions.expertWeightDType, engineOverrides: workloadOptions.engineSettings.overrides)
        let plan = try catalog.launchPlan(request, engines: engines)
        print(try LaunchFormatter.render(plan, format: format))
    }
}

/// How `launch` prints its commands: readable, as JSON, or as a shell script.
enum LaunchFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, shell
}

/// Renders a ``LaunchPlan``.
enum LaunchFormatter {
    static func render(_ plan: LaunchPlan, format: LaunchFormat) throws -> String {
        switch format {
        case .json: return try Flatten.json(plan)
        case .table: return text(plan, shell: false)
        case .shell: return text(plan, shell: true)
        }
    }

    /// The plan as text: a heading, the plan's notes, then each engine's commands, YAML and notes.
    /// As a shell script, everything but the commands and the YAML's here-document is a comment.
    static func text(_ plan: LaunchPlan, shell: Bool) -> String {
        let comment = shell ? "# " : ""
        let note = shell ? "# note: " : "note: "
        let indent = shell ? "" : "  "
        let p = plan.parallelism
        var lines: [String] = shell ? ["#!/bin/sh"] : []
        var heading = "\(comment)\(plan.model) on \(plan.chips) x \(plan.accelerator) (tp=\(p.tp) pp=\(p.pp) ep=\(p.ep) dp=\(p.dp)), \(plan.weightDType.rawValue) weights, \(plan.kvDType.rawValue) KV"
        if plan.nodes > 1 { heading += ", \(plan.nodes) nodes of \(plan.chipsPerNode)" }
        lines.append(heading)
        lines += plan.notes.map { note + $0 }
        for engine in plan.engines {
            lines.append("")
            lines.append("\(comment)\(engine.engine.displayName) (profile \(engine.profile))\(shell ? "" : ":")")
            if let file = engine.yamlFile, let yaml = engine.yaml {
                let body = yaml.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
                if shell {
                    lines += ["cat > \(file) <<'EOF'"] + body + ["EOF"]
                } else {
                    lines += ["\(indent)\(file):"] + body.map { indent + indent + $0 }
                }
            }
            if let command = engine.command {
                let nodes = [command] + engine.otherNodeCommands
                for (rank, argv) in nodes.enumerated() {
                    if nodes.count > 1 { lines.append("\(comment)\(indent)node \(rank):") }
                    lines += commandLines(argv).map { indent + (nodes.count > 1 ? indent : "") + $0 }
                }
            }
            lines += engine.notes.map { note + $0 }
        }
        return lines.joined(separator: "\n")
    }

    /// An argument vector as shell lines: the program and its leading words on the first line,
    /// then one `--flag value...` per line, joined by backslashes.
    static func commandLines(_ argv: [String]) -> [String] {
        var groups: [[String]] = [[]]
        for word in argv {
            if word.hasPrefix("--") && !(groups.last?.isEmpty ?? true) { groups.append([]) }
            groups[groups.count - 1].append(quoted(word))
        }
        return groups.enumerated().map { index, words in
            (index == 0 ? "" : "  ") + words.joined(separator: " ") + (index == groups.count - 1 ? "" : " \\")
        }
    }

    /// A word quoted for a POSIX shell where it holds anything but letters, digits and `_./:=@%+,-`.
    static func quoted(_ word: String) -> String {
        let plain = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_./:=@%+,-")
        if !word.isEmpty && word.allSatisfy({ plain.contains($0) }) { return word }
        return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
