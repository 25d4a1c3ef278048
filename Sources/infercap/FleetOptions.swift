import ArgumentParser
import Foundation
import InferCap

/// Requests and SLO flags of the fleet commands.
struct FleetWorkloadOptions: ParsableArguments {
    @Option(name: .customLong("input-tokens"), help: "Prompt tokens per request.") var inputTokens: Int = 1024
    @Option(name: .customLong("output-tokens"), help: "Generated tokens per request.") var outputTokens: Int = 1024
    @Option(name: .customLong("requests-file"), help: "File of (input, output) token pairs (CSV, a JSON array or JSON Lines; - reads standard input); replaces --input/--output-tokens.")
    var requestsFile: String?
    @Option(name: .customLong("prefix-cache-hit-rate"), help: "Share of prompt tokens served from the prefix cache (0 to <1).")
    var prefixCacheHitRate: Double = 0
    @Option(name: .customLong("tpot-slo-ms"), help: "Largest mean time per output token, ms.") var tpotSLOMilliseconds: Double = 50
    @Option(name: .customLong("ttft-slo-ms"), help: "Largest time to first token at the percentile, ms.") var ttftSLOMilliseconds: Double = 2000
    @Option(name: .customLong("ttft-percentile"), help: "Percentile of requests that meet the TTFT target.") var ttftPercentile: Double = 90

    func mix() throws -> RequestMix {
        if let requestsFile {
            return try RequestMix(pairs: RequestMix.loadPairs(path: requestsFile), prefixCacheHitRate: prefixCacheHitRate)
        }
        return RequestMix(inputTokens: inputTokens, outputTokens: outputTokens, prefixCacheHitRate: prefixCacheHitRate)
    }

    var slo: FleetSLO {
        FleetSLO(tpotSeconds: tpotSLOMilliseconds / 1000, ttftSeconds: ttftSLOMilliseconds / 1000, ttftPercentile: ttftPercentile / 100)
    }
}

/// Flags shared by `fleet size` and `fleet capacity`.
struct FleetOptions: ParsableArguments {
    @Option(help: "Model id, alias or config.json path.") var model: String = "deepseek-r1"
    @OptionGroup var workload: FleetWorkloadOptions
    @Option(help: "Purchase price per chip, e.g. ascend-910b-376t=15000 (USD); repeatable.") var price: [String] = []
    @Option(help: "Rental per chip-hour, e.g. h800=2 (USD), used when no purchase price is known; repeatable.") var rental: [String] = []
    @Option(help: "Chip power, e.g. ascend-910c=800 (W); repeatable.") var power: [String] = []
    @Option(help: "auto, aggregated or disaggregated.") var serving: FleetRequest.ServingMode = .auto
    @Option(name: .customLong("kv-transfer"), help: "same-vendor or any-vendor: which pools KV caches may move between.")
    var kvTransfer: FleetRequest.KVTransfer = .sameVendor
    @Option(help: "cost or chips: what sizing minimises.") var objective: FleetRequest.Objective = .cost
    @Option(help: "Engine profile (specs/engines; default: sglang, the median of the fitted engines, or vllm-ascend on Ascend; vllm, trtllm, mindie, generic by name).") var engine: String = Catalog.defaultEngineName
    @Option(name: [.customLong("kv-dtype"), .customLong("kv-cache-dtype")], help: ArgumentHelp("\(DType.kvChoiceList) (default: bf16)."), transform: DTypeArgument.kv) var kvDType: DType = .bf16
    @Option(name: .customLong("weight-dtype"), help: ArgumentHelp("\(DType.weightChoiceList) (default: per chip)."), transform: DTypeArgument.weight) var weightDType: DType?
    @Option(name: .customLong("electricity-usd-per-kwh"), help: "Override the electricity price.") var electricity: Double?
    @Option(help: "Override the data centre's power usage effectiveness.") var pue: Double?
    @Option(name: .customLong("amortization-years"), help: "Override the write-off period.") var amortizationYears: Double?
    @Option(name: .customLong("max-chips"), help: "Largest instance considered, chips.") var maxChips: Int = 256
    @Option(name: .customLong("ttft-model"), help: "formula or simulate: how aggregated and prefill instances' TTFT and TPOT under load are judged.")
    var ttftModel: FleetRequest.TTFTModel = .formula
    @OptionGroup var speculativeOptions: SpeculativeOptions
    @OptionGroup var engineSettings: EngineSettingsOptions
    @Option(
        name: .customLong("time-limit"),
        help: "Seconds the optimiser may search (all plans together, above 0 and at most 3600); it then prints the best plans found and their proven gap.")
    var timeLimit: Double = 5
    @Option(help: "table, json, csv or markdown") var format: OutputFormat = .table
    @OptionGroup var catalogOptions: CatalogOptions

