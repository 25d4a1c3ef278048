import ArgumentParser
import Foundation
import InferCap

/// `infercap sweep`: every deployment of a model, reduced to Pareto frontiers.
struct SweepCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sweep",
        abstract: "Search every layout, precision and batch; print the Pareto frontier of tokens/s per chip against tokens/s per user.")

    @Option(help: "Model id, alias or config.json path.") var model: String
    @Option(help: "Comma-separated accelerator ids (default: every accelerator in the catalog).") var accelerators: String?
    @Option(name: .customLong("weight-dtypes"), help: ArgumentHelp("Comma-separated weight precisions: \(DType.weightChoiceList) (default: bf16, fp8, int8 where supported)."))
    var weightDTypes: String?
    @Option(name: [.customLong("kv-dtype"), .customLong("kv-cache-dtype")], help: ArgumentHelp("\(DType.kvChoiceList) (default: bf16)."), transform: DTypeArgument.kv) var kvDType: DType = .bf16
    @Option(help: "Engine profile (specs/engines; default: sglang, the median of the fitted engines, or vllm-ascend on Ascend; vllm, trtllm, mindie, generic by name).") var engine: String = Catalog.defaultEngineName
    @Option(name: .customLong("max-chips"), help: "Largest deployment, in chips.") var maxChips: Int = 256
    @Option(help: "Only deployments of exactly this many chips (tp x pp x dp).") var chips: Int?
    @Option(name: .customLong("max-batch"), help: "Largest batch per attention group.") var maxBatch: Int = 1024
    @Option(name: .customLong("input-tokens"), help: "Prompt tokens per request.") var inputTokens: Int = 1024
    @Option(name: .customLong("output-tokens"), help: "Generated tokens per request.") var outputTokens: Int = 1024
    @Option(help: "KV tokens per sequence during decode (default: input + output/2).") var context: Int?
    @Option(name: .customLong("tpot-slo-ms"), help: "Drop points slower than this time per output token, ms (default: none, the whole frontier).") var tpotSLOMilliseconds: Double?
    @Option(name: .customLong("ttft-slo-ms"), help: "Drop points slower than this time to first token, ms (default: none).") var ttftSLOMilliseconds: Double?
    @OptionGroup var speculativeOptions: SpeculativeOptions
    @OptionGroup var engineSettings: EngineSettingsOptions
    @Option(help: "Worker threads.") var threads: Int = ProcessInfo.processInfo.activeProcessorCount
    @Option(help: "Frontier points shown per accelerator in table/markdown output (json and csv have all).") var points: Int = 10
    @Option(help: "table, json, csv or markdown") var format: OutputFormat = .table
    @Option(help: "Also write the Pareto chart (SVG) to this file.") var plot: String?
    @OptionGroup var catalogOptions: CatalogOptions

    func validate() throws {
        try OutputFile.check(plot, flag: "--plot")
        guard threads >= 1 && threads <= 64 else { throw ValidationError("--threads must be from 1 to 64") }
        if let chips, !(1...maxChips).contains(chips) {
            throw ValidationError("--chips must be from 1 to --max-chips (\(maxChips))")
        }
        guard points >= 2 else { throw ValidationError("--points must be at least 2") }
    }

    func run() throws {
        // Caught from the start, so an early Ctrl-C also ends with what was done (nothing).
        let interrupt = InterruptFlag()
        interrupt.start()
        defer { interrupt.stop() }
        let catalog = try catalogOptions.catalog()
        let dtypes = try weightDTypes.map { list in
            try list.split(separator: ",").map { name -> DType in
                guard let dtype = DType.weightChoice(named: name) else {
                    throw ValidationError("unknown weight dtype '\(name)'; use \(DType.weightChoiceList) (fp4: Blackwell only)")
                }
                return dtype
            }
        }
        let slo: LatencySLO? = (tpotSLOMilliseconds == nil && ttftSLOMilliseconds == nil) ? nil
            : LatencySLO(tpotSeconds: tpotSLOMilliseconds.map { $0 / 1000 }, ttftSeconds: ttftSLOMilliseconds.map { $0 / 1000 })
        var request = SweepRequest(
            model: model,
            accelerators: try Self.names(accelerators),
            weightDTypes: dtypes, kvDType: kvDType, engine: engine, maxChips: maxChips, maxBatch: maxBatch, inputTokens: inputTokens,
            outputTokens: outputTokens, contextTokens: context, slo: slo, threads: threads,
            speculative: try speculativeOptions.speculative(), chips: chips)
        request.engineOverrides = engineSettings.overrides
        let progress = ProgressBar()
        let clock = ContinuousClock()
        let start = clock.now
        let result = try catalog.sweep(request, progress: { progress.update($0) }, isCancelled: { interrupt.isRaised })
        progress.finish()
        let elapsed = clock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        // One write, not print: print passes a 2 MB frontier (json, csv) through a text stream.
        // Nothing is printed before it, so no buffered output can come after it.
        FileHandle.standardOutput.write(Data((try SweepFormatter.render(result, format: format, pointsShown: points, seconds: seconds) + "\n").utf8))
        if format == .table || format == .markdown {
            // Name the engine each chip was rated with (the default resolves per chip), grouped.
            var chipsByEngine: [(engine: String, chips: [String])] = []
            for frontier in result.frontiers {
                let chip = try catalog.accelerator(named: frontier.accelerator)
                let id = engine.lowercased() == Catalog.defaultEngineName ? catalog.defaultEngineID(for: chip) : engine
                if let index = chipsByEngine.firstIndex(where: { $0.engine == id }) { chipsByEngine[index].chips.append(chip.id) }
                else { chipsByEngine.append((id, [chip.id])) }
            }
            let groups = chipsByEngine.map { group in
                "\(group.engine) (\(group.chips.count > 3 ? "\(group.chips.count) chips" : group.chips.joined(separator: ", ")))"
            }
            if !groups.isEmpty {
                let overridden = request.engineOverrides.note.map { "; " + $0 } ?? ""
                print("engine: " + groups.joined(separator: ", ") + (engine.lowercased() == Catalog.defaultEngineName ? ", each chip's default; --engine to change" : "") + overridden)
            }
        }
        if let plot { try OutputFile.write(ParetoChart.svg(result, tpotSLOSeconds: slo?.tpotSeconds), to: plot, flag: "--plot") }
        if result.cancelled {
            // Ctrl-C: the frontier above covers the deployments evaluated before it.
            FileHandle.standardError.write(Data("interrupted: partial frontier of \(result.deployments) evaluated deployments (of \(result.candidates) candidates)\n".utf8))
            throw ExitCode(InterruptFlag.exitStatus)
        }
    }
}

