import Foundation

/// One kind of request in a workload: its prompt and answer lengths and its share of requests.
public struct RequestClass: Sendable, Hashable, Codable {
    /// Prompt tokens.
    public var inputTokens: Int
    /// Generated tokens.
    public var outputTokens: Int
    /// Share of all requests (the shares of a mix sum to 1).
    public var share: Double

    /// A class of requests with its share (normalised by ``RequestMix``).
    public init(inputTokens: Int, outputTokens: Int, share: Double = 1) {
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
        self.share = share
    }

    /// One request of this class as a workload (decode context: the steady-state `input + output / 2`).
    var workload: Workload { Workload(inputTokens: inputTokens, outputTokens: outputTokens) }
}

/// The requests a fleet serves: one or more ``RequestClass``es and the share of prompt tokens
/// found in the prefix cache.
///
/// A distribution of (input, output) pairs is reduced to at most `bins x bins` classes: the
/// pairs are cut at the quantiles of input and of output length, and each non-empty cell
/// becomes a class at the cell's mean lengths with the cell's share of requests, so total
/// input and output tokens are preserved exactly. A pool serving a mix is modelled as time
/// sharing: its request rate is the harmonic mean of its per-class rates weighted by share.
public struct RequestMix: Sendable, Hashable {
    /// The classes; shares sum to 1.
    public private(set) var classes: [RequestClass]
    /// Share of prompt tokens served from the prefix cache (0...<1): they are not recomputed
    /// in prefill, but their KV still occupies decode memory and crosses the network when
    /// prefill and decode are disaggregated.
    public var prefixCacheHitRate: Double

    /// A single request shape.
    public init(inputTokens: Int = 1024, outputTokens: Int = 1024, prefixCacheHitRate: Double = 0) {
        classes = [RequestClass(inputTokens: inputTokens, outputTokens: outputTokens)]
        self.prefixCacheHitRate = prefixCacheHitRate
    }

    /// Classes given directly; shares are normalised to sum to 1.
    public init(classes: [RequestClass], prefixCacheHitRate: Double = 0) throws(InferCapError) {
        let total = classes.map(\.share).reduce(0, +)
        guard !classes.isEmpty, total.isFinite, total > 0, classes.allSatisfy({ $0.share >= 0 && $0.share.isFinite }) else {
            throw InferCapError.invalidWorkload(field: "request mix", value: "\(classes.count) classes", fix: "give at least one class with a positive share")
        }
        self.classes = classes.map { RequestClass(inputTokens: $0.inputTokens, outputTokens: $0.outputTokens, share: $0.share / total) }
        self.prefixCacheHitRate = prefixCacheHitRate
    }

    /// A mix summarising observed (input, output) pairs in at most `bins x bins` classes.
    public init(pairs: [(input: Int, output: Int)], bins: Int = 3, prefixCacheHitRate: Double = 0) throws(InferCapError) {
        guard !pairs.isEmpty else {
            throw InferCapError.invalidWorkload(field: "request distribution", value: "empty", fix: "give at least one (input, output) pair")
        }
        let bins = max(1, bins)
        let inputCuts = Self.cuts(pairs.map(\.input), bins: bins)
        let outputCuts = Self.cuts(pairs.map(\.output), bins: bins)
        var cells: [Int: (count: Int, input: Double, output: Double)] = [:]
        for pair in pairs {
            let key = Self.bin(pair.input, inputCuts) * bins + Self.bin(pair.output, outputCuts)
            var cell = cells[key] ?? (0, 0, 0)
            cell.count += 1
            cell.input += Double(pair.input)
            cell.output += Double(pair.output)
            cells[key] = cell
        }
        let classes = cells.keys.sorted().map { key -> RequestClass in
            let cell = cells[key]!
            return RequestClass(
                inputTokens: max(1, Int((cell.input / Double(cell.count)).rounded())),
                outputTokens: max(1, Int((cell.output / Double(cell.count)).rounded())),
                share: Double(cell.count) / Double(pairs.count))
        }
        try self.init(classes: classes, prefixCacheHitRate: prefixCacheHitRate)
    }

    /// Mean prompt tokens per request.
    public var meanInputTokens: Double { classes.reduce(0) { $0 + $1.share * Double($1.inputTokens) } }
    /// Mean generated tokens per request.
    public var meanOutputTokens: Double { classes.reduce(0) { $0 + $1.share * Double($1.outputTokens) } }
    /// The class with the largest share (used for the per-pool figures shown).
    public var dominantClass: RequestClass { classes.max { $0.share < $1.share }! }

    func validate() throws {
        for requestClass in classes {
            try requestClass.workload.validate()
        }
        guard prefixCacheHitRate.isFinite, prefixCacheHitRate >= 0, prefixCacheHitRate < 1 else {
            throw InferCapError.invalidWorkload(
                field: "prefix cache hit rate", value: "\(prefixCacheHitRate)", fix: "use a fraction from 0 to below 1 (0.3 = 30% of prompt tokens cached)")
        }
    }

    /// Prompt tokens a class's prefill computes (the uncached part, at least one).
    func computedInputTokens(_ requestClass: RequestClass) -> Int {
        max(1, Int((Double(requestClass.inputTokens) * (1 - prefixCacheHitRate)).rounded()))
    }

    private static func cuts(_ values: [Int], bins: Int) -> [Int] {
        let sorted = values.sorted()
        return (1..<bins).map { sorted[min(sorted.count - 1, $0 * sorted.count / bins)] }
    }

    private static func bin(_ value: Int, _ cuts: [Int]) -> Int {
        cuts.firstIndex { value < $0 } ?? cuts.count
    }
}
