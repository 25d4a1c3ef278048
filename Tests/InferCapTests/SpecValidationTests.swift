import Foundation
import Testing
@testable import InferCap

/// Every spec is checked where it is read: wrong units, impossible ranges and shapes are
/// refused with the file, the field and the fix in one line.
@Suite("Spec and config validation at the boundary")
struct SpecValidationTests {
    /// A JSON value written as text (`null` stands for an absent field, as in the loaders).
    static func json(_ text: String) -> Any {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])) ?? NSNull()
    }

    /// A valid accelerator spec with one field replaced (nil removes it).
    static func chip(_ key: String, _ value: String) -> [String: Any] {
        var fields: [String: Any] = [
            "id": "x1", "name": "X1", "dense_flops_per_second": ["bf16": 1e15, "fp8": 2e15], "memory_bytes": 8.6e10,
            "memory_bytes_per_second": 3.35e12, "scale_up": ["bytes_per_second_per_direction": 4.5e11, "domain_size": 8],
            "scale_out": ["bytes_per_second_per_direction": 5e10], "tdp_watts": 700, "price_usd": 27500,
        ]
        fields[key] = json(value)
        return fields
    }

    static func loadChip(_ fields: [String: Any]) throws -> Accelerator {
        try Accelerator.load(from: JSONDocument(path: "x1.json", fields: fields))
    }

    @Test("The base spec of these tests loads")
    func baseLoads() throws {
        let chip = try Self.loadChip(Self.chip("notes", "null"))
        #expect(chip.memoryBytesPerSecond == 3.35e12)
    }

    @Test("Unit mistakes in accelerator specs are named with the unit and the corrected value", arguments: [
        ("memory_bytes_per_second", "3.35", "looks like TB/s typed as bytes per second; write bytes per second: 3.35 TB/s = 3350000000000"),
        ("memory_bytes_per_second", "3350", "looks like GB/s typed as bytes per second"),
        ("memory_bytes_per_second", "1e20", "above the 100000000000000 plausible for one chip"),
        ("memory_bytes", "80", "looks like GiB typed as bytes; write bytes: 80 GiB = 85899345920"),
        ("memory_bytes", "81920", "looks like MiB typed as bytes"),
        ("memory_bytes", "5e8", "below the 1000000000 plausible"),
        ("dense_flops_per_second", #"{"bf16": 989.4}"#, "field 'dense_flops_per_second.bf16' is 989.4, which looks like TFLOPS typed as FLOP/s"),
        ("dense_flops_per_second", #"{"bf16": 1e15, "fp6": 2e15}"#, "'dense_flops_per_second.fp6' is not a known precision; use bf16, fp16, fp8, int8 or fp4"),
        ("dense_flops_per_second", #"{"fp8": 2e15}"#, "missing required field 'dense_flops_per_second.bf16'"),
        ("scale_up", #"{"bytes_per_second_per_direction": 450, "domain_size": 8}"#, "'scale_up.bytes_per_second_per_direction' is 450, which looks like GB/s"),
        ("scale_up", #"{"bytes_per_second_per_direction": 4.5e11, "domain_size": 0}"#, "'scale_up.domain_size' is 0"),
        ("scale_up", #"{"bytes_per_second_per_direction": 4.5e11}"#, "missing required field 'scale_up.domain_size'"),
        ("tdp_watts", "0.7", "'tdp_watts' is 0.7, which looks like kW typed as watts"),
        ("tdp_watts", "-700", "must be positive"),
        ("price_usd", "1e12", "'price_usd' is 1000000000000 US dollars, above"),
        // A misspelled optional key would read as absent: refused, with the key meant.
        ("rental_usd_per_hr", "2.5", "'rental_usd_per_hr' is not an accelerator spec key; did you mean 'rental_usd_per_hour'?"),
        ("scale_out", #"{"bytes_per_second_per_direction": 5e10, "domain_sizes": 1}"#, "'scale_out.domain_sizes' is not a link key; did you mean 'domain_size'?"),
        ("id", #""""#, "'id' is empty"),
        ("memory_bytes", #""80GB""#, "expected a number"),
        ("memory_bytes", "null", "missing required field 'memory_bytes'"),
    ])
    func acceleratorUnits(key: String, value: String, expected: String) throws {
        do {
            _ = try Self.loadChip(Self.chip(key, value))
            Issue.record("expected \(key) = \(value) to be refused")
        } catch let error as InferCapError {
            #expect(error.description.hasPrefix("x1.json: "), "\(error.description)")
            #expect(error.description.contains(expected), "\(error.description)")
        }
    }

    /// The default calibration profile with one field of one object replaced.
    static func profile(_ object: String, _ key: String, _ value: String) throws -> JSONDocument {
        let path = try #require(Catalog.bundledSpecsDirectory) + "/calibration/profiles/default.json"
        var document = try JSONDocument.load(path: path)
        var fields = try #require(document.fields[object] as? [String: Any])
        fields[key] = json(value)
        var top = document.fields
        top[object] = fields
        document = JSONDocument(path: "cal.json", fields: top)
        return document
    }

    @Test("Calibration profiles: efficiencies are fractions, overheads and latencies are seconds", arguments: [
        ("gemm", "compute_efficiency_max", "76", "above 1"),
        ("gemm", "memory_efficiency", "0", "must be positive"),
        ("gemm", "overhead_seconds", "12", "'gemm.overhead_seconds' is 12.0, outside 0 to 0.01 s; write seconds per kernel launch"),
        ("gemm", "half_efficiency_rows", "-3", "'gemm.half_efficiency_rows' is -3"),
        ("gemm", "decode_overhead_seconds", "13", "'gemm.decode_overhead_seconds' is 13.0, outside 0 to 0.01 s; write seconds per kernel in graph-mode decode"),
        ("elementwise", "decode_overhead_seconds", "-1e-6", "not microseconds"),
        ("attention_decode_latent", "fp8_compute_speedup", "0.5", "'attention_decode_latent.fp8_compute_speedup' is 0.5, outside 1 to 4"),
        ("attention_prefill", "fp8_compute_speedup", "70", "write how many times faster the FP8 kernel computes"),
        ("communication", "latency_seconds", "-2e-5", "'communication.latency_seconds' is -2e-05, outside 0 to 0.01 s"),
        ("communication", "latency_seconds", "20", "not microseconds"),
        ("communication", "link_efficiency", "1.5", "above 1"),
        ("communication", "link_efficiency", "1e-9", "below 0.001"),
        ("communication", "network_hop_seconds", "5", "'communication.network_hop_seconds' is 5.0, outside 0 to 0.001 s"),
        ("communication", "network_hop_seconds", "-1e-6", "not microseconds"),
        // Found by the fuzzer (estimate target): a subnormal efficiency passed as positive and
        // made every attention time infinite.
        ("attention_decode", "compute_efficiency_max", "1.457076e-317", "below 0.001"),
        ("gemm", "decode_overhead_second", "1e-6", "'gemm.decode_overhead_second' is not an efficiency curve key; did you mean 'decode_overhead_seconds'?"),
        ("communication", "all_reduce_step_second", "6e-7", "'communication.all_reduce_step_second' is not a communication key; did you mean 'all_reduce_step_seconds'?"),
    ])
    func calibrationRanges(object: String, key: String, value: String, expected: String) throws {
        let document = try Self.profile(object, key, value)
        #expect {
            try CalibrationProfile.load(from: document)
        } throws: { error in
            let text = (error as? InferCapError)?.description ?? ""
            return text.hasPrefix("cal.json: ") && text.contains(expected)
        }
    }

    @Test("Engine profiles: fractions and counts in range", arguments: [
        ("memory_utilization", "90", "above 1"),
        ("max_batch_per_rank", "0", "'max_batch_per_rank' is 0"),
        ("prefill_stall_fraction", "-0.5", "outside 0.0...1.0"),
        ("decode_kernel_overhead_seconds", "4.3", "'decode_kernel_overhead_seconds' is 4.3"),
        ("communication_overlap", "true", "expected a number"),
        ("cuda_graph_max_batch", "[{\"max_batch\": 0}]", "'cuda_graph_max_batch[0].max_batch' is 0"),
        ("cuda_graph_max_batch", "[{\"memory_below_gib\": -80, \"max_batch\": 256}]", "'cuda_graph_max_batch[0].memory_below_gib' is -80"),
        ("cuda_graph_max_batch", "[{\"server_tp_below\": 4}]", "cuda_graph_max_batch[0].max_batch"),
        ("cuda_graph_max_batch", "512", "expected an array"),
        ("cuda_graph_max_batch", "[{\"memory_below_gb\": 60, \"max_batch\": 32}]", "'cuda_graph_max_batch[0].memory_below_gb' is not a rule key"),
        // A misspelled key would keep the default silently: refused, with the key meant.
        ("moe_kernel_eficiency", "0.5", "'moe_kernel_eficiency' is not an engine profile key; did you mean 'moe_kernel_efficiency'?"),
        ("moe_dispatch_without_attn_dp", "true", "did you mean 'moe_dispatch_without_attention_dp'?"),
        ("scheduler", "{\"overlap_scheduling\": true}", "'scheduler.overlap_scheduling' is not a scheduler key; did you mean 'overlaps_scheduling'?"),
        ("moe_dispatch_without_attention_dp", "1", "expected"),
    ])
    func engineRanges(key: String, value: String, expected: String) throws {
        var fields: [String: Any] = ["id": "e", "memory_utilization": 0.9, "max_batch_per_rank": 256, "max_prefill_tokens": 8192]
        fields[key] = Self.json(value)
        #expect {
            try EngineProfile.load(from: JSONDocument(path: "engine.json", fields: fields))
        } throws: { error in
            let text = (error as? InferCapError)?.description ?? ""
            return text.hasPrefix("engine.json: ") && text.contains(expected)
        }
    }

    /// A small valid Llama config with the fields of `changes` (a JSON object) replaced;
    /// `null` removes one.
    static func config(_ changes: String) -> [String: Any] {
        var fields: [String: Any] = [
            "model_type": "llama", "hidden_size": 1024, "num_hidden_layers": 4, "num_attention_heads": 16, "num_key_value_heads": 4,
            "vocab_size": 32000, "intermediate_size": 2816, "some_future_field": ["anything": true], "torch_dtype": "bfloat16",
        ]
        for (key, value) in json(changes) as? [String: Any] ?? [:] { fields[key] = value }
        return fields
    }

    @Test("A config with unknown fields loads; the unknown ones are ignored")
    func unknownFieldsIgnored() throws {
        let model = try ModelArchitecture.load(from: JSONDocument(path: "config.json", fields: Self.config("{}")), id: "m", name: nil)
        #expect(model.layers[0].mixer == .attention(SoftmaxAttention(heads: 16, kvHeads: 4, headDim: 64)))
    }

    static let moe = #""model_type": "qwen3_moe", "num_experts": 8, "num_experts_per_tok": 2, "moe_intermediate_size": 64"#

    @Test("HF configs: shapes that cannot exist are refused with the field and the fix", arguments: [
        (#"{"model_type": "gpt_neox"}"#, "model_type 'gpt_neox' is not supported; supported: llama, mistral, qwen2"),
        (#"{"model_type": null}"#, "missing required field 'model_type'"),
        (#"{"num_key_value_heads": 6}"#, "'num_key_value_heads' is 6, which does not divide num_attention_heads = 16"),
        (#"{"num_key_value_heads": 32}"#, "does not divide"),
        (#"{"hidden_size": 1000}"#, "hidden_size 1000 is not a multiple of num_attention_heads 16; add head_dim"),
        (#"{"num_hidden_layers": 0}"#, "'num_hidden_layers' is 0, expected a whole number ≥ 1"),
        (#"{"vocab_size": 3.5}"#, "'vocab_size' is 3.5"),
        (#"{"intermediate_size": null}"#, "missing required field 'intermediate_size'"),
        (#"{"hidden_size": 1e300}"#, "below 1000000"),
        (#"{"model_type": "mixtral", "num_local_experts": 8, "num_experts_per_tok": 9}"#, "more than the 8 experts"),
        (#"{"model_type": "qwen3_moe", "num_experts_per_tok": 2, "moe_intermediate_size": 64}"#, "missing required field 'num_experts'"),
        ("{\(moe), \"mlp_only_layers\": [0, \"one\"]}", "'mlp_only_layers[1]' is a string, expected a layer index"),
        ("{\(moe), \"mlp_only_layers\": [1e300]}", "'mlp_only_layers[0]' is a number, expected a layer index"),
        (#"{"model_type": "deepseek_v3", "n_routed_experts": 8, "num_experts_per_tok": 2, "moe_intermediate_size": 64, "n_group": 4, "topk_group": 5, "kv_lora_rank": 64, "qk_nope_head_dim": 32, "qk_rope_head_dim": 16, "v_head_dim": 32}"#,
         "'topk_group' is 5, more than the 4 expert groups"),
    ])
    func impossibleConfigs(changes: String, expected: String) throws {
        #expect {
            try ModelArchitecture.load(from: JSONDocument(path: "config.json", fields: Self.config(changes)), id: "m", name: nil)
        } throws: { error in
            let text = (error as? InferCapError)?.description ?? "\(error)"
            return text.hasPrefix("config.json") && text.contains(expected)
        }
    }

    @Test("Tensor parallelism must divide the heads; the error lists the degrees that do")
    func tpDividesHeads() throws {
        let model = try ModelArchitecture.load(from: JSONDocument(path: "config.json", fields: Self.config("{}")), id: "m", name: nil)
        #expect(throws: InferCapError.invalidParallelism(
            detail: "tp = 3 does not divide the 16 attention heads of m", fix: "use tp in 1, 2, 4, 8, 16")) {
            try Parallelism(tp: 3).validate(for: model)
        }
    }

    @Test("Every shipped spec passes the checks", arguments: ["accelerators", "calibration/profiles", "engines"])
    func shippedSpecsLoad(folder: String) throws {
        let root = try #require(Catalog.bundledSpecsDirectory) + "/" + folder
        let files = try FileManager.default.contentsOfDirectory(atPath: root).filter { $0.hasSuffix(".json") }
        #expect(!files.isEmpty)
        for file in files {
            let document = try JSONDocument.load(path: root + "/" + file)
            switch folder {
            case "accelerators": _ = try Accelerator.load(from: document)
            case "engines": _ = try EngineProfile.load(from: document)
            default: _ = try CalibrationProfile.load(from: document)
            }
        }
    }
}
