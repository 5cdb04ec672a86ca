import DossierReader

/// Keys as the configuration file writes them: one character (`"x"`), a name (`"tab"`, `"pgdn"`,
/// `"shift+tab"`), or a control key (`"ctrl+l"`). Only keys the reader can receive are accepted.
enum KeyNames {
    /// The key, or why the text is not one (nil reason: not a key at all).
    static func key(_ text: String) -> Result<Key, KeyNameError> {
        let scalars = Array(text.unicodeScalars)
        if scalars.count == 1, let scalar = scalars.first {
            guard scalar.value >= 0x20, scalar.value != 0x7F, !(0x80...0x9F).contains(scalar.value) else { return .failure(KeyNameError()) }
            return .success(.character(Character(scalar)))
        }
        let lowered = text.lowercased()
        if let named = named[lowered] { return .success(named) }
        for prefix in ["ctrl+", "ctrl-", "c-", "^"] where lowered.hasPrefix(prefix) {
            let rest = lowered.dropFirst(prefix.count)
            guard rest.count == 1, let letter = rest.first, letter >= "a", letter <= "z" else { return .failure(KeyNameError()) }
            if let reason = reservedControls[letter] { return .failure(KeyNameError(reason: reason)) }
            return .success(.control(letter))
        }
        return .failure(KeyNameError())
    }

    /// How `config --print` writes a key (read back by `key(_:)`).
    static func name(_ key: Key) -> String {
        switch key {
        case .character(" "): "space"
        case .character(let character): String(character)
        case .control(let letter): "ctrl+\(letter)"
        case .up: "up"
        case .down: "down"
        case .left: "left"
        case .right: "right"
        case .pageUp: "pgup"
        case .pageDown: "pgdn"
        case .home: "home"
        case .end: "end"
        case .enter: "enter"
        case .escape: "esc"
        case .tab: "tab"
        case .backTab: "shift+tab"
        case .backspace: "backspace"
        case .delete: "delete"
        case .unknown: "unknown"
        }
    }

    static let named: [String: Key] = [
        "space": .character(" "), "tab": .tab, "shift+tab": .backTab, "shift-tab": .backTab, "backtab": .backTab,
        "enter": .enter, "return": .enter, "esc": .escape, "escape": .escape,
        "up": .up, "down": .down, "left": .left, "right": .right,
        "pgup": .pageUp, "pageup": .pageUp, "page_up": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown, "page_down": .pageDown,
        "home": .home, "end": .end, "backspace": .backspace, "delete": .delete, "del": .delete,
    ]

    /// Control keys that never reach the reader as themselves (the terminal keeps them or sends another key).
    static let reservedControls: [Character: String] = [
        "c": "the terminal sends Ctrl-C as an interrupt",
        "z": "the terminal sends Ctrl-Z as a suspend",
        "q": "the terminal keeps Ctrl-Q for flow control",
        "s": "the terminal keeps Ctrl-S for flow control",
        "h": "the terminal sends it as Backspace",
        "i": "the terminal sends it as Tab",
        "j": "the terminal sends it as Enter",
        "m": "the terminal sends it as Enter",
    ]
}

struct KeyNameError: Error {
    var reason: String?
}
