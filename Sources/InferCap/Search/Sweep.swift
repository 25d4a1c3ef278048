import Foundation

/// What to search: one model over accelerators, layouts, precisions and batch sizes.
public struct SweepRequest: Sendable, Hashable {
    /// Model id, alias or config path.
    public var model: String
    /// Accelerator ids; empty = every accelerator in the catalog.
    public var accelerators: [String]
    /// Weight precisions; nil = each of bf16, fp8 and int8 the chip supports.
    public var weightDTypes: [DType]?
    /// KV-cache precision.
    public var kvDType: DType
    /// Engine profile id.
    public var engine: String
    /// Largest deployment considered, in chips.
    public var maxChips: Int
    /// Largest batch per attention group considered (every batch from 1 up to it that fits).
    public var maxBatch: Int
    /// Prompt tokens per request.
    public var inputTokens: Int
    /// Generated tokens per request.
    public var outputTokens: Int
    /// KV tokens per sequence during decode; nil = input + output/2.
    public var contextTokens: Int?
    /// Points that miss these targets are left out.
    public var slo: LatencySLO?
    /// Worker threads.
    public var threads: Int
    /// MTP speculative decoding in every deployment; nil = off.
    public var speculative: SpeculativeDecoding?
    /// Only deployments of exactly this many chips (`tp x pp x dp`); nil = every size up to ``maxChips``.
    public var chips: Int? = nil
    /// Engine settings that replace the profile's (``EngineOverrides``).
    public var engineOverrides = EngineOverrides()

    /// A sweep; the defaults are the CLI's.
    public init(
        model: String, accelerators: [String] = [], weightDTypes: [DType]? = nil, kvDType: DType = .bf16, engine: String = Catalog.defaultEngineName,
        maxChips: Int = 256, maxBatch: Int = 1024, inputTokens: Int = 1024, outputTokens: Int = 1024, contextTokens: Int? = nil,
        slo: LatencySLO? = nil, threads: Int = 1, speculative: SpeculativeDecoding? = nil, chips: Int? = nil
    ) {
        self.chips = chips
        self.model = model
        self.accelerators = accelerators
        self.weightDTypes = weightDTypes
        self.kvDType = kvDType
        self.engine = engine
        self.maxChips = maxChips
        self.maxBatch = maxBatch
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
        self.contextTokens = contextTokens
        self.slo = slo
        self.threads = threads
        self.speculative = speculative
    }
}

/// The answer of a sweep: Pareto frontiers of output tokens/s per chip against tokens/s per user.
public struct SweepResult: Sendable, Encodable {
    /// One accelerator's frontier.
    public struct AcceleratorFrontier: Sendable, Encodable {
        /// Accelerator id.
        public var accelerator: String
        /// Its frontier, fastest per user first.
        public var points: [FrontierPoint]
    }

    /// Model id.
    public var model: String
    /// The frontier over every accelerator together.
    public var frontier: [FrontierPoint]
    /// Each accelerator's own frontier, in the order asked.
    public var frontiers: [AcceleratorFrontier]
    /// Deployments (accelerator x precision x layout) that fit in memory and were evaluated.
    public var deployments: Int
    /// Layout candidates considered, fitting or not.
    public var candidates: Int
    /// (deployment, batch) points searched: evaluated, or ruled out unevaluated by the frontier
    /// bound (``boundedPoints`` of them).
    public var evaluatedPoints: Int
    /// Points of ``evaluatedPoints`` the frontier bound ruled out without evaluating them: runs
    /// of batches whose best corner the frontier already beat, or whose first TPOT broke the
    /// target (the step grows with the batch, so no point of the run could join the frontier).
    /// With several threads it depends on the order they meet deployments in; the frontiers do not.
    public var boundedPoints: Int = 0
    /// True when the sweep was stopped early; the frontiers cover what was evaluated.
    public var cancelled: Bool
    /// MTP speculative decoding as asked; nil = off.
    public var speculative: SpeculativeDecoding?

    enum CodingKeys: String, CodingKey {
        case model, frontier, frontiers, deployments, candidates, evaluatedPoints = "evaluated_points"
        case boundedPoints = "bounded_points", cancelled, speculative
    }
}

