import Foundation

/// Fits the constants of an engine profile marked `"fit": "replay"` by replaying its points
/// whole, and scores such a fit leave-one-campaign-out.
///
/// The closed-form fit of ``EngineFit`` holds each point's batch fixed while it varies the host
/// constants. An open-loop point has no fixed batch: its concurrency is the arrival rate times
/// the time a request spends in the system (Little's law), which the constants themselves set.
/// So every candidate profile is scored by full replays (``Replay``), and the constants are
/// found by coordinate descent over grids: the per-kernel overhead of a decode step, host time
/// per running sequence, the decode steps a new request waits before its first token, and (on
/// engines with at least ``minimumPoints`` MoE points) the speed of the expert kernels. Each
/// minimises the median |log(predicted / measured)| over all the engine's training points,
/// TPOT, TTFT and throughput together; a point that cannot be replayed under a candidate counts
/// as a miss of a factor e^3.
public enum ReplayFit {
    /// One fitted constant: its grid and where it goes in the profile.
    struct Constant {
        var name: String
        var grid: [Double]
        var write: @Sendable (inout EngineProfile, Double) -> Void
    }

    /// The values tried for each constant.
    public struct Grids: Sendable {
        /// Per-kernel overheads, seconds, for the 1-D refinement.
        public var overhead: [Double]
        /// Host seconds per running sequence per decode step, for the 1-D refinement.
        public var host: [Double]
        /// Per-kernel overheads of the joint (overhead x host) search.
        public var jointOverhead: [Double]
        /// Host seconds per sequence of the joint search.
        public var jointHost: [Double]
        /// Decode steps a new request waits.
        public var steps: [Double]
        /// MoE kernel speeds relative to the grouped-GEMM curve.
        public var moe: [Double]

        /// Per-kernel overheads 1 µs to 400 µs, log-spaced (eager dispatch through the framework
        /// costs tens to hundreds of microseconds per kernel, a replayed graph a few), host time
        /// 0 to 400 µs per sequence, 0 to 40 decode steps of TTFT wait, MoE speed 0.1 to 1.5.
        public static let standard = Grids(
            overhead: (0...40).map { 1e-6 * pow(400, Double($0) / 40) },
            host: stride(from: 0.0, through: 400e-6, by: 10e-6).map { $0 },
            jointOverhead: (0...24).map { 1e-6 * pow(400, Double($0) / 24) },
            jointHost: stride(from: 0.0, through: 400e-6, by: 20e-6).map { $0 },
            steps: stride(from: 0.0, through: 40, by: 1).map { $0 },
            moe: stride(from: 0.1, through: 1.5, by: 0.05).map { $0 })

        /// Grids given by the caller (tests use small ones).
        public init(overhead: [Double], host: [Double], jointOverhead: [Double], jointHost: [Double], steps: [Double], moe: [Double]) {
            self.overhead = overhead
            self.host = host
            self.jointOverhead = jointOverhead
            self.jointHost = jointHost
            self.steps = steps
            self.moe = moe
        }
    }
    /// |log error| a point that fails to replay counts as.
    static let missPenalty = 3.0
    /// Fewest training points an engine needs to have its constants fitted.
    public static let minimumPoints = 8
    /// Coordinate-descent sweeps.
    static let sweeps = 3

    /// The constants refined one at a time, on `grids`.
    static func constants(hasMoE: Bool, grids: Grids) -> [Constant] {
        var list = [
            Constant(name: "decode_kernel_overhead_seconds", grid: grids.overhead) { $0.decodeKernelOverheadSeconds = $1 },
            Constant(name: "step_seconds_per_sequence", grid: grids.host) { $0.stepSecondsPerSequence = $1 },
            Constant(name: "ttft_decode_steps", grid: grids.steps) { $0.ttftDecodeSteps = $1 },
        ]
        if hasMoE { list.append(Constant(name: "moe_kernel_efficiency", grid: grids.moe) { $0.moeKernelEfficiency = $1 }) }
        return list
    }

    /// Signed log errors of `points` replayed with `profile` for engine `id` (nil = not replayed).
    static func logErrors(_ points: [ReferencePoint], profile: EngineProfile, catalog: Catalog) -> [Double?] {
        var replay = Replay(catalog: catalog)
        replay.engineOverrides[profile.id] = profile
        return points.map { point in
            guard case let .predicted(value, _) = replay.run(point), value.isFinite, value > 0 else { return nil }
            return log(value / point.value)
        }
    }

    /// The objective: median |log error|, misses at ``missPenalty``, plus a thousandth of the
    /// mean to break ties between flat medians.
    static func objective(_ errors: [Double?]) -> Double {
        let absolute = errors.map { $0.map(abs) ?? missPenalty }.sorted()
        guard !absolute.isEmpty else { return .infinity }
        return ErrorStatistics.quantile(absolute, 0.5) + 1e-3 * absolute.reduce(0, +) / Double(absolute.count)
    }

