/// A numeric precision for weights, activations or the KV cache.
///
/// `int4` is weight-only (W4A16): weights are stored in 4 bits plus one bf16 scale per group
/// of 128 and dequantised into bf16 matrix products, so it saves memory and bandwidth but not
/// FLOPs. `fp8` and `int8` weights run W8A8 matrix products at the chip's fp8 or int8 rate.
public enum DType: String, Sendable, Codable, CodingKeyRepresentable, CaseIterable, Hashable {
    /// bf16 and fp16: 2 bytes; fp8 and int8: 1 byte (W8A8); int4: weight-only, 0.5 byte plus group scales.
    case bf16, fp16, fp8, int8, int4

    /// Bytes per stored element. int4 counts its group scales: 0.5 + 2/128 bytes.
    public var bytesPerElement: Double {
        switch self {
        case .bf16, .fp16: return 2
        case .fp8, .int8: return 1
        case .int4: return 0.5 + 2.0 / 128.0
        }
    }

    /// The precision the tensor cores run in when weights are stored in this precision.
    public var computeDType: DType {
        switch self {
        case .int4: return .bf16
        default: return self
        }
    }

    /// Position in `allCases`, for table lookups.
    var ordinal: Int {
        switch self {
        case .bf16: return 0
        case .fp16: return 1
        case .fp8: return 2
        case .int8: return 3
        case .int4: return 4
        }
    }

    /// Precisions accepted for weights.
    public static let weightChoices: [DType] = [.bf16, .fp8, .int8, .int4]
    /// Precisions accepted for the KV cache.
    public static let kvChoices: [DType] = [.bf16, .fp8, .int8]
}
