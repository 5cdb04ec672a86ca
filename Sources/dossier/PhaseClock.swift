#if canImport(Glibc)
import Glibc
#endif

/// Elapsed times of start-up phases, for `--measure`.
struct PhaseClock {
    private let start = PhaseClock.now()
    private var marks: [(String, Double)] = []

    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) * 1000 + Double(time.tv_nsec) / 1_000_000
    }

    mutating func mark(_ phase: String) { marks.append((phase, PhaseClock.now() - start)) }

    var report: String {
        marks.map { "\($0.0): \(Int(($0.1 * 100).rounded()) / 100) ms" }.joined(separator: ", ")
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