extension Catalog {
    /// Searches every valid deployment of a model and returns the Pareto frontiers.
    ///
    /// Work is split over `request.threads` threads by deployment; each deployment's batches
    /// go through ``BatchedDecode`` in one block, so memory stays bounded by one block per
    /// thread plus the frontiers. `progress` receives the fraction done; `isCancelled` is polled
    /// between deployments.
    public func sweep(
        _ request: SweepRequest, progress: (@Sendable (Double) -> Void)? = nil, isCancelled: (@Sendable () -> Bool)? = nil
    ) throws(InferCapError) -> SweepResult {
        try InferCapError.narrowing { try untypedSweep(request, progress: progress, isCancelled: isCancelled) }
    }

    func untypedSweep(
        _ request: SweepRequest, progress: (@Sendable (Double) -> Void)?, isCancelled: (@Sendable () -> Bool)?
    ) throws -> SweepResult {
        let model = try self.model(named: request.model).architecture
        let chips = try (request.accelerators.isEmpty ? accelerators.map(\.id) : request.accelerators).map { try accelerator(named: $0) }
        let engines = try chips.map { try self.engine(named: request.engine, for: $0).overridden(by: request.engineOverrides) }
        try request.speculative?.validate(for: model)
        let workload = Workload(
            inputTokens: request.inputTokens, outputTokens: request.outputTokens, contextTokens: request.contextTokens, slo: request.slo)
        try workload.validate()
        guard request.maxChips >= 1, request.maxChips <= 65_536 else {
            throw InferCapError.invalidWorkload(field: "max chips", value: "\(request.maxChips)", fix: "use 1 to 65536")
        }
        guard request.maxBatch >= 1, request.maxBatch <= 1_000_000 else {
            throw InferCapError.invalidWorkload(field: "max batch", value: "\(request.maxBatch)", fix: "use 1 to 1000000")
        }
        if let exact = request.chips, !(1...request.maxChips).contains(exact) {
            throw InferCapError.invalidWorkload(field: "chips", value: "\(exact)", fix: "use 1 to the largest deployment (\(request.maxChips) chips)")
        }
        let layouts = SweepSpace.layouts(model: model, maxChips: request.chips ?? request.maxChips)
            .filter { request.chips == nil || $0.chips == request.chips }
        let calibrations = try chips.map { try self.calibration(for: $0) }
        // The experts stay in the checkpoint's own precision where it stores them apart (4-bit experts).
        let expertDTypes = chips.map { $0.defaultExpertWeightDType(native: model.nativeExpertWeightDType) }
        // The candidates as compact records (48 bytes each); each deployment is built only when
        // a thread takes it, so memory grows with the frontier, not with the space searched.
        var tasks: [SweepTask] = []
        for (index, chip) in chips.enumerated() {
            for dtype in request.weightDTypes ?? [.bf16, .fp8, .int8] where chip.supportsWeights(dtype) {
                for layout in layouts
                where !SweepSpace.cannotFit(model: model, accelerator: chip, dtype: dtype, expertDType: expertDTypes[index], chips: layout.chips) {
                    tasks.append(SweepTask(chip: index, weightDType: dtype, layout: layout))
                }
            }
        }

        // Deployments that split the model the same way run back to back on one thread, so
        // their operator blocks are built once (OperatorCache).
        tasks.sort { $0.order < $1.order }
        var splitGroups: [Range<Int>] = []
        var groupStart = 0
        for index in tasks.indices.dropFirst() where tasks[index].split != tasks[groupStart].split {
            splitGroups.append(groupStart..<index)
            groupStart = index
        }
        if !tasks.isEmpty { splitGroups.append(groupStart..<tasks.count) }
        let groups = splitGroups
        let work = tasks
        let threads = max(1, min(request.threads, 64))
        // One deployment per chip, copied and re-laid-out per task: the copies share the chip's,
        // engine's and calibration's descriptions (``Deployment`` copies them only on write).
        let templates = chips.indices.map { chip in
            Deployment(
                accelerator: chips[chip], parallelism: Parallelism(), weightDType: .bf16, kvDType: request.kvDType,
                engine: engines[chip], calibration: calibrations[chip], speculative: request.speculative,
                expertWeightDType: expertDTypes[chip])
        }
        let state = SweepState(threads: threads, accelerators: chips.count, total: tasks.count)
        DispatchQueue.concurrentPerform(iterations: threads) { worker in
            let workspace = BatchedDecode.Workspace()
            let cache = OperatorCache()
            var local = [ParetoFrontier](repeating: ParetoFrontier(), count: chips.count)
            var deployments = 0, points = 0, skipped = 0
            // Groups are handed out one at a time, so a thread that drew small groups takes more.
            groupLoop: while let group = state.nextGroup(of: groups.count) {
                for index in groups[group] {
                    if isCancelled?() == true { state.cancel(); break groupLoop }
                    let task = work[index]
                    let chip = task.chip
                    var deployment = templates[chip]
                    deployment.parallelism = task.layout
                    deployment.weightDType = task.weightDType
                    if let evaluated = Self.evaluate(
                        model: model, deployment: deployment, workload: workload, maxBatch: request.maxBatch, frontier: &local[chip],
                        workspace: workspace, skipped: &skipped, cache: cache)
                    {
                        deployments += 1
                        points += evaluated
                    }
                    if let fraction = state.finishedOne() { progress?(fraction) }
                }
            }
            state.store(worker: worker, frontiers: local, deployments: deployments, points: points, skipped: skipped)
        }
        var result = state.result(model: model.id, chips: chips.map(\.id), candidates: tasks.count)
        result.speculative = request.speculative
        return result
    }

