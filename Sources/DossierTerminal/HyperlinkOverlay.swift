import DossierReader

/// When to draw web addresses as OSC 8 hyperlinks.
public enum HyperlinkSetting: String, CaseIterable, Sendable {
    case auto, always, never

    /// Terminals that draw OSC 8 links and ignore them cleanly are recognised by the variables they
    /// set; elsewhere (an unknown terminal, the Linux console, tmux before 3.4, most ssh sessions, where
    /// those variables do not travel) links stay plain underlined text. `DOSSIER_HYPERLINKS` overrides.
    public func isEnabled(environment: [String: String]) -> Bool {
        switch self {
        case .always: return true
        case .never: return false
        case .auto:
            if let forced = environment["DOSSIER_HYPERLINKS"].flatMap(HyperlinkSetting.init(rawValue:)), forced != .auto {
                return forced == .always
            }
            if environment["TMUX"] != nil || environment["STY"] != nil { return false }
            let term = environment["TERM"] ?? ""
            if ["xterm-kitty", "foot", "foot-extra", "alacritty", "wezterm", "xterm-ghostty"].contains(term) { return true }
            if ["iTerm.app", "WezTerm", "vscode", "ghostty", "Hyper"].contains(environment["TERM_PROGRAM"] ?? "") { return true }
            if environment["KITTY_WINDOW_ID"] != nil || environment["WT_SESSION"] != nil { return true }
            if let vte = environment["VTE_VERSION"].flatMap(Int.init), vte >= 5000 { return true }
            if let konsole = environment["KONSOLE_VERSION"].flatMap(Int.init), konsole >= 200400 { return true }
            return false
        }
    }
}

/// The bytes that turn the links of a drawn frame into OSC 8 hyperlinks.
///
/// curses knows nothing of hyperlinks, so after it has drawn a frame the link cells are written once
/// more, identical in text and attributes, between an OSC 8 opener and closer; the cursor and
/// attributes curses expects are saved and restored around that (DECSC/DECRC), so its picture of the
/// screen stays true. Only printable ASCII ever reaches the terminal: targets are checked by
/// `WebLinks.target(of:)` and every cell is checked again here.
enum HyperlinkOverlay {
    static func bytes(for links: [Hyperlink], in frame: Frame, colors: ColorMode, theme: Theme) -> [UInt8] {
        var out: [UInt8] = []
        for link in links where isDrawable(link, in: frame) {
            if out.isEmpty { out += Array("\u{1B}7".utf8) }
            out += Array("\u{1B}[\(link.y + 1);\(link.x + 1)H".utf8)
            out += Array("\u{1B}]8;;\(link.target)\u{1B}\\".utf8)
            var current: Style?
            for x in link.x..<(link.x + link.width) {
                let cell = frame[x, link.y]
                if cell.style != current {
                    current = cell.style
                    out += selectGraphicRendition(theme.appearance(of: cell.style, colors: colors), colors: colors)
                }
                out += Array(cell.cluster.utf8)
            }
            out += Array("\u{1B}]8;;\u{1B}\\".utf8)
        }
        if !out.isEmpty { out += Array("\u{1B}[0m\u{1B}8".utf8) }
        return out
    }

    /// A link is written only when its target and every cell under it are printable ASCII.
    static func isDrawable(_ link: Hyperlink, in frame: Frame) -> Bool {
        guard link.y >= 0, link.y < frame.size.height, link.x >= 0, link.width > 0, link.x + link.width <= frame.size.width,
              link.target.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else { return false }
        return (link.x..<(link.x + link.width)).allSatisfy { x in
            let cluster = frame[x, link.y].cluster.utf8
            return cluster.count == 1 && cluster.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
        }
    }

    /// ECMA-48 SGR for an appearance, starting from a reset.
    static func selectGraphicRendition(_ look: Appearance, colors: ColorMode) -> [UInt8] {
        var codes = ["0"]
        if look.bold { codes.append("1") }
        if look.dim { codes.append("2") }
        if look.underline { codes.append("4") }
        if look.reverse { codes.append("7") }
        if colors != .none {
            if let foreground = look.foreground {
                codes.append(colors == .full256 && foreground > 7 ? "38;5;\(foreground)" : "\(30 + foreground)")
            }
            if let background = look.background {
                codes.append(colors == .full256 && background > 7 ? "48;5;\(background)" : "\(40 + background)")
            }
        }
        return Array("\u{1B}[\(codes.joined(separator: ";"))m".utf8)
    }
}
