#if canImport(Glibc)
import Glibc
#endif

/// Elapsed times of start-up phases, for `--measure`, each with the processor time the process had
/// used by then (on a machine shared with other work, wall time alone says little).
struct PhaseClock {
    private let start = PhaseClock.now()
    private var marks: [(phase: String, elapsed: Double, processor: Double)] = []

    static func now() -> Double { milliseconds(CLOCK_MONOTONIC) }

    /// Processor time of all the process's threads so far.
    static func processorTime() -> Double { milliseconds(CLOCK_PROCESS_CPUTIME_ID) }

    private static func milliseconds(_ clock: clockid_t) -> Double {
        var time = timespec()
        clock_gettime(clock, &time)
        return Double(time.tv_sec) * 1000 + Double(time.tv_nsec) / 1_000_000
    }

    mutating func mark(_ phase: String) { marks.append((phase, PhaseClock.now() - start, PhaseClock.processorTime())) }

    var report: String {
        func format(_ value: Double) -> String { "\(Int((value * 100).rounded()) / 100)" }
        return marks.map { "\($0.phase): \(format($0.elapsed)) ms (processor \(format($0.processor)))" }.joined(separator: ", ")
    }
}

/// Writes text to standard output unbuffered (the plain mode of the reader).
func writeOut(_ text: String) {
    var bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
        let written = bytes.withUnsafeMutableBytes { write(1, $0.baseAddress! + offset, $0.count - offset) }
        if written <= 0 {
            if written < 0 && errno == EINTR { continue }
            return
        }
        offset += written
    }
}
