import Foundation

/// Every accelerator, model, calibration profile and engine profile InferCap knows.
///
/// The built-in catalog is the `specs/` folder shipped as package resources; a caller adds
/// or overrides entries with its own folders (same file formats; an entry with the same id
/// replaces the built-in one). Names are matched case-insensitively against ids and aliases;
/// a name that is a path to a JSON file (or a folder holding `config.json`) is loaded directly.
public struct Catalog: Sendable {
    /// Accelerators by id, in id order.
    public private(set) var accelerators: [Accelerator]
    /// Models by id, in id order.
    public private(set) var models: [ModelEntry]
    /// Calibration profiles by id.
    public private(set) var calibrations: [String: CalibrationProfile]
    /// Engine profiles by id.
    public private(set) var engines: [String: EngineProfile]
    /// Validation residual bands, when `specs/calibration/confidence.json` exists.
    public private(set) var confidence: ConfidenceTable?

    /// The folder holding the built-in specs (``SpecsLocation/found``); nil when the binary
    /// was copied without it.
    public static var bundledSpecsDirectory: String? { SpecsLocation.found }

    /// The built-in catalog plus, in order, the given folders or files (see ``add(path:)``).
    public init(adding extraPaths: [String] = []) throws(InferCapError) {
        self = try InferCapError.narrowing { try Catalog(untypedAdding: extraPaths) }
    }

    init(untypedAdding extraPaths: [String]) throws {
        accelerators = []
        models = []
        calibrations = [:]
        engines = [:]
        confidence = nil
        guard let root = Self.bundledSpecsDirectory else { throw SpecsLocation.missing }
        try addBundled(root: root)
        for path in extraPaths { try untypedAdd(path: path) }
    }

    // MARK: Lookup

    /// The accelerator with this id or alias (case-insensitive), or loaded from this path.
    public func accelerator(named name: String) throws(InferCapError) -> Accelerator {
        try InferCapError.narrowing { try untypedAccelerator(named: name) }
    }

    func untypedAccelerator(named name: String) throws -> Accelerator {
        let key = name.lowercased()
        if let found = accelerators.first(where: { $0.id == key || $0.aliases.contains(key) }) { return found }
        if Self.looksLikePath(name) {
            return try Accelerator.load(from: JSONDocument.load(path: name))
        }
        let names = accelerators.map(\.id)
        throw InferCapError.unknownName(
            kind: "accelerator", name: name,
            suggestion: NameSuggestion.closest(to: key, in: names + accelerators.flatMap(\.aliases)),
            known: names)
    }

    /// The model with this id or alias (case-insensitive), or loaded from a `config.json` path
    /// (or a folder holding one).
    public func model(named name: String) throws(InferCapError) -> ModelEntry {
        try InferCapError.narrowing { try untypedModel(named: name) }
    }