    /// The frontier bound's runs of batches: at least `shortestRun` long, and `b0 / runFraction`
    /// from batch `b0` on, so that a run's last batch is within 1/16 of its first and the bound is
    /// tight where most batches are.
    static let shortestRun = 4
    static let runFraction = 16

    /// Evaluates every batch of one deployment that fits (1 to `maxBatch`) and merges the
    /// points within the SLOs into `frontier`; returns how many points were searched (the
    /// frontier bound's unevaluated ones added to `skipped`), nil when the deployment cannot run
    /// or does not fit. `frontierBound: false` evaluates every point (the bound's reference).
    static func evaluate(
        model: ModelArchitecture, deployment: Deployment, workload: Workload, maxBatch: Int, frontier: inout ParetoFrontier,
        workspace: BatchedDecode.Workspace, skipped: inout Int, cache: OperatorCache? = nil, frontierBound: Bool = true
    ) -> Int? {
        guard let estimator = try? Estimator(model: model, deployment: deployment, cache: cache) else { return nil }
        let context = workload.effectiveContextTokens
        // The decoder first: its blocks give the memory plan the weights (``OperatorCache``).
        let decode = BatchedDecode(estimator: estimator, contextTokens: context)
        let memory = estimator.memoryPlan(for: workload)
        let largest = min(memory.maxBatch, maxBatch)
        guard largest >= 1 else { return nil }
        // The serving formula needs the prefill's timing; without a TTFT target it is computed
        // when first needed (a deployment the frontier bound rules out before that never is).
        let tpotLimit = workload.slo?.tpotSeconds, ttftLimit = workload.slo?.ttftSeconds
        var formula: ServingFormula?
        if let limit = ttftLimit {
            let prefillLatency = estimator.prefillSeconds(inputTokens: workload.inputTokens)
            if prefillLatency > limit { return largest }
            formula = Self.servingFormula(estimator, workload, prefillLatency: prefillLatency)
        }
        // The piecewise form is prepared when the first batch is timed exactly: a deployment
        // whose every run the frontier beats at the step's lower bound never needs it.
        let piecewise = decode.path == .piecewise && decode.skeleton.featureCount - 2 <= PiecewiseDecode.maxExponentials
        var prepared = false
        func prepare() {
            guard !prepared else { return }
            prepared = true
            let ready = decode.preparePiecewise(maxBatch: largest, workspace: workspace)
            assert(ready, "a skeleton of at most four features has a piecewise form")
        }
        let layout = deployment.parallelism
        let groupChips = Double(layout.groupChips)
        let output = Double(workload.outputTokens)
        // The workspace's block buffers, borrowed for this deployment and given back on return.
        var batches: [Int] = [], steps: [Double] = []
        swap(&batches, &workspace.blockBatches)
        swap(&steps, &workspace.blockSteps)
        defer {
            swap(&batches, &workspace.blockBatches)
            swap(&steps, &workspace.blockSteps)
        }
        var survivors: [FrontierPoint] = []
        var hint = 0
        // The frontier bound: with a step nondecreasing in the batch, every batch of a run
        // b0...b1 has a TPOT at least TPOT(b0) and at most b1 O / cycle(b0) / chips tokens/s per
        // chip; when the frontier beats that corner (or TPOT(b0) breaks the TPOT target), it
        // beats every point of the run, which is then skipped unevaluated. The frontier is
        // what the check below would compare against, so the survivors are the same.
        let bounded = frontierBound && piecewise && decode.monotoneInBatch
        // Whether the corner of batches ...`last` at a TPOT bound and a cycle bound is beaten:
        // the TPOT breaks the target, or the frontier beats that TPOT with `last` x O / cycle
        // tokens/s per chip.
        @inline(__always) func cornerBeaten(tpot: Double, cycle: Double, through last: Int) -> Bool {
            tpotLimit.map { tpot > $0 } ?? false
                || frontier.dominates(perUser: 1 / tpot, perChip: Double(last) * output / cycle / groupChips, hint: &hint)
        }
        var first = 1
        while first <= largest {
            var count = 0
            while first <= largest && count < BatchedDecode.blockSize {
                let length = min(largest - first + 1, max(Self.shortestRun, first / Self.runFraction), BatchedDecode.blockSize - count)
                let last = first + length - 1
                if bounded && (tpotLimit != nil || !frontier.points.isEmpty) {
                    // The run's corner at lower bounds of TPOT(b0) and cycle(b0), tightest last:
                    // the step's cheap bound without the prefills' share (a cycle is at least its
                    // decode steps; tried until the prefill is timed), then with it, then the exact
                    // step less its rounding residue. Any of them beaten, the run is skipped.
                    var step = decode.stepLowerBound(batch: first)
                    // The corner that was beaten: its TPOT bound and the cycle bound its tokens/s
                    // per chip divide by.
                    var tpot = step, cycle = output * step
                    var isBeaten = formula == nil && cornerBeaten(tpot: tpot, cycle: cycle, through: last)
                    var exact = false
                    while !isBeaten {
                        if formula == nil { formula = Self.servingFormula(estimator, workload) }
                        (_, cycle, tpot) = formula!.decodeSide(batch: Double(first), decode: step)
                        isBeaten = cornerBeaten(tpot: tpot, cycle: cycle, through: last)
                        if isBeaten || exact { break }
                        prepare()
                        var start = first
                        decode.piecewiseSteps(batches: &start, count: 1, into: &step, workspace: workspace)
                        step -= decode.stepDecreaseBound
                        exact = true
                    }
                    if isBeaten {
                        // The same corner beats every later batch whose tokens/s per chip at this
                        // cycle bound the frontier still beats (TPOT only grows with the batch):
                        // skip to the last such batch, or to the end when the TPOT target is broken.
                        var end = last
                        if let limit = tpotLimit, tpot > limit {
                            end = largest
                        } else if let best = frontier.mostPerChip(perUser: 1 / tpot), case let reach = best * cycle * groupChips / output,
                                  reach.isFinite, reach > Double(last) {
                            var candidate = Int(min(reach, Double(largest)))
                            var tries = 0
                            while candidate > last, tries < 3, !cornerBeaten(tpot: tpot, cycle: cycle, through: candidate) {
                                candidate -= 1
                                tries += 1
                            }
                            if candidate > last, tries < 3 { end = candidate }
                        }
                        skipped += end - first + 1
                        first = end + 1
                        continue
                    }
                }
                for batch in first...last {
                    batches[count] = batch
                    count += 1
                }
                first = last + 1
            }
            guard count > 0 else { continue }
            if piecewise { prepare() }
            if formula == nil { formula = Self.servingFormula(estimator, workload) }
            let formula = formula!
            batches.withUnsafeBufferPointer { b in
                steps.withUnsafeMutableBufferPointer { s in
                    if piecewise {
                        decode.piecewiseSteps(batches: b.baseAddress!, count: count, into: s.baseAddress!, workspace: workspace)
                    } else {
                        decode.block(batches: b.baseAddress!, count: count, into: s.baseAddress!, workspace: workspace)
                    }
                }
            }
            // Serving metrics four batches at a time (the same formula as `estimate`): cycle and
            // TPOT for every point, TTFT only where an SLO needs it or a point joins the frontier.
            var j = 0
            while j < count {
                let lanes = min(4, count - j)
                var b = SIMD4<Double>(repeating: 1), d = SIMD4<Double>(repeating: 1)
                for lane in 0..<lanes {
                    b[lane] = Double(batches[j + lane])
                    d[lane] = steps[j + lane]
                }
                let (share, cycle, tpot) = formula.decodeSide(batch: b, decode: d)
                let ttft = ttftLimit == nil ? nil : formula.ttftSide(batch: b, decode: d, prefillShare: share, cycle: cycle).ttft
                let perChip = b * SIMD4(repeating: output) / cycle / SIMD4(repeating: groupChips)
                let perUser = 1 / tpot
                for lane in 0..<lanes {
                    if let limit = tpotLimit, tpot[lane] > limit { continue }
                    if let limit = ttftLimit, let ttft, ttft[lane] > limit { continue }
                    guard !frontier.dominates(perUser: perUser[lane], perChip: perChip[lane], hint: &hint) else { continue }
                    // Lane arithmetic is the scalar arithmetic: the same TTFT either way.
                    let firstToken = ttft?[lane]
                        ?? formula.ttftSide(batch: b[lane], decode: d[lane], prefillShare: share[lane], cycle: cycle[lane]).ttft
                    survivors.append(FrontierPoint(
                        accelerator: deployment.accelerator.id, chips: layout.chips, parallelism: layout,
                        weightDType: deployment.weightDType, batch: batches[j + lane], outputTokensPerSecondPerChip: perChip[lane],
                        tokensPerSecondPerUser: perUser[lane], tpotSeconds: tpot[lane], ttftSeconds: firstToken))
                }
                j += 4
            }
        }
        frontier.insert(survivors)
        return largest
    }
}

