import CNCursesW
import Glibc

/// Signal handling that never leaves the terminal broken. SIGWINCH and SIGTSTP/SIGCONT are left to
/// ncurses (it turns the first into KEY_RESIZE and restores and redraws around the second).
enum TerminalSignals {
    /// Signals that end the program: restore the terminal, then die of the same signal.
    static let terminating: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]
    /// Crashes, including Swift runtime traps: restore the terminal, then let the previous handler
    /// (the Swift backtracer, or the default) run.
    static let fatal: [Int32] = [SIGSEGV, SIGILL, SIGTRAP, SIGBUS, SIGABRT, SIGFPE]

    /// Must run before `newterm`, so that ncurses keeps its hands off SIGINT and SIGTERM.
    static func install() {
        for signal in terminating + fatal {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = restoreAndReraise
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            _ = sigaction(signal, &action, &previousActions[Int(signal)])
        }
    }

    /// Puts back what was there before (at normal exit).
    static func uninstall() {
        for signal in terminating + fatal {
            _ = sigaction(signal, &previousActions[Int(signal)], nil)
        }
    }
}

/// Written once before the handlers are installed, read only inside them.
nonisolated(unsafe) private var previousActions: [sigaction] = Array(repeating: sigaction(), count: 65)
/// Set while curses owns the terminal.
nonisolated(unsafe) var cursesIsActive = false

private func restoreAndReraise(_ signal: Int32) {
    if cursesIsActive {
        cursesIsActive = false
        endwin()
    }
    if signal == SIGINT || signal == SIGTERM || signal == SIGHUP || signal == SIGQUIT {
        var defaultAction = sigaction()
        defaultAction.__sigaction_handler.sa_handler = SIG_DFL
        _ = sigaction(signal, &defaultAction, nil)
    } else {
        _ = sigaction(signal, &previousActions[Int(signal)], nil)
    }
    raise(signal)
}
