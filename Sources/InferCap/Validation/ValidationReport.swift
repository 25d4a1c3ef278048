import Foundation

/// The result of replaying every reference point: per-point errors, skipped points with
/// their reasons, and summaries by accelerator, metric and split.
public struct ValidationReport: Sendable, Encodable {
    /// One replayed point.
    public struct Row: Sendable, Hashable, Encodable {
        /// Reference point id.
        public var id: String
        /// Model id.
        public var model: String
        /// Accelerator id.
        public var accelerator: String
        /// The accelerator's family (`hopper`, `blackwell`, ...), which groups confidence bands.
        public var family: String
        /// Engine profile the point was replayed with.
        public var engine: String
        /// `aggregated`, `prefill` or `decode`.
        public var mode: String
        /// Metric family: `tokens_per_second_per_chip`, `tpot` or `ttft`.
        public var metric: String
        /// `train` (used to fit engine constants) or `test` (held out).
        public var split: String
        /// The source's confidence as the reference set records it (`high`, `medium`,
        /// `medium-low`, `low`; specs/reference/README.md).
        public var confidence: String
        /// The published value, in the metric's unit (seconds or tokens per second per chip).
        public var measured: Double
        /// infercap's prediction, same unit.
        public var predicted: Double
        /// `predicted / measured - 1`.
        public var error: Double
        /// True when the point's engine is fitted by replay (``ReplayFit``: the Ascend engines),
        /// whose accuracy is reported leave-one-campaign-out (``CrossValidation``).
        public var replayFitted: Bool = false
    }

    /// A point that could not be replayed.
    public struct Skipped: Sendable, Hashable, Encodable {
        /// Reference point id.
        public var id: String
        /// Why the model cannot express it.
        public var reason: String
    }

    /// A named group's statistics.
    public struct Summary: Sendable, Hashable, Encodable {
        /// Group name, e.g. `h20 / tpot`.
        public var group: String
        /// Error statistics of the group.
        public var statistics: ErrorStatistics

        /// A named group's statistics.
        public init(group: String, statistics: ErrorStatistics) {
            self.group = group
            self.statistics = statistics
        }
    }

    /// Every replayed point, in reference-set order.
    public var rows: [Row]
    /// Points that could not be replayed, with the reason.
    public var skipped: [Skipped]
    /// Per accelerator and metric family.
    public var byAccelerator: [Summary]
    /// Per metric family (tokens/s per chip, TPOT, TTFT), all points.
    public var byMetric: [Summary]
    /// Per metric family on the held-out test split only.
    public var byMetricTest: [Summary]
    /// Per metric family and source confidence, so that a reader can see whether the misses sit
    /// in well-documented measurements or in secondary, unverified ones. The targets are judged
    /// on all points (``byMetric``), not on any of these groups.
    public var byConfidence: [Summary]
    /// Per metric family on the models the engine constants were fitted with (those with at least
    /// one train-split point): the set the accuracy targets were set on.
    public var byMetricFittedModels: [Summary]
    /// Per metric family on the models held out whole (no train-split point: every constant was
    /// fitted without them), the nearest thing to a leave-one-model-out figure the set gives.
    public var byMetricUnseenModels: [Summary]
    /// Per metric family on the train-split points of the engines fitted by replay (the Ascend
    /// engines), in-sample: the constants were fitted on these points. Their out-of-sample figure
    /// is the leave-one-campaign-out ``CrossValidation``. These points are in neither of the two
    /// groups above, which describe the closed-form-fitted engines.
    public var byMetricReplayFittedEngines: [Summary]
    /// Per metric family on the test-split points of the engines fitted by replay: Ascend
    /// measurements no constant was fitted on (collected after the fit, or of models and chips
    /// the fit does not cover).
    public var byMetricReplayFittedEnginesHeldOut: [Summary]
    /// Per model and metric family (`glm-5 / tpot`).
    public var byModel: [Summary]
    /// Every replayed point.
    public var overall: ErrorStatistics?

