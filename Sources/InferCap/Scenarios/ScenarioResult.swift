/// What running a ``Scenario`` answered, and how long it took.
public struct ScenarioResult: Sendable, Hashable {
    /// One named figure with its unit.
    public struct Metric: Sendable, Hashable {
        /// What the figure is, e.g. `output tokens/s per chip` or `h20 chips`.
        public var name: String
        /// The figure, in `unit`.
        public var value: Double
        /// Unit as printed, e.g. `tok/s/chip`, `chips`, `req/s`.
        public var unit: String

        /// A figure and its unit.
        public init(name: String, value: Double, unit: String) {
            self.name = name
            self.value = value
            self.unit = unit
        }
    }

    /// The scenario that was run.
    public var scenario: Scenario
    /// The answer to the scenario's question.
    public var headline: Metric
    /// Accelerator the headline belongs to (nil for a mixed fleet).
    public var accelerator: String?
    /// Layout behind the headline, when one deployment gives it.
    public var parallelism: Parallelism?
    /// Weight precision behind the headline, when one deployment gives it.
    public var weightDType: DType?
    /// Decode batch per attention group behind the headline, when one deployment gives it.
    public var batch: Int?
    /// Time to first token of that deployment, seconds.
    public var ttftSeconds: Double?
    /// Time per output token of that deployment, seconds.
    public var tpotSeconds: Double?
    /// Secondary figures: the other chips of a comparison, a fleet's chip mix, its cost.
    public var details: [Metric]
    /// Wall-clock time the library call took (the only part of a result that varies between runs).
    public var wallTime: Duration

    /// The wall time in seconds.
    public var wallSeconds: Double {
        Double(wallTime.components.seconds) + Double(wallTime.components.attoseconds) * 1e-18
    }
}
