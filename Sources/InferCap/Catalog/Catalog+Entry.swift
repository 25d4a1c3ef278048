import Foundation

/// Something `show` can describe: an accelerator or a model.
public enum CatalogEntry: Sendable, Hashable {
    /// An accelerator spec.
    case accelerator(Accelerator)
    /// A model and its catalog metadata.
    case model(ModelEntry)
}

extension Catalog {
    /// The accelerator or model with this name (ids and aliases of both, or a spec path).
    /// An unknown name is refused with the closest name of either kind.
    public func entry(named name: String) throws(InferCapError) -> CatalogEntry {
        if let accelerator = try? accelerator(named: name) { return .accelerator(accelerator) }
        // A path to an accelerator spec that failed to load: its own error, not a model's.
        var isDirectory: ObjCBool = false
        if Self.looksLikePath(name), FileManager.default.fileExists(atPath: name, isDirectory: &isDirectory), !isDirectory.boolValue,
           let document = try? JSONDocument.load(path: name), document.has("dense_flops_per_second") {
            return .accelerator(try InferCapError.narrowing { try Accelerator.load(from: document) })
        }
        do {
            return .model(try model(named: name))
        } catch {
            guard case .unknownName = error else { throw error }
            let ids = accelerators.map(\.id) + models.map(\.id)
            let aliases = accelerators.flatMap(\.aliases) + models.flatMap(\.aliases)
            throw InferCapError.unknownName(
                kind: "accelerator or model", name: name,
                suggestion: NameSuggestion.closest(to: name.lowercased(), in: ids + aliases), known: ids)
        }
    }
}
