import DossierLibrary

/// A one-line progress bar on standard error with rate and time left, redrawn at most ten times
/// a second; silent when standard error is not a terminal.
struct ProgressBar {
    let isEnabled: Bool
    private var lastDraw = 0.0
    private var phaseStarted = 0.0
    private var phase: IndexProgress.Phase? = nil
    private var drawn = false

    init(isEnabled: Bool = PrintableText.isTerminal(2)) { self.isEnabled = isEnabled }

    mutating func update(_ progress: IndexProgress) {
        guard isEnabled else { return }
        let now = MonotonicClock.seconds()
        if progress.phase != phase { phase = progress.phase; phaseStarted = now }
        let isLast = progress.total > 0 && progress.done >= progress.total
        guard now - lastDraw >= 0.1 || isLast || !drawn else { return }
        lastDraw = now
        drawn = true
        PrintableText.writeError("\r\u{1B}[K" + Self.line(progress, elapsed: now - phaseStarted, columns: PrintableText.columns(2)))
    }

    /// Clears the bar so the summary starts on a clean line.
    mutating func finish() {
        guard isEnabled, drawn else { return }
        PrintableText.writeError("\r\u{1B}[K")
        drawn = false
    }

    static func line(_ progress: IndexProgress, elapsed: Double, columns: Int) -> String {
        switch progress.phase {
        case .scanning: return "scanning…"
        case .reading: return "reading \(progress.total) file\(progress.total == 1 ? "" : "s")…"
        case .analysing:
            let rate = elapsed > 0 ? Double(progress.done) / elapsed : 0
            let left = rate > 0 ? Double(progress.total - progress.done) / rate : 0
            let counts = " \(progress.done)/\(progress.total) articles  \(Int(rate))/s  \(duration(left)) left"
            let barWidth = max(10, min(40, columns - counts.count - 3))
            let filled = progress.total > 0 ? barWidth * progress.done / progress.total : 0
            return "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: barWidth - filled) + "]" + counts
        }
    }

    static func duration(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        return total >= 3600 ? "\(total / 3600)h\(pad(total / 60 % 60))m" : "\(total / 60):\(pad(total % 60))"
    }

    private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
