import Testing
@testable import InferCap

@Suite("Bad input is refused with a clear error")
struct ErrorTests {
    @Test("Unknown names suggest the closest")
    func unknownNames() {
        #expect(throws: InferCapError.unknownName(kind: "accelerator", name: "h2o", suggestion: "h20", known: Fixtures.catalog.accelerators.map(\.id))) {
            try Fixtures.catalog.accelerator(named: "h2o")
        }
        do {
            _ = try Fixtures.catalog.model(named: "deepseek-r2")
            Issue.record("expected an error")
        } catch {
            guard case let .unknownName(kind, _, suggestion, _) = error else { Issue.record("\(error)"); return }
            #expect(kind == "model")
            #expect(suggestion == "deepseek-r1" || suggestion == "deepseek-v3")
            #expect(error.description.contains("did you mean"))
        }
    }

    @Test("A message stays on one line whatever the input held: line breaks and control characters are escaped")
    func oneLine() {
        let error = InferCapError.unknownName(kind: "model", name: "llama\n3\u{0C}\u{2028}", suggestion: nil, known: ["a"])
        #expect(error.description == "unknown model 'llama\\n3\\u{0C}\\u{2028}' (known: a)")
        #expect(InferCapError.unreadableFile(path: "r.csv", reason: "café, naïve").description == "cannot read r.csv: café, naïve")
    }

    @Test("Malformed JSON names the file and the line")
    func malformedJSON() throws {
        let path = try Fixtures.temporaryFile("{\n  \"model_type\": \"llama\",\n  \"hidden_size\": ,\n}\n", name: "config.json")
        do {
            _ = try Fixtures.catalog.model(named: path)
            Issue.record("expected an error")
        } catch let InferCapError.malformedJSON(file, line, _) {
            #expect(file == path)
            #expect(line == 3)
        }
    }

    @Test("Impossible configs and absurd values", arguments: [
        ("{\"model_type\": \"gpt2\", \"hidden_size\": 8}", "not supported"),
        ("{\"model_type\": \"llama\", \"hidden_size\": 4096, \"num_hidden_layers\": 32, \"num_attention_heads\": 32, \"num_key_value_heads\": 5, \"vocab_size\": 1000, \"intermediate_size\": 100}", "does not divide"),
        ("{\"model_type\": \"mixtral\", \"hidden_size\": 4096, \"num_hidden_layers\": 32, \"num_attention_heads\": 32, \"num_local_experts\": 8, \"num_experts_per_tok\": 9, \"vocab_size\": 1000, \"intermediate_size\": 100}", "more than the 8 experts"),
        ("{\"model_type\": \"llama\", \"hidden_size\": -5, \"num_hidden_layers\": 32, \"num_attention_heads\": 32, \"vocab_size\": 1000}", "hidden_size"),
        ("{\"model_type\": \"llama\", \"hidden_size\": \"4096\", \"num_hidden_layers\": 32, \"num_attention_heads\": 32, \"vocab_size\": 1000}", "expected a number"),
    ])
    func badConfigs(text: String, expected: String) throws {
        let path = try Fixtures.temporaryFile(text, name: "config.json")
        do {
            _ = try Fixtures.catalog.model(named: path)
            Issue.record("expected an error for \(text)")
        } catch {
            #expect(error.description.contains(expected), "\(error.description)")
        }
    }

    @Test("A bandwidth typed in TB/s is caught as a unit error")
    func unitMistake() throws {
        let text = """
            {"id": "x1", "name": "X1", "dense_flops_per_second": {"bf16": 1e15}, "memory_bytes": 8.6e10,
             "memory_bytes_per_second": 3.35, "scale_up": {"bytes_per_second_per_direction": 4.5e11, "domain_size": 8},
             "scale_out": {"bytes_per_second_per_direction": 5e10}}
            """
        let path = try Fixtures.temporaryFile(text)
        do {
            _ = try Fixtures.catalog.accelerator(named: path)
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("memory_bytes_per_second"))
            #expect(error.description.contains("TB/s"))
        }
    }

    @Test("Impossible parallelism is refused with the valid choices")
    func impossibleParallelism() throws {
        let model = try Fixtures.model("llama-3.1-70b")
        for layout in [Parallelism(tp: 3), Parallelism(tp: 1, ep: 2), Parallelism(pp: 81), Parallelism(tp: 0)] {
            #expect(throws: InferCapError.self) { try Estimator(model: model, deployment: Fixtures.deployment("h100-sxm", layout)) }
        }
        let moe = try Fixtures.model("deepseek-v3")
        #expect(throws: InferCapError.self) {
            try Estimator(model: moe, deployment: Fixtures.deployment("h800", Parallelism(tp: 8, ep: 3), weights: .fp8))
        }
    }

    @Test("A model that does not fit says by how much")
    func doesNotFit() throws {
        do {
            _ = try Fixtures.estimator("llama-3.1-70b", on: "h100-sxm").estimate(Workload())
            Issue.record("expected an error")
        } catch let InferCapError.doesNotFit(_, shortfall, _) {
            // 141 GB of bf16 weights against 77 GB usable: about 64 GB short, plus workspace and KV.
            #expect(shortfall > 60e9 && shortfall < 80e9)
        }
    }

    @Test("Precisions the chip lacks are refused with the alternatives")
    func unsupportedPrecision() throws {
        #expect(throws: InferCapError.unsupportedPrecision(accelerator: "ascend-910b-376t", dtype: "fp8", fix: "use --weight-dtype bf16|int8|int4|mxfp4")) {
            try Fixtures.estimator("qwen3-8b", on: "ascend-910b-376t", weights: .fp8)
        }
    }

    @Test("Absurd workloads are refused")
    func absurdWorkloads() throws {
        let estimator = try Fixtures.estimator("llama-3.1-8b", on: "h100-sxm")
        for workload in [Workload(inputTokens: 0), Workload(outputTokens: -3), Workload(batch: 0), Workload(slo: LatencySLO(tpotSeconds: -1)),
                         Workload(slo: LatencySLO(tpotSeconds: .nan)), Workload(batch: 100_000)] {
            #expect(throws: InferCapError.self) { try estimator.estimate(workload) }
        }
        #expect(throws: InferCapError.self) { try estimator.estimate(Workload(slo: LatencySLO(tpotSeconds: 0.0001))) }
    }
}