extension Catalog {
    /// The serving formula of a deployment for a workload, its prefill timed (`prefillLatency`
    /// when already known).
    static func servingFormula(_ estimator: Estimator, _ workload: Workload, prefillLatency: Double? = nil) -> ServingFormula {
        let latency = prefillLatency ?? estimator.prefillSeconds(inputTokens: workload.inputTokens)
        return estimator.servingFormula(
            workload: workload, prefillLatency: latency, prefill: estimator.prefillCost(inputTokens: workload.inputTokens))
    }
}

/// One candidate of a sweep: which chip (an index into the request's list), which weight
/// precision, which layout.
private struct SweepTask {
    var chip: Int
    var weightDType: DType
    var layout: Parallelism

    /// What makes two deployments build the same operators.
    var split: (Int, Int, Int, Int) { (weightDType.ordinal, layout.tp, layout.ep, layout.dp) }

    /// Run order: same split together, then by stages and chip; the narrower weights first (they
    /// usually serve the most per chip, so the frontier the bound compares against is strong
    /// early: 11% fewer instructions on DeepSeek-R1 than the widest first; the frontier is the same).
    var order: (Int, Int, Int, Int, Int, Int) { (-weightDType.ordinal, layout.tp, layout.ep, layout.dp, layout.pp, chip) }
}

