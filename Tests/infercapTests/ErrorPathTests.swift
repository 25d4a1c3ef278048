import Foundation
import Testing

/// Every way the CLI can refuse: each error kind of the library, each check the commands
/// make themselves, and the argument parser's own refusals. Each prints exactly one line on
/// standard error, nothing on standard output, and exits 2.
@Suite("infercap error paths")
struct ErrorPathTests {
    /// Bad files the cases below point at; `{dir}` in an argument is replaced by this folder.
    static let folder: String = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("infercap-errors-\(UUID().uuidString)").path
        let chip = #""id": "x1", "name": "X1", "dense_flops_per_second": {"bf16": 1e15}, "memory_bytes": 8.6e10, "scale_up": {"bytes_per_second_per_direction": 4.5e11, "domain_size": 8}, "scale_out": {"bytes_per_second_per_direction": 5e10}"#
        let files = [
            "tbps.json": "{\(chip), \"memory_bytes_per_second\": 3.35}",
            "no-bandwidth.json": "{\(chip)}",
            "chip-broken.json": "{\(chip),\n \"memory_bytes_per_second\": }",
            "array.json": "[1, 2, 3]",
            "gpt2/config.json": #"{"model_type": "gpt2", "n_embd": 768}"#,
            "bad-heads/config.json": #"{"model_type": "llama", "hidden_size": 1024, "num_hidden_layers": 2, "num_attention_heads": 16, "num_key_value_heads": 6, "vocab_size": 1000, "intermediate_size": 64}"#,
            "not-a-spec/notes.json": #"{"hello": "world"}"#,
            "bad-engine/engine.json": #"{"id": "fast", "memory_utilization": 90, "max_batch_per_rank": 8, "max_prefill_tokens": 8}"#,
            "bad-reference.json": #"{"points": [{"id": "p1"}]}"#,
            "a-folder/.keep": "",
        ]
        for (name, text) in files {
            let url = URL(fileURLWithPath: folder).appendingPathComponent(name)
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? text.write(to: url, atomically: true, encoding: .utf8)
        }
        return folder
    }()

    static let estimate = "estimate --model llama-3.1-8b --accelerator h100-sxm"

    @Test("Each refusal: exit 2, one line on stderr, nothing on stdout", arguments: [
        // unreadable files
        ("estimate --model qwen3-8b --accelerator {dir}/missing.json", "cannot read {dir}/missing.json: no such file"),
        ("estimate --model qwen3-8b --accelerator {dir}/a-folder", "is a directory, expected a JSON file"),
        ("list models --spec-dir {dir}/nowhere", "cannot read {dir}/nowhere: no such file or folder"),
        ("validate --reference {dir}/nowhere.json", "cannot read {dir}/nowhere.json: no such file or folder"),
        // malformed JSON
        ("estimate --model qwen3-8b --accelerator {dir}/chip-broken.json", "{dir}/chip-broken.json:2: malformed JSON"),
        ("estimate --model {dir}/array.json --accelerator h20", "expected a JSON object at the top level"),
        // missing and invalid fields, unit mistakes
        ("estimate --model qwen3-8b --accelerator {dir}/no-bandwidth.json", "missing required field 'memory_bytes_per_second'; add it"),
        ("estimate --model qwen3-8b --accelerator {dir}/tbps.json", "'memory_bytes_per_second' is 3.35, which looks like TB/s typed as bytes per second"),
        ("show {dir}/tbps.json", "which looks like TB/s"),
        ("list accelerators --spec-dir {dir}/tbps.json", "which looks like TB/s"),
        ("list models --spec-dir {dir}/not-a-spec/notes.json", "is not an accelerator, model config, calibration or engine spec"),
        ("list models --spec-dir {dir}/bad-engine", "field 'memory_utilization' is 90.0, above 1"),
        ("estimate --model {dir}/bad-heads --accelerator h20", "'num_key_value_heads' is 6, which does not divide num_attention_heads = 16"),
        ("validate --reference {dir}/bad-reference.json", "{dir}/bad-reference.json"),
        // unknown names and architectures
        ("estimate --model {dir}/gpt2 --accelerator h20", "model_type 'gpt2' is not supported; supported: llama, mistral"),
        ("estimate --model qwen3-8b --accelerator h20 --engine vllmm", "unknown engine 'vllmm'; did you mean 'vllm'?"),
        ("compare --model qwen3-8b --accelerators h20,h1OO", "unknown accelerator 'h1OO'"),
        ("sweep --model qwen3-9b --accelerators h20", "unknown model 'qwen3-9b'; did you mean 'qwen3-8b'?"),
        // layouts
        ("\(estimate) --pp 33", "pp = 33 is more than the 32 layers of llama-3.1-8b"),
        ("\(estimate) --tp 0", "tp = 0; use a whole number from 1 to 65536"),
        ("\(estimate) --tp 8 --dp 16384", "131072 chips; use at most 65536 chips"),
        ("estimate --model qwen3-30b-a3b --accelerator h20 --tp 4 --ep 3", "ep = 3 does not divide the 4 chips"),
        // precisions
        ("\(estimate) --kv-dtype int4", "'int4' is not a KV-cache precision; use bf16, fp8 or int8"),
        ("\(estimate) --weight-dtype fp16", "'fp16' is not a weight precision; use bf16, fp8, int8, int4, fp4 or mxfp4"),
        ("estimate --model qwen3-8b --accelerator a100-80g --weight-dtype fp8", "a100-80g has no fp8 support; use --weight-dtype bf16|int8|int4"),
        // workloads and SLOs
        ("\(estimate) --output-tokens 0", "invalid output tokens '0'"),
        ("\(estimate) --context 0", "invalid context '0'"),
        ("\(estimate) --input-tokens 200000000", "use a whole number from 1 to 100000000"),
        ("\(estimate) --tpot-slo-ms=-5", "invalid TPOT SLO '-5.0 ms'; use a positive time below one hour"),
        ("\(estimate) --ttft-slo-ms nan", "invalid TTFT SLO"),
        ("compare --model llama-3.1-8b --accelerators h100-sxm --tpot-slo-ms 0.2", "no batch size meets the SLO"),
        ("sweep --model qwen3-8b --accelerators h20 --max-batch 0", "invalid max batch '0'"),
        ("sweep --model qwen3-8b --accelerators h20 --input-tokens 0", "invalid input tokens '0'"),
        // memory
        ("estimate --model llama-3.1-405b --accelerator l20 --tp 1", "does not fit: llama-3.1-405b on 1 x l20"),
        // the commands' own checks
        ("compare --accelerators ,", "--accelerators needs at least one id"),
        ("sweep --model qwen3-8b --points 1", "--points must be at least 2"),
        ("sweep --model qwen3-8b --threads 65", "--threads must be from 1 to 64"),
        ("validate --summary-only --write-confidence {dir}/no/such/folder/c.json", "cannot write {dir}/no/such/folder/c.json"),
        // the argument parser
        ("\(estimate) --tp two", "two"),
        ("\(estimate) --format xml", "xml"),
        ("\(estimate) --frobnicate", "--frobnicate"),
        ("estimate --model llama-3.1-8b", "--accelerator"),
        ("show", "<name>"),
        ("frobnicate", "frobnicate"),
    ])
    func refusal(line: String, expected: String) throws {
        let arguments = line.split(separator: " ").map { $0.replacingOccurrences(of: "{dir}", with: Self.folder) }
        let result = try CLIRunner.run(arguments)
        let message = expected.replacingOccurrences(of: "{dir}", with: Self.folder)
        #expect(result.status == 2, "\(line): status \(result.status), \(result.stderr)")
        #expect(result.stdout.isEmpty, "\(line): \(result.stdout)")
        #expect(result.stderr.split(separator: "\n").count == 1, "\(line): \(result.stderr)")
        #expect(result.stderr.contains(message), "\(line): \(result.stderr)")
    }
}
