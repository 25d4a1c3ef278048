import Foundation
import Testing
@testable import InferCap

/// The scenario suite: files are checked field by field, and every bundled scenario answers.
@Suite("Scenario benchmark suite")
struct ScenarioTests {
    /// A valid estimate scenario; tests change one field of it.
    static func scenario(_ edit: (inout [String: Any]) -> Void = { _ in }) throws -> String {
        var fields: [String: Any] = [
            "id": "test-estimate", "description": "a test", "question": "how fast?", "source": "the test",
            "kind": "estimate", "model": "llama-3.1-8b", "accelerators": ["h20"],
            "workload": ["input_tokens": 512, "output_tokens": 128, "source": "small for debug builds"],
            "slo": ["tpot_ms": 50, "source": "20 tokens/s per user"],
        ]
        edit(&fields)
        let data = try JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys])
        return try Fixtures.temporaryFile(String(decoding: data, as: UTF8.self), name: "scenario.json")
    }

    /// The one-line message a loader error gives, or nil when the file loads.
    static func loadError(_ path: String) -> String? {
        do {
            _ = try Scenario(contentsOfFile: path, catalog: Fixtures.catalog)
            return nil
        } catch {
            return error.description
        }
    }

    @Test("a valid file loads with its numbers")
    func loads() throws {
        let scenario = try Scenario(contentsOfFile: try Self.scenario(), catalog: Fixtures.catalog)
        #expect(scenario.kind == .estimate && scenario.inputTokens == 512 && scenario.outputTokens == 128)
        #expect(scenario.slo.tpotSeconds == 0.05 && scenario.slo.ttftSeconds == nil)
    }

    @Test("a missing field is named with its file")
    func missingField() throws {
        let path = try Self.scenario { $0["question"] = nil }
        let message = try #require(Self.loadError(path))
        #expect(message.contains(path) && message.contains("question"), "\(message)")
        let source = try #require(Self.loadError(try Self.scenario { $0["workload"] = ["input_tokens": 512, "output_tokens": 128] }))
        #expect(source.contains("workload.source"), "\(source)")
    }

    @Test("unknown model and accelerator names are refused with the closest known name")
    func unknownNames() throws {
        let model = try #require(Self.loadError(try Self.scenario { $0["model"] = "llama-3.1-8bb" }))
        #expect(model.contains("model") && model.contains("did you mean 'llama-3.1-8b'"), "\(model)")
        let chip = try #require(Self.loadError(try Self.scenario { $0["accelerators"] = ["h2O"] }))
        #expect(chip.contains("accelerators[0]") && chip.contains("did you mean 'h20'"), "\(chip)")
    }

    @Test("a bad kind lists the kinds; a kind's accelerator count is checked")
    func badKind() throws {
        let kind = try #require(Self.loadError(try Self.scenario { $0["kind"] = "estimat" }))
        #expect(kind.contains("kind") && kind.contains("did you mean 'estimate'") && kind.contains("fleet-capacity"), "\(kind)")
        let compare = try #require(Self.loadError(try Self.scenario { $0["kind"] = "compare" }))
        #expect(compare.contains("two to sixteen accelerators"), "\(compare)")
        let sweep = try #require(Self.loadError(try Self.scenario { $0["kind"] = "sweep" }))
        #expect(sweep.contains("sweep"), "\(sweep)")
    }

    @Test("a folder refuses duplicate ids and unknown selections")
    func suite() throws {
        let first = try Self.scenario()
        let folder = (first as NSString).deletingLastPathComponent
        try FileManager.default.copyItem(atPath: first, toPath: (folder as NSString).appendingPathComponent("copy.json"))
        do {
            _ = try ScenarioSuite(directory: folder, catalog: Fixtures.catalog)
            Issue.record("duplicate ids were accepted")
        } catch {
            #expect(error.description.contains("already the id"), "\(error)")
        }
        let bundled = try ScenarioSuite.bundled(catalog: Fixtures.catalog)
        do {
            _ = try bundled.selecting(["r1-chat-h2O"])
            Issue.record("an unknown scenario id was accepted")
        } catch {
            #expect(error.description.contains("r1-chat-h20"), "\(error)")
        }
    }

    @Test("every bundled scenario answers with finite positive figures, and names what the issue asks for")
    func bundledRuns() throws {
        let suite = try ScenarioSuite.bundled(catalog: Fixtures.catalog)
        let results = try suite.run(in: Fixtures.catalog, threads: 2)
        #expect(results.count == suite.scenarios.count)
        for result in results {
            let figures = [result.headline] + result.details
            #expect(figures.allSatisfy { $0.value.isFinite && $0.value > 0 }, "\(result.scenario.id): \(figures)")
            #expect(result.wallTime > .zero)
        }
        let models = Set(suite.scenarios.map(\.model)), chips = Set(suite.scenarios.flatMap(\.accelerators))
        #expect(models.isSuperset(of: ["deepseek-r1", "qwen3-235b-a22b", "llama-3.1-70b"]))
        #expect(chips.isSuperset(of: ["h20", "h100-sxm", "h800", "h200", "ascend-910b-376t", "ascend-910c"]))
        #expect(Set(suite.scenarios.map(\.kind)) == Set(Scenario.Kind.allCases))
    }
}
