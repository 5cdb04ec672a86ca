/// What a key asks for; what that means depends on the screen and the focused pane.
public enum Action: Sendable, Equatable {
    case lineDown, lineUp, pageDown, pageUp, top, bottom
    case nextPane, previousPane
    case activate
    case nextMatch, previousMatch
    case nextRelation, previousRelation
    case search
    case clearSelection
    case timeline
    case links
    case otherArticles, personTimeline
    case help
    case quit
    case redraw
}

/// One key binding: the keys, how help shows them, the action and what it does.
public struct KeyBinding: Sendable {
    public var keys: [Key]
    public var label: String
    public var action: Action
    public var summary: String
}

/// The one bindings table: dispatch and the help screen are both generated from it.
public enum KeyBindings {
    public static let all: [KeyBinding] = [
        KeyBinding(keys: [.character("j"), .down], label: "j ↓", action: .lineDown, summary: "scroll down / next item"),
        KeyBinding(keys: [.character("k"), .up], label: "k ↑", action: .lineUp, summary: "scroll up / previous item"),
        KeyBinding(keys: [.character(" "), .pageDown, .control("f")], label: "Space PgDn", action: .pageDown, summary: "page down"),
        KeyBinding(keys: [.character("b"), .pageUp, .control("b")], label: "b PgUp", action: .pageUp, summary: "page up"),
        KeyBinding(keys: [.character("g"), .home], label: "g Home", action: .top, summary: "go to the top"),
        KeyBinding(keys: [.character("G"), .end], label: "G End", action: .bottom, summary: "go to the end"),
        KeyBinding(keys: [.tab], label: "Tab", action: .nextPane, summary: "next pane"),
        KeyBinding(keys: [.backTab], label: "Shift-Tab", action: .previousPane, summary: "previous pane"),
        KeyBinding(keys: [.enter], label: "Enter", action: .activate,
                   summary: "select, jump to, open"),
        KeyBinding(keys: [.character("n")], label: "n", action: .nextMatch, summary: "next mention or match"),
        KeyBinding(keys: [.character("N")], label: "N", action: .previousMatch, summary: "previous mention or match"),
        KeyBinding(keys: [.character("o")], label: "o", action: .nextRelation,
                   summary: "next relation (Enter: go)"),
        KeyBinding(keys: [.character("O")], label: "O", action: .previousRelation, summary: "previous relation"),
        KeyBinding(keys: [.character("/")], label: "/", action: .search, summary: "search / filter a list"),
        KeyBinding(keys: [.escape], label: "Esc", action: .clearSelection, summary: "clear selection, search"),
        KeyBinding(keys: [.character("t")], label: "t", action: .timeline, summary: "timeline of all events"),
        KeyBinding(keys: [.character("L")], label: "L", action: .links, summary: "web addresses (y copies)"),
        KeyBinding(keys: [.character("a")], label: "a", action: .otherArticles, summary: "other articles naming it"),
        KeyBinding(keys: [.character("T")], label: "T", action: .personTimeline, summary: "its events in the library"),
        KeyBinding(keys: [.character("?"), .character("h")], label: "? h", action: .help, summary: "this help"),
        KeyBinding(keys: [.control("l")], label: "Ctrl-L", action: .redraw, summary: "repaint the screen"),
        KeyBinding(keys: [.character("q")], label: "q", action: .quit, summary: "back / quit"),
    ]

    static let byKey: [Key: Action] = {
        var table: [Key: Action] = [:]
        for binding in all { for key in binding.keys { table[key] = binding.action } }
        return table
    }()

    public static func action(for key: Key) -> Action? { byKey[key] }

    /// The help screen's lines, generated from the table.
    public static var helpLines: [String] {
        let labelWidth = all.map { DisplayWidth.of($0.label) }.max() ?? 0
        return all.map { binding in
            binding.label + String(repeating: " ", count: labelWidth - DisplayWidth.of(binding.label) + 2) + binding.summary
        }
    }
}
