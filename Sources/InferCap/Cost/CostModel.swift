/// Turns operators into seconds on one accelerator: calibrated efficiency curves for kernels,
/// link bandwidth and latency for collectives.
///
/// A collective over `n` chips uses the scale-up link while `n` fits in its domain; beyond
/// it, the share of traffic that leaves the domain, `(n - domain) / n`, goes over the
/// scale-out NIC in parallel with the rest, and the slower of the two sets the time, plus the
/// latency of the network hops on its critical path (`networkHops(_:domain:)`).
/// Ring all-reduce moves `2(n-1)/n` times the message and waits `2(m-1)` ring steps among the
/// `m` chips it spans in one domain; all-to-all moves what each chip sends.
public struct CostModel: Sendable {
    /// What a cost model holds, behind one reference: the sweep hands a chip's cost model to
    /// every deployment it builds, and copying the chip, profile and engine field by field
    /// (their names, curves and dictionaries) cost more than the lookup that found it.
    private final class Storage: @unchecked Sendable {
        let accelerator: Accelerator
        let calibration: CalibrationProfile
        let engine: EngineProfile
        /// Dense peak per precision (indexed like `DType.allCases`), resolved once: a dictionary
        /// lookup per operator is measurable in sweeps.
        let peaks: [Double]
        /// Whether the chip has a peak of its own for each precision (indexed like `DType.allCases`).
        let hasPeak: [Bool]
        /// ``terms(kind:computeDType:phase:)`` for every kind, precision and phase, computed once
        /// (set by the initialiser, never changed): a sweep asks for them per operator of every
        /// chip and split.
        var table: [CostTerms] = []
        /// ``CostModel/quantityKey``, read once (a sweep asks for it per skeleton lookup).
        let quantityKey: QuantityKey

        init(accelerator: Accelerator, calibration: CalibrationProfile, engine: EngineProfile) {
            self.accelerator = accelerator
            self.calibration = calibration
            self.engine = engine
            quantityKey = QuantityKey(allReduceStepSeconds: calibration.allReduceStepSeconds, networkHopSeconds: calibration.networkHopSeconds)
            let fallback = accelerator.peakFlopsPerSecond(.bf16) ?? 1
            peaks = DType.allCases.map { accelerator.peakFlopsPerSecond($0) ?? fallback }
            hasPeak = DType.allCases.map { accelerator.peakFlopsPerSecond($0) != nil }
        }
    }

    private let storage: Storage

