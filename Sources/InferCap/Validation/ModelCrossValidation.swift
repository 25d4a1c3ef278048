import Foundation

/// Leave-one-model-out (or leave-one-campaign-out) accuracy of the engines fitted in closed form
/// (``EngineFit``): for each model (campaign) with training points, every constant (each
/// engine's decode, MoE, prefill and TTFT constants, and the benchmarks' burst share) is refitted
/// without its points, and its training points are predicted with the refitted constants. The
/// in-sample figures of ``ValidationReport`` judge a model on constants it helped fit; these do
/// not. Holding out a campaign (``ReferencePoint/campaign``: one benchmark run set, e.g. one
/// system, engine release and date of aiconfigurator's sample) asks what a planner's own
/// measurement campaign would see.
public struct ModelCrossValidation: Sendable, Encodable {
    /// What a fold holds out.
    public enum HeldOut: String, Sendable, Encodable {
        /// Every point of one model.
        case model
        /// Every point of one measurement campaign.
        case campaign

        func group(of point: ReferencePoint) -> String? {
            switch self {
            case .model: return point.model
            case .campaign: return point.campaign
            }
        }
    }

    /// One fold: the model or campaign held out and the constants fitted without it.
    public struct Fold: Sendable, Encodable {
        /// The model or campaign held out.
        public var group: String
        /// Its training points, predicted in this fold.
        public var heldOutPoints: Int
        /// The burst share fitted without it.
        public var burstFraction: Double
        /// The engines' constants fitted without it.
        public var engines: [EngineFit.Result]

        enum CodingKeys: String, CodingKey {
            case group = "held_out", heldOutPoints = "held_out_points", burstFraction = "burst_fraction", engines
        }
    }

    /// What each fold held out.
    public var heldOut: HeldOut
    /// Every held-out prediction (``ReplayFit/HeldOutPoint/campaign`` is the model or campaign held out).
    public var points: [ReplayFit.HeldOutPoint]
    /// By metric family.
    public var byMetric: [ValidationReport.Summary]
    /// By model (campaign) held out and metric family.
    public var byGroup: [ValidationReport.Summary]
    /// The folds, with their constants: a constant that moves a lot between folds fits noise.
    public var folds: [Fold]

    enum CodingKeys: String, CodingKey { case heldOut = "held_out", points, byMetric = "by_metric", byGroup = "by_held_out", folds }

    /// Runs the folds over `set` (its closed-form engines' training points), in parallel, each
    /// holding out one model or one campaign.
    public static func run(_ set: ReferenceSet, catalog: Catalog, holdingOut heldOut: HeldOut = .model) throws(InferCapError) -> ModelCrossValidation {
        try InferCapError.narrowing { try untypedRun(set, catalog: catalog, holdingOut: heldOut) }
    }

    static func untypedRun(_ set: ReferenceSet, catalog: Catalog, holdingOut heldOut: HeldOut) throws -> ModelCrossValidation {
        let replay = Replay(catalog: catalog)
        func closedForm(_ point: ReferencePoint) -> Bool {
            guard let profile = try? replay.engineProfile(for: point.engine) else { return false }
            return !profile.fitsByReplay
        }
        let training = set.points.filter { EngineFit.isTrainingPoint($0) && closedForm($0) }
        let trainingIDs = Set(training.map(\.id))
        let groups = Set(training.compactMap(heldOut.group)).sorted()
        let slots = Slots<Result<(Fold, [ReplayFit.HeldOutPoint]), Error>>(count: groups.count)
        DispatchQueue.concurrentPerform(iterations: groups.count) { index in
            slots.set(index, Result { try fold(groups[index], heldOut: heldOut, set: set, catalog: catalog, trainingIDs: trainingIDs) })
        }
        var folds: [Fold] = []
        var points: [ReplayFit.HeldOutPoint] = []
        for slot in slots.values {
            let (fold, held) = try slot!.get()
            folds.append(fold)
            points += held
        }
        func summaries(_ key: (ReplayFit.HeldOutPoint) -> String) -> [ValidationReport.Summary] {
            ValidationReport.Summary.grouped(points, by: key, id: \.id, error: \.error)
        }
        return ModelCrossValidation(
            heldOut: heldOut, points: points, byMetric: summaries { $0.metric }, byGroup: summaries { "\($0.campaign) / \($0.metric)" },
            folds: folds)
    }

    /// Refits without the model or campaign `group` and predicts its training points.
    static func fold(
        _ group: String, heldOut kind: HeldOut, set: ReferenceSet, catalog: Catalog, trainingIDs: Set<String>
    ) throws -> (Fold, [ReplayFit.HeldOutPoint]) {
        let heldOut = set.points.filter { kind.group(of: $0) == group && trainingIDs.contains($0.id) }
        let rest = ReferenceSet(points: set.points.map { point in
            guard kind.group(of: point) == group else { return point }
            var moved = point
            moved.split = "held-out"
            return moved
        })
        let fit = try EngineFit.untypedFit(rest, catalog: catalog, replayEngines: false)
        var replay = Replay(catalog: catalog)
        for result in fit.engines {
            replay.engineOverrides[result.engine] = EngineFit.applying(result, to: try catalog.engine(named: result.engine))
        }
        let held = heldOut.map { point -> ReplayFit.HeldOutPoint in
            var point = point
            if point.burstFromProtocol { point.burstFraction = fit.burstFraction }
            var predicted: Double?
            var engine = point.engine
            if case let .predicted(value, id) = replay.run(point) {
                predicted = value
                engine = id
            }
            return ReplayFit.HeldOutPoint(
                id: point.id, campaign: group, engine: engine, metric: point.metric.family, measured: point.value, predicted: predicted,
                error: predicted.map { $0 / point.value - 1 })
        }
        return (Fold(group: group, heldOutPoints: heldOut.count, burstFraction: fit.burstFraction, engines: fit.engines), held)
    }
}
