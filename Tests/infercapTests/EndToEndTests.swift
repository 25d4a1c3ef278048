import Foundation
import Testing

@Suite("infercap end to end")
struct EndToEndTests {
    @Test("No arguments runs the default comparison: DeepSeek-R1 on H20, H100 and 910B")
    func defaultRun() throws {
        let result = try CLIRunner.run([], in: NSTemporaryDirectory())
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("deepseek-r1: 1024 input / 1024 output tokens"))
        for chip in ["h20 ", "h100-sxm ", "ascend-910b-376t "] { #expect(result.stdout.contains(chip), "\(chip)") }
    }

    @Test("estimate --format json has the contract's keys")
    func jsonContract() throws {
        let result = try CLIRunner.run("estimate --model llama-3.1-8b --accelerator h100-sxm --tp 1 --batch 8 --format json")
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        for key in ["model", "accelerator", "chips", "parallelism", "batch", "memory", "prefill", "decode", "serving"] {
            #expect(object[key] != nil, "\(key)")
        }
        let memory = try #require(object["memory"] as? [String: Any])
        for key in ["weight_bytes_per_chip", "kv_bytes_per_token", "max_batch", "fits"] { #expect(memory[key] != nil, "memory.\(key)") }
        let decode = try #require(object["decode"] as? [String: Any])
        for key in ["context_tokens", "step_seconds", "tokens_per_second_per_chip", "tokens_per_second_per_user"] {
            #expect(decode[key] != nil, "decode.\(key)")
        }
        let serving = try #require(object["serving"] as? [String: Any])
        for key in ["ttft_seconds", "tpot_seconds", "output_tokens_per_second_per_chip"] { #expect(serving[key] != nil, "serving.\(key)") }
        let prefill = try #require(object["prefill"] as? [String: Any])
        for key in ["seconds", "tokens_per_second_per_chip"] { #expect(prefill[key] != nil, "prefill.\(key)") }
        let parallelism = try #require(object["parallelism"] as? [String: Any])
        #expect(parallelism["tp"] as? Int == 1 && parallelism["ep"] as? Int == 1)
        #expect(object["batch"] as? Int == 8)
        #expect(decode["context_tokens"] as? Int == 1024 + 512)
    }

    @Test("Other formats and commands answer", arguments: [
        "list accelerators", "list models --format markdown", "show h20", "show deepseek-r1 --format json",
        "estimate --model qwen3-30b-a3b --accelerator h20 --tp 2 --ep 2 --format csv",
        "estimate --model deepseek-r1 --accelerator h800 --tp 1 --dp 16 --ep 16 --tpot-slo-ms 50 --breakdown",
        "estimate --model llama-3.1-70b --accelerator h200 --tp 4 --weight-dtype int4 --kv-dtype fp8 --format markdown",
        "compare --model llama-3.1-70b --accelerators h100-sxm,h200 --format csv",
    ])
    func answers(line: String) throws {
        let result = try CLIRunner.run(line)
        #expect(result.status == 0, "\(line): \(result.stderr)")
        #expect(!result.stdout.isEmpty)
        #expect(!result.stdout.contains("nan") && !result.stdout.contains("inf "), "\(line)")
    }

    @Test("Bad input prints one line and exits 2", arguments: [
        ("estimate --model llama-3.1-8b --accelerator h2o", "did you mean 'h20'"),
        ("estimate --model lama-3.1-8b --accelerator h20", "did you mean 'llama-3.1-8b'"),
        ("show h1000", "unknown accelerator or model 'h1000'"),
        ("estimate --model llama-3.1-70b --accelerator h100-sxm --tp 3", "tp = 3 does not divide"),
        ("estimate --model llama-3.1-70b --accelerator h100-sxm --tp 1", "does not fit"),
        ("estimate --model llama-3.1-8b --accelerator h100-sxm --ep 2", "dense model"),
        ("estimate --model qwen3-8b --accelerator ascend-910b-376t --weight-dtype fp8", "no fp8 support"),
        ("estimate --model llama-3.1-8b --accelerator h100-sxm --weight-dtype fp4", "fp4"),
        ("estimate --model llama-3.1-8b --accelerator h100-sxm --input-tokens 0", "input tokens"),
        ("estimate --model llama-3.1-8b --accelerator h100-sxm --batch 4 --tpot-slo-ms 20", "not both"),
        ("estimate --model llama-3.1-8b --accelerator h100-sxm --tpot-slo-ms 0.5", "no batch size meets the SLO"),
        ("estimate --model llama-3.1-8b --accelerator h100-sxm --batch 100000", "batch"),
        ("estimate --model llama-3.1-8b --accelerator h100-sxm --tp 1 --batch 5000", "does not fit"),
        ("estimate --accelerator h100-sxm", "--model"),
        ("list gpus", "gpus"),
        ("estimate --model /nonexistent/config.json --accelerator h20", "no such file"),
    ])
    func badInput(line: String, expected: String) throws {
        let result = try CLIRunner.run(line)
        #expect(result.status == 2, "\(line): status \(result.status)")
        #expect(result.stdout.isEmpty, "\(line)")
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(line): \(result.stderr)")
        #expect(result.stderr.contains(expected), "\(line): \(result.stderr)")
    }

    @Test("Malformed JSON in a user file: file and line, exit 2")
    func malformedFile() throws {
        let path = try CLIRunner.temporaryFile("{\n  \"model_type\": \"llama\",\n  \"hidden_size\": 4096,,\n}\n", name: "config.json")
        let result = try CLIRunner.run(["estimate", "--model", path, "--accelerator", "h20"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(path):3: malformed JSON"), "\(result.stderr)")
    }

    @Test("--spec-dir adds a user's accelerator; a config.json path works as --model")
    func userFiles() throws {
        let chip = """
            {"id": "lab-chip", "name": "Lab chip", "dense_flops_per_second": {"bf16": 4e14, "fp8": 8e14},
             "memory_bytes": 1.0e11, "memory_bytes_per_second": 2.5e12,
             "scale_up": {"name": "link", "bytes_per_second_per_direction": 2e11, "domain_size": 8},
             "scale_out": {"name": "nic", "bytes_per_second_per_direction": 2.5e10}}
            """
        let chipPath = try CLIRunner.temporaryFile(chip, name: "lab-chip.json")
        let folder = (chipPath as NSString).deletingLastPathComponent
        let result = try CLIRunner.run(["estimate", "--model", "qwen3-8b", "--accelerator", "lab-chip", "--spec-dir", folder])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("lab-chip"))
        let direct = try CLIRunner.run(["estimate", "--model", "qwen3-8b", "--accelerator", chipPath, "--format", "json"])
        #expect(direct.status == 0, "\(direct.stderr)")
    }
}

@Suite("infercap validate end to end")
struct ValidateEndToEndTests {
    @Test("validate prints the summaries and the skipped points; json has the same counts")
    func validate() throws {
        let text = try CLIRunner.run("validate --summary-only")
        #expect(text.status == 0, "\(text.stderr)")
        for heading in ["by accelerator and metric", "by metric (all points)", "by metric (held-out test split)", "overall", "replayed "] {
            #expect(text.stdout.contains(heading), "\(heading)")
        }
        let json = try CLIRunner.run("validate --format json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let rows = try #require(object["rows"] as? [[String: Any]])
        let skipped = try #require(object["skipped"] as? [[String: Any]])
        #expect(text.stdout.contains("replayed \(rows.count), skipped \(skipped.count)"))
        #expect(rows.allSatisfy { ($0["predicted"] as? Double ?? -1) > 0 })
        // csv: a header, then one line per replayed point and one per skipped point, with the
        // same ids and errors as json (before this test, csv printed the text table).
        let csv = try CLIRunner.run("validate --format csv")
        let lines = csv.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("point,model,accelerator,family,engine,mode,metric,split,measured,predicted,error,skip_reason") == true)
        #expect(lines.count == 1 + rows.count + skipped.count)
        let first = try #require(rows.first)
        let firstLine = try #require(lines.dropFirst().first)
        #expect(firstLine.hasPrefix("\(first["id"] as? String ?? "?"),"), "\(firstLine)")
        let fields = firstLine.split(separator: ",", omittingEmptySubsequences: false)
        let csvError = try #require(fields.count == 12 ? Double(String(fields[10])) : nil)
        #expect(abs(csvError - (first["error"] as? Double ?? .nan)) < 1e-12, "\(firstLine)")
    }

    @Test("A malformed reference file is refused with exit 2")
    func badReference() throws {
        let path = try CLIRunner.temporaryFile("{\"points\": [{\"id\": \"x\", \"metric\": \"speed\", \"value\": 1}]}", name: "ref.json")
        let result = try CLIRunner.run(["validate", "--reference", path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("not a known metric"), "\(result.stderr)")
    }
}

@Suite("infercap sweep end to end")
struct SweepEndToEndTests {
    @Test("sweep prints frontiers per accelerator and its timing line; json lists every frontier point")
    func sweep() throws {
        let text = try CLIRunner.run("sweep --model qwen3-8b --accelerators h20,h100-sxm --max-chips 4 --max-batch 64 --threads 1")
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("h20: ") && text.stdout.contains("h100-sxm: "))
        #expect(text.stdout.contains("points/s"))
        let json = try CLIRunner.run("sweep --model qwen3-8b --accelerators h20 --max-chips 2 --max-batch 16 --format json --tpot-slo-ms 30")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let frontier = try #require(object["frontier"] as? [[String: Any]])
        #expect(!frontier.isEmpty)
        #expect(frontier.allSatisfy { ($0["tpot_seconds"] as? Double ?? 1) <= 0.030 })
    }

    @Test("sweep takes the engine settings: --max-num-seqs caps every frontier point's batch, and the engine line says so")
    func engineSettings() throws {
        let line = "sweep --model qwen3-8b --accelerators h100-sxm --max-chips 2 --tpot-slo-ms 40 --threads 1 --format json"
        let capped = try CLIRunner.run(line + " --max-num-seqs 16")
        #expect(capped.status == 0, "\(capped.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(capped.stdout.utf8)) as? [String: Any])
        let frontier = try #require(object["frontier"] as? [[String: Any]])
        #expect(!frontier.isEmpty && frontier.allSatisfy { ($0["batch"] as? Int ?? 1000) <= 16 }, "\(frontier.map { $0["batch"] ?? "?" })")
        let free = try #require(try JSONSerialization.jsonObject(with: Data(CLIRunner.run(line).stdout.utf8)) as? [String: Any])
        #expect((free["frontier"] as? [[String: Any]] ?? []).contains { ($0["batch"] as? Int ?? 0) > 16 })
        let text = try CLIRunner.run("sweep --model qwen3-8b --accelerators h100-sxm --max-chips 1 --threads 1 --max-num-seqs 16")
        #expect(text.stdout.contains("settings overridden: max_num_seqs 16 per rank"), "\(text.stdout)")
    }

    @Test("Bad sweep input exits 2 with one line", arguments: [
        ("sweep --model qwen3-8b --max-num-seqs 0", "--max-num-seqs"),
        ("sweep --model qwen3-8b --accelerators h2o", "did you mean 'h20'"),
        ("sweep --model qwen3-8b --weight-dtypes fp6", "fp6"),
        ("sweep --model qwen3-8b --threads 0", "--threads"),
        ("sweep --model qwen3-8b --max-chips 0", "max chips"),
    ])
    func badInput(line: String, expected: String) throws {
        let result = try CLIRunner.run(line)
        #expect(result.status == 2, "\(line): \(result.status)")
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        #expect(result.stderr.contains(expected), "\(line): \(result.stderr)")
    }
}