    func untypedModel(named name: String) throws -> ModelEntry {
        let key = name.lowercased()
        if let found = models.first(where: { $0.id == key || $0.aliases.contains(key) }) { return found }
        if Self.looksLikePath(name) {
            var path = name
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                path = (path as NSString).appendingPathComponent("config.json")
            }
            return try Self.modelEntry(path: path, index: nil)
        }
        let names = models.map(\.id)
        throw InferCapError.unknownName(
            kind: "model", name: name,
            suggestion: NameSuggestion.closest(to: key, in: names + models.flatMap(\.aliases)),
            known: names)
    }

    /// The calibration profile an accelerator names (falls back to `default`).
    public func calibration(for accelerator: Accelerator) throws(InferCapError) -> CalibrationProfile {
        if let profile = calibrations[accelerator.calibration] ?? calibrations["default"] { return profile }
        throw InferCapError.unknownName(
            kind: "calibration profile", name: accelerator.calibration, suggestion: nil, known: calibrations.keys.sorted())
    }

    /// The engine profile with this id or alias.
    public func engine(named name: String) throws(InferCapError) -> EngineProfile {
        let key = name.lowercased()
        if let profile = engines[key] ?? engines.values.sorted(by: { $0.id < $1.id }).first(where: { $0.aliases.contains(key) }) {
            return profile
        }
        let names = engines.keys.sorted()
        throw InferCapError.unknownName(
            kind: "engine", name: name, suggestion: NameSuggestion.closest(to: name, in: names), known: names)
    }

    // MARK: Loading

    static func looksLikePath(_ name: String) -> Bool {
        name.contains("/") || name.hasSuffix(".json") || FileManager.default.fileExists(atPath: name)
    }

    private mutating func addBundled(root: String) throws {
        let base = root as NSString
        for file in Self.jsonFiles(in: base.appendingPathComponent("accelerators")) {
            insert(try Accelerator.load(from: JSONDocument.load(path: file)))
        }
        let modelsFolder = base.appendingPathComponent("models")
        let index = try JSONDocument.load(path: (modelsFolder as NSString).appendingPathComponent("index.json"))
        for entry in try index.objectArray("models") {
            let file = (modelsFolder as NSString).appendingPathComponent(try entry.string("file"))
            insert(try Self.modelEntry(path: file, index: entry))
        }
        for file in Self.jsonFiles(in: base.appendingPathComponent("calibration/profiles")) {
            let profile = try CalibrationProfile.load(from: JSONDocument.load(path: file))
            calibrations[profile.id] = profile
        }
        let confidencePath = base.appendingPathComponent("calibration/confidence.json")
        if FileManager.default.fileExists(atPath: confidencePath) {
            confidence = try ConfidenceTable.load(from: JSONDocument.load(path: confidencePath))
        }
        for file in Self.jsonFiles(in: base.appendingPathComponent("engines")) {
            let profile = try EngineProfile.load(from: JSONDocument.load(path: file))
            engines[profile.id] = profile
        }
    }

    /// Adds a user folder (every JSON file in it and its subfolders, classified by its fields)
    /// or one file. An accelerator spec has `dense_flops_per_second`, a model config
    /// `model_type`, a calibration profile `gemm` and `communication`, an engine profile
    /// `memory_utilization`; an entry with an id already present replaces it.
    public mutating func add(path: String) throws(InferCapError) {
        try InferCapError.narrowing { try untypedAdd(path: path) }
    }

    mutating func untypedAdd(path: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InferCapError.unreadableFile(path: path, reason: "no such file or folder")
        }
        let files = isDirectory.boolValue ? Self.jsonFiles(in: path, recursive: true) : [path]
        for file in files {
            let document = try JSONDocument.load(path: file)
            if document.has("dense_flops_per_second") {
                let accelerator = try Accelerator.load(from: document)
                try Self.refuseShadowing(
                    id: accelerator.id, aliases: accelerator.aliases, kind: "accelerator", file: file,
                    others: accelerators.map { ($0.id, $0.aliases) })
                insert(accelerator)
            } else if document.has("model_type") || document.has("text_config") {
                let entry = try Self.modelEntry(path: file, index: nil, document: document)
                try Self.refuseShadowing(
                    id: entry.id, aliases: entry.aliases, kind: "model", file: file, others: models.map { ($0.id, $0.aliases) })
                insert(entry)
            } else if document.has("gemm"), document.has("communication") {
                let profile = try CalibrationProfile.load(from: document)
                calibrations[profile.id] = profile
            } else if document.has("memory_utilization") {
                let profile = try EngineProfile.load(from: document)
                engines[profile.id] = profile
            } else if document.has("bands") {
                confidence = try ConfidenceTable.load(from: document)
            } else if !isDirectory.boolValue {
                throw InferCapError.invalidField(
                    path: file, field: "(top level)", problem: "is not an accelerator, model config, calibration or engine spec",
                    fix: "see specs/ for the formats")
            }
        }
    }

    /// An added entry may replace one of the same id, but a name of it (id or alias) that is
    /// another entry's id or alias would silently take that entry's place in lookups.
    static func refuseShadowing(id: String, aliases: [String], kind: String, file: String, others: [(id: String, aliases: [String])]) throws {
        for other in others where other.id != id {
            let names = Set([other.id] + other.aliases)
            guard let clash = ([id] + aliases).first(where: names.contains) else { continue }
            throw InferCapError.invalidField(
                path: file, field: clash == id ? "id" : "aliases",
                problem: "holds '\(clash)', which already names the catalog's \(kind) \(other.id)",
                fix: "remove or rename it, or give the spec the id '\(other.id)' to replace that \(kind)")
        }
    }

    // MARK: Values

    /// Adds an accelerator built in code or read with ``Accelerator/init(contentsOfFile:)``;
    /// one with the same id replaces the catalog's. Its ``Accelerator/calibration`` names the
    /// profile estimates use (`default` when the catalog has no profile of that id).
    public mutating func add(_ accelerator: Accelerator) { insert(accelerator) }

    /// Adds a model; one with the same id replaces the catalog's.
    public mutating func add(_ model: ModelEntry) { insert(model) }

    /// Adds a calibration profile; one with the same id replaces the catalog's, so a caller's
    /// own `h20` profile changes every H20 estimate.
    public mutating func add(_ calibration: CalibrationProfile) { calibrations[calibration.id] = calibration }

    /// Adds an engine profile; one with the same id replaces the catalog's.
    public mutating func add(_ engine: EngineProfile) { engines[engine.id] = engine }

    /// Replaces the validation residual bands behind ``Estimate/confidence``.
    public mutating func add(_ confidence: ConfidenceTable) { self.confidence = confidence }

    private mutating func insert(_ accelerator: Accelerator) {
        accelerators.removeAll { $0.id == accelerator.id }
        accelerators.append(accelerator)
        accelerators.sort { $0.id < $1.id }
    }

    private mutating func insert(_ model: ModelEntry) {
        models.removeAll { $0.id == model.id }
        models.append(model)
        models.sort { $0.id < $1.id }
    }

    static func modelEntry(path: String, index: JSONDocument?, document: JSONDocument? = nil) throws -> ModelEntry {
        let config = try document ?? JSONDocument.load(path: path)
        let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        let folder = ((path as NSString).deletingLastPathComponent as NSString).lastPathComponent
        let fallbackID = (stem == "config" ? folder : stem).lowercased()
        let id = try index?.string("id") ?? fallbackID
        let architecture = try ModelArchitecture.load(
            from: config, id: id, name: try index?.optionalString("name"), quantization: try quantizationSibling(of: path))
        return ModelEntry(
            architecture: architecture,
            aliases: try index?.stringArray("aliases").map { $0.lowercased() } ?? [],
            huggingFaceRepo: try index?.optionalString("huggingface_repo"),
            source: try index?.optionalString("source"),
            license: try index?.optionalString("license"),
            publishedParameters: try index?.optionalPositive("published_parameters"),
            publishedActiveParameters: try index?.optionalPositive("published_active_parameters"),
            path: path)
    }

    /// The `hf_quant_config.json` a ModelOpt export keeps beside its config (`hf_quant_config.json`
    /// next to `config.json`, or `<stem>_hf_quant_config.json` next to `<stem>_config.json`), if any.
    static func quantizationSibling(of path: String) throws -> JSONDocument? {
        let folder = (path as NSString).deletingLastPathComponent
        let file = (path as NSString).lastPathComponent
        var candidates = [(folder as NSString).appendingPathComponent("hf_quant_config.json")]
        if file.hasSuffix("_config.json") {
            candidates.insert((folder as NSString).appendingPathComponent(String(file.dropLast("config.json".count)) + "hf_quant_config.json"), at: 0)
        } else if file != "config.json" {
            return nil
        }
        guard let found = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }) else { return nil }
        return try JSONDocument.load(path: found)
    }

    private static func jsonFiles(in folder: String, recursive: Bool = false) -> [String] {
        let manager = FileManager.default
        let names: [String]
        if recursive {
            names = (manager.enumerator(atPath: folder)?.allObjects as? [String]) ?? []
        } else {
            names = (try? manager.contentsOfDirectory(atPath: folder)) ?? []
        }
        return names.filter { $0.hasSuffix(".json") && !$0.hasSuffix("index.json") }.sorted()
            .map { (folder as NSString).appendingPathComponent($0) }
    }
}
