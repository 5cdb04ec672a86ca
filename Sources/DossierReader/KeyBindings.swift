/// What a key asks for; what that means depends on the screen and the focused pane. The raw value is
/// the action's name in the configuration file's `[keys]` table.
public enum Action: String, Sendable, Equatable, CaseIterable {
    case lineDown = "line_down", lineUp = "line_up", pageDown = "page_down", pageUp = "page_up", top, bottom
    case nextPane = "next_pane", previousPane = "previous_pane"
    case activate
    case nextMatch = "next_match", previousMatch = "previous_match"
    case nextRelation = "next_relation", previousRelation = "previous_relation"
    case search
    case clearSelection = "clear_selection"
    case timeline
    case links
    case otherArticles = "other_articles", personTimeline = "person_timeline"
    case help
    case quit
    case redraw
}

/// One key binding: the keys, how help shows them, the action and what it does.
public struct KeyBinding: Sendable, Equatable {
    public var keys: [Key]
    public var label: String
    public var action: Action
    public var summary: String

    public init(keys: [Key], label: String, action: Action, summary: String) {
        self.keys = keys
        self.label = label
        self.action = action
        self.summary = summary
    }
}

/// The one bindings table: dispatch and the help screen are both generated from it. A value, so that
/// the reader runs with the user's bindings (the configuration's `[keys]`) and tests with their own.
public struct KeyBindings: Sendable, Equatable {
    /// Every binding, in the help screen's order.
    public private(set) var all: [KeyBinding]
    private var byKey: [Key: Action]

    public init(_ bindings: [KeyBinding]) {
        all = bindings
        byKey = KeyBindings.table(bindings)
    }

    /// The bindings the reader has without a configuration file.
    public static let standard = KeyBindings([
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
    ])

    public func action(for key: Key) -> Action? { byKey[key] }

    /// The keys bound to `action` (empty when it has none).
    public func keys(for action: Action) -> [Key] { all.first { $0.action == action }?.keys ?? [] }

    /// Binds `action` to exactly `keys`: a key taken from another action leaves that action; help shows
    /// the new keys.
    public mutating func rebind(_ action: Action, to keys: [Key]) {
        for index in all.indices {
            if all[index].action == action {
                all[index].keys = keys
                all[index].label = KeyBindings.label(keys)
            } else if all[index].keys.contains(where: keys.contains) {
                all[index].keys.removeAll(where: keys.contains)
                all[index].label = KeyBindings.label(all[index].keys)
            }
        }
        byKey = KeyBindings.table(all)
    }

    /// The help screen's lines, generated from the table.
    public var helpLines: [String] {
        let labelWidth = all.map { DisplayWidth.of($0.label) }.max() ?? 0
        return all.map { binding in
            binding.label + String(repeating: " ", count: labelWidth - DisplayWidth.of(binding.label) + 2) + binding.summary
        }
    }

    static func table(_ bindings: [KeyBinding]) -> [Key: Action] {
        var table: [Key: Action] = [:]
        for binding in bindings { for key in binding.keys { table[key] = binding.action } }
        return table
    }

    /// How help names keys that the user bound: "x", "Ctrl-Q", "Tab", "PgDn", "none" for no key.
    static func label(_ keys: [Key]) -> String {
        keys.isEmpty ? "none" : keys.map(\.label).joined(separator: " ")
    }
}

extension Key {
    /// The key as help shows it.
    public var label: String {
        switch self {
        case .character(" "): "Space"
        case .character(let character): VisibleText.plain(String(character))
        case .control(let character): "Ctrl-" + character.uppercased()
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .backspace: "Backspace"
        case .delete: "Del"
        case .unknown: "?"
        }
    }
}
