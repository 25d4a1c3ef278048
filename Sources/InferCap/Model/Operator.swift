/// One kernel (or collective) of one layer, as seen by one chip, with the work it does.
///
/// FLOPs and bytes are per chip for one execution; `rows` is the M dimension the efficiency
/// curve needs. Weight bytes are counted twice on purpose: `residentWeightBytes` is what the
/// chip stores (memory planning), `bytes` is what one execution reads and writes (timing;
/// for MoE only the experts actually touched).
public struct Operator: Sendable, Hashable {
    /// Name shown in breakdowns (`qkv_proj`, `attention`, `experts_gate_up`, `tp_all_reduce`).
    public var name: String
    /// Which efficiency curve or link times it.
    public var kind: Kind
    /// Floating-point operations per chip.
    public var flops: Double
    /// HBM bytes read and written per chip.
    public var bytes: Double
    /// Rows (M dimension) for the compute-efficiency curve.
    public var rows: Double
    /// Precision the math runs in (selects the peak FLOP/s).
    public var computeDType: DType
    /// Weight bytes stored on the chip for this operator.
    public var residentWeightBytes: Double
    /// Bytes each chip sends (collectives and pipeline transfers).
    public var communicationBytes: Double
    /// Chips taking part in the collective.
    public var groupSize: Int
    /// Of `communicationBytes`, the bytes that leave the scale-up domain over the scale-out
    /// NIC, when the operator knows them (all-to-all with per-node deduplication); nil = the
    /// share of the group outside the domain.
    public var scaleOutBytes: Double?

    /// Kernel classes, each with its own efficiency curve, plus communication.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// Dense GEMM, MoE grouped GEMM, decode attention over a GQA/MHA cache (each with its curve).
        case gemm, groupedGemm = "grouped_gemm", attentionDecode = "attention_decode"
        /// Decode attention over an MLA latent cache.
        case attentionDecodeLatent = "attention_decode_latent"
        /// Causal prefill attention; memory-bound elementwise kernels (norms, activations, RoPE).
        case attentionPrefill = "attention_prefill", elementwise
        /// Collectives and pipeline transfers, timed on the links.
        case allReduce = "all_reduce", allToAll = "all_to_all", pointToPoint = "point_to_point"
        /// The host waiting on the GPU (a device-to-host copy that sizes the next kernels),
        /// timed by the engine profile, not by a curve.
        case hostSync = "host_sync"
        /// A sparse-attention indexer scoring cached keys in FP8 (DeepSeek's lightning indexer).
        case attentionIndexer = "attention_indexer"
        /// Decode attention over the cached entries an indexer selected (FlashMLA's sparse kernel).
        case attentionDecodeSparse = "attention_decode_sparse"
        /// The recurrence of linear attention or a state-space mixer: decode updates each
        /// sequence's state, prefill runs the chunked scan (Gated DeltaNet, KDA, Mamba-2).
        case linearRecurrence = "linear_recurrence"

        /// Whether this is an attention kernel over a KV cache (decode over a GQA, latent or
        /// selected cache, or prefill).
        public var isAttention: Bool {
            self == .attentionDecode || self == .attentionDecodeLatent || self == .attentionPrefill || self == .attentionDecodeSparse
        }
        /// Whether this is a transfer between chips rather than a kernel.
        public var isCommunication: Bool { self == .allReduce || self == .allToAll || self == .pointToPoint }

        // Compared and hashed by case, not by the raw string (the standard library's default
        // for a String-backed enum): the cost model and the builders compare kinds per operator.
        public static func == (a: Kind, b: Kind) -> Bool { a.ordinal == b.ordinal }

        public func hash(into hasher: inout Hasher) { hasher.combine(ordinal) }

        /// Position in `allCases` (tables indexed by kind).
        var ordinal: Int {
            switch self {
            case .gemm: return 0
            case .groupedGemm: return 1
            case .attentionDecode: return 2
            case .attentionDecodeLatent: return 3
            case .attentionPrefill: return 4
            case .elementwise: return 5
            case .allReduce: return 6
            case .allToAll: return 7
            case .pointToPoint: return 8
            case .hostSync: return 9
            case .attentionIndexer: return 10
            case .attentionDecodeSparse: return 11
            case .linearRecurrence: return 12
            }
        }
    }

    init(
        _ name: String, _ kind: Kind, flops: Double = 0, bytes: Double = 0, rows: Double = 1, dtype: DType = .bf16,
        resident: Double = 0, communication: Double = 0, group: Int = 1
    ) {
        self.name = name
        self.kind = kind
        self.flops = flops
        self.bytes = bytes
        self.rows = rows
        self.computeDType = dtype
        self.residentWeightBytes = resident
        self.communicationBytes = communication
        self.groupSize = group
        self.scaleOutBytes = nil
    }
}
