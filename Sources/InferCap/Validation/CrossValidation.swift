/// Leave-one-campaign-out accuracy of the engine profiles fitted by replay (``ReplayFit``):
/// every held-out prediction, summarised by engine, by campaign and by chip family and metric.
///
/// A point counts once, predicted by constants fitted without any point of its campaign.
/// Points that could not be replayed under those constants are listed as misses and kept out
/// of the statistics (their count is in ``misses``).
public struct CrossValidation: Sendable, Encodable {
    /// Every held-out prediction.
    public var points: [ReplayFit.HeldOutPoint]
    /// By engine and metric family.
    public var byEngine: [ValidationReport.Summary]
    /// By held-out campaign and metric family.
    public var byCampaign: [ValidationReport.Summary]
    /// By chip family and metric family (the issue targets: `ascend-910b / tpot`, ...).
    public var byFamily: [ValidationReport.Summary]
    /// Held-out points that did not replay under the constants fitted without them.
    public var misses: [String]

    enum CodingKeys: String, CodingKey {
        case points, byEngine = "by_engine", byCampaign = "by_campaign", byFamily = "by_family", misses
    }

    /// Runs the cross-validation over `set` (the training points of replay-fitted engines).
    public static func run(_ set: ReferenceSet, catalog: Catalog, grids: ReplayFit.Grids = .standard) throws(InferCapError) -> CrossValidation {
        let points = try ReplayFit.crossValidate(set, catalog: catalog, grids: grids)
        let families = Dictionary(set.points.map { ($0.id, (try? catalog.accelerator(named: $0.accelerator ?? "").family) ?? "?") }) { a, _ in a }
        func summaries(_ key: (ReplayFit.HeldOutPoint) -> String) -> [ValidationReport.Summary] {
            ValidationReport.Summary.grouped(points, by: { "\(key($0)) / \($0.metric)" }, id: \.id, error: \.error)
        }
        return CrossValidation(
            points: points, byEngine: summaries(\.engine), byCampaign: summaries(\.campaign),
            byFamily: summaries { families[$0.id] ?? "?" }, misses: points.filter { $0.error == nil }.map(\.id))
    }
}
