import Testing
@testable import InferCap

@Suite("Batched evaluator agrees with estimate")
struct BatchedDecodeTests {
    /// Every path of the batched evaluator against `Estimator.decodeStepSeconds`, point by point
    /// (1e-6 relative), and the piecewise-affine path against the BLAS reference (1e-9).
    static func expectBatchedMatchesEstimator(_ estimator: Estimator, contextTokens context: Int, batches: [Int]) {
        var batched = BatchedDecode(estimator: estimator, contextTokens: context)
        var byPath: [BatchedDecode.Path: [Double]] = [:]
        for path in [BatchedDecode.Path.piecewise, .fused, .blas] {
            batched.path = path
            var steps: [Double] = []
            batched.stepSeconds(batches: batches, into: &steps, workspace: .init())
            byPath[path] = steps
            for (batch, step) in zip(batches, steps) {
                let expected = estimator.decodeStepSeconds(batch: batch, contextTokens: context)
                #expect(
                    step.isClose(to: expected, relative: 1e-6),
                    "\(path) \(estimator.model.id) on \(estimator.deployment.accelerator.id) \(estimator.deployment.parallelism) b\(batch): \(step) vs \(expected)")
            }
        }
        for (piecewise, reference) in zip(byPath[.piecewise]!, byPath[.blas]!) {
            #expect(piecewise.isClose(to: reference, relative: 1e-9), "piecewise \(piecewise) vs blas \(reference)")
        }
    }

    /// Draws deployments until `count` of them build an estimator (at most `attempts` draws; a
    /// draw may return nil to skip) and checks each against `Estimator` at a random decode
    /// context and random batches up to `maxBatch`; returns how many it checked.
    static func checkRandomDeployments(
        seed: UInt64, count: Int, attempts: Int, maxBatch: Int,
        draw: (inout SeededRandom) throws -> (ModelArchitecture, Deployment)?
    ) throws -> Int {
        var random = SeededRandom(seed: seed)
        var checked = 0
        for _ in 0..<attempts where checked < count {
            guard let (model, deployment) = try draw(&random),
                  let estimator = try? Estimator(model: model, deployment: deployment)
            else { continue }
            let context = Int.random(in: 16...20_000, using: &random)
            let batches = (0..<9).map { _ in Int.random(in: 1...maxBatch, using: &random) } + [1, 2, 3]
            expectBatchedMatchesEstimator(estimator, contextTokens: context, batches: batches)
            checked += 1
        }
        return checked
    }

    @Test("The piecewise-affine form equals the BLAS path at every batch 1...1024 and beyond (switches in range; two routings; MTP on MoE)")
    func piecewiseEveryBatch() throws {
        var random = SeededRandom(seed: 11)
        var switching = 0, fourFeatures = 0
        for trial in 0..<40 {
            let model = try Fixtures.model(
                ["deepseek-r1", "qwen3-235b-a22b", "llama-3.1-70b", "gpt-oss-120b", "deepseek-v4-flash"].randomElement(using: &random)!)
            let chip = try Fixtures.catalog.accelerator(named: ["h20", "h100-sxm", "ascend-910b-376t", "b200"].randomElement(using: &random)!)
            let tp = [1, 2, 4, 8].randomElement(using: &random)!, dp = [1, 2, 8].randomElement(using: &random)!
            let deployment = Deployment(
                accelerator: chip, parallelism: Parallelism(tp: tp, pp: [1, 2, 3].randomElement(using: &random)!, ep: model.moe == nil ? 1 : tp * dp, dp: dp),
                weightDType: [DType.bf16, .fp8, .int4].randomElement(using: &random)!, kvDType: .bf16,
                engine: try Fixtures.catalog.engine(named: "sglang"), calibration: try Fixtures.catalog.calibration(for: chip),
                speculative: model.multiTokenPredictionLayers > 0 && random.next() % 2 == 0
                    ? SpeculativeDecoding(draftTokens: 2, acceptanceRate: 0.7) : nil)
            guard let estimator = try? Estimator(model: model, deployment: deployment) else { continue }
            var batched = BatchedDecode(estimator: estimator, contextTokens: Int.random(in: 100...30_000, using: &random))
            // Every other deployment also past the 1,024 micro-batches whose switches the rates
            // hold, so its switches are searched afresh.
            let batches = Array(1...1024) + (trial % 2 == 0 ? [1500, 2600, 4100] : [])
            var piecewise: [Double] = [], reference: [Double] = []
            let workspace = BatchedDecode.Workspace()
            batched.stepSeconds(batches: batches, into: &piecewise, workspace: workspace)
            if workspace.piecewise.starts.count > 1 { switching += 1 }
            if workspace.piecewise.features == 4 { fourFeatures += 1 }
            batched.path = .blas
            batched.stepSeconds(batches: batches, into: &reference, workspace: .init())
            for (batch, (a, b)) in zip(batches, zip(piecewise, reference)) where !a.isClose(to: b, relative: 1e-9) {
                Issue.record("\(model.id) \(chip.id) \(deployment.parallelism) b\(batch): piecewise \(a) vs blas \(b)")
                break
            }
        }
        #expect(switching >= 10, "only \(switching) deployments had an operator switch branch in range")
        #expect(fourFeatures >= 4, "only \(fourFeatures) deployments with two exponential features (MTP on MoE, two routings)")
    }

    @Test("Decode steps match Estimator to 1e-6 relative on random configurations")
    func randomConfigurations() throws {
        let models = Fixtures.catalog.models.map(\.id)
        let chips = Fixtures.catalog.accelerators.map(\.id)
        let checked = try Self.checkRandomDeployments(seed: 42, count: 40, attempts: 2000, maxBatch: 1024) { random in
            let model = try Fixtures.model(models.randomElement(using: &random)!)
            let chip = try Fixtures.catalog.accelerator(named: chips.randomElement(using: &random)!)
            let tp = [1, 2, 4, 8].randomElement(using: &random)!
            let pp = [1, 1, 2, 3, 4].randomElement(using: &random)!
            let dp = [1, 1, 2, 4, 8].randomElement(using: &random)!
            let ep = model.moe == nil ? 1 : [1, tp * dp].randomElement(using: &random)!
            let dtype = [DType.bf16, .fp8, .int8, .int4].randomElement(using: &random)!
            let engine = try Fixtures.catalog.engine(named: ["generic", "vllm", "sglang", "trtllm"].randomElement(using: &random)!)
            return (model, Deployment(
                accelerator: chip, parallelism: Parallelism(tp: tp, pp: pp, ep: ep, dp: dp), weightDType: dtype,
                kvDType: [.bf16, .fp8].randomElement(using: &random)!, engine: engine, calibration: try Fixtures.catalog.calibration(for: chip)))
        }
        #expect(checked == 40)
    }

    @Test("With MTP, decode iterations match Estimator to 1e-6 relative (MoE with four features, pipelines)")
    func speculativeConfigurations() throws {
        let chips = Fixtures.catalog.accelerators.map(\.id)
        let checked = try Self.checkRandomDeployments(seed: 7, count: 16, attempts: 500, maxBatch: 512) { random in
            let model = try Fixtures.model(["deepseek-r1", "deepseek-v3", "kimi-k2"].randomElement(using: &random)!)
            guard model.multiTokenPredictionLayers > 0 else { return nil }
            let chip = try Fixtures.catalog.accelerator(named: chips.randomElement(using: &random)!)
            let tp = [1, 2, 8].randomElement(using: &random)!
            let pp = [1, 1, 2, 4].randomElement(using: &random)!
            let dp = [1, 4, 8, 32].randomElement(using: &random)!
            return (model, Deployment(
                accelerator: chip, parallelism: Parallelism(tp: tp, pp: pp, ep: tp * dp, dp: dp),
                weightDType: [DType.fp8, .int8, .int4].randomElement(using: &random)!, kvDType: .bf16,
                engine: try Fixtures.catalog.engine(named: ["generic", "sglang"].randomElement(using: &random)!),
                calibration: try Fixtures.catalog.calibration(for: chip),
                speculative: SpeculativeDecoding(
                    draftTokens: [1, 2, 3].randomElement(using: &random)!, acceptanceRate: Double.random(in: 0...1, using: &random))))
        }
        #expect(checked == 16)
    }

    @Test("An MTP sweep's frontier points are what estimate --mtp says")
    func speculativeSweepMatchesEstimate() throws {
        let mtp = SpeculativeDecoding(draftTokens: 1)
        let result = try Fixtures.catalog.sweep(SweepRequest(
            model: "deepseek-r1", accelerators: ["h20"], weightDTypes: [.fp8], maxChips: 32, maxBatch: 256, speculative: mtp))
        let points = try #require(result.frontiers.first?.points)
        #expect(points.count >= 3)
        for point in [points.first!, points[points.count / 2], points.last!] {
            let estimate = try Fixtures.catalog.estimate(EstimateRequest(
                model: "deepseek-r1", accelerator: "h20", parallelism: point.parallelism, weightDType: .fp8,
                workload: Workload(batch: point.batch), speculative: mtp))
            #expect(point.outputTokensPerSecondPerChip.isClose(to: estimate.serving.outputTokensPerSecondPerChip, relative: 1e-6))
            #expect(point.tpotSeconds.isClose(to: estimate.serving.tpotSeconds, relative: 1e-6))
        }
        // A model without an MTP module is refused up front, not swept into an empty frontier.
        #expect(throws: InferCapError.self) {
            try Fixtures.catalog.sweep(SweepRequest(model: "llama-3.1-8b", accelerators: ["h20"], maxChips: 2, speculative: mtp))
        }
    }

    @Test("Sweep frontier points are what estimate says for the same deployment and batch")
    func sweepMatchesEstimate() throws {
        let request = SweepRequest(
            model: "qwen3-30b-a3b", accelerators: ["h20", "h100-sxm"], weightDTypes: [.fp8], maxChips: 8, maxBatch: 64,
            inputTokens: 512, outputTokens: 256, threads: 2)
        let result = try Fixtures.catalog.sweep(request)
        #expect(result.frontiers.count == 2)
        #expect(result.evaluatedPoints > 1000)
        for point in result.frontier.prefix(20) {
            let estimate = try Fixtures.catalog.estimate(EstimateRequest(
                model: "qwen3-30b-a3b", accelerator: point.accelerator, parallelism: point.parallelism, weightDType: point.weightDType,
                workload: Workload(inputTokens: 512, outputTokens: 256, batch: point.batch)))
            #expect(point.outputTokensPerSecondPerChip.isClose(to: estimate.serving.outputTokensPerSecondPerChip, relative: 1e-6))
            #expect(point.tpotSeconds.isClose(to: estimate.serving.tpotSeconds, relative: 1e-6))
            #expect(point.ttftSeconds.isClose(to: estimate.serving.ttftSeconds, relative: 1e-6))
        }
        // A frontier: per-user speed falls while per-chip throughput rises along it.
        for (a, b) in zip(result.frontier, result.frontier.dropFirst()) {
            #expect(a.tokensPerSecondPerUser >= b.tokensPerSecondPerUser && a.outputTokensPerSecondPerChip < b.outputTokensPerSecondPerChip)
        }
    }

    /// Skeletons of quantities are shared between chips, and a collective's latency beyond its
    /// fixed one is a quantity read from the calibration (NVIDIA profiles add NCCL's ring steps to
    /// an all-reduce, the 910B's does not): sweeping the H20 first once gave the 910B the H20's ring
    /// steps (DeepSeek-R1 tp16 pp2 at batch 1 read 47.2 tokens/s per user instead of 49.6).
    @Test("A chip's frontier is the same swept alone or after a chip with other communication constants")
    func sweepSharesSkeletonsOnlyBetweenLikeCalibrations() throws {
        func frontier(_ chips: [String]) throws -> [FrontierPoint] {
            let result = try Fixtures.catalog.sweep(SweepRequest(
                model: "deepseek-r1", accelerators: chips, maxChips: 32, maxBatch: 16, threads: 1))
            return try #require(result.frontiers.first { $0.accelerator == "ascend-910b-376t" }?.points)
        }
        let alone = try frontier(["ascend-910b-376t"]), after = try frontier(["h20", "ascend-910b-376t"])
        #expect(alone.count == after.count && !alone.isEmpty)
        for (a, b) in zip(alone, after) {
            #expect(a.parallelism == b.parallelism && a.batch == b.batch)
            #expect(a.tpotSeconds.isClose(to: b.tpotSeconds, relative: 1e-9))
        }
        let ring = try Fixtures.catalog.calibration(for: Fixtures.catalog.accelerator(named: "h20")).allReduceStepSeconds
        let none = try Fixtures.catalog.calibration(for: Fixtures.catalog.accelerator(named: "ascend-910b-376t")).allReduceStepSeconds
        #expect(ring > 0 && none == 0)
    }

    @Test("Pareto frontier keeps exactly the non-dominated points")
    func frontier() {
        func point(_ user: Double, _ chip: Double) -> FrontierPoint {
            FrontierPoint(
                accelerator: "x", chips: 1, parallelism: Parallelism(), weightDType: .bf16, batch: 1, outputTokensPerSecondPerChip: chip,
                tokensPerSecondPerUser: user, tpotSeconds: 1 / user, ttftSeconds: 0.1)
        }
        var frontier = ParetoFrontier()
        frontier.insert([point(100, 10), point(50, 50), point(60, 40), point(40, 45), point(10, 100)])
        #expect(frontier.points.map(\.tokensPerSecondPerUser) == [100, 60, 50, 10])
        // Points at least as fast per user as 55: (100, 10) and (60, 40); the best of them has 40 per chip.
        #expect(frontier.dominates(perUser: 55, perChip: 40))
        #expect(!frontier.dominates(perUser: 55, perChip: 41))
        frontier.insert([point(200, 5)])
        #expect(frontier.points.first?.tokensPerSecondPerUser == 200)
    }
}

