import Foundation

/// Leave-one-model-out accuracy of the engines fitted in closed form (``EngineFit``): for each
/// model with training points, every constant (each engine's decode, MoE, prefill and TTFT
/// constants, and the benchmarks' burst share) is refitted without that model's points, and
/// its training points are predicted with the refitted constants. The in-sample figures of
/// ``ValidationReport`` judge a model on constants it helped fit; these do not.
public struct ModelCrossValidation: Sendable, Encodable {
    /// One fold: the model held out and the constants fitted without it.
    public struct Fold: Sendable, Encodable {
        /// The model held out.
        public var model: String
        /// Its training points, predicted in this fold.
        public var heldOutPoints: Int
        /// The burst share fitted without it.
        public var burstFraction: Double
        /// The engines' constants fitted without it.
        public var engines: [EngineFit.Result]

        enum CodingKeys: String, CodingKey {
            case model, heldOutPoints = "held_out_points", burstFraction = "burst_fraction", engines
        }
    }

    /// Every held-out prediction (``ReplayFit/HeldOutPoint/campaign`` is the model held out).
    public var points: [ReplayFit.HeldOutPoint]
    /// By metric family.
    public var byMetric: [ValidationReport.Summary]
    /// By model held out and metric family.
    public var byModel: [ValidationReport.Summary]
    /// The folds, with their constants: a constant that moves a lot between folds fits noise.
    public var folds: [Fold]

    enum CodingKeys: String, CodingKey { case points, byMetric = "by_metric", byModel = "by_model", folds }

    /// Runs the folds over `set` (its closed-form engines' training points), in parallel.
    public static func run(_ set: ReferenceSet, catalog: Catalog) throws(InferCapError) -> ModelCrossValidation {
        try InferCapError.narrowing { try untypedRun(set, catalog: catalog) }
    }

    static func untypedRun(_ set: ReferenceSet, catalog: Catalog) throws -> ModelCrossValidation {
        let replay = Replay(catalog: catalog)
        func closedForm(_ point: ReferencePoint) -> Bool {
            guard let profile = try? replay.engineProfile(for: point.engine) else { return false }
            return !profile.fitsByReplay
        }
        let training = set.points.filter { EngineFit.isTrainingPoint($0) && closedForm($0) }
        let trainingIDs = Set(training.map(\.id))
        let models = Set(training.compactMap(\.model)).sorted()
        let slots = Slots<Result<(Fold, [ReplayFit.HeldOutPoint]), Error>>(count: models.count)
        DispatchQueue.concurrentPerform(iterations: models.count) { index in
            slots.set(index, Result { try fold(models[index], set: set, catalog: catalog, trainingIDs: trainingIDs) })
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
            points: points, byMetric: summaries { $0.metric }, byModel: summaries { "\($0.campaign) / \($0.metric)" }, folds: folds)
    }

    /// Refits without `model` and predicts its training points.
    static func fold(
        _ model: String, set: ReferenceSet, catalog: Catalog, trainingIDs: Set<String>
    ) throws -> (Fold, [ReplayFit.HeldOutPoint]) {
        let heldOut = set.points.filter { $0.model == model && trainingIDs.contains($0.id) }
        let rest = ReferenceSet(points: set.points.map { point in
            guard point.model == model else { return point }
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
                id: point.id, campaign: model, engine: engine, metric: point.metric.family, measured: point.value, predicted: predicted,
                error: predicted.map { $0 / point.value - 1 })
        }
        return (Fold(model: model, heldOutPoints: heldOut.count, burstFraction: fit.burstFraction, engines: fit.engines), held)
    }
}
