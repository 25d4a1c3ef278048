import Foundation

/// Fits each engine profile's serving constants on the training split of the reference set,
/// each on the points that measure it: the decode per-kernel overhead (one value shared by the
/// engines fitted here, a property of CUDA graph launches rather than of an engine), host time
/// per running sequence and prefill stall share (TPOT and decode throughput points), the MoE kernel speed
/// (those of MoE models), the prefill MoE kernel speed (prefill-throughput points of MoE
/// models), and the host wait per MoE layer in prefill (TTFT points), plus the decode steps a new
/// request waits and the benchmark's burst share, both shared by all engines (TTFT points).
///
/// Each is a grid search minimising the median |log(predicted / measured)| over the engine's
/// training points; held-out points are never used.
public enum EngineFit {
    /// A fitted engine: its constants, and what they rest on.
    public struct Result: Sendable, Encodable {
        /// Engine profile id.
        public var engine: String
        /// Fitted per-kernel overhead during decode, seconds (``EngineProfile/decodeKernelOverheadSeconds``).
        public var decodeKernelOverheadSeconds: Double
        /// Fitted host seconds per running sequence per decode step.
        public var stepSecondsPerSequence: Double
        /// Fitted share of interleaved prefill time that stalls decode (0...1).
        public var prefillStallFraction: Double
        /// Fitted MoE kernel speed relative to the grouped-GEMM curve.
        public var moeKernelEfficiency: Double
        /// Fitted decode steps a new request waits before its first token.
        public var ttftDecodeSteps: Double
        /// Fitted host seconds exposed per MoE layer in prefill (``EngineProfile/prefillMoESyncSeconds``).
        public var prefillMoESyncSeconds: Double
        /// Fitted prefill MoE kernel speed relative to the prefill grouped-GEMM curve
        /// (``EngineProfile/prefillMoEKernelEfficiency``); nil where the engine has fewer than
        /// ``EngineFit/minimumPrefillPoints`` prefill-throughput points of MoE models.
        public var prefillMoEKernelEfficiency: Double? = nil
        /// Training points behind the decode constants (TPOT and decode throughput).
        public var tpotTrainingPoints: Int
        /// Training points behind the TTFT wait.
        public var ttftTrainingPoints: Int
        /// Prefill-throughput training points behind the prefill MoE kernel speed (0 = not fitted).
        public var prefillTrainingPoints: Int = 0
        /// Median |log(predicted / measured)| on the decode training points after the fit.
        public var tpotMedianAbsoluteLogError: Double?
        /// Median |log(predicted / measured)| on the TTFT training points after the fit.
        public var ttftMedianAbsoluteLogError: Double?
        /// `closed-form` (this fit) or `replay` (``ReplayFit``, engines marked `"fit": "replay"`).
        public var method: String = "closed-form"
        /// All training points behind a replay fit (every metric); nil for the closed-form fit.
        public var trainingPoints: Int? = nil
        /// Median |log(predicted / measured)| on the throughput training points of a replay fit.
        public var throughputMedianAbsoluteLogError: Double? = nil

        enum CodingKeys: String, CodingKey {
            case engine, decodeKernelOverheadSeconds = "decode_kernel_overhead_seconds", ttftDecodeSteps = "ttft_decode_steps"
            case stepSecondsPerSequence = "step_seconds_per_sequence", prefillStallFraction = "prefill_stall_fraction"
            case moeKernelEfficiency = "moe_kernel_efficiency", prefillMoESyncSeconds = "prefill_moe_sync_seconds"
            case prefillMoEKernelEfficiency = "prefill_moe_kernel_efficiency", prefillTrainingPoints = "prefill_training_points"
            case tpotTrainingPoints = "tpot_training_points", ttftTrainingPoints = "ttft_training_points"
            case tpotMedianAbsoluteLogError = "tpot_median_abs_log_error", ttftMedianAbsoluteLogError = "ttft_median_abs_log_error"
            case method, trainingPoints = "training_points", throughputMedianAbsoluteLogError = "throughput_median_abs_log_error"
        }
    }

    /// Fewest training points an engine needs to have its constants fitted.
    public static let minimumPoints = 20

