import Foundation

/// The reference points replayed through the request-level simulator (``ServingSimulator``)
/// instead of the closed-form serving formulas: a closed-loop point as its benchmark ran it
/// (`batch` x `dp` clients sending `num_prompts` requests), an open-loop one at its
/// `request_rate`. Aggregated TTFT, TPOT and output-throughput points only; points with
/// speculative decoding, dense data-parallel replicas' shared points and disaggregated systems
/// are skipped with the reason.
///
/// Where a source does not state how many requests it sent, ``assumedWaves`` times the
/// concurrency is assumed (eight waves: the share of a closed-loop run's requests that arrive
/// in its opening burst was fitted at 0.12, about one in eight), and the TTFT at half and twice
/// that count is reported beside it, since a closed loop's mean TTFT depends on it. Request
/// lengths spread by ``assumedLengthSpread`` where the source does not state a spread.
public struct SimulatedValidation: Sendable, Encodable {
    /// One simulated point.
    public struct Row: Sendable, Encodable {
        /// Reference point id.
        public var id: String
        /// The point's campaign.
        public var campaign: String
        /// Engine profile id.
        public var engine: String
        /// Metric family.
        public var metric: String
        /// Measured value (SI units).
        public var measured: Double
        /// Simulated value.
        public var predicted: Double
        /// Signed relative error.
        public var error: Double
        /// Requests simulated.
        public var requests: Int
        /// True when the count was assumed (not stated by the source).
        public var assumedRequests: Bool
        /// TTFT error with half and with twice the assumed count (TTFT points with an assumed count).
        public var errorAtHalfRequests: Double?
        /// See ``errorAtHalfRequests``.
        public var errorAtDoubleRequests: Double?

        enum CodingKeys: String, CodingKey {
            case id, campaign, engine, metric, measured, predicted, error, requests
            case assumedRequests = "assumed_requests", errorAtHalfRequests = "error_at_half_requests"
            case errorAtDoubleRequests = "error_at_double_requests"
        }
    }

    /// Waves of the concurrency assumed when a source does not state its request count.
    public static let assumedWaves = 8

    /// Spread of the request lengths assumed when a source does not state one
    /// (``ReferencePoint/lengthRangeRatio``): each length uniform within ±5% of the stated mean.
    /// A benchmark's lengths are nominal: outputs end at an end-of-sequence token unless the
    /// client ignores it, and prompts of random tokens are re-tokenised by the server. Exactly
    /// equal lengths would keep a closed loop's clients in lock-step waves that finish, and
    /// prefill again, together, which the measured TTFTs do not show (SGLang serving
    /// DeepSeek-R1 on 8 H200 at concurrency 16, 8,192 tokens in: 0.70 s measured, 3.6 s in
    /// lock-step, 0.6 s with any spread). Between 2% and 20% the replay's median errors move by at
    /// most 3 points (AccuracyHistory.md); 5% is a round value inside that range, not a fit.
    public static let assumedLengthSpread = 0.05

    /// Every simulated point.
    public var rows: [Row]
    /// Points not simulated, with the reason.
    public var skipped: [ValidationReport.Skipped]
    /// By metric family.
    public var byMetric: [ValidationReport.Summary]
    /// By campaign and metric family.
    public var byCampaign: [ValidationReport.Summary]
    /// TTFT median |error| at half, the assumed, and twice the assumed request count, over the
    /// TTFT points whose count was assumed.
    public var ttftSensitivity: [ValidationReport.Summary]
    /// By whether the source stated its request count (`stated` / `assumed`) and metric family:
    /// the issue's accuracy target is on the stated ones.
    public var byProtocol: [ValidationReport.Summary]
    /// The points whose source states its request count, by campaign and metric family: the
    /// target's figures per source.
    public var statedByCampaign: [ValidationReport.Summary]

    enum CodingKeys: String, CodingKey {
        case rows, skipped, byMetric = "by_metric", byCampaign = "by_campaign", ttftSensitivity = "ttft_sensitivity"
        case byProtocol = "by_protocol", statedByCampaign = "stated_by_campaign"
    }

    /// Simulates the points of `set` that `include` selects (all by default).
    public static func run(
        _ set: ReferenceSet, catalog: Catalog, include: @Sendable (ReferencePoint) -> Bool = { _ in true }
    ) -> SimulatedValidation {
        let replay = Replay(catalog: catalog)
        let points = set.points.filter { $0.replayable && $0.mode == .aggregated && include($0) }
            .filter { [.ttftSeconds, .tpotSeconds, .outputTokensPerSecondPerChip].contains($0.metric) }
        let outcomes = Slots<Result<Row, Replay.Failure>>(count: points.count)
        let memo = Memo()
        DispatchQueue.concurrentPerform(iterations: points.count) { index in
            outcomes.set(index, simulate(points[index], replay: replay, memo: memo))
        }
        var rows: [Row] = []
        var skipped: [ValidationReport.Skipped] = []
        for (point, outcome) in zip(points, outcomes.values) {
            switch outcome! {
            case let .success(row): rows.append(row)
            case let .failure(failure): skipped.append(ValidationReport.Skipped(id: point.id, reason: failure.reason))
            }
        }
        func summaries(_ rows: [Row], _ key: (Row) -> String, error: (Row) -> Double? = { $0.error }) -> [ValidationReport.Summary] {
            ValidationReport.Summary.grouped(rows, by: key, id: \.id, error: error)
        }
        let assumedTTFT = rows.filter { $0.metric == "ttft" && $0.assumedRequests }
        let sensitivity = summaries(assumedTTFT, { _ in "ttft, half the assumed requests" }, error: { $0.errorAtHalfRequests })
            + summaries(assumedTTFT, { _ in "ttft, \(assumedWaves) waves assumed" })
            + summaries(assumedTTFT, { _ in "ttft, twice the assumed requests" }, error: { $0.errorAtDoubleRequests })
        return SimulatedValidation(
            rows: rows, skipped: skipped, byMetric: summaries(rows) { $0.metric },
            byCampaign: summaries(rows) { "\($0.campaign) / \($0.metric)" }, ttftSensitivity: sensitivity,
            byProtocol: summaries(rows) { "\($0.assumedRequests ? "count assumed" : "count stated") / \($0.metric)" },
            statedByCampaign: summaries(rows.filter { !$0.assumedRequests }) { "\($0.campaign) / \($0.metric)" })
    }

