import Foundation
import Testing
@testable import InferCap

/// Per-sequence state and per-kind cost by construction: the claims a capacity planner reads off
/// `show` and `estimate` for the 2026 models.
@Suite("Layer kinds: state, cost and the batched path")
struct LayerKindTests {
    /// The same model with every attention layer made full (windows, chunks and sparse selection
    /// removed; linear and state-space layers turned into the model's full-attention layer).
    static func allFullAttention(_ model: ModelArchitecture) throws -> ModelArchitecture {
        let full = try #require(model.layers.lazy.compactMap { layer -> SoftmaxAttention? in
            guard case var .attention(a) = layer.mixer else { return nil }
            a.span = .full
            a.indexer = nil
            return a
        }.first)
        let layers = model.layers.map { DecoderLayer(mixer: .attention(full), feedForward: $0.feedForward) }
        return ModelArchitecture(id: model.id + "-full", modelType: model.modelType, hiddenSize: model.hiddenSize, vocabularySize: model.vocabularySize, layers: layers)
    }

    @Test("gpt-oss-120b at 128K holds about half of an all-full-attention model's KV (half its layers keep 128 tokens)")
    func gptOssHalf() throws {
        let model = try Fixtures.model("gpt-oss-120b")
        let context = 131_072
        let ratio = model.stateBytesPerSequence(context: context, kvDType: .bf16)
            / (try Self.allFullAttention(model)).stateBytesPerSequence(context: context, kvDType: .bf16)
        #expect(abs(ratio - 0.5) < 0.01, "\(ratio)")
        // 18 full layers x 8 KV heads x (64 + 64) x 2 bytes per token of context.
        #expect(model.kvBytesPerToken(.bf16) == 18 * 8 * 128 * 2)
    }

    @Test("Qwen3.5-397B-A17B: a quarter of the full-attention KV plus 45 constant Gated DeltaNet states")
    func qwen35Quarter() throws {
        let model = try Fixtures.model("qwen3.5-397b-a17b")
        let full = try Self.allFullAttention(model)
        let delta = try #require(model.layers.compactMap { layer -> LinearAttention? in
            if case let .linear(l) = layer.mixer { return l }
            return nil
        }.first)
        // 64 value heads x 128 x 128 float32 (mamba_ssm_dtype) + the convolution's 3 rows of 2 x 2048 + 8192 bf16 channels.
        let perState = 64.0 * 128 * 128 * 4 + 3 * (2 * 16 * 128 + 64 * 128) * 2
        #expect(TokenMixer.linear(delta).stateBytesPerSequence(context: 1, kvDType: .bf16) == perState)
        for context in [4096, 131_072] {
            let expected = full.stateBytesPerSequence(context: context, kvDType: .bf16) / 4 + 45 * perState
            #expect(model.stateBytesPerSequence(context: context, kvDType: .bf16).isClose(to: expected, relative: 1e-12))
        }
    }

    @Test("DeepSeek-V4-Flash keeps about 7% of DeepSeek-V3.2's KV at 1M tokens, as DeepSeek publishes")
    func deepSeekV4Flash() throws {
        let flash = try Fixtures.model("deepseek-v4-flash"), v32 = try Fixtures.model("deepseek-v3.2")
        let context = 1 << 20
        for kv in [DType.bf16, .fp8] {
            let ratio = flash.stateBytesPerSequence(context: context, kvDType: kv) / v32.stateBytesPerSequence(context: context, kvDType: kv)
            // DeepSeek-V4 model card: V4-Flash needs 7% of V3.2's KV cache at 1M context (V4-Pro 10%).
            #expect(ratio > 0.05 && ratio < 0.10, "\(kv): \(ratio)")
        }
        let pro = try Fixtures.model("deepseek-v4-pro")
        let proRatio = pro.stateBytesPerSequence(context: context, kvDType: .fp8) / v32.stateBytesPerSequence(context: context, kvDType: .fp8)
        #expect(proRatio > 0.07 && proRatio < 0.14, "\(proRatio)")
        // A few percent of its own all-full-attention equivalent (one 512-wide head per layer).
        let layer = try #require(flash.layers.compactMap { layer -> CompressedAttention? in
            if case let .compressed(c) = layer.mixer { return c }
            return nil
        }.first)
        let allFull = Double(flash.layerCount) * Double(layer.headDim) * 2 * Double(context)
        #expect(flash.stateBytesPerSequence(context: context, kvDType: .bf16) / allFull < 0.2)
    }

    @Test("DeepSeek-V3.2 decodes faster than V3 at 64K (sparse attention) and keeps 1.0-1.2x its state")
    func deepSeekV32SparseDecode() throws {
        // Data-parallel attention, as long-context MLA decode runs (each rank keeps its own sequences' latent).
        let v3 = try Fixtures.estimator("deepseek-v3", on: "h200", Parallelism(tp: 1, ep: 8, dp: 8), weights: .fp8)
        let v32 = try Estimator(model: Fixtures.model("deepseek-v3.2"), deployment: v3.deployment)
        let context = 65_536
        for batch in [1, 2, 4] {
            #expect(v32.decodeStepSeconds(batch: batch, contextTokens: context) < v3.decodeStepSeconds(batch: batch, contextTokens: context))
        }
        for kv in [DType.bf16, .fp8] {
            let ratio = try Fixtures.model("deepseek-v3.2").stateBytesPerSequence(context: context, kvDType: kv)
                / (try Fixtures.model("deepseek-v3")).stateBytesPerSequence(context: context, kvDType: kv)
            #expect(ratio >= 1.0 && ratio <= 1.25, "\(kv): \(ratio)")
        }
        // Below top-k (2,048 tokens) the indexer only adds work: V3.2 is no faster at 1K.
        #expect(v32.decodeStepSeconds(batch: 8, contextTokens: 1024) >= v3.decodeStepSeconds(batch: 8, contextTokens: 1024))
    }

    @Test("A sliding window caps the cache: Mistral-7B at 32K fits about 8x the batch of the same model without its window")
    func mistralWindow() throws {
        let config = """
            {"architectures": ["MistralForCausalLM"], "model_type": "mistral", "hidden_size": 4096, "intermediate_size": 14336,
             "num_attention_heads": 32, "num_hidden_layers": 32, "num_key_value_heads": 8, "sliding_window": 4096,
             "max_position_embeddings": 32768, "vocab_size": 32000, "rms_norm_eps": 1e-05, "rope_theta": 10000.0}
            """
        let windowed = try ModelArchitecture(huggingFaceConfig: Data(config.utf8), id: "mistral-7b")
        #expect(windowed.layers.allSatisfy { if case let .attention(a) = $0.mixer { return a.span == .slidingWindow(tokens: 4096) }; return false })
        let unwindowed = try Self.allFullAttention(windowed)
        let deployment = try Fixtures.deployment("h100-sxm")
        let context = 32_768
        let small = try Estimator(model: unwindowed, deployment: deployment).memoryPlan(contextTokens: context).maxBatch
        let large = try Estimator(model: windowed, deployment: deployment).memoryPlan(contextTokens: context).maxBatch
        #expect(small >= 10 && small <= 16, "\(small)")
        #expect(Double(large) / Double(small) > 7 && Double(large) / Double(small) < 8.5, "\(large) vs \(small)")
    }

    @Test("Constant states do not grow with the context; caches never shrink", arguments: 0..<40)
    func stateMonotone(seed: Int) {
        var random = SeededRandom(seed: UInt64(seed) &+ 900)
        let model = RandomLayers.model(&random)
        var last = -1.0
        for context in [1, 100, 1000, 10_000, 100_000, 1_000_000] {
            let bytes = model.stateBytesPerSequence(context: context, kvDType: .bf16)
            #expect(bytes >= last && bytes.isFinite)
            last = bytes
        }
        for group in model.layerGroups where !group.layer.mixer.stateGrowsWithContext {
            let mixer = group.layer.mixer
            let early = mixer.stateBytesPerSequence(context: 200_000, kvDType: .bf16)
            #expect(mixer.stateBytesPerSequence(context: 2_000_000, kvDType: .bf16) == early, "\(mixer.shapeDescription)")
        }
    }

    @Test("The batched decode path matches Estimator to 1e-6 on random models of every layer kind")
    func batchedMatchesEveryKind() throws {
        let chips = ["h20", "h100-sxm", "b200", "ascend-910b-376t"]
        var kinds = Set<String>()
        let checked = try BatchedDecodeTests.checkRandomDeployments(seed: 31, count: 60, attempts: 600, maxBatch: 512) { random in
            let model = RandomLayers.model(&random)
            for group in model.layerGroups { kinds.insert(group.layer.mixer.kindName) }
            let chip = try Fixtures.catalog.accelerator(named: random.element(chips))
            let tp = random.element([1, 2, 4, 8]), dp = random.element([1, 2, 4]), pp = random.element([1, 1, 2])
            let ep = model.moe == nil ? 1 : random.element([1, tp * dp])
            return (model, Deployment(
                accelerator: chip, parallelism: Parallelism(tp: tp, pp: pp, ep: ep, dp: dp), weightDType: random.element([.bf16, .fp8]),
                kvDType: random.element([.bf16, .fp8]), engine: try Fixtures.catalog.engine(named: random.element(["generic", "vllm", "sglang"])),
                calibration: try Fixtures.catalog.calibration(for: chip), expertWeightDType: random.element([nil, .mxfp4])))
        }
        #expect(checked == 60)
        #expect(kinds.isSuperset(of: ["full", "sliding", "chunked", "sparse", "mla", "dsa", "csa", "hca", "swa-only", "gdn", "kda", "mamba2", "none"]), "\(kinds.sorted())")
    }

    @Test("Sweeps of 2026 models run and their frontier points are what estimate says")
    func sweepNewModels() throws {
        for (model, chip) in [("deepseek-v4-flash", "h20"), ("qwen3.5-35b-a3b", "h100-sxm"), ("gpt-oss-20b", "b200")] {
            let result = try Fixtures.catalog.sweep(SweepRequest(model: model, accelerators: [chip], weightDTypes: [.fp8], maxChips: 8, maxBatch: 64, threads: 2))
            let points = try #require(result.frontiers.first?.points)
            #expect(!points.isEmpty)
            for point in [points.first!, points.last!] {
                let estimate = try Fixtures.catalog.estimate(EstimateRequest(
                    model: model, accelerator: chip, parallelism: point.parallelism, weightDType: point.weightDType, workload: Workload(batch: point.batch)))
                #expect(point.outputTokensPerSecondPerChip.isClose(to: estimate.serving.outputTokensPerSecondPerChip, relative: 1e-6), "\(model)")
            }
        }
    }

    @Test("4-bit experts: weight-only MXFP4 on Hopper, native FP4 on Blackwell; the estimate says which")
    func fourBitExperts() throws {
        let model = try Fixtures.model("gpt-oss-120b")
        #expect(model.nativeExpertWeightDType == .mxfp4 && model.nativeWeightDType == .bf16)
        let h100 = try Fixtures.catalog.accelerator(named: "h100-sxm"), b200 = try Fixtures.catalog.accelerator(named: "b200")
        #expect(h100.defaultExpertWeightDType(native: .mxfp4) == .mxfp4)
        #expect(b200.defaultExpertWeightDType(native: .mxfp4) == .fp4)
        let estimate = try Fixtures.catalog.estimate(EstimateRequest(model: "gpt-oss-120b", accelerator: "h100-sxm", parallelism: Parallelism(tp: 2)))
        #expect(estimate.notes.contains { $0.contains("weight-only") })
        // Expert weights stored at 4.25 bits: 128 experts x 3 x 2880^2 x 36 layers / 2 chips.
        let experts = 128.0 * 3 * 2880 * 2880 * 36 * DType.mxfp4.bytesPerElement / 2
        #expect(estimate.memory.weightBytesPerChip > experts && estimate.memory.weightBytesPerChip < experts + 3e9)
        #expect(estimate.memory.kvBytesPerSequence == model.stateBytesPerSequence(context: estimate.memory.contextTokens, kvDType: .bf16))
    }
}