@Suite("Branch switches of one operator")
struct BranchSwitchTests {
    /// Every micro-batch where memory starts or stops winning, by scanning all of them.
    static func scan(_ compute: [Double], _ memory: [Double], powers: [Double], upper: Int) -> (atOne: Bool, switches: [Int]) {
        func wins(_ m: Int) -> Bool {
            var d = compute[0] + compute[1] * Double(m), e = memory[0] + memory[1] * Double(m)
            for k in 0..<(compute.count - 2) {
                d += compute[2 + k] * powers[k * upper + m - 1]
                e += memory[2 + k] * powers[k * upper + m - 1]
            }
            return e > d
        }
        return (wins(1), (2...max(2, upper)).filter { $0 <= upper && wins($0) != wins($0 - 1) })
    }

    @Test("Bisection over monotone runs finds every switch a full scan finds, up to three with two exponentials")
    func matchesScan() {
        var random = SeededRandom(seed: 5)
        var multiple = 0, triple = 0
        for trial in 0..<3000 {
            let exponentials = trial % 3
            let upper = Int.random(in: 1...1024, using: &random)
            let ratios = (Double.random(in: 0.9...0.9995, using: &random), Double.random(in: 0.95...0.9999, using: &random))
            var powers: [Double] = []
            for k in 0..<exponentials {
                let q = k == 0 ? ratios.0 : ratios.1
                var value = q
                for _ in 1...upper {
                    powers.append(value)
                    value *= q
                }
            }
            // D = compute - memory with a dip or a hump inside the range: the exponentials against the slope.
            let memory = (0..<(2 + exponentials)).map { _ in Double.random(in: 0...1, using: &random) }
            let slope = Double.random(in: -1e-3...1e-3, using: &random)
            var difference = [Double.random(in: -0.5...0.5, using: &random), slope]
            if exponentials > 0 { difference.append(Double.random(in: -2...2, using: &random)) }
            if exponentials > 1 { difference.append(-difference[2] * Double.random(in: 0.5...2, using: &random)) }
            let compute = zip(memory, difference).map { $0 + $1 }
            var found: [Int] = []
            var runs: [Int] = [], turns: [Int] = []
            let atOne = compute.withUnsafeBufferPointer { c in
                memory.withUnsafeBufferPointer { m in
                    powers.withUnsafeBufferPointer { p in
                        PiecewiseDecode.branchSwitches(
                            compute: c.baseAddress!, memory: m.baseAddress!, features: 2 + exponentials,
                            powers: p.baseAddress ?? UnsafePointer(bitPattern: 8)!, ratios: ratios, upper: upper,
                            runs: &runs, turns: &turns) { found.append($0) }
                    }
                }
            }
            let expected = Self.scan(compute, memory, powers: powers, upper: upper)
            #expect(atOne == expected.atOne && found == expected.switches, "trial \(trial): \(found) vs \(expected.switches)")
            if expected.switches.count >= 2 { multiple += 1 }
            if expected.switches.count >= 3 { triple += 1 }
        }
        #expect(multiple >= 50, "only \(multiple) operators switched twice")
        #expect(triple >= 5, "only \(triple) operators switched three times")
    }
}
