import Foundation

/// Turns fuzz bytes into a model, a chip, an engine, a calibration, a layout and a workload,
/// every numeric field arbitrary, built through the same validating loaders as the files.
///
/// Each number takes one selector byte: 0 keeps a realistic default (so short inputs reach
/// the estimate), and the others give a small integer, a power of two, a scaled or negated
/// default, zero, or any 64-bit pattern (NaN, infinities, subnormals, huge values).
/// When the bytes run out, every remaining field keeps its default.
struct FuzzNumbers {
    private let bytes: [UInt8]
    private var index = 0

    init(_ data: Data) { bytes = [UInt8](data) }

    private mutating func byte() -> UInt8? {
        guard index < bytes.count else { return nil }
        defer { index += 1 }
        return bytes[index]
    }

    /// A number for a field whose realistic value is `value`.
    mutating func number(_ value: Double) -> Double {
        guard let selector = byte() else { return value }
        switch selector % 8 {
        case 0: return value
        case 1: return Double(byte() ?? 1)
        case 2: return Double(sign: .plus, exponent: Int(byte() ?? 0) % 80 - 10, significand: 1)
        case 3: return value * Double(byte() ?? 16) / 16
        case 4: return -value
        case 5: return 0
        case 6:
            var bits: UInt64 = 0
            for _ in 0..<8 { bits = bits << 8 | UInt64(byte() ?? 0) }
            return Double(bitPattern: bits)
        default: return value.rounded() + Double(Int8(bitPattern: byte() ?? 0))
        }
    }

    /// One of `choices`, the first when the bytes run out.
    mutating func choice<T>(_ choices: [T]) -> T { choices[Int(byte() ?? 0) % choices.count] }

    /// Whether to write an optional field.
    mutating func flag() -> Bool { (byte() ?? 0) % 2 == 0 }

    private mutating func fields(_ defaults: [(String, Double)]) -> [String: Any] {
        var fields: [String: Any] = [:]
        for (key, value) in defaults { fields[key] = NSNumber(value: number(value)) }
        return fields
    }

    /// Layout counts: small values and powers of two are where the bugs live.
    private mutating func count(_ value: Int) -> Int {
        let raw = number(Double(value))
        guard raw.isFinite, abs(raw) < 1e12 else { return value }
        return Int(raw)
    }

    mutating func scenario() throws -> (ModelArchitecture, Deployment, Workload) {
        let model = try ModelArchitecture.load(from: JSONDocument(path: "fuzz-config.json", fields: modelFields()), id: "fuzz", name: nil)
        var chipFields = fields([("memory_bytes", 1.5e11), ("memory_bytes_per_second", 4.8e12)])
        chipFields["id"] = "fuzz-chip"
        chipFields["name"] = "Fuzz chip"
        chipFields["dense_flops_per_second"] = fields([("bf16", 9.9e14), ("fp8", 1.98e15), ("int8", 1.98e15)])
        chipFields["scale_up"] = fields([("bytes_per_second_per_direction", 4.5e11), ("domain_size", 8)])
        chipFields["scale_out"] = fields([("bytes_per_second_per_direction", 5e10)])
        let accelerator = try Accelerator.load(from: JSONDocument(path: "fuzz-chip.json", fields: chipFields))

        var engineFields = fields([
            ("memory_utilization", 0.9), ("max_batch_per_rank", 1024), ("max_prefill_tokens", 8192),
            ("decode_kernel_overhead_seconds", 4.3e-6), ("ttft_decode_steps", 2), ("prefill_stall_fraction", 0.5),
            ("step_seconds_per_sequence", 1e-5), ("moe_kernel_efficiency", 1), ("communication_overlap", 0.2),
        ])
        engineFields["id"] = "fuzz-engine"
        let engine = try EngineProfile.load(from: JSONDocument(path: "fuzz-engine.json", fields: engineFields))

        var calibrationFields: [String: Any] = ["id": "fuzz-calibration"]
        for curve in ["gemm", "grouped_gemm", "attention_decode", "attention_decode_latent", "attention_prefill", "elementwise"] {
            calibrationFields[curve] = fields([
                ("compute_efficiency_max", 0.7), ("half_efficiency_rows", 40), ("memory_efficiency", 0.85), ("overhead_seconds", 1e-5),
            ])
        }
        calibrationFields["communication"] = fields([("link_efficiency", 0.8), ("latency_seconds", 2e-5)])
        let calibration = try CalibrationProfile.load(from: JSONDocument(path: "fuzz-calibration.json", fields: calibrationFields))

        let layout = Parallelism(tp: count(1), pp: count(1), ep: count(1), dp: count(1))
        let deployment = Deployment(
            accelerator: accelerator, parallelism: layout, weightDType: choice([.bf16, .fp8, .int8, .int4, .fp16]),
            kvDType: choice([.bf16, .fp8, .int8, .int4]), engine: engine, calibration: calibration)

        var workload = Workload(inputTokens: count(512), outputTokens: count(128))
        if flag() { workload.batch = count(8) }
        if flag() { workload.contextTokens = count(2048) }
        if flag() { workload.slo = LatencySLO(tpotSeconds: flag() ? number(0.05) : nil, ttftSeconds: flag() ? number(2) : nil) }
        workload.burstFraction = flag() ? 0 : number(0.25)
        return (model, deployment, workload)
    }

    private mutating func modelFields() -> [String: Any] {
        let modelType = choice(["llama", "qwen3_moe", "deepseek_v3", "qwen2", "mixtral", "qwen3", "gpt2"])
        var fields = fields([
            ("hidden_size", 1024), ("num_hidden_layers", 4), ("num_attention_heads", 16), ("vocab_size", 32000),
            ("intermediate_size", 2816), ("max_position_embeddings", 32768),
        ])
        fields["model_type"] = modelType
        if flag() { fields["num_key_value_heads"] = NSNumber(value: number(4)) }
        if flag() { fields["head_dim"] = NSNumber(value: number(64)) }
        switch modelType {
        case "qwen3_moe", "mixtral":
            fields.merge(self.fields([
                ("num_experts", 16), ("num_local_experts", 8), ("num_experts_per_tok", 2), ("moe_intermediate_size", 512),
                ("decoder_sparse_step", 1),
            ])) { $1 }
            if flag() { fields["mlp_only_layers"] = [NSNumber(value: number(0)), NSNumber(value: number(2))] }
        case "deepseek_v3":
            fields.merge(self.fields([
                ("n_routed_experts", 32), ("num_experts_per_tok", 4), ("moe_intermediate_size", 256), ("n_shared_experts", 1),
                ("first_k_dense_replace", 1), ("moe_layer_freq", 1), ("n_group", 4), ("topk_group", 2), ("kv_lora_rank", 128),
                ("qk_nope_head_dim", 32), ("qk_rope_head_dim", 16), ("v_head_dim", 32),
            ])) { $1 }
            if flag() { fields["q_lora_rank"] = NSNumber(value: number(256)) }
        default:
            break
        }
        if flag() { fields["tie_word_embeddings"] = flag() }
        return fields
    }
}
