import Foundation
import Testing
@testable import InferCap

/// The configs users bring: aiconfigurator-core 0.12's 89 HF `config.json` files (Tests/Fixtures),
/// and the refusals and notes for what the loader does not understand.
@Suite("HuggingFace configs of 2026 models")
struct HuggingFaceConfigTests {
    /// The unpacked fixture folder (once per test run).
    static let configFolder: String = {
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")
        let target = FileManager.default.temporaryDirectory.appendingPathComponent("infercap-aic-configs-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        let tar = Process()
        tar.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        tar.arguments = ["tar", "-xzf", fixtures.appendingPathComponent("aiconfigurator-model-configs-0.12.0.tar.gz").path, "-C", target.path]
        try? tar.run()
        tar.waitUntilExit()
        return target.appendingPathComponent("aiconfigurator-model-configs").path
    }()

    static var configFiles: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: configFolder)) ?? [])
            .filter { $0.hasSuffix("_config.json") && !$0.hasSuffix("hf_quant_config.json") }.sorted()
            .map { (configFolder as NSString).appendingPathComponent($0) }
    }

    @Test("At least 95% of aiconfigurator-core 0.12's model configs load and estimate")
    func aiconfiguratorConfigsEstimate() throws {
        let files = Self.configFiles
        #expect(files.count == 89)
        var failures: [String] = []
        var catalog = Fixtures.catalog
        for file in files {
            do {
                let entry = try ModelEntry(huggingFaceConfigAt: file)
                catalog.add(entry)
                // One sequence of 1K/256 on enough H200s: the smallest power-of-two TP (x PP) the weights fit.
                let estimate = try catalog.estimate(EstimateRequest(
                    model: entry.id, accelerator: "h200", parallelism: Self.fittingLayout(entry.architecture),
                    workload: Workload(inputTokens: 1024, outputTokens: 256, batch: 1)))
                #expect(estimate.serving.tpotSeconds > 0 && estimate.serving.ttftSeconds > 0)
            } catch {
                failures.append("\((file as NSString).lastPathComponent): \(error)")
            }
        }
        #expect(Double(files.count - failures.count) / Double(max(1, files.count)) >= 0.95, "\(failures)")
        #expect(failures.isEmpty, "\(failures)")
    }

    /// TP up to 8 (dividing every mixer's heads), then pipeline stages, until bf16 weights fit in 80% of 141 GB.
    static func fittingLayout(_ model: ModelArchitecture) -> Parallelism {
        let bytes = model.totalParameters * 2
        for chips in [1, 2, 4, 8, 16, 32, 64, 128] where bytes / Double(chips) < 0.8 * 141e9 {
            for tp in [8, 4, 2, 1] where tp <= chips {
                let layout = Parallelism(tp: tp, pp: chips / tp, ep: model.moe == nil ? 1 : tp)
                if (try? layout.validate(for: model)) != nil { return layout }
            }
        }
        return Parallelism(tp: 8, pp: 16, ep: model.moe == nil ? 1 : 8)
    }

    @Test("Families: the layer kinds each 2026 config declares", arguments: [
        ("gpt-oss-120b", ["sliding": 18, "full": 18]),
        ("qwen3.5-397b-a17b", ["gdn": 45, "full": 15]),
        ("qwen3-next-80b-a3b", ["gdn": 36, "full": 12]),
        ("deepseek-v4-flash", ["swa-only": 2, "csa": 21, "hca": 20]),
        ("deepseek-v4-pro", ["csa": 30, "hca": 31]),
        ("deepseek-v3.2", ["dsa": 61]),
        ("glm-5", ["dsa": 78]),
        ("llama-4-scout", ["chunked": 36, "full": 12]),
        ("gemma-4-26b-a4b", ["sliding": 25, "full": 5]),
        ("nemotron-3-super-120b-a12b", ["mamba2": 40, "full": 8, "none": 40]),
        ("minimax-m2.5", ["full": 62]),
        ("kimi-k2.5", ["mla": 61]),
    ])
    func layerKinds(id: String, expected: [String: Int]) throws {
        let model = try Fixtures.model(id)
        var counts: [String: Int] = [:]
        for group in model.layerGroups { counts[group.layer.mixer.kindName, default: 0] += group.count }
        #expect(counts == expected)
    }

    @Test("Llama 4 Maverick: experts on every other layer with a shared expert, dense layers at intermediate_size_mlp")
    func llama4Maverick() throws {
        let model = try Fixtures.model("llama-4-maverick")
        #expect(model.moeLayerCount == 24)
        #expect(model.layers[1].feedForward.experts?.sharedIntermediateSize == 8192)
        #expect(model.layers[0].feedForward == .dense(DenseMLP(intermediateSize: 16384)))
    }

    @Test("A config key that changes the cost and is not understood is named in a note")
    func unreadKeysNamed() throws {
        let config = """
            {"model_type": "llama", "hidden_size": 1024, "num_hidden_layers": 4, "num_attention_heads": 8, "vocab_size": 32000,
             "intermediate_size": 4096, "num_kv_shared_layers": 2, "window_pattern": [1, 0, 1, 0], "rope_theta": 10000}
            """
        let model = try ModelArchitecture(huggingFaceConfig: Data(config.utf8), id: "odd")
        let note = try #require(model.ignored.first { $0.contains("not understood") })
        #expect(note.contains("num_kv_shared_layers") && note.contains("window_pattern"))
        #expect(!note.contains("rope_theta"))
        var catalog = Fixtures.catalog
        catalog.add(ModelEntry(architecture: model))
        let estimate = try catalog.estimate(EstimateRequest(model: "odd", accelerator: "h100-sxm", parallelism: Parallelism(), workload: Workload(batch: 1)))
        #expect(estimate.notes.contains(note))
    }

    @Test("A multimodal checkpoint is its language model, with a note that the vision tower is not costed")
    func visionTowerIgnored() throws {
        let model = try Fixtures.model("qwen3.5-397b-a17b")
        #expect(model.modelType == "qwen3_5_moe")
        #expect(model.ignored.contains { $0.contains("vision") })
    }

    @Test("Python's Infinity and NaN literals in a config are read as null, and ModelOpt siblings set the precision")
    func pythonLiteralsAndSiblings() throws {
        let nano = (Self.configFolder as NSString).appendingPathComponent("nvidia--NVIDIA-Nemotron-3-Super-120B-A12B-NVFP4_config.json")
        let entry = try ModelEntry(huggingFaceConfigAt: nano)
        #expect(entry.architecture.nativeWeightDType == .fp4)
        #expect(entry.architecture.ignored.contains { $0.contains("kv_cache_quant_algo") })
        let data = try JSONDocument.parse(data: Data(#"{"a": [0.0, Infinity], "b": "NaN", "c": -Infinity, "d": NaN, "e": [NaN, 1]}"#.utf8), path: "x")
        #expect((data.fields["a"] as? [Any])?.count == 2)
        #expect(data.fields["b"] as? String == "NaN")
        #expect(data.fields["c"] is NSNull && data.fields["d"] is NSNull)
        #expect((data.fields["e"] as? [Any])?.last as? Int == 1)
    }

    @Test("Refusals name the field: lightning attention, linear-replacement blocks, bad compress ratios", arguments: [
        (#""model_type": "minimax_m2", "num_local_experts": 4, "num_experts_per_tok": 2, "attn_type_list": [0, 1, 1, 1]"#, "attn_type_list"),
        (#""model_type": "deepseek_v4", "compress_ratios": [4, 4], "head_dim": 64, "q_lora_rank": 64, "o_lora_rank": 32, "index_n_heads": 2, "index_head_dim": 16, "index_topk": 8, "sliding_window": 16, "n_routed_experts": 4, "num_experts_per_tok": 2, "moe_intermediate_size": 64"#, "compress_ratios"),
        (#""model_type": "qwen3_next", "layer_types": ["linear_attention", "mamba", "full_attention", "full_attention"], "linear_num_key_heads": 2, "linear_num_value_heads": 2, "linear_key_head_dim": 16, "linear_value_head_dim": 16, "num_experts": 4, "num_experts_per_tok": 2, "moe_intermediate_size": 64"#, "layer_types[1]"),
    ])
    func refusals(fields: String, field: String) throws {
        let config = #"{"hidden_size": 256, "num_hidden_layers": 4, "num_attention_heads": 4, "vocab_size": 1000, "intermediate_size": 512, "#
            + fields + "}"
        do {
            _ = try ModelArchitecture(huggingFaceConfig: Data(config.utf8), id: "bad")
            Issue.record("accepted: \(fields)")
        } catch {
            #expect(error.description.contains(field), "\(error.description)")
            #expect(!error.description.contains("\n"))
        }
    }
}
