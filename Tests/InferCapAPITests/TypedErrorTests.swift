import Foundation
import InferCap
import Testing

/// Public calls throw `InferCapError` itself, so a caller switches on the cases without a cast
/// (these tests would not compile against untyped `throws`).
@Suite("Errors are typed values a caller can switch on")
struct TypedErrorTests {
    @Test("An unknown accelerator names the closest one")
    func unknownName() {
        do {
            _ = try PublicSurfaceTests.catalog.accelerator(named: "h2o")
            Issue.record("expected an error")
        } catch {
            switch error {
            case let .unknownName(kind, name, suggestion, known):
                #expect(kind == "accelerator")
                #expect(name == "h2o")
                #expect(suggestion == "h20")
                #expect(known.contains("h100-sxm"))
            default:
                Issue.record("unexpected \(error)")
            }
        }
    }

    @Test("A layout the model cannot run is refused with the fix")
    func invalidParallelism() throws {
        let model = try PublicSurfaceTests.catalog.model(named: "llama-3.1-8b").architecture
        do {
            try Parallelism(tp: 3).validate(for: model)
            Issue.record("expected an error")
        } catch {
            guard case let .invalidParallelism(detail, fix) = error else { Issue.record("unexpected \(error)"); return }
            #expect(detail.contains("tp = 3"))
            #expect(fix.contains("1, 2, 4, 8"))
        }
    }

    @Test("A model that does not fit reports the shortfall in bytes")
    func doesNotFit() {
        do {
            _ = try PublicSurfaceTests.catalog.estimate(EstimateRequest(
                model: "llama-3.1-405b", accelerator: "h20", parallelism: Parallelism(tp: 1), weightDType: .bf16))
            Issue.record("expected an error")
        } catch {
            guard case let .doesNotFit(_, shortfallBytes, _) = error else { Issue.record("unexpected \(error)"); return }
            // 405B bf16 weights are about 811 GB against 96 GiB x 0.9 usable.
            #expect(shortfallBytes > 700e9)
        }
    }

    @Test("An SLO no batch meets is its own case")
    func sloUnreachable() {
        do {
            _ = try PublicSurfaceTests.catalog.estimate(EstimateRequest(
                model: "llama-3.1-70b", accelerator: "h20", parallelism: Parallelism(tp: 8),
                workload: Workload(slo: LatencySLO(tpotSeconds: 0.001))))
            Issue.record("expected an error")
        } catch {
            guard case .sloUnreachable = error else { Issue.record("unexpected \(error)"); return }
        }
    }
}
