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
            action.__sigaction_handler.sa_sigaction = restoreTerminal
            sigemptyset(&action.sa_mask)
            action.sa_flags = SA_SIGINFO
            _ = sigaction(signal, &action, &previousActions[Int(signal)])
            // Ignored on purpose (nohup): keep ignoring; a lost terminal then shows up as end of input.
            if terminating.contains(signal), isIgnored(previousActions[Int(signal)]) {
                _ = sigaction(signal, &previousActions[Int(signal)], nil)
            }
        }
        unblockHandledSignals()
    }

    /// A parent may start us with signals blocked (Foundation's `Process` on Linux does): then Ctrl-C,
    /// SIGTERM or a hang-up would stay pending forever and the terminal would never be restored.
    private static func unblockHandledSignals() {
        var handled = sigset_t()
        sigemptyset(&handled)
        for signal in terminating + fatal + [SIGTSTP, SIGCONT, SIGWINCH] { sigaddset(&handled, signal) }
        pthread_sigmask(SIG_UNBLOCK, &handled, nil)
    }

    /// SIG_IGN is the handler address 1.
    private static func isIgnored(_ action: sigaction) -> Bool {
        withUnsafeBytes(of: action.__sigaction_handler) { $0.load(as: Int.self) == 1 }
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

/// Gives the terminal back, then dies of the same signal. A real fault (a Swift trap, a bad access)
/// returns with the previous handler (the Swift backtracer, or the default) put back: the faulting
/// instruction runs again and that handler reports the crash. A signal sent by someone (kill, raise,
/// abort) is re-raised with the default action.
private func restoreTerminal(_ signal: Int32, _ info: UnsafeMutablePointer<siginfo_t>?, _ context: UnsafeMutableRawPointer?) {
    if cursesIsActive {
        cursesIsActive = false
        endwin()
    }
    let isFault = (info?.pointee.si_code ?? 0) > 0
        && !(signal == SIGINT || signal == SIGTERM || signal == SIGHUP || signal == SIGQUIT)
    if isFault {
        _ = sigaction(signal, &previousActions[Int(signal)], nil)
        return
    }
    var defaultAction = sigaction()
    defaultAction.__sigaction_handler.sa_handler = SIG_DFL
    _ = sigaction(signal, &defaultAction, nil)
    var unblock = sigset_t()
    sigemptyset(&unblock)
    sigaddset(&unblock, signal)
    sigprocmask(SIG_UNBLOCK, &unblock, nil)
    raise(signal)
}
