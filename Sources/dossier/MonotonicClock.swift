#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

enum MonotonicClock {
    /// Monotonic seconds, for rates and durations.
    static func seconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// "time: opening the index 2.1 ms, query 4.3 ms (processor 3.9 ms)": the processor time says what
    /// the query cost when the machine is busy with other work.
    static func report(opening: Double, query: Double, queryProcessor: Double) -> String {
        func milliseconds(_ seconds: Double) -> String { "\((seconds * 10_000).rounded() / 10) ms" }
        return "time: opening the index \(milliseconds(opening)), query \(milliseconds(query)) (processor \(milliseconds(queryProcessor)))"
    }
}
