import CNCursesW
import DossierReader
import Glibc

/// The ncursesw backend: the only place that talks to the terminal. Every curses call happens on the
/// thread that created it.
public final class NCursesTerminal: TerminalBackend {
    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private let inputDescriptor: Int32
    private let colors: ColorMode
    /// Styles to attributes and colours (the configuration's `[colors]`).
    private let theme: Theme
    /// Attributes and colour pair for each style, prepared once.
    private var looks: [Style: (attributes: attr_t, pair: Int16)] = [:]
    private var isClosed = false
    private var buffer: [wchar_t] = []
    /// The last frame drawn: rows are compared with it to skip what did not change.
    private var previous: Frame?
    /// Results of background work; waiting for keys also wakes up for these.
    public var mailbox: InputMailbox?
    /// Whether web addresses are written as OSC 8 hyperlinks (see `HyperlinkSetting`).
    public var drawsHyperlinks = false

    public enum StartError: Error { case cannotOpenTerminal }

    /// Starts curses on `terminalType`, drawing to stdout and reading keys from `input` (stdin, or
    /// `/dev/tty` when the article came through a pipe).
    public init(terminalType: String, input: UnsafeMutablePointer<FILE>, theme: Theme) throws {
        self.theme = theme
        TerminalSignals.install()
        guard let screen = newterm(terminalType, dossier_stdout(), input) else {
            TerminalSignals.uninstall()
            throw StartError.cannotOpenTerminal
        }
        self.screen = screen
        set_term(screen)
        cursesIsActive = true
        window = dossier_stdscr()!
        inputDescriptor = fileno(input)
        cbreak()
        noecho()
        nonl()
        keypad(window, true)
        set_escdelay(TerminalSetup.escapeDelay)
        curs_set(0)
        wtimeout(window, 0)
        colors = NCursesTerminal.startColors()
        prepareLooks()
    }

    deinit { end() }

    /// Restores the terminal (idempotent).
    public func end() {
        guard cursesIsActive else { return }
        cursesIsActive = false
        endwin()
        fflush(dossier_stdout())
        TerminalSignals.uninstall()
    }

    public var size: Size { Size(width: Int(dossier_cols()), height: Int(dossier_lines())) }

    // MARK: - Colours

    private static func startColors() -> ColorMode {
        guard !TerminalSetup.colorsForbidden, has_colors() else { return .none }
        guard start_color() == OK else { return .none }
        return dossier_colors() >= 256 && dossier_color_pairs() >= 64 ? .full256 : (dossier_colors() >= 8 ? .eight : .none)
    }

    private func prepareLooks() {
        let defaults = colors != .none && use_default_colors() == OK
        var pairs: [[Int]: Int16] = [:]
        for style in Style.all {
            let look = theme.appearance(of: style, colors: colors)
            var attributes: attr_t = 0
            if look.bold { attributes |= dossier_a_bold() }
            if look.underline { attributes |= dossier_a_underline() }
            if look.reverse { attributes |= dossier_a_reverse() }
            if look.dim { attributes |= dossier_a_dim() }
            var pair: Int16 = 0
            if colors != .none, look.foreground != nil || look.background != nil {
                let foreground = look.foreground ?? (defaults ? -1 : 7)
                let background = look.background ?? (defaults ? -1 : 0)
                let key = [foreground, background]
                if let existing = pairs[key] {
                    pair = existing
                } else if pairs.count + 1 < Int(dossier_color_pairs()) {
                    pair = Int16(pairs.count + 1)
                    init_pair(pair, Int16(foreground), Int16(background))
                    pairs[key] = pair
                }
            }
            looks[style] = (attributes, pair)
        }
    }

    // MARK: - Drawing

    /// Draws a frame. Only the span of each row that differs from the previous frame is handed to
    /// curses (which then sends the terminal only what changed on screen).
    public func draw(_ frame: Frame, force: Bool) {
        if force { clearok(dossier_curscr(), true) }
        let width = min(frame.size.width, Int(dossier_cols()))
        let height = min(frame.size.height, Int(dossier_lines()))
        let previous = force || self.previous?.size != frame.size ? nil : self.previous
        if previous == nil { werase(window) }
        var redrawn: [Range<Int>?] = Array(repeating: nil, count: height)
        for y in 0..<height {
            var first = 0, last = width - 1
            if let previous {
                while first < width, frame[first, y] == previous[first, y] { first += 1 }
                if first == width { continue }
                while last > first, frame[last, y] == previous[last, y] { last -= 1 }
                while first > 0, frame[first, y].isContinuation { first -= 1 }
                if frame[last, y].width == 2, last + 1 < width { last += 1 }
            }
            drawRow(frame, y: y, from: first, through: last)
            redrawn[y] = first..<(last + 1)
        }
        wattr_set(window, 0, 0, nil)
        wrefresh(window)
        if drawsHyperlinks { drawHyperlinks(frame, previous: previous, redrawn: redrawn) }
        self.previous = frame
    }

    /// Writes the links that curses has just overwritten, or that are new, as OSC 8 hyperlinks.
    private func drawHyperlinks(_ frame: Frame, previous: Frame?, redrawn: [Range<Int>?]) {
        let links = frame.hyperlinks.filter { link in
            guard redrawn.indices.contains(link.y) else { return false }
            if let span = redrawn[link.y], span.overlaps(link.x..<(link.x + link.width)) { return true }
            return !(previous?.hyperlinks.contains(link) ?? false)
        }
        guard !links.isEmpty else { return }
        writeDirectly(HyperlinkOverlay.bytes(for: links, in: frame, colors: colors, theme: theme))
    }

