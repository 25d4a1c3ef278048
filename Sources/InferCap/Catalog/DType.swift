/// A numeric precision for weights, activations or the KV cache.
///
/// `int4` is weight-only (W4A16): weights are stored in 4 bits plus one bf16 scale per group
/// of 128 and dequantised into bf16 matrix products, so it saves memory and bandwidth but not
/// FLOPs. `fp8` and `int8` weights run W8A8 matrix products at the chip's fp8 or int8 rate.
/// `fp4` is NVFP4 (W4A4): weights and activations in 4-bit floating point with one fp8 scale
/// per block of 16 elements (NVIDIA's NVFP4 format), run at the chip's fp4 tensor-core rate;
/// only chips whose spec lists an fp4 peak (Blackwell) accept it. `mxfp4` is a 4-bit floating-point
/// checkpoint format (OCP MXFP4: e2m1 values with one e8m0 scale per block of 32, gpt-oss and
/// DeepSeek-V4 experts) run weight-only: dequantised into bf16 products, as Hopper, H20 and Ascend
/// run it (Marlin/Triton kernels); on chips with FP4 tensor cores such checkpoints run as `fp4`.
public enum DType: String, Sendable, Codable, CodingKeyRepresentable, CaseIterable, Hashable {
    /// bf16 and fp16: 2 bytes; fp8 and int8: 1 byte (W8A8); int4: weight-only, 0.5 byte plus
    /// group scales; fp4: NVFP4 W4A4, 0.5 byte plus block scales; mxfp4: weight-only 4-bit float,
    /// 0.5 byte plus block scales.
    case bf16, fp16, fp8, int8, int4, fp4, mxfp4

    /// Bytes per stored element. int4 counts its group scales (0.5 + 2/128 bytes), fp4 its
    /// block scales (0.5 + 1/16 bytes: one fp8 scale per 16 elements).
    public var bytesPerElement: Double {
        switch self {
        case .bf16, .fp16: return 2
        case .fp8, .int8: return 1
        case .int4: return 0.5 + 2.0 / 128.0
        case .fp4: return 0.5 + 1.0 / 16.0
        case .mxfp4: return 0.5 + 1.0 / 32.0
        }
    }

    /// The precision the tensor cores run in when weights are stored in this precision.
    public var computeDType: DType {
        switch self {
        case .int4, .mxfp4: return .bf16
        default: return self
        }
    }

    /// Whether weights are stored narrower than the math runs (int4 W4A16, weight-only MXFP4).
    public var isWeightOnly: Bool { self == .int4 || self == .mxfp4 }

    /// The precision operators carry to the cost model: the compute precision, except that a
    /// weight-only format keeps its own name so the cost model can use weight-only kernels' curve
    /// (their math runs at the bf16 peak).
    var kernelDType: DType { isWeightOnly ? self : computeDType }

    /// Bytes per activation element fed to a matrix product running in this precision (the
    /// activations are quantised to the compute precision: W8A8 and W4A4).
    var activationBytesPerElement: Double {
        switch self {
        case .bf16, .fp16, .int4, .mxfp4: return 2
        case .fp8, .int8: return 1
        case .fp4: return DType.fp4.bytesPerElement
        }
    }

    // Compared and hashed by case, not by the raw string (the standard library's default for a
    // String-backed enum): sweeps compare precisions in every cache key.
    public static func == (a: DType, b: DType) -> Bool { a.ordinal == b.ordinal }

    public func hash(into hasher: inout Hasher) { hasher.combine(ordinal) }

    /// Position in `allCases`, for table lookups.
    var ordinal: Int {
        switch self {
        case .bf16: return 0
        case .fp16: return 1
        case .fp8: return 2
        case .int8: return 3
        case .int4: return 4
        case .fp4: return 5
        case .mxfp4: return 6
        }
    }

    /// Precisions accepted for weights.
    public static let weightChoices: [DType] = [.bf16, .fp8, .int8, .int4, .fp4, .mxfp4]
    /// Precisions accepted for the KV cache.
    public static let kvChoices: [DType] = [.bf16, .fp8, .int8]
    /// The weight choices as a help text or an error message's fix lists them: "bf16, fp8, int8, int4 or fp4".
    public static var weightChoiceList: String { listed(weightChoices) }
    /// The KV-cache choices, listed the same way: "bf16, fp8 or int8".
    public static var kvChoiceList: String { listed(kvChoices) }
    /// Precisions a spec file may give a dense peak for: every one but int4, which is weight-only
    /// and computes in bf16.
    static let peakChoices: [DType] = allCases.filter { $0 != .int4 && $0 != .mxfp4 }
    /// The peak choices, listed the same way: "bf16, fp16, fp8, int8 or fp4".
    static var peakChoiceList: String { listed(peakChoices) }

    private static func listed(_ choices: [DType]) -> String {
        let names = choices.map(\.rawValue)
        return names.dropLast().joined(separator: ", ") + " or " + (names.last ?? "")
    }

    /// The weight precision a user or spec file names (surrounding spaces ignored), or `nil`
    /// when the name is not one of `weightChoices`.
    public static func weightChoice(named name: some StringProtocol) -> DType? {
        guard let dtype = DType(rawValue: name.trimmingCharacters(in: .whitespaces)), weightChoices.contains(dtype) else {
            return nil
        }
        return dtype
    }
}
