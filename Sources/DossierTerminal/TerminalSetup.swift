import CNCursesW
import Glibc

/// Locale and terminal-type checks made before curses starts.
public enum TerminalSetup {
    /// Takes the user's locale; when its character set is not UTF-8 (often the case over ssh), uses
    /// C.UTF-8 for characters so that non-ASCII text is not dropped.
    public static func adoptUTF8Locale() {
        setlocale(LC_ALL, "")
        if !isUTF8 { setlocale(LC_CTYPE, "C.UTF-8") }
    }

    static var isUTF8: Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }

    /// The terminal type to draw with, or nil when this terminal cannot draw (no cursor addressing,
    /// hardcopy, dumb). An unknown TERM (e.g. `xterm-kitty` over ssh) falls back to common types.
    public static func drawableTerminalType(environment term: String?, outputDescriptor fd: Int32) -> String? {
        var candidates: [String] = []
        if let term, !term.isEmpty { candidates.append(term) }
        candidates += ["xterm-256color", "xterm", "vt100"]
        for candidate in candidates {
            var error: Int32 = 0
            guard setupterm(candidate, fd, &error) == OK else { continue }
            let cup = tigetstr("cup")
            let hasCursorAddressing = cup != nil && Int(bitPattern: cup) != -1
            let isHardcopy = tigetflag("hc") > 0
            return hasCursorAddressing && !isHardcopy ? candidate : nil
        }
        return nil
    }

    /// `$ESCDELAY` in milliseconds when set, else 25 ms (curses' default of about a second makes Esc feel dead).
    public static var escapeDelay: Int32 {
        if let value = getenv("ESCDELAY"), let delay = Int32(String(cString: value)), delay >= 0 { return delay }
        return 25
    }

    /// No colour when `NO_COLOR` is set to anything non-empty (https://no-color.org).
    public static var colorsForbidden: Bool {
        guard let value = getenv("NO_COLOR") else { return false }
        return value.pointee != 0
    }
}
