import Foundation
import Testing

/// `--plot` and `infercap report` end to end: the files they write, and a path that cannot be written.
@Suite("infercap charts and report end to end")
struct ChartCommandTests {
    static func folder() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("infercap-charts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    @Test("--plot writes an SVG", arguments: [
        "sweep --model llama-3.1-8b --accelerators h20,h100-sxm --max-chips 8 --max-batch 64 --tpot-slo-ms 50",
        "fleet size --model llama-3.1-8b --accelerators h20,h100-sxm --requests-per-second 50",
        "fleet capacity --model llama-3.1-70b --stockpile h20=512,h100-sxm=64",
        "validate --summary-only",
    ])
    func plot(command: String) throws {
        let path = try Self.folder() + "/chart.svg"
        let result = try CLIRunner.run(command.split(separator: " ").map(String.init) + ["--plot", path])
        #expect(result.status == 0, "\(result.stderr)")
        let svg = try String(contentsOfFile: path, encoding: .utf8)
        #expect(svg.hasPrefix("<svg"))
        #expect(svg.hasSuffix("</svg>\n"))
        #expect(!svg.lowercased().contains("nan"))
    }

    @Test("--plot to a folder that does not exist: one line, exit 2")
    func badPath() throws {
        let result = try CLIRunner.run("validate --summary-only --plot /nonexistent-folder/x/chart.svg")
        #expect(result.status == 2)
        #expect(result.stderr.contains("cannot write /nonexistent-folder/x/chart.svg"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test("report -o writes one self-contained HTML file with every section")
    func report() throws {
        let path = try Self.folder() + "/report.html"
        let result = try CLIRunner.run([
            "report", "--model", "llama-3.1-8b", "--accelerators", "h20,h100-sxm", "--fleet-accelerators", "h20,h100-sxm",
            "--tokens-per-day", "1e10", "--max-chips", "8", "--max-batch", "64", "-o", path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOfFile: path, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        for heading in ["Comparison at the TPOT target", "Pareto frontier", "Fleet sizing", "Validation against published measurements",
                        "Assumptions", "Cost assumptions", "Confidence bands", "Engine profile"] {
            #expect(html.contains(">\(heading)</h"), "\(heading)")
        }
        #expect(html.components(separatedBy: "<svg").count - 1 == 3)
        #expect(!html.contains("<script"))
        #expect(!html.contains("src=\"http") && !html.contains("href=\"http") && !html.contains("url(http"))
    }
}
