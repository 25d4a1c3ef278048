import ArgumentParser
import InferCap

/// Flags that describe the workload and precisions, shared by `estimate` and `compare`.
struct WorkloadOptions: ParsableArguments {
    @Option(name: .customLong("weight-dtype"), help: ArgumentHelp("\(DType.weightChoiceList) (fp4 is NVFP4, Blackwell only; default: the checkpoint's own if the chip has it, else int8, else bf16)."), transform: DTypeArgument.weight)
    var weightDType: DType?
    @Option(name: .customLong("expert-dtype"), help: ArgumentHelp("Precision of the routed experts: \(DType.weightChoiceList) (default: the checkpoint's own where it stores them apart, e.g. gpt-oss's MXFP4, run at the FP4 peak on Blackwell and weight-only elsewhere; else the weight precision)."), transform: DTypeArgument.weight)
    var expertWeightDType: DType?
    @Option(name: [.customLong("kv-dtype"), .customLong("kv-cache-dtype")], help: ArgumentHelp("\(DType.kvChoiceList) (default: bf16)."), transform: DTypeArgument.kv) var kvDType: DType = .bf16
    @Option(name: .customLong("input-tokens"), help: "Prompt tokens per request.") var inputTokens: Int = 1024
    @Option(name: .customLong("output-tokens"), help: "Generated tokens per request.") var outputTokens: Int = 1024
    @Option(help: "Concurrent decode sequences per attention group (per DP rank). Default: the largest that fits, or the largest within the SLOs.")
    var batch: Int?
    @Option(name: .customLong("tpot-slo-ms"), help: "Largest time per output token, ms (default: none; estimate then takes the largest batch that fits, compare a 50 ms target).") var tpotSLOMilliseconds: Double?
    @Option(name: .customLong("ttft-slo-ms"), help: "Largest time to first token, ms (default: none).") var ttftSLOMilliseconds: Double?
    @Option(help: "KV tokens per sequence during decode (default: input + output/2).") var context: Int?
    @Option(help: "Engine profile (specs/engines; default: sglang, the median of the fitted engines, or vllm-ascend on Ascend; vllm, trtllm, mindie, generic by name).") var engine: String?
    @OptionGroup var engineSettings: EngineSettingsOptions

    func validate() throws {
        if batch != nil && (tpotSLOMilliseconds != nil || ttftSLOMilliseconds != nil) {
            throw ValidationError("give either --batch or SLOs (--tpot-slo-ms/--ttft-slo-ms), not both")
        }
    }

    /// The engine profile asked for, or `generic`.
    var engineID: String { engine ?? Catalog.defaultEngineName }

    var workload: Workload {
        let slo: LatencySLO? = (tpotSLOMilliseconds == nil && ttftSLOMilliseconds == nil) ? nil
            : LatencySLO(tpotSeconds: tpotSLOMilliseconds.map { $0 / 1000 }, ttftSeconds: ttftSLOMilliseconds.map { $0 / 1000 })
        return Workload(inputTokens: inputTokens, outputTokens: outputTokens, batch: batch, contextTokens: context, slo: slo)
    }
}

extension DType: ExpressibleByArgument {}
