import ArgumentParser
import InferCap

/// `--mtp` and `--mtp-acceptance`: MTP speculative decoding, shared by `estimate`, `compare`,
/// `sweep` and `fleet`.
struct SpeculativeOptions: ParsableArguments {
    @Option(help: "Speculative decoding with the model's multi-token-prediction module: draft tokens per iteration (DeepSeek-V3/R1 deployments run 1). Default: off.")
    var mtp: Int?
    @Option(help: "Probability that an MTP draft token is accepted (default 0.85: DeepSeek-V3 report, 85-90% for the second token).")
    var mtpAcceptance: Double?

    /// The setting asked for, nil when MTP is off; an acceptance rate without `--mtp` is refused.
    func speculative() throws -> SpeculativeDecoding? {
        if mtp == nil, let mtpAcceptance {
            throw InferCapError.invalidWorkload(
                field: "MTP acceptance rate", value: "\(mtpAcceptance)", fix: "add --mtp 1 (draft tokens per iteration) to turn MTP on")
        }
        return mtp.map {
            SpeculativeDecoding(draftTokens: $0, acceptanceRate: mtpAcceptance ?? SpeculativeDecoding.deepSeekV3AcceptanceRate)
        }
    }
}
