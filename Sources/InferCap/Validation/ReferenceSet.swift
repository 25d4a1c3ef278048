import Foundation

/// The published measurements infercap is checked against: every `points` file under
/// `specs/reference/` (plus any the caller adds).
public struct ReferenceSet: Sendable {
    /// All points, replayable or not, in file order.
    public var points: [ReferencePoint]

    /// The built-in reference set.
    public static func bundled() throws(InferCapError) -> ReferenceSet {
        guard let root = Catalog.bundledSpecsDirectory else { throw SpecsLocation.missing }
        return try ReferenceSet(paths: [(root as NSString).appendingPathComponent("reference")])
    }

    /// Points from JSON files, or from every JSON file with a `points` array in folders.
    public init(paths: [String]) throws(InferCapError) {
        self = try InferCapError.narrowing { try ReferenceSet(untypedPaths: paths) }
    }

    init(untypedPaths paths: [String]) throws {
        points = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw InferCapError.unreadableFile(path: path, reason: "no such file or folder")
            }
            let files = isDirectory.boolValue
                ? ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
                    .map { (path as NSString).appendingPathComponent($0) }
                : [path]
            for file in files {
                points += try Self.points(in: JSONDocument.load(path: file))
            }
        }
    }

    /// The points of one reference file (none when it has no `points` array); the file's
    /// `protocol.burst_fraction` applies to points that give none.
    static func points(in document: JSONDocument) throws -> [ReferencePoint] {
        guard document.has("points") else { return [] }
        let burst = try document.optionalObject("protocol")?.optionalNumber("burst_fraction") ?? 0
        return try document.objectArray("points").map { try ReferencePoint.load(from: $0, protocolBurstFraction: burst) }
    }

    /// A set of points the caller built.
    public init(points: [ReferencePoint]) { self.points = points }
}