/// A one-line progress bar on standard error, shown only on a terminal and only once a sweep
/// has run for a second.
final class ProgressBar: @unchecked Sendable {
    private let lock = NSLock()
    private let start = Date()
    private var shown = false
    private let enabled = isatty(STDERR_FILENO) != 0

    func update(_ fraction: Double) {
        guard enabled, Date().timeIntervalSince(start) > 1 else { return }
        lock.lock()
        defer { lock.unlock() }
        shown = true
        let width = 30
        let filled = Int((fraction * Double(width)).rounded(.down))
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        FileHandle.standardError.write(Data(String(format: "\r[%@] %3.0f%%", bar, fraction * 100).utf8))
    }

    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}

/// Renders sweep results.
enum SweepFormatter {
    static func render(_ result: SweepResult, format: OutputFormat, pointsShown: Int, seconds: Double) throws -> String {
        switch format {
        case .json: return try Flatten.json(result)
        case .csv:
            return CSVTable(
                columns: [
                    "accelerator", "chips", "tp", "pp", "ep", "dp", "weight_dtype", "batch", "output_tokens_per_second_per_user",
                    "output_tokens_per_second_per_chip", "output_tokens_per_second", "tpot_seconds", "ttft_seconds",
                ],
                rows: result.frontiers.flatMap(\.points).map { p in
                    let l = p.parallelism
                    return [
                        .text(p.accelerator), .integer(p.chips), .integer(l.tp), .integer(l.pp), .integer(l.ep), .integer(l.dp),
                        .text(p.weightDType.rawValue), .integer(p.batch), .number(p.tokensPerSecondPerUser),
                        .number(p.outputTokensPerSecondPerChip), .number(p.outputTokensPerSecondPerChip * Double(p.chips)),
                        .number(p.tpotSeconds), .number(p.ttftSeconds),
                    ]
                }
            ).render()
        case .table, .markdown:
            var out: [String] = []
            for frontier in result.frontiers {
                let shown = thin(frontier.points, to: pointsShown)
                let table = TextTable(header: header, rows: shown.map(row))
                let title = "\(frontier.accelerator): \(frontier.points.count) frontier points" + (shown.count < frontier.points.count ? " (\(shown.count) shown)" : "")
                out.append(title + "\n" + (format == .markdown ? table.markdown() : table.plain()))
            }
            let rate = seconds > 0 ? Double(result.evaluatedPoints) / seconds : 0
            out.append(String(
                format: "%@: %@ points (%@ ruled out by the frontier bound) in %@ deployments (of %@ candidate layouts) in %.2f s, %@ points/s%@",
                result.model + (result.speculative.map { " (\($0.label))" } ?? ""), Units.grouped(result.evaluatedPoints),
                Units.grouped(result.boundedPoints), Units.grouped(result.deployments), Units.grouped(result.candidates),
                seconds, Units.grouped(Int(rate)), result.cancelled ? " (stopped early)" : ""))
            return out.joined(separator: "\n\n")
        }
    }

    static let header = ["accelerator", "chips", "layout", "weights", "batch", "tok/s/user", "out tok/s/chip", "out tok/s", "TPOT", "TTFT (serving)"]

    static func row(_ p: FrontierPoint) -> [String] {
        let l = p.parallelism
        return [
            p.accelerator, "\(p.chips)", "tp\(l.tp) pp\(l.pp) ep\(l.ep) dp\(l.dp)", p.weightDType.rawValue, "\(p.batch)",
            Units.rate(p.tokensPerSecondPerUser), Units.rate(p.outputTokensPerSecondPerChip),
            Units.rate(p.outputTokensPerSecondPerChip * Double(p.chips)), Units.ms(p.tpotSeconds), Units.ms(p.ttftSeconds),
        ]
    }

    /// Evenly spaced points along the frontier, ends included.
    static func thin(_ points: [FrontierPoint], to count: Int) -> [FrontierPoint] {
        guard points.count > count else { return points }
        return (0..<count).map { points[Int((Double($0) * Double(points.count - 1) / Double(count - 1)).rounded())] }
    }
}

extension SweepCommand {
    /// The accelerator ids given; an empty `--accelerators` is refused rather than read as
    /// "every chip" (leave the flag out for that).
    static func names(_ text: String?) throws -> [String] {
        guard let text else { return [] }
        let names = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !names.isEmpty else {
            throw ValidationError("--accelerators names no accelerator; give ids, or leave the flag out to search every accelerator")
        }
        return names
    }
}
