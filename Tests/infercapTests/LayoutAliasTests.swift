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
