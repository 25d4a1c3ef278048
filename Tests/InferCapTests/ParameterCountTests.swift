import Testing
@testable import InferCap

@Suite("Parameter counts match the published sizes")
struct ParameterCountTests {
    @Test("Total parameters", arguments: [
        ("llama-3.1-8b", 8.03e9, 0.005),
        ("llama-3.1-70b", 70.6e9, 0.005),
        ("llama-3.1-405b", 405e9, 0.01),
        ("deepseek-v3", 671e9, 0.005),
        ("deepseek-r1", 671e9, 0.005),
        ("qwen3-235b-a22b", 235e9, 0.01),
        ("mixtral-8x7b", 46.7e9, 0.01),
        ("qwen2.5-72b", 72.7e9, 0.01),
    ])
    func total(id: String, published: Double, tolerance: Double) throws {
        let model = try Fixtures.model(id)
        #expect(model.totalParameters.isClose(to: published, relative: tolerance), "\(id): \(model.totalParameters)")
    }

    /// Active counts exclude the input embedding (a lookup, not a product). Vendors differ: OpenAI
    /// and Qwen3.5 count as infercap does; Qwen3 and Mistral count the embedding in (Qwen3-30B-A3B
    /// 3.3B published, 3.04B here), so the bound is the 10%. Qwen3-Next's "3B" is its name's
    /// rounding: the config gives 3.56B products per token (the same family's Qwen3.5-35B-A3B gives 2.95B).
    @Test("Active parameters of MoE models", arguments: [
        ("deepseek-r1", 37e9, 0.03),
        ("qwen3-235b-a22b", 22e9, 0.03),
        ("qwen3-30b-a3b", 3.3e9, 0.1),
        ("mixtral-8x7b", 12.9e9, 0.02),
        ("deepseek-v4-flash", 13e9, 0.1),
        ("deepseek-v4-pro", 49e9, 0.1),
        ("qwen3.5-397b-a17b", 17e9, 0.1),
        ("qwen3.5-122b-a10b", 10e9, 0.1),
        ("qwen3.5-35b-a3b", 3e9, 0.1),
        ("qwen3-next-80b-a3b", 3e9, 0.2),
        ("glm-5", 40e9, 0.1),
        ("kimi-k2.5", 32e9, 0.1),
        ("minimax-m2.5", 10e9, 0.1),
        ("gpt-oss-120b", 5.1e9, 0.1),
        ("gpt-oss-20b", 3.6e9, 0.1),
        ("llama-4-scout", 17e9, 0.1),
        ("llama-4-maverick", 17e9, 0.1),
        ("gemma-4-26b-a4b", 3.8e9, 0.1),
        ("nemotron-3-super-120b-a12b", 12e9, 0.1),
    ])
    func active(id: String, published: Double, tolerance: Double) throws {
        let model = try Fixtures.model(id)
        #expect(model.activeParameters.isClose(to: published, relative: tolerance), "\(id): \(model.activeParameters)")
    }

    @Test("Every catalog entry with a published size is within 2% of it")
    func catalogAgreesWithIndex() {
        for entry in Fixtures.catalog.models {
            guard let published = entry.publishedParameters else { continue }
            // Llama-2-70B is marketed as "70B" for 68.98B parameters; Kimi K2 and K2.5 as "1T" for 1.026T; the
            // 2026 models are held to 3% (the bound: published totals are rounded, DeepSeek-V3.2's 685B
            // counts its MTP module).
            let older = ["llama-3.1-8b", "llama-3.1-70b", "llama-3.3-70b", "llama-3.1-405b", "qwen2.5-72b", "qwen3-8b", "qwen3-32b",
                         "qwen3-30b-a3b", "qwen3-235b-a22b", "mixtral-8x7b", "deepseek-v3", "deepseek-r1"]
            let tolerance = older.contains(entry.id) ? 0.02 : 0.03
            #expect(entry.architecture.totalParameters.isClose(to: published, relative: tolerance), "\(entry.id)")
        }
    }

    @Test("DeepSeek-V3 layer pattern: 3 dense layers, 58 MoE layers")
    func deepSeekLayers() throws {
        let model = try Fixtures.model("deepseek-v3")
        #expect(model.denseLayerCount == 3)
        #expect(model.moeLayerCount == 58)
        #expect(model.moe?.sharedIntermediateSize == 2048)
    }
}
