import Testing
@testable import InferCap

/// Disaggregated reference points (a whole P/D system) replay as prefill and decode pools on
/// the point's chips, rated by the fleet planner's pool model.
@Suite("Disaggregated reference points")
struct DisaggregatedReplayTests {
    static func point(_ id: String) throws -> ReferencePoint {
        try #require(try ReferenceSet.bundled().points.first { $0.id == id })
    }

    static func predicted(_ point: ReferencePoint) -> Double? {
        if case let .predicted(value, _) = Replay(catalog: Fixtures.catalog).run(point) { return value }
        return nil
    }

    @Test("FlexNPU's P/D figures are disaggregated points; the static baseline fixes 96 prefill chips")
    func normalised() throws {
        let dynamic = try Self.point("flexnpu-cm384-910c-e2e-1k1k")
        let fixed = try Self.point("flexnpu-cm384-910c-static-pd-1k1k")
        #expect(dynamic.mode == .disaggregated && dynamic.prefillChips == nil)
        #expect(fixed.mode == .disaggregated && fixed.prefillChips == 96 && fixed.chips == 384)
    }

    @Test("A fixed split serves the smaller of its two pools' rates, never more than pools sized to each other")
    func fixedSplit() throws {
        var point = try Self.point("flexnpu-cm384-910c-static-pd-1k1k")
        point.prefillChips = nil
        let sized = try #require(Self.predicted(point))
        func fixed(_ prefill: Int) throws -> Double {
            point.prefillChips = prefill
            return try #require(Self.predicted(point))
        }
        let splits = try [16, 48, 96, 192, 288].map { ($0, try fixed($0)) }
        #expect(splits.allSatisfy { $0.1 <= sized * (1 + 1e-12) })
        // Few prefill chips: prefill-bound, output grows with them; many: decode-bound, it grows
        // with the decode chips left.
        #expect(try fixed(48).isClose(to: 3 * fixed(16), relative: 1e-9))
        #expect(try fixed(288).isClose(to: fixed(192) * Double(384 - 288) / Double(384 - 192), relative: 1e-9))
    }

    @Test("A split that leaves no decode chips is skipped with the reason")
    func noDecodeChips() throws {
        var point = try Self.point("flexnpu-cm384-910c-static-pd-1k1k")
        point.prefillChips = point.chips
        guard case let .skipped(reason) = Replay(catalog: Fixtures.catalog).run(point) else {
            Issue.record("expected a skip")
            return
        }
        #expect(reason.contains("leaves no decode chips"), "\(reason)")
    }
}