    /// The identity of a cost model's storage, shared by its copies: a cache key that hashes one
    /// word (not the chip's and engine's names) and keeps the storage alive while a cache holds it.
    struct Identity: Hashable, @unchecked Sendable {
        fileprivate let storage: AnyObject
        static func == (a: Identity, b: Identity) -> Bool { a.storage === b.storage }
        func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(storage)) }
    }

    /// This cost model's ``Identity``.
    var identity: Identity { Identity(storage: storage) }

    /// The calibration constants ``quantities(_:)`` reads (a collective's latency beyond its fixed
    /// one is a quantity): chips that share them share cached skeletons of quantities.
    struct QuantityKey: Hashable {
        var allReduceStepSeconds = 0.0
        var networkHopSeconds = 0.0
    }

    /// This cost model's ``QuantityKey``.
    var quantityKey: QuantityKey { storage.quantityKey }

    /// The chip.
    public var accelerator: Accelerator { storage.accelerator }
    /// Its efficiency curves.
    public var calibration: CalibrationProfile { storage.calibration }
    /// The serving engine's overhead and overlap settings.
    public var engine: EngineProfile { storage.engine }
    private var peaks: [Double] { storage.peaks }
    private var hasPeak: [Bool] { storage.hasPeak }

    /// A cost model for one chip with its curves and an engine's overheads.
    public init(accelerator: Accelerator, calibration: CalibrationProfile, engine: EngineProfile) {
        storage = Storage(accelerator: accelerator, calibration: calibration, engine: engine)
        var table: [CostTerms] = []
        for kind in Operator.Kind.allCases {
            for dtype in DType.allCases {
                for phase in [StepShape.Phase.prefill, .decode] { table.append(computeTerms(kind: kind, computeDType: dtype, phase: phase)) }
            }
        }
        storage.table = table
    }

    /// Index of a kind, precision and phase in `table`.
    @inline(__always)
    private static func index(kind: Operator.Kind, computeDType: DType, phase: StepShape.Phase) -> Int {
        (kind.ordinal * DType.allCases.count + computeDType.ordinal) * 2 + (phase == .prefill ? 0 : 1)
    }

    /// Seconds for one operator in a phase (decode replays CUDA graphs where the engine does).
    ///
    /// Every operator's time has one form, `constant + s2 * q2 + max(a1 * q1 + a2 * q2, a3 * q3)`,
    /// with rates from ``terms(_:phase:)`` and quantities from ``quantities(_:)``; the batched
    /// sweep evaluates exactly this form for many points at once.
    public func time(_ op: Operator, phase: StepShape.Phase = .prefill) -> OperatorTime {
        let t = terms(op, phase: phase)
        let q = quantities(op)
        let first = t.perQuantity1 * q.x + t.perQuantity2 * q.y
        let second = t.perQuantity3 * q.z
        let seconds = t.constant + t.serialPerQuantity2 * q.y + max(first, second)
        if op.kind.isCommunication {
            return OperatorTime(seconds: seconds, computeSeconds: 0, memorySeconds: 0, overheadSeconds: 0, communicationSeconds: seconds)
        }
        return OperatorTime(
            seconds: seconds, computeSeconds: first, memorySeconds: second, overheadSeconds: t.constant, communicationSeconds: 0)
    }

    /// The rates of an operator's time form.
    ///
    /// Kernels: `constant` = per-kernel overhead; `q1` = FLOPs at `1 / (peak * eta_max)`, `q2` =
    /// FLOPs per row at `rows_half / (peak * eta_max)` (together `FLOPs / (peak * eta_c(rows))`),
    /// `q3` = bytes at `1 / (bandwidth * eta_m)`. Collectives: `constant` = fixed latency,
    /// `q1` = bytes over the scale-up link, `q3` = bytes over the scale-out NIC, each at its
    /// achieved bandwidth, `q2` = seconds of latency on the critical path beyond the fixed one (an
    /// all-reduce's ring steps inside the domain, scale-out network hops at the profile's hop
    /// latency; added on top of the slower link's time), all scaled by the engine's exposed
    /// (non-overlapped) share.
    public func terms(_ op: Operator, phase: StepShape.Phase) -> CostTerms {
        terms(kind: op.kind, computeDType: op.computeDType, phase: phase)
    }

    /// The rates for an operator of this kind and precision (they depend on nothing else).
    public func terms(kind: Operator.Kind, computeDType: DType, phase: StepShape.Phase) -> CostTerms {
        storage.table[Self.index(kind: kind, computeDType: computeDType, phase: phase)]
    }

    /// ``terms(kind:computeDType:phase:)`` computed.
    private func computeTerms(kind: Operator.Kind, computeDType: DType, phase: StepShape.Phase) -> CostTerms {
        if kind.isCommunication {
            let exposed = 1 - engine.communicationOverlap
            let efficiency = calibration.linkEfficiency
            // q2 is the latency on the critical path beyond the fixed one, in seconds (ring steps
            // of an all-reduce, scale-out network hops; see quantities(_:)).
            let fixed = kind == .allReduce ? calibration.allReduceBaseSeconds : calibration.collectiveLatencySeconds
            return CostTerms(
                constant: fixed * exposed,
                perQuantity1: exposed / (accelerator.scaleUp.bytesPerSecondPerDirection * efficiency), perQuantity2: 0,
                perQuantity3: exposed / (accelerator.scaleOut.bytesPerSecondPerDirection * efficiency),
                serialPerQuantity2: exposed)
        }
        if kind == .hostSync {
            // Decode replays CUDA graphs, where the engines need no host sync.
            return CostTerms(
                constant: phase == .prefill ? engine.prefillMoESyncSeconds : 0, perQuantity1: 0, perQuantity2: 0, perQuantity3: 0)
        }
        let curve: EfficiencyCurve
        switch kind {
        case .gemm:
            let sixteenBit = computeDType == .bf16 || computeDType == .fp16 || computeDType.isWeightOnly
            curve = sixteenBit ? (calibration.gemmBF16 ?? calibration.gemm) : calibration.gemm
        case .groupedGemm: curve = phase == .prefill ? (calibration.groupedGemmPrefill ?? calibration.groupedGemm) : calibration.groupedGemm
        case .attentionDecode: curve = calibration.attentionDecode
        case .attentionDecodeLatent: curve = calibration.attentionDecodeLatent
        case .attentionPrefill: curve = calibration.attentionPrefill
        case .attentionIndexer: curve = calibration.attentionIndexer ?? calibration.gemm
        case .attentionDecodeSparse: curve = calibration.attentionDecodeSparse ?? calibration.attentionDecodeLatent
        case .linearRecurrence:
            curve = calibration.linearRecurrence ?? (phase == .decode ? calibration.attentionDecode : calibration.attentionPrefill)
        default: curve = calibration.elementwise
        }
        var peak = peaks[computeDType.ordinal]
        let hasFP8 = hasPeak[DType.fp8.ordinal]
        if kind.isAttention, computeDType == .fp8 {
            // Attention over an FP8 cache: the curve is fitted on BF16 kernels; the FP8 kernel's
            // published speedup over them, where it has one and the chip has FP8 tensor cores.
            peak = peaks[DType.bf16.ordinal] * (hasFP8 ? curve.fp8ComputeSpeedup ?? 1 : 1)
        } else if computeDType == .fp8 || computeDType == .int8, let speedup = curve.fp8ComputeSpeedup,
                  hasPeak[computeDType.ordinal] {
            // A GEMM curve fitted on BF16 products (the H100 sweep) with the FP8 kernel's measured
            // speedup over them: FP8 runs at that multiple of the BF16 speed, not at the FP8 peak
            // times the BF16-fitted efficiency. INT8, whose peak is twice BF16's like FP8's on the chips
            // that use such a curve (the H100 and the H200, A100 and H100 PCIe that borrow it), is
            // taken at the same speedup: it has no measurement of its own.
            peak = peaks[DType.bf16.ordinal] * speedup
        }
        let perFlop = 1 / (peak * curve.computeEfficiencyMax)
        // Weight-only 4-bit products run the weight-only kernels' row tiling (math at the bf16 peak:
        // `peaks` falls back to it for formats without a peak of their own).
        let halfRows = computeDType.isWeightOnly ? (curve.weightOnlyHalfEfficiencyRows ?? curve.halfEfficiencyRows) : curve.halfEfficiencyRows
        let overhead = phase == .decode
            ? (curve.decodeOverheadSeconds ?? engine.decodeKernelOverheadSeconds ?? curve.overheadSeconds) : curve.overheadSeconds
        // The engine's own MoE kernels compute at a share of the fitted grouped-GEMM speed (its own
        // share per phase where fitted); streaming the expert weights is a bandwidth matter and keeps
        // the curve's memory efficiency.
        let moeEfficiency = phase == .prefill ? engine.prefillMoEKernelEfficiency ?? engine.moeKernelEfficiency : engine.moeKernelEfficiency
        let slowdown = kind == .groupedGemm ? 1 / moeEfficiency : 1
        return CostTerms(
            constant: overhead, perQuantity1: perFlop * slowdown, perQuantity2: perFlop * halfRows * slowdown,
            perQuantity3: 1 / (accelerator.memoryBytesPerSecond * curve.memoryEfficiency))
    }

    /// The quantities of an operator's time form (see ``terms(_:phase:)``).
    public func quantities(_ op: Operator) -> SIMD3<Double> {
        guard op.kind.isCommunication else {
            return SIMD3(op.flops, op.flops > 0 ? op.flops / max(op.rows, 1) : 0, op.bytes)
        }
        guard op.groupSize > 1, op.communicationBytes > 0 else { return .zero }
        let n = Double(op.groupSize)
        let bytes = op.kind == .allReduce ? op.communicationBytes * 2 * (n - 1) / n : op.communicationBytes
        let domain = max(1, accelerator.scaleUp.domainSize)
        // Seconds of an all-reduce's ring steps among the chips of one domain (NCCL: 2 (n - 1) steps).
        let ring = op.kind == .allReduce ? storage.calibration.allReduceRingSeconds(chips: min(op.groupSize, domain)) : 0
        guard op.groupSize > domain else { return SIMD3(bytes, ring, 0) }
        let latency = ring + Self.networkHops(op, domain: domain) * storage.calibration.networkHopSeconds
        if let scaleOut = op.scaleOutBytes { return SIMD3(bytes - scaleOut, latency, scaleOut) }
        let offDomain = Double(op.groupSize - domain) / n
        return SIMD3(bytes * (1 - offDomain), latency, bytes * offDomain)
    }

    /// Scale-out network hops on the critical path of a collective whose group spans
    /// `ceil(n / domain)` scale-up domains (nodes), following NCCL's tuning model
    /// (`src/graph/tuning.cc`): an all-reduce runs NCCL's tree across nodes, up and down
    /// `floor(log2(nodes))` network levels, so `2 floor(log2(nodes))` hops; an all-to-all or a
    /// point-to-point transfer writes to each remote peer directly (DeepEP, NCCL send/recv), one
    /// hop. Zero inside one domain.
    static func networkHops(_ op: Operator, domain: Int) -> Double {
        let nodes = (op.groupSize + domain - 1) / max(1, domain)
        guard nodes > 1 else { return 0 }
        switch op.kind {
        case .allReduce: return 2 * Double(Int.bitWidth - 1 - nodes.leadingZeroBitCount)
        default: return 1
        }
    }
}

