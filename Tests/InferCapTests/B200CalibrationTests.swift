import Foundation
import Testing
@testable import InferCap

/// The B200 profile: the H100's curves with the GEMM ceiling scaled by the B200/H100 ratio that
/// OpenXLA's measured matmul table shows (specs/calibration/README.md).
@Suite("B200 calibration from OpenXLA's B200/H100 GEMM ratio")
struct B200CalibrationTests {
    /// bf16 FLOP/s per (m, n, k) for b = 1 in one section of the XLA table.
    static func xlaBF16(section: String) throws -> [[Int]: Double] {
        let path = try #require(Catalog.bundledSpecsDirectory) + "/calibration/measured/xla/matmul_interpolator_data.h"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let start = try #require(text.range(of: "key: \"\(section)\""))
        let rest = text[start.upperBound...]
        let body = rest.range(of: "key: \"sm_").map { rest[..<$0.lowerBound] } ?? rest
        let entry = try NSRegularExpression(
            pattern: #"b: 1\s+m: (\d+)\s+n: (\d+)\s+k: (\d+)\s+flops \{ key: "bf16xbf16->bf16" value: (\d+) \}"#)
        let string = String(body)
        var table: [[Int]: Double] = [:]
        for match in entry.matches(in: string, range: NSRange(string.startIndex..., in: string)) {
            let field = { (i: Int) in String(string[Range(match.range(at: i), in: string)!]) }
            table[[Int(field(1))!, Int(field(2))!, Int(field(3))!]] = Double(field(4))!
        }
        return table
    }

    @Test("Only the GEMM ceiling differs from the H100 profile, scaled within the measured large-GEMM ratios")
    func ratio() throws {
        let b200 = try #require(Fixtures.catalog.calibrations["b200"])
        let h100 = try #require(Fixtures.catalog.calibrations["h100-sxm"])
        #expect(try Fixtures.catalog.calibration(for: Fixtures.catalog.accelerator(named: "b200")).id == "b200")
        #expect(b200.measuredOn == "h100-sxm")
        for (a, b) in [(b200.groupedGemm, h100.groupedGemm), (b200.attentionDecode, h100.attentionDecode),
                       (b200.attentionDecodeLatent, h100.attentionDecodeLatent), (b200.attentionPrefill, h100.attentionPrefill)] {
            #expect(a == b)
        }
        #expect(b200.groupedGemmPrefill != nil && b200.groupedGemmPrefill == h100.groupedGemmPrefill)
        #expect(b200.gemm.halfEfficiencyRows == h100.gemm.halfEfficiencyRows)
        #expect(b200.gemm.overheadSeconds == h100.gemm.overheadSeconds)

        // Per-shape B200/H100 ratios of fraction-of-peak for the largest products (m, n, k >= 2048):
        // the profile's scale must lie among them (a stale or mis-scaled profile does not).
        let b200Chip = try Fixtures.catalog.accelerator(named: "b200"), h100Chip = try Fixtures.catalog.accelerator(named: "h100-sxm")
        let onB200 = try Self.xlaBF16(section: "sm_100_B200"), onH100 = try Self.xlaBF16(section: "sm_90")
        let ratios = onB200.compactMap { shape, rate -> Double? in
            guard shape.allSatisfy({ $0 >= 2048 }), let hopper = onH100[shape] else { return nil }
            return (rate / b200Chip.denseFlopsPerSecond[.bf16]!) / (hopper / h100Chip.denseFlopsPerSecond[.bf16]!)
        }
        #expect(ratios.count == 8)
        let scale = b200.gemm.computeEfficiencyMax / h100.gemm.computeEfficiencyMax
        #expect(scale < 1)
        #expect((ratios.min()! ... ratios.max()!).contains(scale), "scale \(scale), measured \(ratios.sorted())")
    }

    @Test("A B200 estimate says its curves are borrowed and what was measured for the B200")
    func note() throws {
        let estimate = try Fixtures.catalog.estimate(EstimateRequest(
            model: "llama-3.1-70b", accelerator: "b200", parallelism: Parallelism(tp: 2), workload: Workload(batch: 16)))
        #expect(estimate.notes.contains { $0.contains("borrowed from h100-sxm") && $0.contains("OpenXLA") })
    }
}
