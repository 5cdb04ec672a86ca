import Dispatch

/// Runs a transformation over items on a fixed number of threads, results in input order.
/// Items are dealt out in strides (worker w takes w, w + n, w + 2n, …), so no locks are needed:
/// each result slot is written by exactly one worker before `wait()` returns.
final class ParallelWork<Result: Sendable>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<Result?>
    private let done = DispatchSemaphore(value: 0)
    private var collected: [Result]? = nil

    /// Starts the work in the background; call `wait()` for the results.
    init<Item: Sendable>(_ items: [Item], workers: Int, _ transform: @escaping @Sendable (Item) -> Result) {
        slots = .allocate(capacity: items.count)
        slots.initialize(repeating: nil)
        let workerCount = max(1, min(workers, items.count))
        let done = self.done
        let addresses = SlotsAddress(slots)
        DispatchQueue.global().async {
            DispatchQueue.concurrentPerform(iterations: workerCount) { worker in
                var index = worker
                while index < items.count {
                    addresses.slots[index] = transform(items[index])
                    index += workerCount
                }
            }
            done.signal()
        }
    }

    /// Blocks until every item is transformed.
    func wait() -> [Result] {
        if let collected { return collected }
        done.wait()
        let results = slots.map { $0! }
        collected = results
        return results
    }

    deinit {
        if collected == nil { done.wait() }
        slots.deinitialize()
        slots.deallocate()
    }

    /// Convenience: transform and wait.
    static func map<Item: Sendable>(_ items: [Item], workers: Int, _ transform: @escaping @Sendable (Item) -> Result) -> [Result] {
        ParallelWork(items, workers: workers, transform).wait()
    }
}

/// The result buffer shared by the workers; safe because the index sets are disjoint.
private struct SlotsAddress<Result>: @unchecked Sendable {
    let slots: UnsafeMutableBufferPointer<Result?>
    init(_ slots: UnsafeMutableBufferPointer<Result?>) { self.slots = slots }
}
