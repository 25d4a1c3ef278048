/// A named planning question with its inputs, read from one file of `specs/scenarios/`: the
/// unit of `infercap bench`.
///
/// Every workload, latency target and demand figure in a scenario file carries a `source`
/// saying where the number comes from, so a result can be traced back to its inputs.
public struct Scenario: Sendable, Hashable {
    /// Which library question a scenario asks.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// One model on one accelerator at a latency target: `Catalog.estimate`.
        case estimate
        /// One model on several accelerators at the same target: `Catalog.compare`.
        case compare
        /// Every layout, precision and batch within a chip limit: `Catalog.sweep`.
        case sweep
        /// The cheapest fleet for a demand: `FleetPlanner.size(for:)`.
        case fleetSize = "fleet-size"
        /// The largest demand a stockpile serves: `FleetPlanner.capacity()`.
        case fleetCapacity = "fleet-capacity"
    }

    /// Unique id, e.g. `r1-chat-h20`.
    public var id: String
    /// One line on what the scenario stands for.
    public var description: String
    /// The planning question, in words.
    public var question: String
    /// Why this scenario and these numbers: the rationale and its references.
    public var source: String
    /// The library call it maps to.
    public var kind: Kind
    /// Model id or alias.
    public var model: String
    /// Accelerator ids, in the order asked (for fleet capacity: the stockpile's, by id).
    public var accelerators: [String]
    /// Prompt tokens per request.
    public var inputTokens: Int
    /// Generated tokens per request.
    public var outputTokens: Int
    /// Latency targets: TPOT is required, TTFT optional (fleets use it at p90).
    public var slo: LatencySLO
    /// Sweeps only: largest deployment in chips.
    public var maxChips: Int
    /// Sweeps only: largest batch per attention group.
    public var maxBatch: Int
    /// Sweeps only: weight precisions searched (nil: each of bf16, fp8 and int8 the chip supports).
    public var weightDTypes: [DType]?
    /// Fleets only: largest instance considered, chips (`FleetRequest.maxChipsPerInstance`).
    public var maxChipsPerInstance: Int
    /// Fleet sizing only: the demand to serve.
    public var demand: Demand?
    /// Fleet capacity only: chips on hand by accelerator id.
    public var stockpile: [String: Int]
    /// The file it was read from.
    public var path: String
}
