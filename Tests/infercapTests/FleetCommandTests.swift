import Foundation
import Testing

/// `infercap fleet` end to end: the three questions, formats and refusals.
@Suite("infercap fleet end to end")
struct FleetCommandTests {
    @Test("fleet size: each type alone and the best mix; json carries the same plans")
    func size() throws {
        let table = try CLIRunner.run("fleet size --model llama-3.1-8b --accelerators h20,h100-sxm --requests-per-second 50")
        #expect(table.status == 0, "\(table.stderr)")
        for label in ["h20 alone", "h100-sxm alone", "best mix", "decode", "prefill"] { #expect(table.stdout.contains(label), "\(label)") }
        let json = try CLIRunner.run("fleet size --model llama-3.1-8b --accelerators h20,h100-sxm --requests-per-second 50 --format json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let mix = try #require(object["best_mix"] as? [String: Any])
        let alone = try #require(object["alone"] as? [[String: Any]])
        #expect(alone.count == 2)
        let mixCost = try #require(mix["annual_cost_usd"] as? Double)
        #expect(alone.allSatisfy { ($0["annual_cost_usd"] as? Double ?? 0) >= mixCost })
        for key in ["chips", "capex_usd", "opex_usd_per_year", "usd_per_million_output_tokens", "megawatts", "pools", "proven_optimal"] {
            #expect(mix[key] != nil, "\(key)")
        }
    }

    @Test("fleet size takes the engine settings: --max-num-seqs 16 caps every pool's batch, costs more chips, and the notes say so")
    func engineSettings() throws {
        let line = "fleet size --model llama-3.1-8b --accelerators h100-sxm --tokens-per-day 1e10 --serving aggregated --format json"
        func plan(_ extra: String) throws -> (chips: Int, batches: [Int], notes: [String]) {
            let result = try CLIRunner.run(line + extra)
            #expect(result.status == 0, "\(result.stderr)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            let mix = try #require(object["best_mix"] as? [String: Any])
            let pools = try #require(mix["pools"] as? [[String: Any]])
            let batches = pools.compactMap { ($0["option"] as? [String: Any])?["batch"] as? Int }
            return (try #require(mix["chips"] as? Int), batches, mix["notes"] as? [String] ?? [])
        }
        let free = try plan("")
        let capped = try plan(" --max-num-seqs 16")
        #expect(!capped.batches.isEmpty && capped.batches.allSatisfy { $0 <= 16 }, "\(capped.batches)")
        #expect(free.batches.contains { $0 > 16 } && capped.chips > free.chips, "\(free.chips) -> \(capped.chips)")
        #expect(capped.notes.contains { $0.hasSuffix("settings overridden: max_num_seqs 16 per rank") }, "\(capped.notes)")
        let bad = try CLIRunner.run(line + " --cuda-graph-max-bs 0")
        #expect(bad.status == 2 && bad.stderr.contains("--cuda-graph-max-bs"), "\(bad.stderr)")
    }

    @Test("fleet size from tokens per day and a distribution file")
    func tokensPerDay() throws {
        let file = try CLIRunner.temporaryFile("input,output\n1000,200\n3000,400\n500,100\n8000,900\n", name: "requests.csv")
        let result = try CLIRunner.run([
            "fleet", "size", "--model", "qwen3-30b-a3b", "--accelerators", "h20", "--tokens-per-day", "1e10", "--peak-to-average", "2",
            "--requests-file", file, "--prefix-cache-hit-rate", "0.3", "--format", "markdown",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("| h20 alone |"))
    }

    @Test("--requests-file reads standard input (- and /dev/stdin) and a pipe from <(...)", arguments: ["-", "/dev/stdin", "<(...)"])
    func requestsFromAPipe(source: String) throws {
        let requests = "# pairs\r\ninput,output\r\n1000,200\r\n3000,400\r\n"
        let flags = ["fleet", "size", "--model", "llama-3.1-8b", "--accelerators", "h20", "--requests-per-second", "10", "--format", "json"]
        let file = try CLIRunner.temporaryFile(requests, name: "requests.csv")
        let fromFile = try CLIRunner.run(flags + ["--requests-file", file])
        let result = source == "<(...)"
            ? try CLIRunner.run(
                ["-c", "binary=$1 file=$2; shift 2; \"$binary\" \"$@\" --requests-file <(cat \"$file\")", "bash", CLIRunner.binary.path, file] + flags,
                binary: URL(fileURLWithPath: "/bin/bash"))
            : try CLIRunner.run(flags + ["--requests-file", source], input: requests)
        #expect(result.status == 0 && fromFile.status == 0, "\(result.stderr)")
        #expect(result.stdout == fromFile.stdout)
    }

    @Test("fleet capacity: a stockpile's largest demand, with roles")
    func capacity() throws {
        let result = try CLIRunner.run("fleet capacity --model llama-3.1-70b --stockpile h20=512,h100-sxm=64 --format json")
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect((object["requests_per_second"] as? Double ?? 0) > 0)
        #expect((object["chips"] as? Int ?? 0) <= 576)
        #expect((object["concurrent_users"] as? Double ?? 0) > 0)
        #expect((object["tokens_per_day"] as? Double ?? 0) > 0)
    }

    @Test("fleet claims prints both ratios and the stockpile time for each model")
    func claims() throws {
        let result = try CLIRunner.run("fleet claims --models llama-3.1-8b --stockpile-chips 10000")
        #expect(result.status == 0, "\(result.stderr)")
        for text in ["h20 / h100-sxm", "ascend-910b-376t / h20", "50%", "80%", "10,000", "vllm-ascend / sglang", "leave-one-campaign-out", "NVIDIA on trtllm"] {
            #expect(result.stdout.contains(text), "\(text)")
        }
    }

    @Test("A repeated --stockpile adds to the stockpile instead of replacing it")
    func repeatedStockpile() throws {
        let once = try CLIRunner.run("fleet capacity --model llama-3.1-8b --stockpile h100-sxm=100,h20=50 --format json")
        let twice = try CLIRunner.run("fleet capacity --model llama-3.1-8b --stockpile h100-sxm=100 --stockpile h20=50 --format json")
        #expect(once.status == 0 && twice.status == 0, "\(twice.stderr)")
        #expect(once.stdout == twice.stdout)
    }

    @Test("fleet claims rates each chip with the engine given, and names a bad engine or pair")
    func claimsEngines() throws {
        let result = try CLIRunner.run("fleet claims --models llama-3.1-8b --stockpile-chips 1000 --engines ascend-910b-376t=mindie,h20=sglang --format json")
        #expect(result.status == 0, "\(result.stderr)")
        let ratios = try #require((try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])?["ratios"] as? [[String: Any]])
        let ascend = try #require(ratios.first { $0["numerator"] as? String == "ascend-910b-376t" })
        #expect(ascend["numerator_engine"] as? String == "mindie")
        #expect(ascend["denominator_engine"] as? String == "sglang")
        let fleet = try #require(ascend["fleet"] as? Double)
        let low = try #require(ascend["band_low"] as? Double), high = try #require(ascend["band_high"] as? Double)
        #expect(low < fleet && fleet < high)
        for (line, message) in [("--engines h20", "id=name"), ("--engines h20=nope", "nope")] {
            let bad = try CLIRunner.run("fleet claims --models llama-3.1-8b \(line)")
            #expect(bad.status == 2 && bad.stderr.contains(message), "\(line): \(bad.stderr)")
        }
    }

    @Test("fleet refusals print one line and exit 2", arguments: [
        ("fleet size --accelerators h20", "--requests-per-second"),
        ("fleet size --accelerators l20 --requests-per-second 10 --model llama-3.1-8b", "--price l20="),
        ("fleet size --accelerators h2O --requests-per-second 10", "did you mean"),
        ("fleet capacity --stockpile h20=lots", "id=number"),
        ("fleet capacity --stockpile h20=4", "too few chips"),
        ("fleet capacity --stockpile h100-sxm=100 --stockpile h100-sxm=5", "names h100-sxm twice (100 and 5)"),
        ("fleet size --accelerators h100-sxm --requests-per-second 10 --available h100-sxm=5,h100-sxm=600", "names h100-sxm twice"),
        ("sweep --model llama-3.1-8b --accelerators ,", "names no accelerator"),
        ("fleet size --accelerators h20 --requests-per-second 10 --price h100-sxm=1", "not among the accelerators"),
        ("fleet size --accelerators h20 --requests-per-second 10 --ttft-percentile 20", "percentile"),
        ("fleet size --accelerators h20 --requests-per-second 10 --prefix-cache-hit-rate 1", "prefix cache"),
        ("fleet size --accelerators h20 --requests-per-second 1e7 --available h20=64", "exceeds"),
        ("fleet size --accelerators h20 --requests-per-second 1e9 --available h20=64", "beyond any physical fleet"),
        ("fleet size --accelerators h20 --requests-per-second 10 --time-limit 0", "--time-limit must be seconds above 0 and at most 3600, got 0"),
        ("fleet size --accelerators h20 --requests-per-second 10 --time-limit=-1", "--time-limit must be seconds above 0 and at most 3600, got -1"),
        ("fleet size --accelerators h20 --requests-per-second 10 --time-limit -1", "--time-limit"),
        ("fleet size --accelerators h20 --requests-per-second 10 --time-limit nan", "got nan"),
        ("fleet capacity --stockpile h20=100 --time-limit 3601", "--time-limit must be seconds above 0 and at most 3600, got 3601"),
        ("fleet claims --models llama-3.1-8b --time-limit 0", "--time-limit must be seconds above 0 and at most 3600, got 0"),
    ])
    func refusals(line: String, message: String) throws {
        let result = try CLIRunner.run(line)
        #expect(result.status == 2, "\(line): \(result.stdout)")
        #expect(result.stderr.contains(message), "\(line): \(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1, "\(line): \(result.stderr)")
    }

    @Test("--write-lp (hidden from help) writes each sizing program in LP format and solves each alone")
    func writeLP() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("infercap-lp-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let result = try CLIRunner.run("fleet size --model llama-3.1-8b --accelerators h20,h100-sxm --requests-per-second 50 --write-lp \(folder)")
        #expect(result.status == 0, "\(result.stderr)")
        // One line per program: path, objective (yearly US dollars), relaxations, seconds.
        let lines = result.stdout.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        #expect(lines.map(\.[0]) == ["h20-alone.lp", "h100-sxm-alone.lp", "best-mix.lp"].map { "\(folder)/\($0)" })
        #expect(lines.allSatisfy { $0.count == 4 && Double($0[1])! > 0 && Int($0[2])! >= 1 && Double($0[3])! >= 0 })
        #expect(Double(lines[2][1])! <= min(Double(lines[0][1])!, Double(lines[1][1])!))
        let mix = try String(contentsOfFile: "\(folder)/best-mix.lp", encoding: .utf8)
        #expect(mix.hasPrefix("\\ infercap fleet size: llama-3.1-8b, best mix\nMinimize\n obj: "))
        #expect(mix.contains("\nSubject To\n c0: ") && mix.contains("\nGeneral\n x0 ") && mix.hasSuffix("\nEnd\n"))
        let help = try CLIRunner.run("fleet size --help")
        #expect(help.stdout.contains("--time-limit") && !help.stdout.contains("--write-lp"))
    }
}
