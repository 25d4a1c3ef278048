import ArgumentParser
import Foundation
import InferCap

/// `infercap simulate`: a benchmark run simulated request by request, with `vllm bench serve`'s
/// traffic flags, printing what it prints.
struct SimulateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Simulate a serving benchmark request by request (vllm bench serve's flags and metrics).")

    @Option(help: "Model id, alias or path to a HuggingFace config.json.") var model: String
    @Option(help: "Accelerator id, alias or path to a spec file.") var accelerator: String
    @OptionGroup var layoutOptions: LayoutOptions
    @Option(name: .customLong("weight-dtype"), help: ArgumentHelp("\(DType.weightChoiceList)."), transform: DTypeArgument.weight) var weightDType: DType?
    @Option(name: .customLong("expert-dtype"), help: ArgumentHelp("Precision of the routed experts."), transform: DTypeArgument.weight) var expertWeightDType: DType?
    @Option(name: [.customLong("kv-dtype"), .customLong("kv-cache-dtype")], help: ArgumentHelp("\(DType.kvChoiceList) (default: bf16)."), transform: DTypeArgument.kv) var kvDType: DType = .bf16
    @Option(help: "Engine profile (specs/engines; default: sglang, the median of the fitted engines, or vllm-ascend on Ascend; vllm, trtllm, mindie, generic by name). Its sequence cap, token budget and scheduler drive the simulation.") var engine: String = Catalog.defaultEngineName
    @OptionGroup var engineSettings: EngineSettingsOptions
    @OptionGroup var speculativeOptions: SpeculativeOptions
    @Option(name: [.customLong("input-tokens"), .customLong("random-input-len")], help: "Prompt tokens per request (mean).")
    var inputTokens: Int = 1024
    @Option(name: [.customLong("output-tokens"), .customLong("random-output-len")], help: "Generated tokens per request (mean).")
    var outputTokens: Int = 1024
    @Option(name: .customLong("random-range-ratio"), help: "Lengths uniform in [L(1-r), L(1+r)] (0 = fixed).") var rangeRatio: Double = 0
    @Option(name: .customLong("num-prompts"), help: "Requests sent in all (default 1000).") var numPrompts: Int?
    @Option(name: .customLong("request-rate"), help: "Mean requests per second, or inf to send all at once (default inf).") var requestRate: String?
    @Option(help: ArgumentHelp("Replay a trace (CSV with a header, JSON Lines or a JSON array; - reads standard input): arrival_seconds/arrival_time, timestamp (ms, or Azure's date and time), input_tokens/input_length/ContextTokens, output_tokens/output_length/GeneratedTokens."))
    var trace: String?
    @Option(help: "Gamma shape of the inter-arrival gaps (1 = Poisson).") var burstiness: Double = 1
    @Option(name: .customLong("max-concurrency"), help: "Most requests in flight at once (a closed loop with --request-rate inf).")
    var maxConcurrency: Int?
    @Option(help: "Seed of the arrivals and lengths.") var seed: UInt64 = 0
    @Option(name: .customLong("tpot-slo-ms"), help: "Goodput: largest TPOT, ms (default: none, no goodput).") var tpotSLOMilliseconds: Double?
    @Option(name: .customLong("ttft-slo-ms"), help: "Goodput: largest TTFT, ms (default: none).") var ttftSLOMilliseconds: Double?
    @Option(help: "table, json, csv or markdown") var format: OutputFormat = .table
    @OptionGroup var disaggregation: DisaggregationOptions
    @OptionGroup var catalogOptions: CatalogOptions

    func run() throws {
        if trace != nil, requestRate != nil || numPrompts != nil {
            throw ValidationError("give either --trace or --request-rate/--num-prompts: a trace sets its own arrivals and count")
        }
        let rate: Double
        switch (requestRate ?? "inf").lowercased() {
        case "inf", "infinity": rate = .infinity
        default:
            guard let text = requestRate, let value = Double(text), value.isFinite, value > 0 else {
                throw ValidationError("--request-rate must be a positive number of requests per second or inf, got '\(requestRate ?? "")'")
            }
            rate = value
        }
        let replayed = try trace.map { try RequestTrace.load(path: $0) }
        let layout = layoutOptions.layout
        let request = EstimateRequest(
            model: model, accelerator: accelerator, parallelism: layout, weightDType: weightDType, kvDType: kvDType, engine: engine,
            workload: Workload(inputTokens: inputTokens, outputTokens: outputTokens), speculative: try speculativeOptions.speculative(),
            expertWeightDType: expertWeightDType, engineOverrides: engineSettings.overrides)
        let traffic = Traffic(
            requests: numPrompts ?? 1000, requestsPerSecond: rate, burstiness: burstiness, maxConcurrency: maxConcurrency,
            inputTokens: inputTokens, outputTokens: outputTokens, rangeRatio: rangeRatio, seed: seed, trace: replayed)
        let catalog = try catalogOptions.catalog()
        let result: SimulationResult
        var pairLine: String?
        if let prefillLayout = disaggregation.prefillLayout {
            var prefillRequest = request
            prefillRequest.parallelism = prefillLayout
            let simulator = try catalog.disaggregatedSimulator(
                prefill: prefillRequest, decode: request,
                prefillInstances: disaggregation.prefillInstances ?? 1, decodeInstances: disaggregation.decodeInstances ?? 1)
            result = try simulator.run(traffic)
            pairLine = DisaggregationOptions.describe(simulator, inputTokens: result.completed > 0 ? result.totalInputTokens / result.completed : inputTokens)
        } else {
            result = try catalog.simulate(request, traffic: traffic)
        }
        let goodput = result.goodput(tpotSeconds: tpotSLOMilliseconds.map { $0 / 1000 }, ttftSeconds: ttftSLOMilliseconds.map { $0 / 1000 })
        print(try SimulateFormatter.render(result, goodput: goodput, format: format))
        if format == .table || format == .markdown {
            let chip = try catalog.accelerator(named: accelerator)
            let id = try catalog.engine(named: engine, for: chip).id
            print("engine: \(id)" + (engine.lowercased() == Catalog.defaultEngineName ? " (\(chip.id)'s default; --engine to change)" : ""))
            if let pairLine { print(pairLine) }
        }
    }
}