    /// OSC 52: the terminal (or tmux with set-clipboard, or the terminal at the far end of ssh) puts
    /// the text on the system clipboard. Base64 keeps any byte of it from being read as a control.
    public func copyToClipboard(_ text: String) {
        writeDirectly(Array("\u{1B}]52;c;\(Base64.encode(Array(text.utf8)))\u{1B}\\".utf8))
    }

    /// Writes bytes curses does not know about, after what curses has written so far.
    private func writeDirectly(_ bytes: [UInt8]) {
        fflush(dossier_stdout())
        bytes.withUnsafeBytes { buffer in
            var sent = 0
            while sent < buffer.count {
                let result = write(1, buffer.baseAddress! + sent, buffer.count - sent)
                if result > 0 { sent += result } else if result < 0 && errno == EINTR { continue } else { return }
            }
        }
    }

    private func drawRow(_ frame: Frame, y: Int, from first: Int, through last: Int) {
        var x = first
        while x <= last {
            let style = frame[x, y].style
            let start = x
            buffer.removeAll(keepingCapacity: true)
            while x <= last, frame[x, y].style == style {
                let cell = frame[x, y]
                if !cell.isContinuation { append(cell) }
                x += 1
            }
            guard !buffer.isEmpty else { continue }
            buffer.append(0)
            let look = looks[style] ?? (0, 0)
            wattr_set(window, look.attributes, look.pair, nil)
            _ = mvwaddwstr(window, Int32(y), Int32(start), buffer)
        }
    }

    /// Adds a cell's cluster, or a stand-in of the same width when the C library would count its
    /// columns differently (which would shift the rest of the row).
    private func append(_ cell: Cell) {
        let mark = buffer.count
        var columns: Int32 = 0
        var isASCII = true
        for scalar in cell.cluster.unicodeScalars {
            let value = scalar.value
            buffer.append(wchar_t(bitPattern: value))
            if value >= 0x20 && value < 0x7F { columns += 1 } else {
                isASCII = false
                let w = wcwidth(wchar_t(bitPattern: value))
                columns += w < 0 ? 100 : w
            }
        }
        if isASCII || Int(columns) == cell.width { return }
        buffer.removeSubrange(mark...)
        buffer.append(wchar_t(0x3F))
        for _ in 1..<max(1, cell.width) { buffer.append(wchar_t(0x20)) }
    }

    // MARK: - Input

    public func nextInput() -> Input? {
        while !isClosed {
            if let input = pendingInput() { return input }
            if isClosed { return nil }
            var descriptors = [pollfd(fd: inputDescriptor, events: Int16(POLLIN), revents: 0)]
            if let mailbox, mailbox.descriptor >= 0 {
                descriptors.append(pollfd(fd: mailbox.descriptor, events: Int16(POLLIN), revents: 0))
            }
            let ready = poll(&descriptors, nfds_t(descriptors.count), -1)
            if ready < 0 {
                if errno == EINTR { continue }  // a resize (SIGWINCH) or SIGCONT: look again
                isClosed = true
                return nil
            }
            if descriptors.count > 1, descriptors[1].revents != 0, let input = mailbox?.take() { return input }
            let revents = Int32(descriptors[0].revents)
            if revents & Int32(POLLIN) == 0, revents & Int32(POLLHUP | POLLERR | POLLNVAL) != 0 {
                isClosed = true
                return nil
            }
            if revents & Int32(POLLIN) != 0 {
                if let input = readKey() { return input }
                // Readable, yet nothing came: end of file, the terminal is gone.
                if errno != EINTR { isClosed = true }
            }
        }
        return nil
    }

    public func pendingInput() -> Input? {
        guard !isClosed else { return nil }
        return readKey() ?? mailbox?.take()
    }

    /// One key without waiting (curses waits ESCDELAY itself inside an escape sequence).
    private func readKey() -> Input? {
        while true {
            var character: wint_t = 0
            errno = 0
            let result = wget_wch(window, &character)
            if result == KEY_CODE_YES {
                let code = Int32(bitPattern: character)
                if code == KEY_RESIZE { return .resize(width: Int(dossier_cols()), height: Int(dossier_lines())) }
                let key = KeyDecoding.functionKey(code)
                if key == .unknown { continue }
                return .key(key)
            }
            if result == OK {
                let key = KeyDecoding.character(UInt32(character))
                if key == .unknown { continue }
                return .key(key)
            }
            return nil
        }
    }
}

// MARK: - Opening

extension NCursesTerminal {
    /// The interactive terminal, or nil when there is none to draw on: stdout is not a terminal, TERM
    /// cannot draw (no cursor addressing, hardcopy, dumb), or no keyboard can be opened.
    /// Keys come from stdin when it is a terminal, else from `/dev/tty` (the article came through a pipe).
    public static func openInteractive(theme: Theme = .standard) -> NCursesTerminal? {
        guard isatty(1) == 1 else { return nil }
        TerminalSetup.adoptUTF8Locale()
        let term = getenv("TERM").map { String(cString: $0) }
        guard let type = TerminalSetup.drawableTerminalType(environment: term, outputDescriptor: 1) else { return nil }
        let input: UnsafeMutablePointer<FILE>
        if isatty(0) == 1 {
            input = dossier_stdin()
        } else if let tty = fopen("/dev/tty", "r") {
            input = tty
        } else {
            return nil
        }
        return try? NCursesTerminal(terminalType: type, input: input, theme: theme)
    }
}
