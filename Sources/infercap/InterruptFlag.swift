import Dispatch
import Foundation

/// Turns Ctrl-C (SIGINT) into a flag that a long command polls, so it can stop between blocks
/// of work and print what it has. A second Ctrl-C exits at once with status 130.
///
/// The handler runs on a dispatch queue, not in signal context, so it may take a lock.
final class InterruptFlag: @unchecked Sendable {
    /// Exit status after an interrupt: 128 + SIGINT, as shells report it.
    static let exitStatus: Int32 = 130

    private let lock = NSLock()
    private var raised = false
    private var source: DispatchSourceSignal?

    /// Starts catching SIGINT (until ``stop()``).
    func start() {
        signal(SIGINT, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler { [weak self] in self?.raise() }
        source.resume()
        self.source = source
    }

    /// Restores the default SIGINT behaviour.
    func stop() {
        source?.cancel()
        source = nil
        signal(SIGINT, SIG_DFL)
    }

    /// Whether Ctrl-C has been pressed.
    var isRaised: Bool {
        lock.lock()
        defer { lock.unlock() }
        return raised
    }

    private func raise() {
        lock.lock()
        let second = raised
        raised = true
        lock.unlock()
        if second { Foundation.exit(Self.exitStatus) }
    }
}
