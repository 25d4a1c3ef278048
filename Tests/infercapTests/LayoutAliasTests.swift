import Foundation
import Testing

/// vLLM's long flag names set the same layout and KV precision as infercap's short ones.
@Suite("vLLM-style flag aliases")
struct LayoutAliasTests {
    static func layout(_ line: String) throws -> [String: Any] {
        let result = try CLIRunner.run(line + " --format json")
        #expect(result.status == 0, "\(line): \(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        return try #require(object["parallelism"] as? [String: Any])
    }

    @Test("--tensor-parallel-size, --data-parallel-size and --enable-expert-parallel give the layout --tp/--dp/--ep give")
    func aliases() throws {
        let base = "estimate --model qwen3-30b-a3b --accelerator h100-sxm --batch 8"
        let long = try Self.layout(base + " --tensor-parallel-size 2 --data-parallel-size 2 --enable-expert-parallel --kv-cache-dtype fp8")
        let short = try Self.layout(base + " --tp 2 --dp 2 --ep 4 --kv-dtype fp8")
        for key in ["tp", "pp", "ep", "dp"] { #expect(long[key] as? Int == short[key] as? Int, "\(key)") }
        #expect(long["ep"] as? Int == 4)
        let both = try CLIRunner.run(base + " --tp 2 --ep 2 --enable-expert-parallel")
        #expect(both.status == 2 && both.stderr.contains("not both"), "\(both.stderr)")
    }
}

/// vLLM's engine arguments on estimate, compare and simulate replace the engine profile's values.
@Suite("Engine setting flags")
struct EngineSettingFlagTests {
    static func json(_ line: String) throws -> [String: Any] {
        let result = try CLIRunner.run(line + " --format json")
        #expect(result.status == 0, "\(line): \(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    static func number(_ object: [String: Any], _ group: String, _ key: String) -> Double {
        ((object[group] as? [String: Any])?[key] as? NSNumber)?.doubleValue ?? .nan
    }

    @Test("--max-num-seqs 8 lowers max-load throughput; --gpu-memory-utilization 0.5 lowers the KV capacity")
    func estimate() throws {
        let base = "estimate --model llama-3.1-8b --accelerator h100-sxm --tp 1 --engine vllm"
        let plain = try Self.json(base)
        let capped = try Self.json(base + " --max-num-seqs 8")
        #expect(capped["batch"] as? Int == 8)
        #expect(Self.number(capped, "serving", "output_tokens_per_second_per_chip") < Self.number(plain, "serving", "output_tokens_per_second_per_chip"))
        #expect((capped["notes"] as? [String])?.contains("engine settings overridden: max_num_seqs 8 per rank") == true)
        let half = try Self.json(base + " --gpu-memory-utilization 0.5")
        #expect(Self.number(half, "memory", "kv_capacity_bytes_per_chip") < Self.number(plain, "memory", "kv_capacity_bytes_per_chip"))
    }

    @Test("compare and simulate take the flags too")
    func otherCommands() throws {
        let compare = try CLIRunner.run("compare --model llama-3.1-8b --accelerators h100-sxm --tpot-slo-ms 50 --max-num-seqs 8")
        #expect(compare.status == 0, "\(compare.stderr)")
        #expect(compare.stdout.contains("note: h100-sxm: engine settings overridden: max_num_seqs 8 per rank"))
        let simulate = try CLIRunner.run("simulate --model llama-3.1-8b --accelerator h100-sxm --tp 1 --num-prompts 40 --max-num-seqs 4 --format json")
        #expect(simulate.status == 0, "\(simulate.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(simulate.stdout.utf8)) as? [String: Any])
        #expect(((object["mean_decode_batch"] as? NSNumber)?.doubleValue ?? 99) <= 4)
    }

    @Test("A memory fraction outside (0, 1] is refused with one line and status 2", arguments: ["0", "1.5", "-0.2", "nan"])
    func refused(value: String) throws {
        let result = try CLIRunner.run(["estimate", "--model", "llama-3.1-8b", "--accelerator", "h100-sxm", "--gpu-memory-utilization=\(value)"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("error: invalid gpu_memory_utilization '"))
        #expect(result.stderr.hasSuffix("'; give a fraction of device memory in (0, 1], e.g. 0.9 (--gpu-memory-utilization)\n"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }
}
