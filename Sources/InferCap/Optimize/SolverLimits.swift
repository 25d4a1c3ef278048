/// When a ``BranchAndBound`` search must stop short of a proof, and how its caller watches it.
///
/// A search stopped by any limit returns the best whole solution found so far (the
/// incumbent) with its proven lower bound, so the caller can state how far from optimal it
/// may be.
public struct SolverLimits: Sendable {
    /// The instant the search stops (nil: no time limit).
    public var deadline: ContinuousClock.Instant?
    /// Relaxations solved after which the search stops (each bounds the memory the open
    /// nodes take: about a kilobyte each for the fleet programs).
    public var nodeLimit: Int
    /// Polled between nodes; the search stops once it returns true (Ctrl-C, say).
    public var shouldStop: (@Sendable () -> Bool)?
    /// Called about every ``progressIntervalSeconds`` while the search runs.
    public var progress: (@Sendable (BranchAndBound.Progress) -> Void)?
    /// Seconds between two calls of ``progress``.
    public var progressIntervalSeconds: Double

    /// Limits: `deadline` (nil: none), at most `nodeLimit` relaxations, `shouldStop` polled
    /// between nodes, `progress` called every `progressIntervalSeconds` (0.2 s by default).
    public init(
        deadline: ContinuousClock.Instant? = nil, nodeLimit: Int = 200_000, shouldStop: (@Sendable () -> Bool)? = nil,
        progress: (@Sendable (BranchAndBound.Progress) -> Void)? = nil, progressIntervalSeconds: Double = 0.2
    ) {
        self.deadline = deadline
        self.nodeLimit = nodeLimit
        self.shouldStop = shouldStop
        self.progress = progress
        self.progressIntervalSeconds = progressIntervalSeconds
    }
}