/// `vllm bench serve`-style rendering of a simulation.
enum SimulateFormatter {
    static func render(_ result: SimulationResult, goodput: Double?, format: OutputFormat) throws -> String {
        switch format {
        case .json:
            guard let goodput else { return try Flatten.json(result) }
            var object = try JSONSerialization.jsonObject(with: Data(try Flatten.json(result).utf8)) as? [String: Any] ?? [:]
            object["request_goodput"] = goodput
            return String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys]), as: UTF8.self)
        case .csv:
            // One row under vLLM's result keys (as `vllm bench serve --save-result` writes them).
            var values = try Flatten.values(result)
            if let goodput { values.append(("request_goodput", .number(goodput))) }
            return CSVTable(records: [values.sorted { $0.key < $1.key }]).render()
        case .markdown, .table:
            var rows: [[String]] = [
                ["Successful requests", Units.grouped(result.completed)],
                ["Benchmark duration (s)", String(format: "%.2f", result.durationSeconds)],
                ["Total input tokens", Units.grouped(result.totalInputTokens)],
                ["Total generated tokens", Units.grouped(result.totalOutputTokens)],
                ["Request throughput (req/s)", String(format: "%.2f", result.requestThroughput)],
                ["Output token throughput (tok/s)", String(format: "%.2f", result.outputThroughput)],
                ["Total token throughput (tok/s)", String(format: "%.2f", result.totalTokenThroughput)],
            ]
            if let goodput { rows.append(["Request goodput (req/s)", String(format: "%.2f", goodput)]) }
            for (title, latency) in [("TTFT", result.ttft), ("TPOT", result.tpot), ("ITL", result.itl), ("E2E latency", result.e2e)] {
                rows.append(["Mean \(title) (ms)", String(format: "%.2f", latency.mean)])
                rows.append(["Median \(title) (ms)", String(format: "%.2f", latency.median)])
                rows.append(["P90 \(title) (ms)", String(format: "%.2f", latency.p90)])
                rows.append(["P99 \(title) (ms)", String(format: "%.2f", latency.p99)])
            }
            rows.append(["Mean concurrency", String(format: "%.1f", result.meanConcurrency)])
            rows.append(["Preemptions", Units.grouped(result.preemptions)])
            let table = TextTable(header: ["metric", "value"], rows: rows)
            var out = format == .markdown ? table.markdown() : table.plain()
            if result.overloaded {
                out += String(format: "\noverloaded: requests arrived faster than served (the last quarter waited much longer for a first token); sustainable about %.2f req/s", result.requestThroughput)
            }
            return out
        }
    }
}
