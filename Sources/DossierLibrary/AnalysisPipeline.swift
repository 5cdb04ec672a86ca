import Foundation

/// Analyses work items on `workers` threads, always a bounded window ahead of the writer, and hands
/// results back in input order a range at a time. Unlike one batch after another, the workers never
/// wait for a batch's slowest item or for the writer to start the next batch: each takes the next
/// item as soon as it is done, so both cores stay busy while the writer writes.
final class AnalysisPipeline<Item: Sendable, Result: Sendable>: @unchecked Sendable {
    private let items: [Item]
    private let transform: @Sendable (Item) -> Result
    private let window: Int
    private let condition = NSCondition()
    // Guarded by `condition`.
    private var slots: [Result?]
    private var next = 0
    private var taken = 0
    private var running: Int
    private var isCancelled = false

    /// Starts analysing; at most `window` items are analysed ahead of those taken with `take`.
    init(_ items: [Item], workers: Int, window: Int, _ transform: @escaping @Sendable (Item) -> Result) {
        self.items = items
        self.transform = transform
        self.window = max(1, window)
        slots = Array(repeating: nil, count: items.count)
        running = max(1, min(workers, items.count))
        // Threads of their own: a worker waiting for the writer never holds a thread of the
        // shared dispatch pool.
        for _ in 0..<running {
            Thread { self.work() }.start()
        }
    }

    private func work() {
        condition.lock()
        defer {
            running -= 1
            condition.broadcast()
            condition.unlock()
        }
        while true {
            while !isCancelled && next < items.count && next >= taken + window { condition.wait() }
            guard !isCancelled, next < items.count else { return }
            let index = next
            next += 1
            condition.unlock()
            let result = transform(items[index])
            condition.lock()
            slots[index] = result
            condition.broadcast()
        }
    }

    /// The results of `range` (which must follow the previous range taken), once all are ready.
    func take(_ range: Range<Int>) -> [Result] {
        condition.lock()
        defer { condition.unlock() }
        precondition(range.lowerBound == taken, "ranges are taken in order")
        var results: [Result] = []
        results.reserveCapacity(range.count)
        for index in range {
            while slots[index] == nil { condition.wait() }
            results.append(slots[index]!)
            slots[index] = nil
        }
        taken = range.upperBound
        condition.broadcast()
        return results
    }

    /// Stops the workers after the items they are analysing and waits for them (the writer failed).
    func finish() {
        condition.lock()
        isCancelled = true
        condition.broadcast()
        while running > 0 { condition.wait() }
        condition.unlock()
    }
}
