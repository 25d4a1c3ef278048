/// One operating point of a deployment: what a chip produces against what a user sees.
public struct FrontierPoint: Sendable, Hashable, Encodable {
    /// Accelerator id.
    public var accelerator: String
    /// Chips in the deployment (tp x pp x dp).
    public var chips: Int
    /// The layout.
    public var parallelism: Parallelism
    /// Weight precision.
    public var weightDType: DType
    /// Concurrent decode sequences per attention group.
    public var batch: Int
    /// Output tokens per second per chip (the operator's axis).
    public var outputTokensPerSecondPerChip: Double
    /// Output tokens per second per user (the user's axis), 1 / TPOT.
    public var tokensPerSecondPerUser: Double
    /// Time per output token, seconds (serving, prefills interleaved).
    public var tpotSeconds: Double
    /// Time to first token, seconds.
    public var ttftSeconds: Double

    /// A point: a deployment at one batch and its serving figures (tokens per second, seconds).
    public init(
        accelerator: String, chips: Int, parallelism: Parallelism, weightDType: DType, batch: Int,
        outputTokensPerSecondPerChip: Double, tokensPerSecondPerUser: Double, tpotSeconds: Double, ttftSeconds: Double
    ) {
        self.accelerator = accelerator
        self.chips = chips
        self.parallelism = parallelism
        self.weightDType = weightDType
        self.batch = batch
        self.outputTokensPerSecondPerChip = outputTokensPerSecondPerChip
        self.tokensPerSecondPerUser = tokensPerSecondPerUser
        self.tpotSeconds = tpotSeconds
        self.ttftSeconds = ttftSeconds
    }

    enum CodingKeys: String, CodingKey {
        case accelerator, chips, parallelism, weightDType = "weight_dtype", batch
        case outputTokensPerSecondPerChip = "output_tokens_per_second_per_chip"
        case tokensPerSecondPerUser = "tokens_per_second_per_user", tpotSeconds = "tpot_seconds", ttftSeconds = "ttft_seconds"
    }
}

/// The points no other point beats on both axes (more tokens/s per chip and per user).
///
/// Kept sorted by tokens/s per user, descending, so tokens/s per chip ascends along it;
/// inserting a block of candidates is a linear merge.
///
/// Points equal on both axes (replicas: the same deployment with `dp` 1 or 2 gives the same
/// figures per chip) are settled by a fixed order, fewest chips first, then accelerator,
/// layout, precision and batch, so the frontier does not depend on the order points arrive
/// in (a sweep on several threads gives the same answer every time).
public struct ParetoFrontier: Sendable {
    /// The frontier, fastest per user first.
    public private(set) var points: [FrontierPoint] = []

    /// An empty frontier.
    public init() {}

    /// Merges candidates (in any order) into the frontier: the candidates are sorted, then merged
    /// with the already sorted frontier in one pass that keeps each point beating every point
    /// before it on tokens/s per chip.
    public mutating func insert(_ candidates: [FrontierPoint]) {
        guard !candidates.isEmpty else { return }
        let sorted = candidates.sorted(by: Self.comesFirst)
        var kept: [FrontierPoint] = []
        kept.reserveCapacity(points.count + sorted.count)
        var best = -Double.infinity
        var i = 0, j = 0
        while i < points.count || j < sorted.count {
            let takeOld = j == sorted.count || (i < points.count && Self.comesFirst(points[i], sorted[j]))
            let point = takeOld ? points[i] : sorted[j]
            if takeOld { i += 1 } else { j += 1 }
            if point.outputTokensPerSecondPerChip > best {
                kept.append(point)
                best = point.outputTokensPerSecondPerChip
            }
        }
        points = kept
    }

    /// The frontier's order: faster per user first, then more per chip, then ``precedes(_:_:)``.
    static func comesFirst(_ a: FrontierPoint, _ b: FrontierPoint) -> Bool {
        if a.tokensPerSecondPerUser != b.tokensPerSecondPerUser { return a.tokensPerSecondPerUser > b.tokensPerSecondPerUser }
        if a.outputTokensPerSecondPerChip != b.outputTokensPerSecondPerChip {
            return a.outputTokensPerSecondPerChip > b.outputTokensPerSecondPerChip
        }
        return precedes(a, b)
    }

    /// The fixed order between points equal on both axes.
    static func precedes(_ a: FrontierPoint, _ b: FrontierPoint) -> Bool {
        let l = a.parallelism, r = b.parallelism
        let left = (a.chips, a.accelerator, l.tp, l.pp, l.ep, l.dp), right = (b.chips, b.accelerator, r.tp, r.pp, r.ep, r.dp)
        if left != right { return left < right }
        return (a.weightDType.rawValue, a.batch) < (b.weightDType.rawValue, b.batch)
    }

    /// Whether a frontier point is at least as good on both axes as `candidate` and better on
    /// one (a point exactly equal on both is left to ``insert(_:)``'s fixed order).
    ///
    /// The points at least as fast per user form a prefix of the list, and the last of them
    /// has the most tokens per chip among them, so one binary search answers it.
    public func dominates(_ candidate: FrontierPoint) -> Bool {
        dominates(perUser: candidate.tokensPerSecondPerUser, perChip: candidate.outputTokensPerSecondPerChip)
    }

    /// Like ``dominates(perUser:perChip:)``, trying the frontier point at `hint` first and
    /// leaving there the index of the point that decided: consecutive candidates of one
    /// deployment tend to be beaten by the same point, which skips the search.
    public func dominates(perUser: Double, perChip: Double, hint: inout Int) -> Bool {
        if hint < points.count, points[hint].tokensPerSecondPerUser >= perUser, points[hint].outputTokensPerSecondPerChip >= perChip,
           points[hint].tokensPerSecondPerUser > perUser || points[hint].outputTokensPerSecondPerChip > perChip
        {
            return true
        }
        let low = pointsAtLeast(perUser: perUser)
        hint = max(0, low - 1)
        return low > 0 && Self.beats(points[low - 1], perUser: perUser, perChip: perChip)
    }

    /// How many points have at least `perUser` tokens/s per user: they are a prefix of the list
    /// (one binary search).
    @inline(__always)
    private func pointsAtLeast(perUser: Double) -> Int {
        var low = 0, high = points.count
        while low < high {
            let middle = (low + high) / 2
            if points[middle].tokensPerSecondPerUser >= perUser { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The most tokens/s per chip of the frontier points with at least `perUser` tokens/s per
    /// user (the last of them: tokens/s per chip ascends along the list); nil when there is none.
    func mostPerChip(perUser: Double) -> Double? {
        let low = pointsAtLeast(perUser: perUser)
        return low > 0 ? points[low - 1].outputTokensPerSecondPerChip : nil
    }

    /// Whether a frontier point has at least `perUser` tokens/s per user and `perChip` per chip,
    /// and more of one of them.
    public func dominates(perUser: Double, perChip: Double) -> Bool {
        let low = pointsAtLeast(perUser: perUser)
        return low > 0 && Self.beats(points[low - 1], perUser: perUser, perChip: perChip)
    }

    /// The last point at least as fast per user decides: frontier points before it have less
    /// per chip, so it is the only one that can equal the candidate on both axes.
    private static func beats(_ point: FrontierPoint, perUser: Double, perChip: Double) -> Bool {
        point.outputTokensPerSecondPerChip >= perChip
            && (point.outputTokensPerSecondPerChip > perChip || point.tokensPerSecondPerUser > perUser)
    }

    /// Merges another frontier.
    public mutating func merge(_ other: ParetoFrontier) { insert(other.points) }
}
