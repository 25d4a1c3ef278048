import Foundation

/// The files and names users hand to infercap: requests files, traces, scenarios, reference
/// points, and the names and engine settings the CLI's flags reach the library with.
///
/// Every refusal must be an ``InferCapError`` whose message is one line (the CLI prints it as
/// `error: ...`); whatever loads must hold what its loader promises.
extension FuzzHarness {
    // MARK: Requests files and traces

    /// The bytes as a requests file or trace, served `chunk` bytes at a time.
    static func input(_ bytes: [UInt8], what: String, chunk: Int, maxBytes: Int = 1 << 20) -> TextInput {
        TextInput(bytes: bytes, path: "fuzz-input", what: what, maxBytes: maxBytes, tooLargeFix: "fix", chunkBytes: chunk)
    }

    /// A chunk size other than the whole input, varied with its length (1 to 13 bytes), so
    /// that line ends, byte-order marks and records fall across chunk boundaries.
    static func smallChunk(_ bytes: [UInt8]) -> Int { 1 + bytes.count % 13 }

    /// Runs a loader, turning a refusal into its one-line message; anything but an
    /// ``InferCapError`` is a crash.
    static func outcome<T>(_ body: () throws -> T) -> Result<T, InferCapError> {
        do { return .success(try body()) } catch let error as InferCapError {
            oneLine(error)
            return .failure(error)
        } catch {
            fatalError("threw \(type(of: error)), not InferCapError: \(error)")
        }
    }

    /// A refusal is printed as one line: its message must not hold a line break.
    static func oneLine(_ error: InferCapError) {
        let text = error.description
        guard !text.contains(where: \.isNewline) else { fatalError("a refusal spans lines: \(text.debugDescription)") }
    }

    /// Requests file: the same pairs (or the same refusal) whatever the chunks; pairs in range;
    /// a file cut short by the size cap never loads; the mix built from the pairs is a
    /// distribution; a record read without Foundation reads as Foundation reads it.
    static func checkRequests(_ data: Data) {
        let bytes = [UInt8](data)
        let load = { (chunk: Int, maxBytes: Int) in
            outcome { try RequestMix.loadPairs(from: input(bytes, what: "requests file", chunk: chunk, maxBytes: maxBytes)).map { [$0.input, $0.output] } }
        }
        let whole = load(TextInput.chunkBytes, 1 << 20)
        let pieces = load(smallChunk(bytes), 1 << 20)
        guard "\(whole)" == "\(pieces)" else { fatalError("chunks of \(smallChunk(bytes)) bytes read \(pieces), whole \(whole)") }
        if bytes.count > 1, case .success = load(smallChunk(bytes), bytes.count - 1) {
            fatalError("a requests file over the size cap loaded")
        }
        var records = input(bytes, what: "requests file", chunk: TextInput.chunkBytes)
        if let first = try? records.skipToContent(), first == UInt8(ascii: "[") || first == UInt8(ascii: "{") {
            while let record = try? records.nextJSONRecord() {
                guard let pair = RequestMix.plainPair(record.bytes) else { continue }
                let parsed = try? JSONSerialization.jsonObject(with: Data(record.bytes)) as? [NSNumber]
                guard parsed?.map(\.intValue) == [pair.input, pair.output], parsed?.allSatisfy({ !JSONDocument.isBoolean($0) }) == true else {
                    fatalError("quick read \(pair) of \(String(decoding: record.bytes, as: UTF8.self).debugDescription) disagrees with JSON")
                }
            }
        }
        guard case let .success(pairs) = whole else { return }
        guard !pairs.isEmpty, pairs.allSatisfy({ $0.allSatisfy { (1...100_000_000).contains($0) } }) else {
            fatalError("loaded pairs out of range: \(pairs)")
        }
        let mix: RequestMix
        do { mix = try RequestMix(pairs: pairs.map { ($0[0], $0[1]) }) } catch { fatalError("pairs that loaded make no mix: \(error)") }
        let shares = mix.classes.reduce(0) { $0 + $1.share }
        let inputs = pairs.map { Double($0[0]) }
        guard abs(shares - 1) < 1e-9, mix.classes.allSatisfy({ $0.share > 0 }),
              mix.meanInputTokens >= inputs.min()! * (1 - 1e-9) - 0.5, mix.meanInputTokens <= inputs.max()! * (1 + 1e-9) + 0.5
        else { fatalError("mix of \(pairs): \(mix)") }
    }

