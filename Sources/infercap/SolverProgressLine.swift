import Foundation
import InferCap

/// A one-line status of the fleet optimiser on standard error, shown only on a terminal and
/// only once a question has been searched for over a second: the plan being searched, the
/// relaxations solved, the proven gap so far, and the time used of the limit.
final class SolverProgressLine: @unchecked Sendable {
    private let lock = NSLock()
    private var shown = false
    private let enabled = isatty(STDERR_FILENO) != 0

    func update(_ progress: FleetPlanner.Progress) {
        guard enabled, progress.elapsedSeconds > 1 else { return }
        let search = progress.search
        let gap = search.objective.map { objective in
            String(format: "gap %.3g%%", max(0, objective - search.bound) / max(abs(objective), 1e-12) * 100)
        } ?? "no plan yet"
        let line = String(
            format: "\rsearching %@: %@ relaxations, %@, %.1f s of %@ s\u{1B}[K", progress.plan, Units.grouped(search.nodes), gap,
            progress.elapsedSeconds, progress.timeLimitSeconds.formatted())
        lock.lock()
        defer { lock.unlock() }
        shown = true
        FileHandle.standardError.write(Data(line.utf8))
    }

    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
