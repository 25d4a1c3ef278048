import Foundation
import Testing

/// Issue 35's silent choices: each is now refused in one line with exit 2.
@Suite("no silent choices")
struct SilentChoiceTests {
    @Test("refused in one line, naming the fix", arguments: [
        ("estimate --model llama-3.1-8b --accelerator h100-sxm --context 10 --input-tokens 5000", "use at least the input tokens (5000)"),
        ("estimate --model llama-3.1-8b --accelerator h100-sxm --tpot-slo-ms 0x1p5", "hexadecimal"),
        ("fleet size --model llama-3.1-8b --accelerators h20 --tokens-per-day 9.2e18", "beyond any physical fleet"),
        ("sweep --model llama-3.1-8b --accelerators h100-sxm --context 100 --input-tokens 1024", "use at least the input tokens"),
        // An overloaded fleet names its chips and a small demand as it is (was "what  can serve", "0.0 requests/s").
        ("fleet size --model llama-3.1-8b --accelerators h20 --requests-per-second 0.004 --available h20=0", "0.004 requests/s exceeds what h20=0 can serve"),
    ])
    func refused(_ line: String, _ expected: String) throws {
        let result = try CLIRunner.run(line)
        #expect(result.status == 2, "\(line): \(result.stdout)")
        #expect(result.stderr.hasPrefix("error: ") && result.stderr.contains(expected) && result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
    }

    @Test("a --spec-dir entry whose alias is another entry's name is refused; one with the same id replaces it")
    func shadowingAlias() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let spec = try JSONSerialization.jsonObject(with: Data(contentsOf: root.appendingPathComponent("specs/accelerators/h100-sxm.json"))) as! [String: Any]
        var shadow = spec
        shadow["id"] = "my-chip"
        shadow["aliases"] = ["h20"]
        let path = try CLIRunner.temporaryFile(String(decoding: try JSONSerialization.data(withJSONObject: shadow), as: UTF8.self), name: "my.json")
        let refused = try CLIRunner.run(["estimate", "--model", "llama-3.1-8b", "--accelerator", "h20", "--spec-dir", path])
        #expect(refused.status == 2 && refused.stderr.contains("'h20', which already names the catalog's accelerator h20"), "\(refused.stderr)")

        var replacement = spec
        replacement["id"] = "h20"
        replacement["aliases"] = [String]()
        let own = try CLIRunner.temporaryFile(String(decoding: try JSONSerialization.data(withJSONObject: replacement), as: UTF8.self), name: "h20.json")
        let replaced = try CLIRunner.run(["show", "h20", "--spec-dir", own, "--format", "json"])
        #expect(replaced.status == 0 && replaced.stdout.contains("H100"), "\(replaced.stderr)")
    }

    @Test("an output path that cannot be written fails before any work, in one line", arguments: [
        "sweep --model llama-3.1-8b --accelerators h100-sxm --plot /nonexistent/frontier.svg",
        "fleet size --model llama-3.1-8b --accelerators h20 --requests-per-second 5 --plot /nonexistent/fleet.svg",
        "validate --plot /tmp",
        "report --model llama-3.1-8b --output /nonexistent/report.html",
    ])
    func outputsCheckedFirst(_ line: String) throws {
        let result = try CLIRunner.run(line)
        #expect(result.status == 2 && result.stdout.isEmpty, "\(line) printed before failing: \(result.stdout.prefix(200))")
        #expect(result.stderr.hasPrefix("error: ") && result.stderr.contains("cannot write") && result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        #expect(!result.stderr.contains("NSCocoaErrorDomain"))
    }
}
