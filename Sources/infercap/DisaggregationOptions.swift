import ArgumentParser
import Foundation
import InferCap

/// `simulate`'s prefill/decode disaggregation flags: the prefill instance's layout (the usual
/// layout flags describe the decode instance) and how many instances of each role.
struct DisaggregationOptions: ParsableArguments {
    @Option(name: .customLong("prefill-tp"), help: "Disaggregated serving: the prefill instances' tensor parallelism (the layout flags then describe the decode instances).")
    var tp: Int?
    @Option(name: .customLong("prefill-pp"), help: "Disaggregated serving: the prefill instances' pipeline stages (default 1).") var pp: Int?
    @Option(name: .customLong("prefill-ep"), help: "Disaggregated serving: the prefill instances' expert parallelism.") var ep: Int?
    @Option(name: .customLong("prefill-dp"), help: "Disaggregated serving: the prefill instances' data-parallel attention groups.") var dp: Int?
    @Option(name: .customLong("prefill-instances"), help: "Disaggregated serving: prefill instances (default 1).") var prefillInstances: Int?
    @Option(name: .customLong("decode-instances"), help: "Disaggregated serving: decode instances (default 1).") var decodeInstances: Int?

    func validate() throws {
        for (flag, value) in [("--prefill-tp", tp), ("--prefill-pp", pp), ("--prefill-ep", ep), ("--prefill-dp", dp), ("--prefill-instances", prefillInstances), ("--decode-instances", decodeInstances)] {
            if let value, value < 1 { throw ValidationError("\(flag) must be at least 1, got \(value)") }
        }
        if prefillLayout == nil, prefillInstances != nil || decodeInstances != nil {
            throw ValidationError("--prefill-instances and --decode-instances need the prefill instances' layout: add --prefill-tp (and --prefill-ep, --prefill-dp)")
        }
    }

    /// The prefill instances' layout, or nil for one aggregated instance.
    var prefillLayout: Parallelism? {
        guard [tp, pp, ep, dp].contains(where: { $0 != nil }) else { return nil }
        return Parallelism(tp: tp ?? 1, pp: pp ?? 1, ep: ep ?? 1, dp: dp ?? 1)
    }

    /// One line naming the pair and its KV transfer time for a prompt of `inputTokens` (the mean
    /// prompt of the run).
    static func describe(_ simulator: DisaggregatedSimulator, inputTokens: Int) -> String {
        func layout(_ p: Parallelism) -> String { "tp=\(p.tp) pp=\(p.pp) ep=\(p.ep) dp=\(p.dp)" }
        let p = simulator.prefill.deployment.parallelism, d = simulator.decode.deployment.parallelism
        return String(
            format: "disaggregated: %d prefill instance%@ (%@) -> %d decode instance%@ (%@); KV of a %d-token prompt (the mean) moves in %.1f ms",
            simulator.prefillInstances, simulator.prefillInstances == 1 ? "" : "s", layout(p),
            simulator.decodeInstances, simulator.decodeInstances == 1 ? "" : "s", layout(d),
            inputTokens, simulator.transferSeconds(inputTokens: inputTokens) * 1000)
    }
}