    /// Fits engine `start.id` on `points` (all of them its own), from neutral constants: the
    /// per-kernel overhead and the host time per sequence jointly on their grid (one sets the
    /// step at low load, the other its growth with the batch, and each alone would absorb both),
    /// then the TTFT wait and the MoE kernel speed one at a time, up to three times over.
    public static func fit(
        _ start: EngineProfile, points: [ReferencePoint], catalog: Catalog, grids: Grids = .standard
    ) -> (profile: EngineProfile, objective: Double) {
        var profile = neutral(start)
        // The MoE kernel speed only where enough MoE points constrain it; else it stays 1.
        let moePoints = points.filter { ((try? catalog.model(named: $0.model ?? "").architecture.moe) ?? nil) != nil }.count
        let hasMoE = moePoints >= minimumPoints
        var best = objective(logErrors(points, profile: profile, catalog: catalog))
        func consider(_ candidate: EngineProfile) -> Bool {
            let score = objective(logErrors(points, profile: candidate, catalog: catalog))
            guard score < best - 1e-12 else { return false }
            best = score
            profile = candidate
            return true
        }
        for _ in 0..<sweeps {
            var improved = false
            let current = profile
            for overhead in grids.jointOverhead {
                for host in grids.jointHost {
                    var candidate = current
                    candidate.decodeKernelOverheadSeconds = overhead
                    candidate.stepSecondsPerSequence = host
                    if consider(candidate) { improved = true }
                }
            }
            for constant in constants(hasMoE: hasMoE, grids: grids) {
                let base = profile
                for value in constant.grid {
                    var candidate = base
                    constant.write(&candidate, value)
                    if consider(candidate) { improved = true }
                }
            }
            if !improved { break }
        }
        return (profile, best)
    }

    /// A fitted engine as ``EngineFit/Result``: the constants and the per-metric errors.
    static func result(_ profile: EngineProfile, points: [ReferencePoint], catalog: Catalog) -> EngineFit.Result {
        let errors = logErrors(points, profile: profile, catalog: catalog)
        func median(_ family: String) -> Double? {
            let values = zip(points, errors).filter { $0.0.metric.family == family }.compactMap { $0.1.map(abs) }.sorted()
            return values.isEmpty ? nil : ErrorStatistics.quantile(values, 0.5)
        }
        var result = EngineFit.Result(
            engine: profile.id, decodeKernelOverheadSeconds: profile.decodeKernelOverheadSeconds ?? 0,
            stepSecondsPerSequence: profile.stepSecondsPerSequence, prefillStallFraction: profile.prefillStallFraction,
            moeKernelEfficiency: profile.moeKernelEfficiency, ttftDecodeSteps: profile.ttftDecodeSteps,
            prefillMoESyncSeconds: profile.prefillMoESyncSeconds,
            tpotTrainingPoints: points.filter { $0.metric == .tpotSeconds }.count,
            ttftTrainingPoints: points.filter { $0.metric == .ttftSeconds }.count,
            tpotMedianAbsoluteLogError: median("tpot"), ttftMedianAbsoluteLogError: median("ttft"))
        result.method = "replay"
        result.trainingPoints = points.count
        result.throughputMedianAbsoluteLogError = median("tokens_per_second_per_chip")
        return result
    }

    /// One held-out prediction of a cross-validation.
    public struct HeldOutPoint: Sendable, Encodable {
        /// Reference point id.
        public var id: String
        /// The campaign held out.
        public var campaign: String
        /// Engine profile id.
        public var engine: String
        /// Metric family (`tpot`, `ttft`, `tokens_per_second_per_chip`).
        public var metric: String
        /// Measured value (SI units).
        public var measured: Double
        /// Predicted with constants fitted without the campaign; nil when not replayed.
        public var predicted: Double?
        /// Signed relative error, predicted / measured - 1.
        public var error: Double?
    }

    /// Leave-one-campaign-out: for each campaign, every replay-fitted engine is refitted on the
    /// other campaigns' training points and the held-out campaign's points are predicted. An
    /// engine left with fewer than ``minimumPoints`` points keeps its neutral start, so its
    /// held-out points are predicted by an unfitted profile (and count as such).
    public static func crossValidate(_ set: ReferenceSet, catalog: Catalog, grids: Grids = .standard) throws(InferCapError) -> [HeldOutPoint] {
        try InferCapError.narrowing { try untypedCrossValidate(set, catalog: catalog, grids: grids) }
    }

    static func untypedCrossValidate(_ set: ReferenceSet, catalog: Catalog, grids: Grids) throws -> [HeldOutPoint] {
        let replay = Replay(catalog: catalog)
        let points = set.points.filter { EngineFit.isTrainingPoint($0) }.compactMap { point -> (ReferencePoint, EngineProfile)? in
            guard let profile = try? replay.engineProfile(for: point.engine), profile.fitsByReplay else { return nil }
            return (point, profile)
        }
        var heldOut: [HeldOutPoint] = []
        for campaign in Set(points.map(\.0.campaign)).sorted() {
            let test = points.filter { $0.0.campaign == campaign }
            for engine in Set(test.map(\.1.id)).sorted() {
                let start = try catalog.engine(named: engine)
                let train = points.filter { $0.0.campaign != campaign && $0.1.id == engine }.map(\.0)
                let profile = train.count >= minimumPoints ? fit(start, points: train, catalog: catalog, grids: grids).profile : neutral(start)
                let targets = test.filter { $0.1.id == engine }.map(\.0)
                for (point, error) in zip(targets, logErrors(targets, profile: profile, catalog: catalog)) {
                    heldOut.append(HeldOutPoint(
                        id: point.id, campaign: campaign, engine: engine, metric: point.metric.family, measured: point.value,
                        predicted: error.map { point.value * exp($0) }, error: error.map { exp($0) - 1 }))
                }
            }
        }
        return heldOut
    }

    /// The profile with the fitted constants at their neutral starting values.
    static func neutral(_ start: EngineProfile) -> EngineProfile {
        var profile = start
        profile.decodeKernelOverheadSeconds = 4.3e-6
        profile.stepSecondsPerSequence = 0
        profile.ttftDecodeSteps = 0
        profile.moeKernelEfficiency = 1
        return profile
    }
}