    enum CodingKeys: String, CodingKey {
        case overall, byMetric = "by_metric", byMetricTest = "by_metric_test", byAccelerator = "by_accelerator"
        case byConfidence = "by_metric_confidence", rows, skipped
        case byMetricFittedModels = "by_metric_fitted_models", byMetricUnseenModels = "by_metric_unseen_models", byModel = "by_model"
        case byMetricReplayFittedEngines = "by_metric_replay_fitted_engines"
        case byMetricReplayFittedEnginesHeldOut = "by_metric_replay_fitted_engines_held_out"
    }

    /// Replays every point of the set.
    public static func run(_ set: ReferenceSet, replay: Replay) -> ValidationReport {
        let points = set.points
        let results = Slots<Replay.Outcome>(count: points.count)
        DispatchQueue.concurrentPerform(iterations: points.count) { index in
            results.set(index, replay.run(points[index]))
        }
        let outcomes = results.values
        var rows: [Row] = []
        var skipped: [Skipped] = []
        for (point, outcome) in zip(points, outcomes) {
            switch outcome! {
            case let .skipped(reason):
                skipped.append(Skipped(id: point.id, reason: reason))
            case let .predicted(value, engine):
                let family = (try? replay.catalog.accelerator(named: point.accelerator ?? ""))?.family ?? "unknown"
                rows.append(Row(
                    id: point.id, model: point.model ?? "", accelerator: point.accelerator ?? "", family: family, engine: engine,
                    mode: point.mode.rawValue, metric: point.metric.family, split: point.split,
                    confidence: point.confidence.isEmpty ? "unstated" : point.confidence, measured: point.value,
                    predicted: value, error: value / point.value - 1,
                    replayFitted: (try? replay.catalog.engine(named: engine).fitsByReplay) ?? false))
            }
        }
        return ValidationReport(rows: rows, skipped: skipped)
    }

    init(rows: [Row], skipped: [Skipped]) {
        self.rows = rows
        self.skipped = skipped
        func summaries(_ rows: [Row], key: (Row) -> String) -> [Summary] {
            Summary.grouped(rows, by: key, id: \.id, error: \.error)
        }
        byAccelerator = summaries(rows) { "\($0.accelerator) / \($0.metric)" }
        byMetric = summaries(rows) { $0.metric }
        byMetricTest = summaries(rows.filter { $0.split == "test" }) { $0.metric }
        // Metric by metric, from the best-documented sources down.
        let ranks = ["high": 0, "medium": 1, "medium-low": 2, "low": 3]
        func rank(_ level: String) -> (Int, String) { (ranks[level] ?? ranks.count, level) }
        byConfidence = byMetric.flatMap { metric in
            summaries(rows.filter { $0.metric == metric.group }) { $0.confidence }
                .sorted { rank($0.group) < rank($1.group) }
                .map { Summary(group: "\(metric.group) / \($0.group)", statistics: $0.statistics) }
        }
        let closedForm = rows.filter { !$0.replayFitted }
        let fittedModels = Set(closedForm.filter { $0.split == "train" }.map(\.model))
        byMetricFittedModels = summaries(closedForm.filter { fittedModels.contains($0.model) }) { $0.metric }
        byMetricUnseenModels = summaries(closedForm.filter { !fittedModels.contains($0.model) }) { $0.metric }
        byMetricReplayFittedEngines = summaries(rows.filter { $0.replayFitted && $0.split == "train" }) { $0.metric }
        byMetricReplayFittedEnginesHeldOut = summaries(rows.filter { $0.replayFitted && $0.split != "train" }) { $0.metric }
        byModel = summaries(rows) { "\($0.model) / \($0.metric)" }
        overall = ErrorStatistics(rows.map { ($0.id, $0.error) })
    }
}

extension ValidationReport.Summary {
    /// One summary per group of `items` (named by `key`), sorted by name, over the items that
    /// have an error; a group without any is left out.
    static func grouped<Item>(
        _ items: [Item], by key: (Item) -> String, id: (Item) -> String, error: (Item) -> Double?
    ) -> [ValidationReport.Summary] {
        let grouped = Dictionary(grouping: items.filter { error($0) != nil }, by: key)
        return grouped.keys.sorted().compactMap { group in
            ErrorStatistics(grouped[group]!.map { (id($0), error($0)!) }).map { ValidationReport.Summary(group: group, statistics: $0) }
        }
    }
}
