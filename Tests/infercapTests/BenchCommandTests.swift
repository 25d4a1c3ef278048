import Foundation
import Testing

/// `infercap bench` end to end: the stable table against the committed one, and refusals.
@Suite("infercap bench end to end")
struct BenchCommandTests {
    static let expectedPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("specs/scenarios/expected.txt").path

    @Test("bench --no-timing prints exactly specs/scenarios/expected.txt")
    func stableOutput() throws {
        let result = try CLIRunner.run("bench --no-timing")
        #expect(result.status == 0, "\(result.stderr)")
        let expected = try String(contentsOfFile: Self.expectedPath, encoding: .utf8)
        #expect(
            result.stdout == expected,
            """
            infercap bench --no-timing differs from specs/scenarios/expected.txt: a change moved a scenario's answer.
            If the change to the model is deliberate, regenerate the file and commit it with the change:
              swift run infercap bench --no-timing > specs/scenarios/expected.txt
            Got:
            \(result.stdout)
            """)
    }

    @Test("timed output carries a wall time per scenario; json has wall_ms only with timing")
    func timing() throws {
        let table = try CLIRunner.run("bench --scenario r1-chat-h20,llama70b-chat-h100")
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.contains("wall ms") && table.stdout.contains("2 scenarios in"), "\(table.stdout)")
        let json = try CLIRunner.run("bench --scenario r1-chat-h20 --format json")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 1 && rows[0]["wall_ms"] != nil && rows[0]["scenario"] as? String == "r1-chat-h20")
        let untimed = try CLIRunner.run("bench --scenario r1-chat-h20 --format json --no-timing")
        #expect(!untimed.stdout.contains("wall_ms"))
    }

    @Test("unknown scenario ids and folders are refused in one line")
    func refusals() throws {
        let unknown = try CLIRunner.run("bench --scenario r1-chat-h2O")
        #expect(unknown.status == 2 && unknown.stderr.contains("did you mean 'r1-chat-h20'"), "\(unknown.stderr)")
        let folder = try CLIRunner.run("bench --scenarios-dir /nonexistent/scenarios")
        #expect(folder.status == 2 && folder.stderr.contains("/nonexistent/scenarios"), "\(folder.stderr)")
    }
}
