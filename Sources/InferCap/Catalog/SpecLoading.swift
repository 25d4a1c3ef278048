import Foundation

// Reading one spec from a file or from JSON text, for callers that keep their own specs
// outside the catalog folders. The formats are those under `specs/` (each folder's README);
// every value is checked for units and ranges as the catalog checks its own.

extension Accelerator {
    /// Reads an accelerator spec (`specs/accelerators/README.md` describes the format).
    public init(contentsOfFile path: String) throws(InferCapError) {
        self = try InferCapError.narrowing { try Accelerator.load(from: JSONDocument.load(path: path)) }
    }

    /// Parses an accelerator spec from JSON text; `path` only names it in errors.
    public init(json: Data, path: String = "<accelerator JSON>") throws(InferCapError) {
        self = try InferCapError.narrowing { try Accelerator.load(from: JSONDocument.parse(data: json, path: path)) }
    }
}

extension ModelArchitecture {
    /// Reads a HuggingFace `config.json` (or a folder holding one). The id defaults to the
    /// file's stem, or the folder's name for a file called `config.json`.
    public init(huggingFaceConfigAt path: String, id: String? = nil, name: String? = nil) throws(InferCapError) {
        let entry = try ModelEntry(huggingFaceConfigAt: path)
        self = entry.architecture
        if let id { self.id = id }
        self.name = name ?? id ?? entry.architecture.name
    }

    /// Parses a HuggingFace `config.json` from JSON text.
    public init(huggingFaceConfig json: Data, id: String, name: String? = nil) throws(InferCapError) {
        self = try InferCapError.narrowing {
            try ModelArchitecture.load(from: JSONDocument.parse(data: json, path: "\(id) config.json"), id: id, name: name)
        }
    }
}

extension ModelEntry {
    /// A catalog entry for a HuggingFace `config.json` (or a folder holding one), without
    /// index metadata (no aliases, license or published parameter counts).
    public init(huggingFaceConfigAt path: String) throws(InferCapError) {
        var file = path
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            file = (path as NSString).appendingPathComponent("config.json")
        }
        self = try InferCapError.narrowing { try Catalog.modelEntry(path: file, index: nil) }
    }
}

extension CalibrationProfile {
    /// Reads a calibration profile (`specs/calibration/README.md` describes the format).
    public init(contentsOfFile path: String) throws(InferCapError) {
        self = try InferCapError.narrowing { try CalibrationProfile.load(from: JSONDocument.load(path: path)) }
    }
}

extension EngineProfile {
    /// Reads an engine profile (the files under `specs/engines/`).
    public init(contentsOfFile path: String) throws(InferCapError) {
        self = try InferCapError.narrowing { try EngineProfile.load(from: JSONDocument.load(path: path)) }
    }
}

extension ConfidenceTable {
    /// Reads residual bands written by `infercap validate --write-confidence`.
    public init(contentsOfFile path: String) throws(InferCapError) {
        self = try InferCapError.narrowing { try ConfidenceTable.load(from: JSONDocument.load(path: path)) }
    }
}