    /// Overheads tried, seconds (0.5 to 40 µs, log-spaced).
    static let overheadGrid: [Double] = (0...40).map { 0.5e-6 * pow(80, Double($0) / 40) }
    /// Host seconds per sequence per step tried (0 to 40 µs).
    static let hostGrid: [Double] = stride(from: 0.0, through: 40e-6, by: 2e-6).map { $0 }
    /// MoE kernel speeds tried, relative to the fitted grouped-GEMM curve.
    static let moeGrid: [Double] = stride(from: 0.3, through: 1.5, by: 0.05).map { $0 }
    /// Prefill stall shares tried.
    static let stallGrid: [Double] = stride(from: 0.0, through: 1.0, by: 0.05).map { $0 }
    /// Host seconds per MoE layer in prefill tried (0 to 4 ms).
    static let syncGrid: [Double] = stride(from: 0.0, through: 4e-3, by: 2e-4).map { $0 }
    /// Fewest prefill-throughput training points an engine needs to have its prefill MoE kernel
    /// speed fitted; with fewer it keeps the decode value in both phases.
    public static let minimumPrefillPoints = 5
    /// TTFT waits tried, decode steps.
    static let stepsGrid: [Double] = stride(from: 0.0, through: 40, by: 0.5).map { $0 }

    /// The fit: per-engine constants and the benchmark burst fraction of the TTFT points.
    public struct Fit: Sendable, Encodable {
        /// One result per engine with enough training points.
        public var engines: [Result]
        /// Share of TTFT-point requests arriving in the benchmark's opening burst, fitted jointly.
        public var burstFraction: Double
        enum CodingKeys: String, CodingKey { case engines, burstFraction = "burst_fraction" }
    }

    /// Whether the fit uses a point: replayable, in the train split, and not FP4. FP4 points stay
    /// out because no FP4 kernel has been measured: their residuals carry the assumed FP4 kernel
    /// efficiency (the bf16/fp8 curves on the fp4 peak), not the engine's behaviour. They are
    /// still replayed and reported.
    static func isTrainingPoint(_ point: ReferencePoint) -> Bool {
        point.split == "train" && point.replayable && point.weightDType != .fp4
    }

    /// Burst fractions tried.
    static let burstGrid: [Double] = stride(from: 0.0, through: 0.5, by: 0.01).map { $0 }

    /// Fits every engine profile that has training points, and the burst fraction.
    public static func fit(_ set: ReferenceSet, catalog: Catalog) throws(InferCapError) -> Fit {
        try InferCapError.narrowing { try untypedFit(set, catalog: catalog) }
    }

