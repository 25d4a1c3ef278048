import ArgumentParser
import InferCap

/// The parallel layout flags, with vLLM's long names as aliases (`--tensor-parallel-size`,
/// `--pipeline-parallel-size`, `--data-parallel-size`, `--enable-expert-parallel`).
struct LayoutOptions: ParsableArguments {
    @Option(name: [.customLong("tp"), .customLong("tensor-parallel-size")], help: "Tensor parallelism (attention).") var tp: Int?
    @Option(name: [.customLong("pp"), .customLong("pipeline-parallel-size")], help: "Pipeline stages.") var pp: Int?
    @Option(name: .customLong("ep"), help: "Expert parallelism (MoE).") var ep: Int?
    @Option(name: [.customLong("dp"), .customLong("data-parallel-size")], help: "Data-parallel attention groups / replicas.") var dp: Int?
    @Flag(name: .customLong("enable-expert-parallel"), help: "vLLM's flag: experts spread over all tp x dp ranks (ep = tp x dp).")
    var enableExpertParallel = false

    func validate() throws {
        if enableExpertParallel, ep != nil { throw ValidationError("give --ep or --enable-expert-parallel, not both") }
    }

    /// The layout given, or nil to let infercap choose.
    var layout: Parallelism? {
        guard [tp, pp, ep, dp].contains(where: { $0 != nil }) || enableExpertParallel else { return nil }
        let tp = tp ?? 1, dp = dp ?? 1
        return Parallelism(tp: tp, pp: pp ?? 1, ep: enableExpertParallel ? tp * dp : (ep ?? 1), dp: dp)
    }
}
