import Foundation

/// Slots written from concurrent work, one per index, guarded by a lock (the validation
/// replays and the fleet's simulated ratings fill them from `DispatchQueue.concurrentPerform`).
final class Slots<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var values: [Value?] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}
