import Foundation
import Testing
@testable import InferCap

/// The library's SplitMix64 with helpers for the property tests, so a failure reproduces exactly.
struct SeededRandom: RandomNumberGenerator {
    private var generator: SplitMix64

    init(seed: UInt64) { generator = SplitMix64(seed: seed) }

    mutating func next() -> UInt64 { generator.next() }

    mutating func int(in range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }
    mutating func double(in range: ClosedRange<Double>) -> Double { Double.random(in: range, using: &self) }
    /// Log-uniform: each decade of the range equally likely.
    mutating func logDouble(in range: ClosedRange<Double>) -> Double {
        exp(Double.random(in: log(range.lowerBound)...log(range.upperBound), using: &self))
    }
    mutating func element<T>(_ items: [T]) -> T { items[int(in: 0...(items.count - 1))] }
}

/// A random model, chip, layout and workload that the library accepts, built through the same
/// loaders as the spec files (so every case is one a user could write).
struct RandomScenario: CustomStringConvertible {
    var model: ModelArchitecture
    var deployment: Deployment
    var workload: Workload
    /// A batch that fits in memory (1 when only one does).
    var batch: Int
    var estimator: Estimator

    var description: String {
        let chip = deployment.accelerator
        let layers = model.layerGroups.map { "\($0.count)x[\($0.layer)]" }.joined(separator: " ")
        return "\(model.modelType) h\(model.hiddenSize) L\(model.layerCount) \(layers); "
            + "chip \(chip.denseFlopsPerSecond[.bf16] ?? 0) FLOP/s \(chip.memoryBytesPerSecond) B/s \(chip.memoryBytes) B; "
            + "\(deployment.parallelism) \(deployment.weightDType) kv \(deployment.kvDType) \(deployment.engine.id) \(deployment.calibration.id); "
            + "in \(workload.inputTokens) out \(workload.outputTokens) batch \(batch)"
    }

    /// A random scenario, or nil when the drawn layout cannot run this model or nothing fits.
    static func make(_ random: inout SeededRandom) throws -> RandomScenario? {
        let model = try randomModel(&random)
        let accelerator = try randomChip(&random)
        let catalog = Fixtures.catalog
        let calibration = try #require(catalog.calibrations[random.element(["default", "h100-sxm", "h20", "h800"])])
        let engine = try catalog.engine(named: random.element(["generic", "sglang", "vllm", "trtllm"]))
        let heads = model.layers[0].mixer.heads
        let tp = random.element([1, 2, 4, 8].filter { heads % $0 == 0 })
        let dp = random.element([1, 1, 2, 4])
        let pp = random.element([1, 1, 2].filter { $0 <= model.layerCount })
        let ep = model.moe == nil ? 1 : random.element([1, tp * dp])
        let layout = Parallelism(tp: tp, pp: pp, ep: ep, dp: dp)
        guard (try? layout.validate(for: model)) != nil else { return nil }
        let dtype = random.element([DType.bf16, .fp8, .int8, .int4].filter { accelerator.supportsWeights($0) })
        let deployment = Deployment(
            accelerator: accelerator, parallelism: layout, weightDType: dtype, kvDType: random.element([.bf16, .fp8]), engine: engine,
            calibration: calibration)
        let workload = Workload(inputTokens: random.int(in: 16...8192), outputTokens: random.int(in: 16...2048))
        let estimator = try Estimator(model: model, deployment: deployment)
        let fits = estimator.memoryPlan(contextTokens: workload.effectiveContextTokens).maxBatch
        guard fits >= 1 else { return nil }
        return RandomScenario(
            model: model, deployment: deployment, workload: workload, batch: random.int(in: 1...fits), estimator: estimator)
    }

    /// Dense GQA (Llama/Qwen3), MoE with GQA (Qwen3-MoE) or MoE with MLA (DeepSeek-V3).
    static func randomModel(_ random: inout SeededRandom) throws -> ModelArchitecture {
        let heads = random.element([4, 8, 16, 32, 64])
        let headDim = random.element([64, 128])
        let hidden = random.element([512, 1024, 2048, 4096, 5120])
        var fields: [String: Any] = [
            "hidden_size": hidden, "num_hidden_layers": random.int(in: 2...48), "num_attention_heads": heads, "head_dim": headDim,
            "num_key_value_heads": random.element([1, 2, 4, 8, heads].filter { heads % $0 == 0 }), "vocab_size": random.int(in: 32000...152_064),
            "intermediate_size": hidden * random.int(in: 2...4), "tie_word_embeddings": random.int(in: 0...1) == 1,
        ]
        switch random.int(in: 0...2) {
        case 0:
            fields["model_type"] = random.element(["llama", "qwen3", "qwen2"])
        case 1:
            let experts = random.element([8, 16, 64, 128])
            fields["model_type"] = "qwen3_moe"
            fields["num_experts"] = experts
            fields["num_experts_per_tok"] = random.int(in: 1...min(8, experts))
            fields["moe_intermediate_size"] = random.element([256, 768, 1536])
        default:
            let experts = random.element([16, 64, 256])
            fields["model_type"] = "deepseek_v3"
            fields["n_routed_experts"] = experts
            fields["num_experts_per_tok"] = random.int(in: 1...8)
            fields["moe_intermediate_size"] = random.element([256, 1024, 2048])
            fields["n_shared_experts"] = random.int(in: 0...1)
            fields["first_k_dense_replace"] = random.int(in: 0...2)
            fields["kv_lora_rank"] = random.element([128, 256, 512])
            fields["qk_nope_head_dim"] = 128
            fields["qk_rope_head_dim"] = 64
            fields["v_head_dim"] = 128
            if random.int(in: 0...1) == 1 { fields["q_lora_rank"] = random.element([768, 1536]) }
        }
        return try ModelArchitecture.load(from: JSONDocument(path: "random-config.json", fields: fields), id: "random", name: nil)
    }

    /// A chip between an L20 and a B200 on every axis, independently.
    static func randomChip(_ random: inout SeededRandom) throws -> Accelerator {
        let bf16 = random.logDouble(in: 1e14...2.5e15)
        var flops: [String: Double] = ["bf16": bf16]
        if random.int(in: 0...2) > 0 { flops["fp8"] = 2 * bf16 }
        if random.int(in: 0...1) == 1 { flops["int8"] = 2 * bf16 }
        let fields: [String: Any] = [
            "id": "random-chip", "name": "Random chip", "dense_flops_per_second": flops,
            "memory_bytes": random.logDouble(in: 2.4e10...2e11), "memory_bytes_per_second": random.logDouble(in: 8e11...8e12),
            "scale_up": ["bytes_per_second_per_direction": random.logDouble(in: 3e10...9e11), "domain_size": random.element([8, 16, 64])],
            "scale_out": ["bytes_per_second_per_direction": random.logDouble(in: 1.25e10...1e11)],
        ]
        return try Accelerator.load(from: JSONDocument(path: "random-chip.json", fields: fields))
    }
}
