/// How far off an estimate is expected to be, from the validation residuals of similar
/// reference points (same chip family and metric family), and whether it extrapolates.
public struct Confidence: Sendable, Hashable, Encodable {
    /// Metric family: `tokens_per_second_per_chip`, `tpot` or `ttft`.
    public var metric: String
    /// What the band was derived from, e.g. "hopper / tpot".
    public var basis: String
    /// Predicted/measured ratio at the 10th percentile of the residuals.
    public var lowRatio: Double
    /// Predicted/measured ratio at the 90th percentile of the residuals.
    public var highRatio: Double
    /// Reference points behind the band.
    public var points: Int
    /// True when no reference point of this chip family exists (the band is then pooled over
    /// all families), or the chip's efficiency curves are the default ones (no kernel data).
    public var extrapolating: Bool

    enum CodingKeys: String, CodingKey {
        case metric, basis, lowRatio = "low_ratio", highRatio = "high_ratio", points, extrapolating
    }
}

/// Residual quantiles per (chip family, metric family), written by `infercap validate
/// --write-confidence` to `specs/calibration/confidence.json`.
public struct ConfidenceTable: Sendable, Hashable, Encodable {
    /// One group's residual band.
    public struct Band: Sendable, Hashable, Codable {
        /// Chip family, or `all` for the band pooled over families.
        public var family: String
        /// Metric family: `tokens_per_second_per_chip`, `tpot` or `ttft`.
        public var metric: String
        /// Predicted/measured ratio at the 10th percentile.
        public var lowRatio: Double
        /// Predicted/measured ratio at the 90th percentile.
        public var highRatio: Double
        /// Replayed points behind the band.
        public var points: Int

        enum CodingKeys: String, CodingKey {
            case family, metric, lowRatio = "low_ratio", highRatio = "high_ratio", points
        }
    }

    /// All bands; family `all` holds the pooled band per metric.
    public var bands: [Band]

    /// Bands from a validation report (predicted/measured ratios at the 10th and 90th percentile).
    ///
    /// `heldOutErrors` replaces the in-sample errors of the points the replay-fitted (Ascend)
    /// engines were fitted on by their leave-one-campaign-out errors (``CrossValidation``); such
    /// a training point without a held-out error is left out, so no band rests on a point its
    /// own constants were fitted to.
    public init(report: ValidationReport, heldOutErrors: [String: Double] = [:]) {
        var report = report
        report.rows = report.rows.compactMap { row in
            var row = row
            if let error = heldOutErrors[row.id] {
                row.error = error
            } else if row.replayFitted, row.split == "train" {
                return nil
            }
            return row
        }
        var bands: [Band] = []
        func band(_ family: String, _ metric: String, _ rows: [ValidationReport.Row]) -> Band? {
            guard rows.count >= 3 else { return nil }
            let ratios = rows.map { 1 + $0.error }.sorted()
            return Band(
                family: family, metric: metric, lowRatio: ErrorStatistics.quantile(ratios, 0.1),
                highRatio: ErrorStatistics.quantile(ratios, 0.9), points: rows.count)
        }
        for metric in Set(report.rows.map(\.metric)).sorted() {
            let rows = report.rows.filter { $0.metric == metric }
            if let pooled = band("all", metric, rows) { bands.append(pooled) }
            for family in Set(rows.map(\.family)).sorted() {
                if let group = band(family, metric, rows.filter { $0.family == family }) { bands.append(group) }
            }
        }
        self.bands = bands
    }

    init(bands: [Band]) { self.bands = bands }

    /// The confidence of an estimate for a chip, per metric family.
    public func confidence(family: String, hasKernelData: Bool) -> [Confidence] {
        Set(bands.map(\.metric)).sorted().compactMap { metric in
            let own = bands.first { $0.family == family && $0.metric == metric }
            guard let band = own ?? bands.first(where: { $0.family == "all" && $0.metric == metric }) else { return nil }
            return Confidence(
                metric: metric, basis: "\(band.family) / \(metric)", lowRatio: band.lowRatio, highRatio: band.highRatio,
                points: band.points, extrapolating: own == nil || !hasKernelData)
        }
    }
}

extension ConfidenceTable {
    static func load(from document: JSONDocument) throws -> ConfidenceTable {
        try ConfidenceTable(bands: document.objectArray("bands").map { band in
            Band(
                family: try band.string("family"), metric: try band.string("metric"), lowRatio: try band.positive("low_ratio"),
                highRatio: try band.positive("high_ratio"), points: try band.count("points"))
        })
    }
}
