import Foundation
import Testing

/// A binary copied away from its build folder still finds its catalog, or says where it
/// looked in one line (before: SIGILL and a 68-line backtrace from `Bundle.module`).
@Suite("installed binary")
struct InstallTests {
    /// The built binary copied alone into a fresh folder.
    static func copiedBinary() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("infercap-alone-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let copy = folder.appendingPathComponent("infercap")
        try FileManager.default.copyItem(at: CLIRunner.binary, to: copy)
        return copy
    }

    @Test("a binary copied alone runs (its catalog found in the checkout it was built from)")
    func copiedAlone() throws {
        let result = try CLIRunner.run(["list", "models", "--format", "csv"], binary: try Self.copiedBinary())
        #expect(result.status == 0 && result.stdout.contains("deepseek-r1"), "\(result.stderr)")
    }

    @Test("INFERCAP_SPECS names the catalog first: a folder without one is skipped, one with one is used")
    func environmentFirst() throws {
        let binary = try Self.copiedBinary()
        // A catalog of one accelerator: the first place looked wins over the checkout's.
        let specs = binary.deletingLastPathComponent().appendingPathComponent("specs")
        let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("specs")
        try FileManager.default.copyItem(at: checkout, to: specs)
        let accelerators = specs.appendingPathComponent("accelerators")
        for file in try FileManager.default.contentsOfDirectory(atPath: accelerators.path) where file != "h20.json" && file.hasSuffix(".json") {
            try FileManager.default.removeItem(at: accelerators.appendingPathComponent(file))
        }
        let own = try CLIRunner.run(["list", "accelerators", "--format", "csv"], binary: binary, environment: ["INFERCAP_SPECS": specs.path])
        #expect(own.status == 0 && own.stdout.split(separator: "\n").count == 2, "\(own.stdout)\(own.stderr)")
        let missing = try CLIRunner.run(["list", "accelerators", "--format", "csv"], binary: binary, environment: ["INFERCAP_SPECS": "/nonexistent"])
        #expect(missing.status == 0 && missing.stdout.split(separator: "\n").count > 10)
    }

    @Test("--version is the library's version, the one the docs and the CHANGELOG name")
    func version() throws {
        let result = try CLIRunner.run(["--version"])
        let version = result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(version.range(of: #"^[0-9]+\.[0-9]+\.[0-9]+$"#, options: .regularExpression) != nil, "\(version)")
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let changelog = try String(contentsOf: root.appendingPathComponent("CHANGELOG.md"), encoding: .utf8)
        #expect(changelog.contains("## \(version)"), "CHANGELOG.md has no section for \(version)")
        let guide = try String(contentsOf: root.appendingPathComponent("Sources/InferCap.docc/GettingStarted.md"), encoding: .utf8)
        #expect(guide.contains("from: \"\(version)\""), "GettingStarted.md does not depend on \(version)")
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("from: \"\(version)\""), "README.md does not depend on \(version)")
    }
}
