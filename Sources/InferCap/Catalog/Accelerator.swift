/// One accelerator package (GPU or NPU) as the performance model sees it.
///
/// All figures are per package, SI units, dense (no 2:4 sparsity) and come from a spec file
/// under `specs/accelerators/` whose `sources` object names where each one came from.
/// An Ascend 910C is one package of two dies; its figures are for the package.
public struct Accelerator: Sendable, Hashable, Codable {
    /// Catalog id used on the command line, e.g. `h20`, `ascend-910b-376t`.
    public var id: String
    /// Human-readable name, e.g. "NVIDIA H20 96GB".
    public var name: String
    /// Other names accepted for this accelerator (lowercase).
    public var aliases: [String]
    /// "NVIDIA" or "Huawei".
    public var vendor: String
    /// Architecture family (`hopper`, `ampere`, `blackwell`, `ada`, `ascend-910b`, `ascend-910c`).
    public var family: String
    /// Dense matrix throughput in FLOP/s (or OP/s for int8) per precision. A missing
    /// precision is unsupported by the hardware.
    public var denseFlopsPerSecond: [DType: Double]
    /// Device memory in bytes (HBM marketing "N GB" = N GiB).
    public var memoryBytes: Double
    /// Datasheet peak memory bandwidth in bytes per second.
    public var memoryBytesPerSecond: Double
    /// The scale-up link (NVLink, HCCS, UB, or PCIe where there is none).
    public var scaleUp: Link
    /// The scale-out network (RDMA NICs), per chip.
    public var scaleOut: Link
    /// Thermal design power in watts, where a figure exists.
    public var tdpWatts: Double?
    /// Reported purchase price per chip in US dollars, where reported.
    public var priceUSD: Double?
    /// Reported rental price per chip-hour in US dollars, where reported.
    public var rentalUSDPerHour: Double?
    /// Id of the calibration profile under `specs/calibration/profiles/`.
    public var calibration: String
    /// Where each figure came from, keyed by field name.
    public var sources: [String: String]
    /// Disagreements between sources, assumptions and traps.
    public var notes: [String]

    enum CodingKeys: String, CodingKey {
        case id, name, aliases, vendor, family, denseFlopsPerSecond = "dense_flops_per_second", memoryBytes = "memory_bytes"
        case memoryBytesPerSecond = "memory_bytes_per_second", scaleUp = "scale_up", scaleOut = "scale_out"
        case tdpWatts = "tdp_watts", priceUSD = "price_usd", rentalUSDPerHour = "rental_usd_per_hour", calibration, sources, notes
    }

    /// A point-to-point link as seen by one chip.
    public struct Link: Sendable, Hashable, Codable {
        /// What the link is ("NVLink 4", "HCCS", "4x400Gb/s RDMA per node").
        public var name: String
        /// Bandwidth in bytes per second in one direction, per chip.
        public var bytesPerSecondPerDirection: Double
        /// How many chips this link connects directly (the scale-up domain); 1 for scale-out.
        public var domainSize: Int

        enum CodingKeys: String, CodingKey {
            case name, bytesPerSecondPerDirection = "bytes_per_second_per_direction", domainSize = "domain_size"
        }

        /// A link: bytes per second in one direction per chip, and the chips it joins directly.
        public init(name: String, bytesPerSecondPerDirection: Double, domainSize: Int) {
            self.name = name
            self.bytesPerSecondPerDirection = bytesPerSecondPerDirection
            self.domainSize = domainSize
        }
    }

    /// Dense peak for a precision, or nil when the chip lacks it.
    public func peakFlopsPerSecond(_ dtype: DType) -> Double? {
        if let value = denseFlopsPerSecond[dtype] { return value }
        if dtype == .fp16 { return denseFlopsPerSecond[.bf16] }
        if dtype == .bf16 { return denseFlopsPerSecond[.fp16] }
        return nil
    }

    /// Whether weights stored in `dtype` can run on this chip.
    public func supportsWeights(_ dtype: DType) -> Bool {
        peakFlopsPerSecond(dtype.computeDType) != nil
    }

    /// The weight precision a deployment uses when none is given: the checkpoint's own
    /// (`native`, e.g. fp8 for DeepSeek-V3/R1) when this chip runs it, else int8 (W8A8, as
    /// Ascend deployments run), else bf16.
    public func defaultWeightDType(native: DType) -> DType {
        [native, .int8, .bf16].first { supportsWeights($0) } ?? .bf16
    }

    /// The routed experts' precision when the checkpoint stores them apart (`native`: gpt-oss and
    /// DeepSeek-V4 MXFP4, NVFP4 exports): a 4-bit float checkpoint runs at the FP4 peak on chips
    /// with FP4 tensor cores (`fp4`) and weight-only elsewhere (`mxfp4`: dequantised into bf16
    /// products, as Hopper, H20 and Ascend run it); any other stays as stored where this chip runs
    /// it. nil when the checkpoint's experts are in its main precision.
    public func defaultExpertWeightDType(native: DType?) -> DType? {
        guard let native else { return nil }
        switch native {
        case .mxfp4, .fp4: return supportsWeights(.fp4) ? .fp4 : .mxfp4
        default: return supportsWeights(native) ? native : nil
        }
    }
}
