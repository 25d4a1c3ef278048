/// How a model is split over chips.
///
/// `chips = tp * pp * dp`. Attention runs tensor-parallel in groups of `tp` chips; `pp`
/// pipeline stages each hold a contiguous slice of layers; `dp` attention groups per stage
/// run independent batches (data-parallel attention when MoE experts are shared across them).
/// MoE experts of one stage are spread over `ep` ranks, and each expert matrix is further
/// split over `tp * dp / ep` chips (the MoE tensor-parallel degree).
public struct Parallelism: Sendable, Hashable, Codable {
    /// Tensor parallelism of attention (and of dense FFNs and shared experts).
    public var tp: Int
    /// Pipeline stages.
    public var pp: Int
    /// Expert-parallel ranks per stage (1 = experts tensor-parallel).
    public var ep: Int
    /// Data-parallel attention groups per stage (replicas for dense models).
    public var dp: Int

    /// A layout; ``validate(for:)`` checks it against a model.
    public init(tp: Int = 1, pp: Int = 1, ep: Int = 1, dp: Int = 1) {
        self.tp = tp
        self.pp = pp
        self.ep = ep
        self.dp = dp
    }

    /// Chips in the deployment.
    public var chips: Int { tp * pp * dp }
    /// Chips in one pipeline stage.
    public var stageChips: Int { tp * dp }
    /// Chips in one attention group (one TP x PP group).
    public var groupChips: Int { tp * pp }
    /// Tensor-parallel degree of each routed expert.
    public var expertTP: Int { max(1, stageChips / ep) }
}

extension Parallelism {
    /// Checks the layout against the model; throws ``InferCapError/invalidParallelism(detail:fix:)``
    /// with the fix when it cannot run (degrees out of range, heads or KV heads not divisible by
    /// `tp`, more stages than layers, `ep` on a dense model or not dividing a stage's chips).
    public func validate(for model: ModelArchitecture) throws(InferCapError) {
        // One call per degree, no list of them: a sweep validates every layout it tries.
        func checkDegree(_ name: String, _ value: Int) throws(InferCapError) {
            guard value >= 1, value <= 65_536 else {
                throw InferCapError.invalidParallelism(detail: "\(name) = \(value)", fix: "use a whole number from 1 to 65536")
            }
        }
        try checkDegree("tp", tp)
        try checkDegree("pp", pp)
        try checkDegree("ep", ep)
        try checkDegree("dp", dp)
        guard chips <= 65_536 else {
            throw InferCapError.invalidParallelism(detail: "\(chips) chips", fix: "use at most 65536 chips")
        }
        for group in model.layerGroups {
            let mixer = group.layer.mixer
            if let (heads, what) = Self.headsNotSplit(by: tp, in: mixer) {
                throw InferCapError.invalidParallelism(
                    detail: "tp = \(tp) does not divide the \(heads) \(what) of \(model.id)",
                    fix: "use tp in \(Self.divisors(of: heads).prefix(8).map(String.init).joined(separator: ", "))")
            }
            if case let .attention(attention) = mixer {
                let kvHeads = attention.kvHeads
                guard kvHeads % tp == 0 || tp % kvHeads == 0 else {
                    throw InferCapError.invalidParallelism(
                        detail: "tp = \(tp) neither divides nor is a multiple of the \(kvHeads) KV heads of \(model.id)",
                        fix: "use a tp that divides \(kvHeads) or a multiple of it")
                }
            }
        }
        guard pp <= model.layerCount else {
            throw InferCapError.invalidParallelism(
                detail: "pp = \(pp) is more than the \(model.layerCount) layers of \(model.id)", fix: "use pp ≤ \(model.layerCount)")
        }
        if ep > 1 {
            guard model.moe != nil else {
                throw InferCapError.invalidParallelism(
                    detail: "ep = \(ep) but \(model.id) is a dense model with no experts", fix: "drop --ep or use --dp for replicas")
            }
            guard ep <= chips else {
                throw InferCapError.invalidParallelism(detail: "ep = \(ep) is more than the \(chips) chips", fix: "use ep ≤ tp x pp x dp")
            }
            guard stageChips % ep == 0 else {
                throw InferCapError.invalidParallelism(
                    detail: "ep = \(ep) does not divide the \(stageChips) chips of a pipeline stage (tp x dp)",
                    fix: "use an ep that divides tp x dp = \(stageChips)")
            }
        }
    }

    private static func divisors(of n: Int) -> [Int] { (1...max(1, n)).filter { n % $0 == 0 } }

    /// The first head count of a mixer that tensor parallelism splits and `tp` does not divide,
    /// with what to call it; nil when `tp` divides them all (no list is built: a sweep validates
    /// every layout it tries).
    private static func headsNotSplit(by tp: Int, in mixer: TokenMixer) -> (Int, String)? {
        func check(_ heads: Int, _ what: String) -> (Int, String)? { heads % tp == 0 ? nil : (heads, what) }
        switch mixer {
        case let .attention(a): return check(a.heads, "attention heads")
        case let .latent(l): return check(l.heads, "attention heads")
        case let .compressed(c): return check(c.heads, "attention heads")
        case let .linear(l):
            return check(l.keyHeads, "linear-attention key heads") ?? check(l.valueHeads, "linear-attention value heads")
        case let .stateSpace(s): return check(s.heads, "Mamba heads")
        case .none: return nil
        }
    }
}
