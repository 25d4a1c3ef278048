import Foundation
import Testing

/// `--chips N`: the best deployment of exactly N chips, the one `sweep --chips N` finds.
@Suite("--chips picks what sweep finds")
struct ChipsFlagTests {
    @Test("estimate --chips 8 serves what the best point of sweep --chips 8 serves, on exactly 8 chips")
    func sameAsSweep() throws {
        let estimate = try CLIRunner.run("estimate --model llama-3.1-70b --accelerator h100-sxm --chips 8 --tpot-slo-ms 50 --format json")
        #expect(estimate.status == 0, "\(estimate.stderr)")
        let e = try #require(try JSONSerialization.jsonObject(with: Data(estimate.stdout.utf8)) as? [String: Any])
        let serving = try #require(e["serving"] as? [String: Any])
        let perChip = try #require(serving["output_tokens_per_second_per_chip"] as? Double)
        #expect(e["chips"] as? Int == 8)

        let sweep = try CLIRunner.run("sweep --model llama-3.1-70b --accelerators h100-sxm --chips 8 --tpot-slo-ms 50 --format csv")
        let rows = CSVOutputTests.parse(sweep.stdout)
        let column = try #require(rows[0].firstIndex(of: "output_tokens_per_second_per_chip"))
        let chipsColumn = try #require(rows[0].firstIndex(of: "chips"))
        let best = rows.dropFirst().compactMap { Double($0[column]) }.max() ?? 0
        #expect(rows.dropFirst().allSatisfy { $0[chipsColumn] == "8" }, "sweep --chips 8 gave other sizes")
        #expect(abs(perChip - best) <= 0.005 * best, "estimate \(perChip) vs sweep's best \(best)")
        // The standard layouts alone do no better than the search.
        let standard = try CLIRunner.run("estimate --model llama-3.1-70b --accelerator h100-sxm --tp 8 --tpot-slo-ms 50 --format json")
        let s = try #require(try JSONSerialization.jsonObject(with: Data(standard.stdout.utf8)) as? [String: Any])
        let standardPerChip = try #require((s["serving"] as? [String: Any])?["output_tokens_per_second_per_chip"] as? Double)
        #expect(standardPerChip <= perChip * 1.0001)
    }

    @Test("compare --chips puts every chip at that count")
    func compareAtCount() throws {
        let result = try CLIRunner.run("compare --model llama-3.1-8b --accelerators h100-sxm,h20 --chips 2 --format json")
        #expect(result.status == 0, "\(result.stderr)")
        let estimates = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(estimates.count == 2 && estimates.allSatisfy { $0["chips"] as? Int == 2 })
    }

    @Test("--chips that disagrees with the layout, or that nothing fits, is one line with exit 2", arguments: [
        "estimate --model llama-3.1-70b --accelerator h100-sxm --chips 8 --tp 4",
        "estimate --model llama-3.1-405b --accelerator h100-sxm --chips 1",
        "estimate --model llama-3.1-8b --accelerator h100-sxm --chips 0",
        "sweep --model llama-3.1-8b --accelerators h100-sxm --chips 512",
    ])
    func refusals(_ line: String) throws {
        let result = try CLIRunner.run(line)
        #expect(result.status == 2 && result.stderr.hasPrefix("error: ") && result.stderr.split(separator: "\n").count == 1, "\(line): \(result.stderr)")
    }
}
