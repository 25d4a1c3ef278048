/// Everything a fleet question needs besides the demand: the model, the chip types on offer,
/// the requests, the SLOs and how pools may be combined.
public struct FleetRequest: Sendable, Hashable {
    /// How prefill and decode may be placed.
    public enum ServingMode: String, Sendable, Hashable, CaseIterable {
        /// The optimiser chooses aggregated pools, disaggregated pools or both.
        case auto
        /// Prefill and decode on the same chips only.
        case aggregated
        /// Separate prefill and decode pools only.
        case disaggregated
    }

    /// Which pools a KV cache may travel between.
    public enum KVTransfer: String, Sendable, Hashable, CaseIterable {
        /// Only between chips of one vendor (one transfer library and NIC stack, as deployed today).
        case sameVendor = "same-vendor"
        /// Between any chips (assumes a common RDMA transport and KV layout conversion).
        case anyVendor = "any-vendor"
    }

    /// How an aggregated or prefill instance's latencies under load are judged against the SLOs.
    public enum TTFTModel: String, Sendable, Hashable, CaseIterable {
        /// The serving formulas: M/D/1 queueing behind prefills with an exponential tail.
        case formula
        /// The request-level simulator (``ServingSimulator``) at Poisson arrivals: the largest
        /// rate whose simulated TTFT percentile and mean TPOT meet the SLOs (a prefill pool's
        /// TTFT with its KV transfer; a decode pool has no TTFT and keeps the formulas).
        case simulate
    }

    /// What the optimiser minimises when sizing for a demand.
    public enum Objective: String, Sendable, Hashable, CaseIterable {
        /// Yearly cost (write-off plus power, or rent).
        case cost
        /// Number of chips.
        case chips
    }

    /// Model id, alias or config path.
    public var model: String
    /// The accelerator types on offer.
    public var supplies: [ChipSupply]
    /// The requests.
    public var mix: RequestMix
    /// The latency targets.
    public var slo: FleetSLO
    /// Aggregated, disaggregated or either.
    public var serving: ServingMode
    /// Which pools KV may move between.
    public var kvTransfer: KVTransfer
    /// What sizing minimises.
    public var objective: Objective
    /// Engine profile id.
    public var engine: String
    /// KV-cache precision.
    public var kvDType: DType
    /// Weight precision (nil: the checkpoint's own if the chip has it, else int8, else bf16).
    public var weightDType: DType?
    /// Money and power assumptions (nil: `specs/fleet/cost-assumptions.json`).
    public var costs: CostAssumptions?
    /// Largest instance considered, chips.
    public var maxChipsPerInstance: Int
    /// MTP speculative decoding in every pool that decodes; nil = off.
    public var speculative: SpeculativeDecoding?
    /// How aggregated and prefill instances' latencies under load are judged (default: the formulas).
    public var ttftModel: TTFTModel = .formula
    /// Engine settings that replace every chip's engine profile values (``EngineOverrides``:
    /// `--max-num-seqs` and the like); empty keeps the profiles'.
    public var engineOverrides = EngineOverrides()
    /// Seconds the optimiser may search for one question (all its programs together: each chip
    /// type alone and the mix, or capacity's two solves), from more than 0 up to 3,600. A search
    /// stopped by it returns the best plan found, with its proven gap in the plan's notes.
    public var solverTimeLimitSeconds: Double = 5

    /// A fleet question; defaults: 1k/1k requests, TPOT ≤ 50 ms, TTFT p90 ≤ 2 s, either serving
    /// mode, KV within a vendor, minimum cost, the generic engine, bf16 KV.
    public init(
        model: String, supplies: [ChipSupply], mix: RequestMix = RequestMix(), slo: FleetSLO = FleetSLO(),
        serving: ServingMode = .auto, kvTransfer: KVTransfer = .sameVendor, objective: Objective = .cost,
        engine: String = Catalog.defaultEngineName, kvDType: DType = .bf16, weightDType: DType? = nil, costs: CostAssumptions? = nil,
        maxChipsPerInstance: Int = 256, speculative: SpeculativeDecoding? = nil
    ) {
        self.model = model
        self.supplies = supplies
        self.mix = mix
        self.slo = slo
        self.serving = serving
        self.kvTransfer = kvTransfer
        self.objective = objective
        self.engine = engine
        self.kvDType = kvDType
        self.weightDType = weightDType
        self.costs = costs
        self.maxChipsPerInstance = maxChipsPerInstance
        self.speculative = speculative
    }
}
