import Testing
@testable import InferCap

/// Multi-token-prediction speculative decoding: the expected-token formula, where it pays, and
/// the errors for configurations that cannot run.
@Suite("Speculative decoding (MTP)")
struct SpeculativeDecodingTests {
    func estimator(_ speculative: SpeculativeDecoding?, model: String = "deepseek-r1") throws -> Estimator {
        var deployment = try Fixtures.deployment("h200", Parallelism(tp: 8), weights: .fp8)
        deployment.speculative = speculative
        return try Estimator(model: try Fixtures.model(model), deployment: deployment)
    }

    @Test("Tokens per iteration: 1 + a + ... + a^k")
    func expectedTokens() {
        #expect(SpeculativeDecoding(draftTokens: 1, acceptanceRate: 0.7).expectedTokensPerIteration.isClose(to: 1.7, relative: 1e-12))
        #expect(SpeculativeDecoding(draftTokens: 2, acceptanceRate: 0.5).expectedTokensPerIteration.isClose(to: 1.75, relative: 1e-12))
        #expect(SpeculativeDecoding(draftTokens: 3, acceptanceRate: 0).expectedTokensPerIteration == 1)
        #expect(SpeculativeDecoding(draftTokens: 3, acceptanceRate: 1).expectedTokensPerIteration == 4)
    }

    /// Decode at small batch reads the weights once per step whatever the tokens per sequence,
    /// so verifying 2 tokens costs little more than decoding 1: per token, MTP at 85% acceptance
    /// must be well over 1.3x faster; at 0% acceptance it is pure overhead.
    @Test("MTP pays at small batch and costs when nothing is accepted")
    func gainAndOverhead() throws {
        let plain = try estimator(nil).decodeStepSeconds(batch: 1, contextTokens: 2048)
        let mtp = try estimator(SpeculativeDecoding(draftTokens: 1)).decodeStepSeconds(batch: 1, contextTokens: 2048)
        let rejected = try estimator(SpeculativeDecoding(draftTokens: 1, acceptanceRate: 0)).decodeStepSeconds(batch: 1, contextTokens: 2048)
        #expect(plain / mtp > 1.3 && plain / mtp < 1.85, "gain \(plain / mtp)")
        #expect(rejected > plain)
        // More acceptance is never slower.
        var last = Double.infinity
        for rate in stride(from: 0.0, through: 1.0, by: 0.1) {
            let step = try estimator(SpeculativeDecoding(draftTokens: 2, acceptanceRate: rate)).decodeStepSeconds(batch: 16, contextTokens: 2048)
            #expect(step <= last)
            last = step
        }
    }

    /// A verify step's attention reads each sequence's KV once, not once per verified token.
    @Test("Verify step: attention KV bytes per sequence, FLOPs per token")
    func verifyAttention() throws {
        let builder = try estimator(nil).evaluator.builder
        let one = builder.attention(step: StepShape(phase: .decode, sequences: 8, newTokensPerSequence: 1, contextTokens: 4096))
        let two = builder.attention(step: StepShape(phase: .decode, sequences: 8, newTokensPerSequence: 2, contextTokens: 4096))
        let a1 = try #require(one.first { $0.name == "attention" }), a2 = try #require(two.first { $0.name == "attention" })
        #expect(a2.flops.isClose(to: 2 * a1.flops, relative: 1e-12))
        #expect(a2.bytes < 1.01 * a1.bytes)
    }

    @Test("MTP adds the module's layer to the weights")
    func moduleWeights() throws {
        let plain = try estimator(nil).memoryPlan(contextTokens: 2048)
        let mtp = try estimator(SpeculativeDecoding(draftTokens: 1)).memoryPlan(contextTokens: 2048)
        // One of 61 layers plus the 2h -> h projection: 1-3% more per chip.
        let extra = mtp.weightBytesPerChip / plain.weightBytesPerChip - 1
        #expect(extra > 0.01 && extra < 0.03, "\(extra)")
        #expect(mtp.kvBytesPerTokenPerChip > plain.kvBytesPerTokenPerChip)
    }

    /// `compare` and the fleet planner carry the setting into every estimate they make: at the
    /// same 50 ms TPOT target MTP at 85% serves more per chip, and a stockpile serves more.
    @Test("compare and fleet capacity take MTP")
    func compareAndFleet() throws {
        let request = ComparisonRequest(accelerators: ["h100-sxm", "h20"])
        var withMTP = request
        withMTP.speculative = SpeculativeDecoding(draftTokens: 1)
        let plain = try Fixtures.catalog.compare(request), mtp = try Fixtures.catalog.compare(withMTP)
        #expect(mtp.speculative == withMTP.speculative)
        for (a, b) in zip(plain.estimates, mtp.estimates) {
            #expect(b.serving.outputTokensPerSecondPerChip > 1.1 * a.serving.outputTokensPerSecondPerChip, "\(a.accelerator)")
            #expect(b.serving.tpotSeconds <= ComparisonRequest.defaultTPOTSeconds * (1 + 1e-9))
            #expect(b.notes.contains { $0.hasPrefix("MTP speculative decoding") })
        }
        let fleet = FleetRequest(model: "deepseek-r1", supplies: [ChipSupply(accelerator: "h20", available: 1024)])
        var fleetMTP = fleet
        fleetMTP.speculative = SpeculativeDecoding(draftTokens: 1)
        let base = try FleetPlanner(catalog: Fixtures.catalog, request: fleet).capacity()
        let more = try FleetPlanner(catalog: Fixtures.catalog, request: fleetMTP).capacity()
        #expect(more.requestsPerSecond > base.requestsPerSecond)
        var refused = fleetMTP
        refused.model = "llama-3.1-8b"
        #expect(throws: InferCapError.self) { try FleetPlanner(catalog: Fixtures.catalog, request: refused) }
    }

    @Test("A model without an MTP module, or absurd settings, are refused")
    func refused() throws {
        #expect(throws: InferCapError.self) { try estimator(SpeculativeDecoding(draftTokens: 1), model: "llama-3.1-70b") }
        #expect(throws: InferCapError.self) { try estimator(SpeculativeDecoding(draftTokens: 0)) }
        #expect(throws: InferCapError.self) { try estimator(SpeculativeDecoding(draftTokens: 1, acceptanceRate: 1.5)) }
        #expect(throws: InferCapError.self) { try estimator(SpeculativeDecoding(draftTokens: 1, acceptanceRate: .nan)) }
    }
}
