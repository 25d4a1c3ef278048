import Foundation

extension Scenario {
    /// Reads and checks one scenario file; model and accelerator names are resolved against
    /// `catalog`, so a typo is reported with the file, the field and the closest known name.
    public init(contentsOfFile path: String, catalog: Catalog) throws(InferCapError) {
        self = try InferCapError.narrowing { try Scenario.load(from: JSONDocument.load(path: path), catalog: catalog) }
    }

    static func load(from document: JSONDocument, catalog: Catalog) throws -> Scenario {
        let path = document.path
        func invalid(_ field: String, _ problem: String, _ fix: String) -> InferCapError {
            InferCapError.invalidField(path: path, field: field, problem: problem, fix: fix)
        }
        func nonEmpty(_ document: JSONDocument, _ key: String) throws -> String {
            let text = try document.string(key)
            guard !text.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw invalid(document.name(key), "is empty", "write it out: every scenario says what it asks and where its numbers come from")
            }
            return text
        }

        let id = try nonEmpty(document, "id")
        guard id.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." }) else {
            throw invalid("id", "is '\(id)', which has characters other than letters, digits, '-' and '.'", "use an id like r1-chat-h20")
        }
        let kindName = try document.string("kind")
        guard let kind = Kind(rawValue: kindName) else {
            let names = Kind.allCases.map(\.rawValue)
            let hint = NameSuggestion.closest(to: kindName, in: names).map { "did you mean '\($0)'? " } ?? ""
            throw invalid("kind", "is '\(kindName)', not a scenario kind", "\(hint)use one of \(names.joined(separator: ", "))")
        }

        let modelName = try document.string("model")
        do { _ = try catalog.model(named: modelName) } catch {
            throw invalid("model", "names no known model ('\(modelName)')", Self.fix(for: error, list: "models"))
        }

        var stockpile: [String: Int] = [:]
        var accelerators = try document.stringArray("accelerators")
        if kind == .fleetCapacity {
            let pile = try document.object("stockpile")
            guard !pile.fields.isEmpty else { throw invalid("stockpile", "is empty", "give chips on hand, e.g. {\"h20\": 10000}") }
            for key in pile.fields.keys.sorted() { stockpile[key] = try pile.count(key, limit: 1e8) }
            accelerators = stockpile.keys.sorted()
        }
        for (index, name) in accelerators.enumerated() {
            do { _ = try catalog.accelerator(named: name) } catch {
                let field = kind == .fleetCapacity ? "stockpile.\(name)" : "accelerators[\(index)]"
                throw invalid(field, "names no known accelerator ('\(name)')", Self.fix(for: error, list: "accelerators"))
            }
        }
        let wanted: (count: ClosedRange<Int>, text: String) = switch kind {
        case .estimate: (1...1, "exactly one accelerator")
        case .compare: (2...16, "two to sixteen accelerators")
        case .sweep, .fleetSize: (1...16, "one to sixteen accelerators")
        case .fleetCapacity: (1...16, "one to sixteen accelerators in the stockpile")
        }
        guard wanted.count.contains(accelerators.count) else {
            throw invalid(kind == .fleetCapacity ? "stockpile" : "accelerators", "lists \(accelerators.count)", "a \(kind.rawValue) scenario names \(wanted.text)")
        }

        let workload = try document.object("workload")
        _ = try nonEmpty(workload, "source")
        let slo = try document.object("slo")
        _ = try nonEmpty(slo, "source")
        let tpot = try slo.positive("tpot_ms", fix: "give the time per output token target in milliseconds, e.g. 50")
        let ttft = try slo.optionalPositive("ttft_ms")

        var maxChips = 64, maxBatch = 256
        var weightDTypes: [DType]?
        if kind == .sweep {
            let sweep = try document.object("sweep")
            maxChips = try sweep.count("max_chips", limit: 65_537)
            maxBatch = try sweep.count("max_batch", limit: 1_000_001)
            if sweep.has("weight_dtypes") {
                weightDTypes = try sweep.stringArray("weight_dtypes").map { name in
                    guard let dtype = DType.weightChoice(named: name) else {
                        throw invalid(sweep.name("weight_dtypes"), "holds '\(name)', not a weight precision", "use \(DType.weightChoiceList)")
                    }
                    return dtype
                }
            }
        }
        let maxChipsPerInstance = try document.optionalCount("max_chips_per_instance", limit: 65_537) ?? 256
        let input = try workload.count("input_tokens", limit: 1e8)
        let output = try workload.count("output_tokens", limit: 1e8)
        var demand: Demand?
        if kind == .fleetSize {
            let block = try document.object("demand")
            _ = try nonEmpty(block, "source")
            let peakToAverage = try block.optionalPositive("peak_to_average") ?? 1
            if let rate = try block.optionalPositive("requests_per_second") {
                demand = Demand(requestsPerSecond: rate, peakToAverage: peakToAverage)
            } else if let tokens = try block.optionalPositive("tokens_per_day") {
                demand = Demand(tokensPerDay: tokens, peakToAverage: peakToAverage, mix: RequestMix(inputTokens: input, outputTokens: output))
            } else {
                throw invalid("demand", "gives neither requests_per_second nor tokens_per_day", "add one of them")
            }
        }

        return Scenario(
            id: id, description: try nonEmpty(document, "description"), question: try nonEmpty(document, "question"),
            source: try nonEmpty(document, "source"), kind: kind, model: modelName, accelerators: accelerators,
            inputTokens: input, outputTokens: output,
            slo: LatencySLO(tpotSeconds: tpot / 1000, ttftSeconds: ttft.map { $0 / 1000 }),
            maxChips: maxChips, maxBatch: maxBatch, weightDTypes: weightDTypes,
            maxChipsPerInstance: maxChipsPerInstance, demand: demand, stockpile: stockpile, path: path)
    }

    /// The fix for a name the catalog does not know: its closest match, and where to list the rest.
    private static func fix(for error: InferCapError, list: String) -> String {
        if case let .unknownName(_, _, suggestion?, _) = error {
            return "did you mean '\(suggestion)'? (infercap list \(list))"
        }
        return "use an id from `infercap list \(list)`"
    }
}