    func validate() throws {
        try Self.checkTimeLimit(timeLimit)
    }

    /// Refuses a `--time-limit` that is not seconds above 0 and at most 3600.
    static func checkTimeLimit(_ seconds: Double) throws {
        guard seconds.isFinite, seconds > 0, seconds <= 3_600 else {
            let given = seconds.isFinite && seconds == seconds.rounded() && abs(seconds) < 1e15 ? String(Int(seconds)) : "\(seconds)"
            throw ValidationError("--time-limit must be seconds above 0 and at most 3600, got \(given)")
        }
    }

    func request(accelerators: [String], counts: [String: Int]) throws -> FleetRequest {
        guard !accelerators.isEmpty else { throw ValidationError("name at least one accelerator") }
        let prices = try Self.assignments(Self.joined(price), flag: "--price")
        let rentals = try Self.assignments(Self.joined(rental), flag: "--rental")
        let watts = try Self.assignments(Self.joined(power), flag: "--power")
        for (flag, values) in [("--available/--stockpile", counts.mapValues(Double.init)), ("--price", prices), ("--rental", rentals), ("--power", watts)] {
            for key in values.keys where !accelerators.contains(key) {
                throw ValidationError("\(flag) names '\(key)', which is not among the accelerators (\(accelerators.joined(separator: ",")))")
            }
        }
        var costs = try CostAssumptions.bundled()
        if let electricity { costs.electricityUSDPerKilowattHour = electricity }
        if let pue { costs.powerUsageEffectiveness = pue }
        if let amortizationYears { costs.amortizationYears = amortizationYears }
        var request = FleetRequest(
            model: model,
            supplies: accelerators.map {
                ChipSupply(accelerator: $0, available: counts[$0], priceUSD: prices[$0], rentalUSDPerHour: rentals[$0], watts: watts[$0])
            },
            mix: try workload.mix(), slo: workload.slo, serving: serving, kvTransfer: kvTransfer, objective: objective, engine: engine,
            kvDType: kvDType, weightDType: weightDType, costs: costs, maxChipsPerInstance: maxChips,
            speculative: try speculativeOptions.speculative())
        request.ttftModel = ttftModel
        request.solverTimeLimitSeconds = timeLimit
        request.engineOverrides = engineSettings.overrides
        return request
    }

    static func list(_ text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Parses `a=1,b=2e3` into a dictionary.
    /// `id=value` items separated by commas, each converted by `value` (nil = not a value of
    /// the kind `expects` names: the whole flag is refused with the item).
    static func pairs<Value>(_ text: String, flag: String, expects: String, value: (String) -> Value?) throws -> [(String, Value)] {
        try list(text).map { item in
            let parts = item.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[0].isEmpty, let converted = value(parts[1]) else {
                throw ValidationError("\(flag) expects \(expects) pairs separated by commas, got '\(item)'")
            }
            return (parts[0], converted)
        }
    }

    /// `id=name` pairs separated by commas.
    static func namePairs(_ text: String, flag: String) throws -> [(String, String)] {
        try pairs(text, flag: flag, expects: "id=name") { $0.isEmpty ? nil : $0 }
    }

    /// The values of a repeatable flag, joined as one comma-separated list (a repeated flag adds
    /// to the list rather than silently replacing it).
    static func joined(_ values: [String]) -> String? { values.isEmpty ? nil : values.joined(separator: ",") }

    /// `id=number` pairs separated by commas, each id at most once.
    static func assignments(_ text: String?, flag: String) throws -> [String: Double] {
        guard let text else { return [:] }
        var result: [String: Double] = [:]
        for (id, value) in try pairs(text, flag: flag, expects: "id=number", value: { Double($0).flatMap { $0.isFinite ? $0 : nil } }) {
            if let earlier = result[id] {
                throw ValidationError("\(flag) names \(id) twice (\(earlier.formatted()) and \(value.formatted())); give each id once")
            }
            result[id] = value
        }
        return result
    }

    static func whole(_ value: Double, flag: String) throws -> Int {
        guard value >= 0, value <= 1e8, value == value.rounded() else {
            throw ValidationError("\(flag) counts must be whole numbers from 0 to 100000000, got \(value)")
        }
        return Int(value)
    }
}

extension FleetRequest.ServingMode: ExpressibleByArgument {}
extension FleetRequest.KVTransfer: ExpressibleByArgument {}
extension FleetRequest.Objective: ExpressibleByArgument {}
extension FleetRequest.TTFTModel: ExpressibleByArgument {}
extension Demand.TokenCount: ExpressibleByArgument {}
