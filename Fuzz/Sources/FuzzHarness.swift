import Foundation

/// What one fuzz input is fed to, and the checks on the answer.
enum FuzzHarness {
    /// The parser or path under test.
    enum Target: String, CaseIterable {
        case accelerator, config, profile, estimate, requests, trace, scenario, reference, solver, arguments
    }

    /// From INFERCAP_FUZZ_TARGET (default `estimate`).
    static let target: Target = {
        let name = ProcessInfo.processInfo.environment["INFERCAP_FUZZ_TARGET"] ?? "estimate"
        guard let target = Target(rawValue: name) else {
            fatalError("INFERCAP_FUZZ_TARGET=\(name): use one of \(Target.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return target
    }()

    /// The built-in catalog (found through INFERCAP_ROOT, see BundleModule.swift).
    static let catalog: Catalog = {
        do { return try Catalog() } catch { fatalError("catalog: \(error)") }
    }()

    static let smallModel = (try? catalog.model(named: "qwen3-8b").architecture) ?? { fatalError("qwen3-8b missing") }()
    static let moeModel = (try? catalog.model(named: "qwen3-30b-a3b").architecture) ?? { fatalError("qwen3-30b-a3b missing") }()
    static let chip = (try? catalog.accelerator(named: "h200")) ?? { fatalError("h200 missing") }()
    static let engine = (try? catalog.engine(named: "generic")) ?? { fatalError("generic engine missing") }()
    static let calibration = (try? catalog.calibration(for: chip)) ?? { fatalError("h200 calibration missing") }()

    static func run(target: Target, data: Data) {
        switch target {
        case .accelerator:
            guard let document = try? JSONDocument.parse(data: data, path: "fuzz.json"),
                  let accelerator = try? Accelerator.load(from: document)
            else { return }
            let calibration = (try? catalog.calibration(for: accelerator)) ?? calibration
            check(smallModel, Deployment(accelerator: accelerator, parallelism: Parallelism(), weightDType: .bf16, engine: engine, calibration: calibration))
        case .config:
            guard let document = try? JSONDocument.parse(data: data, path: "config.json"),
                  let model = try? ModelArchitecture.load(from: document, id: "fuzz", name: nil)
            else { return }
            // Parameter counts are read by `list models` and the sweep's memory bound.
            finite("total parameters", model.totalParameters)
            finite("active parameters", model.activeParameters)
            check(model, Deployment(accelerator: chip, parallelism: Parallelism(), weightDType: .fp8, engine: engine, calibration: calibration))
        case .profile:
            guard let document = try? JSONDocument.parse(data: data, path: "profile.json") else { return }
            if let profile = try? CalibrationProfile.load(from: document) {
                check(moeModel, Deployment(
                    accelerator: chip, parallelism: Parallelism(tp: 2, ep: 2), weightDType: .bf16, engine: engine, calibration: profile))
            }
            if let profile = try? EngineProfile.load(from: document) {
                check(moeModel, Deployment(
                    accelerator: chip, parallelism: Parallelism(tp: 2, ep: 2), weightDType: .bf16, engine: profile, calibration: calibration))
            }
        case .estimate:
            var numbers = FuzzNumbers(data)
            let scenario: (ModelArchitecture, Deployment, Workload)
            do { scenario = try numbers.scenario() } catch {
                if verbose { print("refused at load: \(error)") }
                return
            }
            let (model, deployment, workload) = scenario
            check(model, deployment, workload)
            checkSweep(model, deployment, workload)
        case .requests: checkRequests(data)
        case .trace: checkTrace(data)
        case .scenario: checkScenario(data)
        case .reference: checkReference(data)
        case .solver: checkSolver(data)
        case .arguments: checkArguments(data)
        }
    }

    /// The sweep's batched evaluator on the same deployment: its steps must agree with
    /// ``Estimator`` and its frontier points must be finite and positive.
    static func checkSweep(_ model: ModelArchitecture, _ deployment: Deployment, _ workload: Workload) {
        guard (try? workload.validate()) != nil, let estimator = try? Estimator(model: model, deployment: deployment) else { return }
        let context = workload.effectiveContextTokens
        let largest = min(estimator.memoryPlan(contextTokens: context).maxBatch, 64)
        guard largest >= 1 else { return }
        let batches = Array(Set([1, 2, 3, largest / 2, largest].filter { $0 >= 1 })).sorted()
        var steps: [Double] = []
        BatchedDecode(estimator: estimator, contextTokens: context).stepSeconds(batches: batches, into: &steps, workspace: .init())
        for (batch, step) in zip(batches, steps) {
            let expected = estimator.decodeStepSeconds(batch: batch, contextTokens: context)
            guard step.isFinite, step > 0, abs(step - expected) <= 1e-6 * expected else {
                fatalError("batched decode step \(step) s vs estimate \(expected) s at batch \(batch) for \(model) \(deployment.parallelism) \(deployment.accelerator.memoryBytesPerSecond) \(deployment.accelerator.denseFlopsPerSecond) \(deployment.calibration) \(deployment.engine.memoryUtilization) \(deployment.engine.maxBatchPerRank) \(deployment.engine.maxPrefillTokens) \(String(describing: deployment.engine.decodeKernelOverheadSeconds)) \(deployment.engine.moeKernelEfficiency) \(deployment.engine.communicationOverlap) \(deployment.engine.stepSecondsPerSequence) \(deployment.weightDType) \(deployment.kvDType) \(workload)")
            }
        }
        var frontier = ParetoFrontier()
        var skipped = 0
        _ = Catalog.evaluate(
            model: model, deployment: deployment, workload: workload, maxBatch: largest, frontier: &frontier, workspace: .init(),
            skipped: &skipped)
        for point in frontier.points {
            for value in [point.outputTokensPerSecondPerChip, point.tokensPerSecondPerUser, point.tpotSeconds, point.ttftSeconds]
            where !(value.isFinite && value > 0) {
                fatalError("sweep frontier point \(point) has a non-finite or non-positive value")
            }
        }
    }

    /// Runs an estimate; an InferCapError is a fine answer, anything it returns must be
    /// finite and positive.
    static func check(_ model: ModelArchitecture, _ deployment: Deployment, _ workload: Workload = Workload(inputTokens: 512, outputTokens: 128)) {
        let estimate: Estimate
        do {
            estimate = try Estimator(model: model, deployment: deployment).estimate(workload)
        } catch {
            // Both calls throw only InferCapError (typed throws), so the compiler, not this
            // harness, rules out any other error.
            if verbose { print("refused: \(error)") }
            return
        }
        let positive: [(String, Double)] = [
            ("prefill.seconds", estimate.prefill.seconds), ("prefill.tokens_per_second_per_chip", estimate.prefill.tokensPerSecondPerChip),
            ("decode.step_seconds", estimate.decode.stepSeconds), ("decode.tokens_per_second_per_chip", estimate.decode.tokensPerSecondPerChip),
            ("decode.tokens_per_second_per_user", estimate.decode.tokensPerSecondPerUser),
            ("serving.ttft_seconds", estimate.serving.ttftSeconds), ("serving.tpot_seconds", estimate.serving.tpotSeconds),
            ("serving.tokens_per_second_per_user", estimate.serving.tokensPerSecondPerUser),
            ("serving.output_tokens_per_second_per_chip", estimate.serving.outputTokensPerSecondPerChip),
            ("serving.requests_per_second", estimate.serving.requestsPerSecond),
            ("memory.weight_bytes_per_chip", estimate.memory.weightBytesPerChip), ("memory.kv_bytes_per_token", estimate.memory.kvBytesPerToken),
            ("memory.kv_bytes_per_token_per_chip", estimate.memory.kvBytesPerTokenPerChip),
            ("memory.usable_bytes_per_chip", estimate.memory.usableBytesPerChip),
        ]
        for (name, value) in positive where !(value.isFinite && value > 0) {
            fatalError("estimate returned \(name) = \(value) for \(model) on \(deployment.accelerator.id) \(deployment.parallelism) \(workload)")
        }
        for (name, value) in [("kv_capacity", estimate.memory.kvCapacityBytesPerChip), ("kv_tokens", estimate.memory.kvTokensPerChip),
                              ("activation", estimate.memory.activationBytesPerChip)] {
            guard value.isFinite, value >= 0 else { fatalError("estimate returned memory.\(name) = \(value)") }
        }
        guard estimate.batch >= 1, estimate.memory.fits else { fatalError("estimate returned batch \(estimate.batch) that does not fit") }
        if verbose { print("estimate: batch \(estimate.batch), TPOT \(estimate.serving.tpotSeconds) s") }
    }

    /// INFERCAP_FUZZ_VERBOSE=1 prints each outcome (to see which inputs reach an estimate).
    static let verbose = ProcessInfo.processInfo.environment["INFERCAP_FUZZ_VERBOSE"] != nil

    static func finite(_ name: String, _ value: Double) {
        guard value.isFinite, value > 0 else { fatalError("\(name) = \(value)") }
    }
}