    static func untypedFit(_ set: ReferenceSet, catalog: Catalog, replayEngines: Bool = true) throws -> Fit {
        let replay = Replay(catalog: catalog)
        let train = set.points.filter(isTrainingPoint)
        // Engines with fewer than `minimumPoints` training points keep their documented defaults;
        // engines fitted by replay are fitted last, on their own points (``ReplayFit``).
        let grouped = Dictionary(grouping: train) { (try? replay.engineProfile(for: $0.engine).id) ?? "generic" }
        let byReplay = grouped.filter { (try? catalog.engine(named: $0.key).fitsByReplay) ?? false }
        let byEngine = grouped.filter { $0.value.count >= minimumPoints && byReplay[$0.key] == nil }
        var profiles: [String: EngineProfile] = [:]
        var results: [String: Result] = [:]
        // 1. Decode constants; 1b. the MoE kernel speed on MoE points; 1 again with it.
        func decodePoints(_ id: String) -> [ReferencePoint] {
            byEngine[id]!.filter { $0.metric == .tpotSeconds || $0.metric == .decodeTokensPerSecondPerChip }
        }
        // The best host time and prefill stall of engine `id` at one per-kernel overhead: their
        // median |log error| over its decode points, and those errors.
        func searchDecode(_ id: String, _ start: EngineProfile, overhead: Double) -> (host: Double, stall: Double, errors: [Double])? {
            var profile = start
            profile.stepSecondsPerSequence = 0
            profile.decodeKernelOverheadSeconds = overhead
            let points = decodePoints(id)
            guard !points.isEmpty else { return nil }
            var replay = Replay(catalog: catalog)
            replay.engineOverrides[id] = profile
            let rows = points.compactMap { point in replay.decodeTerms(point).map { (point, $0) } }
            var best: (host: Double, stall: Double, errors: [Double], error: Double)?
            for host in hostGrid {
                for stall in start.fixesPrefillStall ? [start.prefillStallFraction] : stallGrid {
                    let errors = rows.map { point, t -> Double in
                        let step = t.step + host * t.batch
                        let predicted = point.metric == .tpotSeconds ? step + stall * t.stallUnit : t.batch / step / t.groupChips
                        return abs(log(predicted / point.value))
                    }.sorted()
                    let error = errors.isEmpty ? .infinity : ErrorStatistics.quantile(errors, 0.5)
                    if error < (best?.error ?? .infinity) { best = (host, stall, errors, error) }
                }
            }
            return best.map { ($0.host, $0.stall, $0.errors) }
        }
        // The decode constants of engine `id`, its per-kernel overhead chosen from `overheads`.
        func fitDecode(_ id: String, _ start: EngineProfile, overheads: [Double] = overheadGrid) -> (EngineProfile, Result) {
            var profile = start
            var best = (overhead: profile.decodeKernelOverheadSeconds ?? 0, host: 0.0, stall: profile.prefillStallFraction,
                        error: Double.infinity)
            for overhead in overheads {
                guard let found = searchDecode(id, start, overhead: overhead) else { break }
                let error = found.errors.isEmpty ? .infinity : ErrorStatistics.quantile(found.errors, 0.5)
                if error < best.error { best = (overhead, found.host, found.stall, error) }
            }
            profile.decodeKernelOverheadSeconds = best.overhead
            profile.stepSecondsPerSequence = best.error.isFinite ? best.host : 0
            profile.prefillStallFraction = best.stall
            return (profile, Result(
                engine: id, decodeKernelOverheadSeconds: best.overhead, stepSecondsPerSequence: profile.stepSecondsPerSequence,
                prefillStallFraction: best.stall, moeKernelEfficiency: profile.moeKernelEfficiency, ttftDecodeSteps: profile.ttftDecodeSteps,
                prefillMoESyncSeconds: profile.prefillMoESyncSeconds,
                tpotTrainingPoints: decodePoints(id).count, ttftTrainingPoints: 0,
                tpotMedianAbsoluteLogError: best.error.isFinite ? best.error : nil, ttftMedianAbsoluteLogError: nil))
        }
        // All engines' decode constants with one per-kernel overhead: the cost of launching a
        // kernel from a captured CUDA graph is the GPU's and the driver's, not the serving
        // engine's, so it is one constant fitted on every engine's decode points (the median
        // |log error| over all of them, each engine at its own best host time and stall).
        func fitDecodeShared() {
            let ids = profiles.keys.sorted()
            var best = (overhead: Double?.none, error: Double.infinity)
            for overhead in overheadGrid {
                let pooled = ids.flatMap { searchDecode($0, profiles[$0]!, overhead: overhead)?.errors ?? [] }.sorted()
                let error = pooled.isEmpty ? .infinity : ErrorStatistics.quantile(pooled, 0.5)
                if error < best.error { best = (overhead, error) }
            }
            guard let overhead = best.overhead else { return }
            for id in ids {
                let (refitted, result) = fitDecode(id, profiles[id]!, overheads: [overhead])
                profiles[id] = refitted
                results[id] = result
            }
        }
        func isMoE(_ point: ReferencePoint) -> Bool {
            ((try? catalog.model(named: point.model ?? "").architecture.moe) ?? nil) != nil
        }
        // The kernel-speed ratio on the grid with the smallest median |log error| over `points`,
        // each value written into the engine's profile by `set`.
        func bestRatio(_ id: String, _ start: EngineProfile, _ points: [ReferencePoint], set: (inout EngineProfile, Double) -> Void) -> Double? {
            var best = (value: Double?.none, error: Double.infinity)
            for scale in moeGrid {
                var profile = start
                set(&profile, scale)
                var replay = Replay(catalog: catalog)
                replay.engineOverrides = profiles
                replay.engineOverrides[id] = profile
                let errors = points.compactMap { point -> Double? in
                    guard case let .predicted(value, _) = replay.run(point) else { return nil }
                    return abs(log(value / point.value))
                }.sorted()
                let error = errors.isEmpty ? .infinity : ErrorStatistics.quantile(errors, 0.5)
                if error < best.error { best = (scale, error) }
            }
            return best.value
        }
        // Engines whose own MoE points fixed their MoE kernel speed.
        var moeFitted: Set<String> = []
        func fitMoE(_ id: String, _ start: EngineProfile) -> EngineProfile {
            var profile = start
            let moePoints = decodePoints(id).filter(isMoE)
            guard moePoints.count >= minimumPoints else { return profile }
            if let value = bestRatio(id, start, moePoints, set: { $0.moeKernelEfficiency = $1 }) {
                profile.moeKernelEfficiency = value
                moeFitted.insert(id)
            }
            return profile
        }
        // 1c. The prefill MoE kernel speed, on the engine's prefill-throughput points of MoE models:
        //     a saturated prefill measures the prefill kernels and nothing else the engine adds
        //     (TTFT also carries queueing and scheduling waits, which grow with prefill time too).
        func fitPrefillMoE(_ id: String) {
            guard let profile = profiles[id] else { return }
            let prefillPoints = byEngine[id]!.filter { $0.metric == .prefillTokensPerSecondPerChip && isMoE($0) }
            guard prefillPoints.count >= minimumPrefillPoints,
                  let value = bestRatio(id, profile, prefillPoints, set: { $0.prefillMoEKernelEfficiency = $1 }) else { return }
            profiles[id]?.prefillMoEKernelEfficiency = value
            results[id]?.prefillMoEKernelEfficiency = value
            results[id]?.prefillTrainingPoints = prefillPoints.count
        }
        for id in byEngine.keys.sorted() {
            // Start from neutral constants so that a refit does not depend on the current files.
            var neutral = try catalog.engine(named: id)
            neutral.moeKernelEfficiency = 1
            if !neutral.fixesPrefillStall { neutral.prefillStallFraction = 1 }
            neutral.prefillMoESyncSeconds = 0
            neutral.prefillMoEKernelEfficiency = nil
            var (profile, _) = fitDecode(id, neutral)
            profile = fitMoE(id, profile)
            profiles[id] = profile
        }
        fitDecodeShared()
        // 1d. An engine with too few MoE points of its own takes the median MoE kernel speed of
        //     the engines that have them (the same grouped-GEMM kernels, e.g. vLLM's and SGLang's
        //     fused MoE), not the neutral 1, and its decode constants are refitted with it.
        let fittedMoE = moeFitted.sorted().compactMap { profiles[$0]?.moeKernelEfficiency }.sorted()
        if !fittedMoE.isEmpty {
            let borrowed = ErrorStatistics.quantile(fittedMoE, 0.5)
            for id in profiles.keys.sorted() where !moeFitted.contains(id) { profiles[id]?.moeKernelEfficiency = borrowed }
            fitDecodeShared()
        }
        // 2. TTFT = base(s) + k * decode step + f * burst wait: the MoE sync s per engine, the
        //    wait k and the burst share f shared by all of them. Then the decode constants again with s (the prefill
        //    stall share depends on the prefill time), and TTFT once more.
        func fitAndApplyTTFT() -> Double {
            let ttft = fitTTFT(byEngine: byEngine, profiles: profiles, catalog: catalog)
            for (id, fit) in ttft.engines {
                profiles[id]?.prefillMoESyncSeconds = fit.sync
                profiles[id]?.ttftDecodeSteps = fit.steps
                results[id]?.prefillMoESyncSeconds = fit.sync
                results[id]?.ttftDecodeSteps = fit.steps
                results[id]?.ttftTrainingPoints = fit.count
                results[id]?.ttftMedianAbsoluteLogError = fit.error
            }
            return ttft.burst
        }
        for id in profiles.keys.sorted() { fitPrefillMoE(id) }
        _ = fitAndApplyTTFT()
        fitDecodeShared()
        for id in profiles.keys.sorted() { fitPrefillMoE(id) }
        let burst = fitAndApplyTTFT()
        for (id, points) in byReplay where replayEngines && points.count >= ReplayFit.minimumPoints {
            let fitted = ReplayFit.fit(try catalog.engine(named: id), points: points, catalog: catalog).profile
            results[id] = ReplayFit.result(fitted, points: points, catalog: catalog)
        }
        return Fit(engines: results.keys.sorted().map { results[$0]! }, burstFraction: burst)
    }