/// Shared bookkeeping of a running sweep.
private final class SweepState: @unchecked Sendable {
    private let lock = NSLock()
    private var frontiers: [[ParetoFrontier]]
    private var deployments = 0
    private var points = 0
    private var skipped = 0
    private var finished = 0
    private var handedOut = 0
    private var lastReported = 0.0
    private let total: Int
    private(set) var cancelled = false

    init(threads: Int, accelerators: Int, total: Int) {
        frontiers = Array(repeating: [], count: threads)
        self.total = total
    }

    /// The next group of deployments to evaluate, nil when all are handed out.
    func nextGroup(of count: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard handedOut < count else { return nil }
        handedOut += 1
        return handedOut - 1
    }

    /// Counts a finished deployment; returns the fraction done when it moved by 1% or more.
    func finishedOne() -> Double? {
        lock.lock()
        defer { lock.unlock() }
        finished += 1
        let fraction = total == 0 ? 1 : Double(finished) / Double(total)
        guard fraction - lastReported >= 0.01 || finished == total else { return nil }
        lastReported = fraction
        return fraction
    }

    func cancel() {
        lock.lock()
        cancelled = true
        lock.unlock()
    }

    func store(worker: Int, frontiers local: [ParetoFrontier], deployments: Int, points: Int, skipped: Int) {
        lock.lock()
        frontiers[worker] = local
        self.deployments += deployments
        self.points += points
        self.skipped += skipped
        lock.unlock()
    }

    func result(model: String, chips: [String], candidates: Int) -> SweepResult {
        lock.lock()
        defer { lock.unlock() }
        var perChip = [ParetoFrontier](repeating: ParetoFrontier(), count: chips.count)
        for worker in frontiers {
            for (index, frontier) in worker.enumerated() { perChip[index].merge(frontier) }
        }
        var overall = ParetoFrontier()
        for frontier in perChip { overall.merge(frontier) }
        return SweepResult(
            model: model, frontier: overall.points,
            frontiers: zip(chips, perChip).map { SweepResult.AcceleratorFrontier(accelerator: $0, points: $1.points) },
            deployments: deployments, candidates: candidates, evaluatedPoints: points, boundedPoints: skipped, cancelled: cancelled)
    }
}
