import Foundation

/// The scenario benchmark suite: every scenario file of a folder, in file-name order.
///
/// The bundled suite is `specs/scenarios/`; `infercap bench` runs it and prints one table, so
/// a change in the performance model shows up as a diff of that table.
public struct ScenarioSuite: Sendable {
    /// The scenarios, in file-name order.
    public private(set) var scenarios: [Scenario]

    /// The bundled folder, `specs/scenarios` inside the package resources.
    public static var bundledDirectory: String? {
        Catalog.bundledSpecsDirectory.map { ($0 as NSString).appendingPathComponent("scenarios") }
    }

    /// Reads every `.json` file of `directory` (other files, such as the expected output, are
    /// skipped); ids must be unique.
    public init(directory: String, catalog: Catalog) throws(InferCapError) {
        scenarios = try InferCapError.narrowing { try ScenarioSuite.load(directory: directory, catalog: catalog) }
    }

    /// The bundled suite.
    public static func bundled(catalog: Catalog) throws(InferCapError) -> ScenarioSuite {
        guard let directory = bundledDirectory else {
            throw InferCapError.unreadableFile(path: "specs/scenarios", reason: "the bundled scenarios are missing; rebuild infercap")
        }
        return try ScenarioSuite(directory: directory, catalog: catalog)
    }

    private static func load(directory: String, catalog: Catalog) throws -> [Scenario] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw InferCapError.unreadableFile(path: directory, reason: "no such folder of scenario files")
        }
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: directory) } catch {
            throw InferCapError.unreadableFile(path: directory, reason: error.localizedDescription)
        }
        var scenarios: [Scenario] = []
        var seen: [String: String] = [:]
        for name in names.filter({ $0.hasSuffix(".json") }).sorted() {
            let path = (directory as NSString).appendingPathComponent(name)
            let scenario = try Scenario.load(from: JSONDocument.load(path: path), catalog: catalog)
            if let first = seen[scenario.id] {
                throw InferCapError.invalidField(
                    path: path, field: "id", problem: "'\(scenario.id)' is already the id of \(first)", fix: "give each scenario its own id")
            }
            seen[scenario.id] = path
            scenarios.append(scenario)
        }
        guard !scenarios.isEmpty else {
            throw InferCapError.unreadableFile(path: directory, reason: "holds no scenario (.json) files")
        }
        return scenarios
    }

    /// The scenarios with these ids, in the order given; an unknown id is refused with the
    /// closest known one.
    public func selecting(_ ids: [String]) throws(InferCapError) -> ScenarioSuite {
        var chosen: [Scenario] = []
        for id in ids {
            guard let scenario = scenarios.first(where: { $0.id == id }) else {
                let known = scenarios.map(\.id)
                throw InferCapError.unknownName(
                    kind: "scenario", name: id, suggestion: NameSuggestion.closest(to: id, in: known), known: known)
            }
            chosen.append(scenario)
        }
        var suite = self
        suite.scenarios = chosen
        return suite
    }

    /// Runs every scenario in order; the first that fails ends the run with its error.
    public func run(in catalog: Catalog, threads: Int = 1) throws(InferCapError) -> [ScenarioResult] {
        var results: [ScenarioResult] = []
        for scenario in scenarios { results.append(try scenario.run(in: catalog, threads: threads)) }
        return results
    }
}
