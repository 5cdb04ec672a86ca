/// Where each pane goes for a terminal size: side by side from 80 columns, one pane at a time below.
public struct ScreenLayout: Sendable, Equatable {
    public static let narrowWidth = 80

    public let size: Size
    public let isNarrow: Bool
    /// Whether the article view starts with a who's-who row.
    public let whoLine: Bool
    /// Article pane; its text is indented by one column and wrapped at `articleTextWidth`.
    public let article: Rect?
    /// The who's-who line of the selected entity: the top row of the article view, when there is one.
    public let who: Rect?
    public let entities: Rect?
    public let events: Rect?
    /// Row of the one-line pane tabs shown on narrow terminals.
    public let tabBarRow: Int?
    /// Column of the vertical rule between the article and the side panes.
    public let ruleColumn: Int?
    public let statusRow: Int

    public init(size: Size, focus: Pane, whoLine: Bool = false) {
        self.size = size
        let bodyHeight = max(0, size.height - 1)
        statusRow = max(0, size.height - 1)
        isNarrow = size.width < ScreenLayout.narrowWidth
        self.whoLine = whoLine
        if isNarrow {
            tabBarRow = 0
            ruleColumn = nil
            let body = Rect(x: 0, y: 1, width: size.width, height: bodyHeight - 1)
            (who, article) = focus == .article ? Self.split(body, whoLine: whoLine) : (nil, nil)
            entities = focus == .entities ? body : nil
            events = focus == .events ? body : nil
        } else {
            tabBarRow = nil
            let side = min(44, max(30, size.width * 35 / 100))
            let articleWidth = size.width - side - 1
            ruleColumn = articleWidth
            (who, article) = Self.split(Rect(x: 0, y: 0, width: articleWidth, height: bodyHeight), whoLine: whoLine)
            let entityHeight = max(3, bodyHeight * 55 / 100)
            entities = Rect(x: articleWidth + 1, y: 0, width: side, height: entityHeight)
            events = Rect(x: articleWidth + 1, y: entityHeight, width: side, height: bodyHeight - entityHeight)
        }
    }

    /// The article view cut into the who's-who row and the text below it.
    static func split(_ view: Rect, whoLine: Bool) -> (who: Rect?, text: Rect) {
        guard whoLine, view.height > 1 else { return (nil, view) }
        return (Rect(x: view.x, y: view.y, width: view.width, height: 1),
                Rect(x: view.x, y: view.y + 1, width: view.width, height: view.height - 1))
    }

    /// This layout with the article view shown (on narrow terminals it may be hidden behind another pane).
    public var articleView: ScreenLayout { ScreenLayout(size: size, focus: .article, whoLine: whoLine) }

    /// The width the article is wrapped at (one column of margin on each side).
    public static func articleTextWidth(size: Size) -> Int {
        let layout = ScreenLayout(size: size, focus: .article)
        return max(1, (layout.article?.width ?? size.width) - 2)
    }

    /// Rows of text visible in the article pane.
    public var articleHeight: Int { article?.height ?? articleView.article?.height ?? 0 }

    /// Rows of items in a list pane (its first row is the pane's title).
    public static func listHeight(_ rect: Rect?) -> Int { max(1, (rect?.height ?? 1) - 1) }
}