    /// Trace: the same requests (or refusal) whatever the chunks; arrivals finite, from 0 and
    /// in order; lengths in range; a trace cut short by the size cap never loads.
    static func checkTrace(_ data: Data) {
        let bytes = [UInt8](data)
        let load = { (chunk: Int, maxBytes: Int) in
            outcome { try RequestTrace.load(from: input(bytes, what: "trace file", chunk: chunk, maxBytes: maxBytes)) }
        }
        let whole = load(TextInput.chunkBytes, 1 << 20)
        let pieces = load(smallChunk(bytes), 1 << 20)
        guard "\(whole)" == "\(pieces)" else { fatalError("chunks of \(smallChunk(bytes)) bytes read \(pieces), whole \(whole)") }
        if bytes.count > 1, case .success = load(smallChunk(bytes), bytes.count - 1) {
            fatalError("a trace over the size cap loaded")
        }
        guard case let .success(trace) = whole else { return }
        let requests = trace.requests
        guard let first = requests.first, first.arrivalSeconds == 0 else { fatalError("trace starts at \(String(describing: requests.first))") }
        for (previous, request) in zip(requests, requests.dropFirst()) {
            guard request.arrivalSeconds.isFinite, request.arrivalSeconds >= previous.arrivalSeconds else {
                fatalError("arrival \(request.arrivalSeconds) s after \(previous.arrivalSeconds) s")
            }
        }
        guard requests.allSatisfy({ (1...100_000_000).contains($0.inputTokens) && (1...100_000_000).contains($0.outputTokens) }) else {
            fatalError("trace lengths out of range: \(requests)")
        }
    }

    // MARK: Spec files

    /// Scenario: what loads names known entries and holds positive, finite targets.
    static func checkScenario(_ data: Data) {
        guard case let .success(document) = outcome({ try JSONDocument.parse(data: data, path: "fuzz-scenario.json") }),
              case let .success(scenario) = outcome({ try Scenario.load(from: document, catalog: catalog) })
        else { return }
        guard !scenario.id.isEmpty, !scenario.accelerators.isEmpty, scenario.accelerators.count <= 16,
              scenario.accelerators.allSatisfy({ (try? catalog.accelerator(named: $0)) != nil }),
              (try? catalog.model(named: scenario.model)) != nil,
              (1...100_000_000).contains(scenario.inputTokens), (1...100_000_000).contains(scenario.outputTokens),
              scenario.slo.tpotSeconds.map({ $0.isFinite && $0 > 0 }) ?? true, scenario.slo.ttftSeconds.map({ $0.isFinite && $0 > 0 }) ?? true,
              scenario.maxChips >= 1, scenario.maxBatch >= 1, scenario.maxChipsPerInstance >= 1,
              scenario.stockpile.values.allSatisfy({ $0 >= 1 })
        else { fatalError("scenario loaded with values its loader refuses: \(scenario)") }
    }

    /// Reference points: what loads is a positive, finite measurement; a point on at most
    /// 1,024 chips is then replayed (as `infercap validate` does), and a prediction must be
    /// finite and positive (a skip, with its reason, is a fine answer).
    static func checkReference(_ data: Data) {
        guard case let .success(document) = outcome({ try JSONDocument.parse(data: data, path: "fuzz-reference.json") }),
              case let .success(points) = outcome({ try ReferenceSet.points(in: document) })
        else { return }
        for point in points.prefix(4) {
            guard point.value.isFinite, point.value > 0, point.chips >= 1, point.burstFraction.isFinite else {
                fatalError("reference point loaded with value \(point.value), chips \(point.chips), burst \(point.burstFraction)")
            }
            guard point.chips <= 1024, (point.parallelism?.chips ?? 1) <= 1024 else { continue }
            switch Replay(catalog: catalog).run(point) {
            case let .predicted(value, engine):
                guard value.isFinite, value > 0 else { fatalError("replay of \(point.id) on \(engine) predicted \(value)") }
            case let .skipped(reason):
                guard !reason.contains(where: \.isNewline) else { fatalError("a skip reason spans lines: \(reason.debugDescription)") }
                if verbose { print("skipped: \(reason)") }
            }
        }
    }