    /// Runs already simulated, by benchmark setting and request count: a benchmark's TTFT, TPOT
    /// and throughput points (and the TTFT sensitivity runs) share one simulation each.
    final class Memo: @unchecked Sendable {
        struct Key: Hashable {
            var setting: ReferencePoint
            var requests: Int
        }
        private var results: [Key: SimulationResult] = [:]
        private let lock = NSLock()

        /// The point with everything that does not change its simulation cleared.
        static func setting(_ point: ReferencePoint) -> ReferencePoint {
            var setting = point
            setting.id = ""
            setting.source = ""
            setting.campaign = ""
            setting.confidence = ""
            setting.metric = .tpotSeconds
            setting.value = 1
            setting.split = ""
            setting.notes = ""
            return setting
        }

        func result(_ key: Key, run: () throws -> SimulationResult) rethrows -> SimulationResult {
            lock.lock()
            let known = results[key]
            lock.unlock()
            if let known { return known }
            let result = try run()
            lock.lock()
            results[key] = result
            lock.unlock()
            return result
        }
    }

    /// Simulates one point.
    static func simulate(_ point: ReferencePoint, replay: Replay, memo: Memo = Memo()) -> Result<Row, Replay.Failure> {
        let estimator: Estimator, input: Int
        do { (estimator, input) = try replay.prepare(point) } catch let failure as Replay.Failure {
            return .failure(failure)
        } catch { return .failure(Replay.Failure(reason: "model refuses it: \(error)")) }
        let layout = estimator.deployment.parallelism
        var simulated = estimator
        var groups = layout.dp
        if layout.dp > 1, estimator.model.moe == nil {
            // Dense replicas: one replica, its share of the clients and requests.
            var deployment = estimator.deployment
            deployment.parallelism.dp = 1
            guard let one = try? Estimator(model: estimator.model, deployment: deployment) else {
                return .failure(Replay.Failure(reason: "one replica of the layout does not build"))
            }
            simulated = one
            groups = 1
        }
        let output = max(1, point.outputTokens ?? 1)
        let requestsStated = point.requestCount.map { layout.dp > 1 && groups == 1 ? max(1, $0 / layout.dp) : $0 }
        func traffic(_ requests: Int) -> Traffic {
            // A run at a stated rate is sent at that rate, a batch beside it (the concurrency the
            // run reached, the analytic replay's) kept as the cap; otherwise a closed loop of
            // `batch` clients, or of every request at once.
            let rate = point.requestsPerSecond.map { $0 / Double(layout.dp / groups) }
            return Traffic(
                requests: requests, requestsPerSecond: rate ?? .infinity,
                maxConcurrency: point.batch.map { min(requests, $0 * groups) } ?? (rate == nil ? requests : nil), inputTokens: input,
                outputTokens: output, rangeRatio: point.lengthRangeRatio ?? assumedLengthSpread)
        }
        // A run that states its request count but neither a concurrency nor a rate sent them all
        // at once (`vllm bench serve` at its default infinite rate): as many clients as requests.
        let clients = point.batch.map { $0 * groups } ?? (point.requestsPerSecond == nil ? requestsStated : nil)
        guard clients != nil || point.requestsPerSecond != nil else {
            return .failure(Replay.Failure(reason: "neither a concurrency (batch), a request rate nor a request count: a max-load point has no benchmark protocol to simulate"))
        }
        let assumed = requestsStated == nil
        let requests = requestsStated ?? (clients.map { $0 * assumedWaves } ?? 200)
        let setting = Memo.setting(point)
        func value(_ requests: Int) throws -> Double {
            let count = max(requests, clients ?? 1)
            let result = try memo.result(Memo.Key(setting: setting, requests: count)) {
                try ServingSimulator(estimator: simulated).run(traffic(count))
            }
            switch point.metric {
            case .ttftSeconds: return result.ttft.mean / 1000
            case .tpotSeconds: return result.tpot.mean / 1000
            default: return result.outputThroughput / Double(simulated.deployment.parallelism.chips)
            }
        }
        do {
            let predicted = try value(requests)
            var row = Row(
                id: point.id, campaign: point.campaign, engine: estimator.deployment.engine.id, metric: point.metric.family,
                measured: point.value, predicted: predicted, error: predicted / point.value - 1, requests: requests, assumedRequests: assumed)
            if assumed, point.metric == .ttftSeconds {
                row.errorAtHalfRequests = try value(requests / 2) / point.value - 1
                row.errorAtDoubleRequests = try value(requests * 2) / point.value - 1
            }
            return .success(row)
        } catch let error as InferCapError {
            return .failure(Replay.Failure(reason: "simulation refuses it: \(error.description)"))
        } catch {
            return .failure(Replay.Failure(reason: "\(error)"))
        }
    }
}
