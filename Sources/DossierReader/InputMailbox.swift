import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Inputs produced off the terminal's thread (an analysis finishing in the background), handed to the
/// run loop. Posting also writes a byte to a pipe, so a loop waiting in `poll` on `descriptor` wakes up.
public final class InputMailbox: Sendable {
    private let queue = Mutex<[Input]>([])
    private let readEnd: Int32
    private let writeEnd: Int32

    public init() {
        var ends: [Int32] = [-1, -1]
        if pipe(&ends) == 0 {
            _ = fcntl(ends[0], F_SETFL, fcntl(ends[0], F_GETFL) | O_NONBLOCK)
            _ = fcntl(ends[1], F_SETFL, fcntl(ends[1], F_GETFL) | O_NONBLOCK)
            _ = fcntl(ends[0], F_SETFD, FD_CLOEXEC)
            _ = fcntl(ends[1], F_SETFD, FD_CLOEXEC)
        }
        readEnd = ends[0]
        writeEnd = ends[1]
    }

    deinit {
        if readEnd >= 0 { close(readEnd) }
        if writeEnd >= 0 { close(writeEnd) }
    }

    /// Readable when inputs are waiting (-1 if no pipe could be made: then `take` must be polled).
    public var descriptor: Int32 { readEnd }

    /// Safe from any thread.
    public func post(_ input: Input) {
        queue.withLock { $0.append(input) }
        var byte: UInt8 = 1
        _ = write(writeEnd, &byte, 1)
    }

    /// The oldest waiting input, if any; drains the wake-up pipe once the queue is empty.
    public func take() -> Input? {
        let input = queue.withLock { $0.isEmpty ? nil : $0.removeFirst() }
        if input == nil, readEnd >= 0 {
            var buffer = [UInt8](repeating: 0, count: 64)
            while read(readEnd, &buffer, buffer.count) > 0 {}
        }
        return input
    }
}
