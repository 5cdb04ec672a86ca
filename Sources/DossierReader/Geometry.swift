/// A terminal size in character cells.
public struct Size: Sendable, Equatable, Hashable {
    public var width: Int
    public var height: Int
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
    }
}

/// A rectangle of cells on the screen.
public struct Rect: Sendable, Equatable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }
}

/// The panes of the article screen, in Tab order.
public enum Pane: Int, Sendable, CaseIterable {
    case article, entities, events

    var next: Pane { Pane(rawValue: (rawValue + 1) % Pane.allCases.count)! }
    var previous: Pane { Pane(rawValue: (rawValue + Pane.allCases.count - 1) % Pane.allCases.count)! }

    var title: String {
        switch self {
        case .article: "Article"
        case .entities: "Entities"
        case .events: "Events"
        }
    }
}