/// The rates of one operator's time form `constant + q2 * serialPerQuantity2 + max(q1 *
/// perQuantity1 + q2 * perQuantity2, q3 * perQuantity3)`, in seconds and seconds per unit.
public struct CostTerms: Sendable, Hashable {
    /// Fixed seconds (kernel overhead or collective latency).
    public var constant: Double
    /// Seconds per FLOP (kernels) or per byte over the scale-up link (collectives).
    public var perQuantity1: Double
    /// Seconds per FLOP-per-row (kernels' efficiency ramp); 0 for collectives.
    public var perQuantity2: Double
    /// Seconds per HBM byte (kernels) or per byte over the scale-out NIC (collectives).
    public var perQuantity3: Double
    /// Seconds per unit of `q2` outside the max: for collectives `q2` is itself latency in
    /// seconds, so this is the exposed share (1 without overlap); 0 for kernels.
    public var serialPerQuantity2: Double = 0

    /// Rates; `serialPerQuantity2` is 0 for kernels.
    public init(constant: Double, perQuantity1: Double, perQuantity2: Double, perQuantity3: Double, serialPerQuantity2: Double = 0) {
        self.constant = constant
        self.perQuantity1 = perQuantity1
        self.perQuantity2 = perQuantity2
        self.perQuantity3 = perQuantity3
        self.serialPerQuantity2 = serialPerQuantity2
    }
}
