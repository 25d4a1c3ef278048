import Foundation
import Testing

/// `infercap simulate` end to end: vLLM's flags in, vLLM's result keys out, refusals in one line.
@Suite("infercap simulate end to end")
struct SimulateCommandTests {
    @Test("simulate prints vllm bench serve's metrics; json carries vLLM's keys and the goodput")
    func metrics() throws {
        let table = try CLIRunner.run("simulate --model llama-3.1-8b --accelerator h100-sxm --tp 1 --request-rate 4 --num-prompts 200")
        #expect(table.status == 0, "\(table.stderr)")
        for label in ["Successful requests", "Request throughput (req/s)", "Median TTFT (ms)", "P99 ITL (ms)"] {
            #expect(table.stdout.contains(label), "\(label)")
        }
        let json = try CLIRunner.run(
            "simulate --model llama-3.1-8b --accelerator h100-sxm --tp 1 --request-rate inf --max-concurrency 16 --num-prompts 64 --random-input-len 512 --random-output-len 128 --tpot-slo-ms 50 --format json")
        #expect(json.status == 0, "\(json.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        for key in ["request_throughput", "output_throughput", "mean_ttft_ms", "median_ttft_ms", "p99_ttft_ms", "mean_tpot_ms", "mean_itl_ms", "mean_e2el_ms", "request_goodput"] {
            #expect(object[key] as? Double != nil, "\(key)")
        }
        #expect(object["completed"] as? Int == 64)
        #expect(object["total_input_tokens"] as? Int == 64 * 512)
    }

    @Test("simulate refusals print one line and exit 2", arguments: [
        ("simulate --model llama-3.1-8b --accelerator h100-sxm --tp 1 --request-rate fast", "--request-rate"),
        ("simulate --model llama-3.1-8b --accelerator h100-sxm --tp 1 --num-prompts 4 --max-concurrency 5", "exceeds the 4 requests"),
        ("simulate --model llama-3.1-8b --accelerator h100-sxm --tp 1 --burstiness -1", "burstiness"),
        ("simulate --model llama-3.1-8b --accelerator h100-sxm --tp 1 --random-input-len 0", "input/output tokens"),
        ("simulate --model llama-3.1-8b --accelerator h100-sxm --tp 1 --decode-instances 2", "--prefill-tp"),
        ("simulate --model llama-3.1-8b --accelerator h100-sxm --tp 1 --prefill-tp 0", "--prefill-tp must be at least 1"),
        ("simulate --model deepseek-r1 --accelerator h200 --tp 8 --prefill-tp 1 --num-prompts 10", "does not fit: the prefill instance (tp=1"),
        ("simulate --model llama-3.1-8b --accelerator h100-sxm --tp 1 --prefill-tp 1 --decode-instances 100000", "at most 256 instances"),
    ])
    func refusals(line: String, message: String) throws {
        let result = try CLIRunner.run(line)
        #expect(result.status == 2, "\(line): \(result.stdout)")
        #expect(result.stderr.contains(message), "\(line): \(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1, "\(line): \(result.stderr)")
    }

    @Test("--prefill-tp simulates a prefill/decode pair and names it, with its KV transfer time")
    func disaggregated() throws {
        let line = "simulate --model llama-3.1-8b --accelerator h100-sxm --tp 1 --prefill-tp 2 --decode-instances 2 --request-rate 4 --num-prompts 100"
        let result = try CLIRunner.run(line)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("disaggregated: 1 prefill instance (tp=2 pp=1 ep=1 dp=1) -> 2 decode instances (tp=1 pp=1 ep=1 dp=1); KV of a 1024-token prompt (the mean) moves in"), "\(result.stdout)")
        let completed = result.stdout.split(separator: "\n").first { $0.hasPrefix("Successful requests") }
        #expect(completed?.split(separator: " ").last == "100", "\(result.stdout)")
    }

    @Test("--trace - replays a JSON Lines trace piped to standard input; a folder is refused in one line")
    func traceFromStandardInput() throws {
        let trace = "{\"timestamp\": 0, \"input_length\": 300, \"output_length\": 40}\n{\"timestamp\": 500, \"input_length\": 200, \"output_length\": 30}\n"
        let result = try CLIRunner.run(
            ["simulate", "--model", "llama-3.1-8b", "--accelerator", "h100-sxm", "--trace", "-", "--format", "json"], input: trace)
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["completed"] as? Int == 2)
        #expect(object["total_input_tokens"] as? Int == 500)
        let folder = FileManager.default.temporaryDirectory.path
        let refused = try CLIRunner.run(["simulate", "--model", "llama-3.1-8b", "--accelerator", "h100-sxm", "--trace", folder])
        #expect(refused.status == 2)
        #expect(refused.stderr == "error: cannot read \(folder): is a directory, expected a trace file\n")
    }
}
