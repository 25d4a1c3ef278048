import Foundation
import Testing

@Suite("The README's library example")
struct ReadmeExampleTests {
    /// The repository root, from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test("It runs")
    func runs() throws {
        try readmeExample()
    }

    @Test("README.md shows exactly the compiled lines, after `import InferCap`")
    func inReadme() throws {
        let source = try String(contentsOf: Self.root.appendingPathComponent("Tests/InferCapAPITests/ReadmeExample.swift"), encoding: .utf8)
        let lines = source.components(separatedBy: "\n")
        let begin = try #require(lines.firstIndex { $0.contains("// README example begin") })
        let end = try #require(lines.firstIndex { $0.contains("// README example end") })
        let body = lines[(begin + 1)..<end].map { $0.hasPrefix("    ") ? String($0.dropFirst(4)) : $0 }
        #expect(body.count + 1 <= 10, "the README promises a ten-line example")
        let snippet = "```swift\nimport InferCap\n\n" + body.joined(separator: "\n") + "\n```"
        let readme = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains(snippet), "README.md must contain:\n\(snippet)")
    }
}
