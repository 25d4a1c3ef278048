import Foundation

extension FleetPlanner {
    /// Where a question's search stands, for a progress display.
    public struct Progress: Sendable, Hashable {
        /// The plan being searched for (`h20 alone`, `best mix`, `stockpile`).
        public var plan: String
        /// That plan's search: relaxations solved, best objective found, proven bound.
        public var search: BranchAndBound.Progress
        /// Seconds since the question began.
        public var elapsedSeconds: Double
        /// The question's time limit, seconds (``FleetRequest/solverTimeLimitSeconds``).
        public var timeLimitSeconds: Double
    }

    /// One question's time limit and hooks, shared by all its solves: each solve gets an equal
    /// share of the time still left, so one slow plan cannot leave the mix none.
    struct Budget: Sendable {
        let start: ContinuousClock.Instant
        let limitSeconds: Double
        let shouldStop: (@Sendable () -> Bool)?
        let progress: (@Sendable (Progress) -> Void)?

        init(request: FleetRequest, shouldStop: (@Sendable () -> Bool)? = nil, progress: (@Sendable (Progress) -> Void)? = nil) {
            start = .now
            limitSeconds = request.solverTimeLimitSeconds
            self.shouldStop = shouldStop
            self.progress = progress
        }

        /// Limits for one solve with `remaining` solves left (this one included).
        func limits(label: String, remaining: Int) -> SolverLimits {
            let now = ContinuousClock.now
            let deadline = start + .seconds(limitSeconds)
            let share = deadline > now ? (deadline - now) / max(remaining, 1) : .zero
            let (start, limit) = (start, limitSeconds)
            let report = progress.map { progress in
                { @Sendable (search: BranchAndBound.Progress) in
                    progress(Progress(plan: label, search: search, elapsedSeconds: Self.seconds(start.duration(to: .now)), timeLimitSeconds: limit))
                }
            }
            return SolverLimits(deadline: now + share, shouldStop: shouldStop, progress: report)
        }

        /// The note of a plan whose search stopped before it proved its gap, e.g. `best mix:
        /// stopped at its time limit (5 s): within 0.06% of optimal (proven bound)`.
        func note(_ search: Search, label: String) -> String {
            let gap = String(format: "within %.3g%% of optimal (proven bound)", search.gap * 100)
            switch search.stop {
            case .timeLimit: return "\(label): stopped at its time limit (\(Self.format(limitSeconds)) s): \(gap)"
            case .cancelled: return "\(label): interrupted: the best plan found so far, \(gap)"
            case .nodeLimit, nil: return "\(label): stopped at its node limit (\(search.nodes) relaxations): \(gap)"
            }
        }

        /// The error of a search that stopped before it found any whole plan.
        func stopped(_ reason: BranchAndBound.StopReason, label: String) -> InferCapError {
            switch reason {
            case .cancelled:
                .searchStopped(detail: "interrupted before any \(label) fleet was found", fix: "run again and let the search finish")
            case .timeLimit, .nodeLimit:
                .searchStopped(
                    detail: "no \(label) fleet found within the time limit (\(Self.format(limitSeconds)) s)",
                    fix: "raise --time-limit (solverTimeLimitSeconds)")
            }
        }

        static func seconds(_ duration: Duration) -> Double {
            Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
        }

        /// `5`, `0.5`, `2.25`: seconds as given.
        static func format(_ seconds: Double) -> String {
            seconds == seconds.rounded() ? String(Int(seconds)) : "\(seconds)"
        }
    }
}

extension FleetRequest {
    /// Refuses a time limit that is not a number of seconds from more than 0 to 3,600.
    func validateSolverTimeLimit() throws(InferCapError) {
        guard solverTimeLimitSeconds.isFinite, solverTimeLimitSeconds > 0, solverTimeLimitSeconds <= 3_600 else {
            throw InferCapError.invalidWorkload(
                field: "solver time limit", value: "\(solverTimeLimitSeconds)", fix: "give seconds above 0 and at most 3600 (e.g. 5)")
        }
    }
}
