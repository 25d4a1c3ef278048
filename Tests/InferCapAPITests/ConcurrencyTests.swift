import Foundation
import InferCap
import Testing

/// One catalog shared by many tasks: every answer equals the one computed alone.
@Suite("Safe to call from many tasks at once")
struct ConcurrencyTests {
    static let requests: [EstimateRequest] = [
        EstimateRequest(model: "llama-3.1-8b", accelerator: "h20", parallelism: Parallelism(tp: 2), workload: Workload(batch: 32)),
        EstimateRequest(model: "qwen3-30b-a3b", accelerator: "h100-sxm", workload: Workload(slo: LatencySLO(tpotSeconds: 0.04))),
        EstimateRequest(
            model: "deepseek-v3", accelerator: "h800", parallelism: Parallelism(tp: 8, pp: 2, ep: 8, dp: 1),
            workload: Workload(inputTokens: 4000, outputTokens: 1000), breakdown: true),
        EstimateRequest(model: "mixtral-8x7b", accelerator: "ascend-910b-376t", weightDType: .int8),
    ]

    @Test("64 tasks estimating four requests give the sequential answers exactly")
    func estimates() async throws {
        let catalog = PublicSurfaceTests.catalog
        let expected = try Self.requests.map { try catalog.estimate($0) }
        let results = await withTaskGroup(of: (Int, Result<Estimate, InferCapError>).self) { group in
            for task in 0..<64 {
                group.addTask {
                    let index = task % Self.requests.count
                    do throws(InferCapError) {
                        return (index, .success(try catalog.estimate(Self.requests[index])))
                    } catch {
                        return (index, .failure(error))
                    }
                }
            }
            var all: [(Int, Result<Estimate, InferCapError>)] = []
            for await result in group { all.append(result) }
            return all
        }
        #expect(results.count == 64)
        for (index, result) in results {
            #expect(try result.get() == expected[index])
        }
    }

    @Test("Sweeps running side by side match a sweep run alone")
    func sweeps() async throws {
        let catalog = PublicSurfaceTests.catalog
        let request = SweepRequest(
            model: "qwen3-8b", accelerators: ["h20", "h100-sxm"], weightDTypes: [.bf16, .fp8], maxChips: 4, maxBatch: 32,
            inputTokens: 1024, outputTokens: 256, threads: 2)
        let alone = try catalog.sweep(request)
        let results = try await withThrowingTaskGroup(of: [FrontierPoint].self) { group in
            for _ in 0..<4 { group.addTask { try catalog.sweep(request).frontier } }
            var all: [[FrontierPoint]] = []
            for try await frontier in group { all.append(frontier) }
            return all
        }
        #expect(results.count == 4)
        #expect(results.allSatisfy { $0 == alone.frontier })
    }

    @Test("A frontier does not depend on the order points arrive in, ties included")
    func frontierOrder() {
        func point(_ chips: Int, dp: Int, perUser: Double, perChip: Double) -> FrontierPoint {
            FrontierPoint(
                accelerator: "h20", chips: chips, parallelism: Parallelism(dp: dp), weightDType: .bf16, batch: 8,
                outputTokensPerSecondPerChip: perChip, tokensPerSecondPerUser: perUser, tpotSeconds: 1 / perUser, ttftSeconds: 0.1)
        }
        // Two replicas of one deployment tie on both axes; one point is dominated.
        let points = [
            point(2, dp: 2, perUser: 50, perChip: 900), point(1, dp: 1, perUser: 50, perChip: 900),
            point(1, dp: 1, perUser: 80, perChip: 400), point(1, dp: 1, perUser: 40, perChip: 800),
        ]
        var forward = ParetoFrontier()
        for p in points { if !forward.dominates(p) { forward.insert([p]) } }
        var backward = ParetoFrontier()
        for p in points.reversed() { if !backward.dominates(p) { backward.insert([p]) } }
        #expect(forward.points == backward.points)
        #expect(forward.points.map(\.chips) == [1, 1])
        #expect(forward.points.map(\.tokensPerSecondPerUser) == [80, 50])
    }

    @Test("Public values cross task boundaries (Sendable, checked at compile time)")
    func sendable() {
        func check<T: Sendable>(_: T.Type) {}
        check(Catalog.self)
        check(Accelerator.self)
        check(ModelArchitecture.self)
        check(ModelEntry.self)
        check(CalibrationProfile.self)
        check(EngineProfile.self)
        check(Deployment.self)
        check(Workload.self)
        check(Estimate.self)
        check(Estimator.self)
        check(Comparison.self)
        check(SweepResult.self)
        check(ValidationReport.self)
        check(InferCapError.self)
    }
}