    // MARK: Names and flags

    /// What the CLI's flags reach the library with: catalog names (accelerators, models,
    /// engines, `show`'s either), weight precisions, and the engine settings
    /// `--max-num-seqs`, `--max-num-batched-tokens`, `--gpu-memory-utilization`.
    ///
    /// The CLI's own parsing (swift-argument-parser) is not in this module. Lines
    /// `key=value` set an engine setting; the first other line is a name (its first 16
    /// characters: a suggestion costs time in proportion to the name's length; a line with
    /// `/` is a path, fuzzed as a file by the other targets), looked up as the input's length
    /// picks: as an accelerator, a model, an engine, as `show` looks up either, or as a
    /// weight precision. A name found is the entry's id or alias; a name not found is refused
    /// with a suggestion from the known names.
    static func checkArguments(_ data: Data) {
        var overrides = EngineOverrides()
        var name: String?
        for line in String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).prefix(6) {
            let parts = line.split(separator: "=", maxSplits: 1).map(String.init)
            if parts.count == 2 {
                switch parts[0] {
                case "max_num_seqs": overrides.maxSequencesPerRank = Int(parts[1])
                case "max_num_batched_tokens": overrides.maxBatchedTokens = Int(parts[1])
                case "gpu_memory_utilization": overrides.memoryUtilization = Double(parts[1])
                default: break
                }
            } else if name == nil, !line.contains("/") {
                name = String(line.prefix(16))
            }
        }
        if let name { checkName(name, lookup: data.count % 5) }
        guard !overrides.isEmpty, case let .success(profile) = outcome({ try engine.overridden(by: overrides) }) else { return }
        guard (1...1_000_000).contains(profile.maxBatchPerRank), (1...100_000_000).contains(profile.maxPrefillTokens),
              profile.memoryUtilization > 0, profile.memoryUtilization <= 1
        else { fatalError("engine overrides \(overrides) accepted as \(profile)") }
        check(smallModel, Deployment(accelerator: chip, parallelism: Parallelism(), weightDType: .bf16, engine: profile, calibration: calibration))
    }

    private static func checkName(_ name: String, lookup: Int) {
        let key = name.lowercased()
        let isPath = Catalog.looksLikePath(name)
        let accelerators = catalog.accelerators.map(\.id) + catalog.accelerators.flatMap(\.aliases)
        let models = catalog.models.map(\.id) + catalog.models.flatMap(\.aliases)
        func suggested(_ error: InferCapError, from names: [String]) {
            guard case let .unknownName(_, _, suggestion, _) = error else { return }
            if let suggestion, !names.contains(suggestion) { fatalError("'\(name)': suggested '\(suggestion)', not a known name") }
        }
        switch lookup {
        case 0:
            switch outcome({ try catalog.accelerator(named: name) }) {
            case let .success(found): if !isPath, found.id != key, !found.aliases.contains(key) { fatalError("'\(name)' found \(found.id)") }
            case let .failure(error): suggested(error, from: accelerators)
            }
        case 1:
            switch outcome({ try catalog.model(named: name) }) {
            case let .success(found): if !isPath, found.id != key, !found.aliases.contains(key) { fatalError("'\(name)' found \(found.id)") }
            case let .failure(error): suggested(error, from: models)
            }
        case 2:
            switch outcome({ try catalog.engine(named: name) }) {
            case let .success(found): if found.id != key, !found.aliases.contains(key) { fatalError("'\(name)' found engine \(found.id)") }
            case let .failure(error): suggested(error, from: Array(catalog.engines.keys))
            }
        case 3:
            if case let .failure(error) = outcome({ try catalog.entry(named: name) }) { suggested(error, from: accelerators + models) }
        default:
            if let dtype = DType.weightChoice(named: name) {
                guard DType.weightChoices.contains(dtype), dtype.rawValue == name.trimmingCharacters(in: .whitespaces) else {
                    fatalError("'\(name)' read as weight precision \(dtype)")
                }
            }
        }
    }
}