    typealias TTFTRow = (base: Double, step: Double, burst: Double, measured: Double)

    /// `profile` with this fit's constants, unrounded (what `scripts/apply-engine-fit.py`
    /// writes, rounded, into `specs/engines/`).
    static func applying(_ result: Result, to profile: EngineProfile) -> EngineProfile {
        var profile = profile
        profile.decodeKernelOverheadSeconds = result.decodeKernelOverheadSeconds
        profile.stepSecondsPerSequence = result.stepSecondsPerSequence
        profile.ttftDecodeSteps = result.ttftDecodeSteps
        profile.moeKernelEfficiency = result.moeKernelEfficiency
        if result.method != "replay" {
            profile.prefillStallFraction = result.prefillStallFraction
            profile.prefillMoESyncSeconds = result.prefillMoESyncSeconds
            if let prefill = result.prefillMoEKernelEfficiency { profile.prefillMoEKernelEfficiency = prefill }
        }
        return profile
    }

    /// The TTFT constants: per engine the MoE sync and decode-step wait, and the shared burst
    /// fraction, minimising the median |log error| over the aggregated TTFT training points.
    static func fitTTFT(byEngine: [String: [ReferencePoint]], profiles: [String: EngineProfile], catalog: Catalog)
        -> (burst: Double, engines: [String: (sync: Double, steps: Double, count: Int, error: Double)])
    {
        // Terms per engine and sync value.
        var terms: [String: [[TTFTRow]]] = [:]
        for (id, points) in byEngine {
            let ttftPoints = points.filter { $0.metric == .ttftSeconds && $0.mode == .aggregated }.map { point -> ReferencePoint in
                var neutral = point
                neutral.burstFraction = 0
                return neutral
            }
            guard !ttftPoints.isEmpty, let start = profiles[id] else { continue }
            terms[id] = syncGrid.map { sync in
                var profile = start
                profile.prefillMoESyncSeconds = sync
                var replay = Replay(catalog: catalog)
                replay.engineOverrides = profiles
                replay.engineOverrides[id] = profile
                return ttftPoints.compactMap { point in
                    replay.ttftTerms(point).map { (base: $0.base, step: $0.decodeStep, burst: $0.burstUnit, measured: point.value) }
                }
            }
        }
        // One TTFT wait for every engine (each keeps its own prefill MoE sync), fitted with the
        // burst share: every engine here schedules a waiting request's prefill into the next
        // iterations, so the wait is continuous batching's, not an engine's (fitted apart,
        // SGLang's moved from 0.5 to 27 steps between cross-validation folds).
        func bestShared(_ perSync: [[TTFTRow]], burst f: Double, steps k: Double) -> (sync: Double, steps: Double, count: Int, error: Double) {
            var best = (sync: 0.0, steps: k, count: 0, error: Double.infinity)
            for (sync, rows) in zip(syncGrid, perSync) where !rows.isEmpty {
                let errors = rows.map { abs(log(($0.base + k * $0.step + f * $0.burst) / $0.measured)) }.sorted()
                let error = ErrorStatistics.quantile(errors, 0.5)
                if error < best.error { best = (sync, k, rows.count, error) }
            }
            return best
        }
        var best = (burst: 0.0, steps: 0.0, error: Double.infinity)
        for f in burstGrid where !terms.isEmpty {
            for k in stepsGrid {
                let total = terms.values.reduce(0.0) { total, perSync in
                    let fit = bestShared(perSync, burst: f, steps: k)
                    return total + fit.error * Double(fit.count)
                }
                if total < best.error { best = (f, k, total) }
            }
        }
        return (best.burst, terms.mapValues { bestShared($0, burst: best.burst, steps: best.steps) })
    }
}
