/// A cursor in a list and the first row shown.
public struct ListCursor: Sendable, Equatable {
    public var index = 0
    public var scroll = 0

    public init(index: Int = 0, scroll: Int = 0) {
        self.index = index
        self.scroll = scroll
    }

    /// Moves by `delta` items within `count`, keeping the cursor inside `visibleRows`.
    public mutating func move(by delta: Int, count: Int, visibleRows: Int) {
        guard count > 0 else { self = ListCursor(); return }
        index = min(max(0, index + delta), count - 1)
        keepVisible(visibleRows: visibleRows)
    }

    /// Applies a movement key (line, page, top, bottom); false for any other action.
    public mutating func move(_ action: Action, count: Int, visibleRows: Int) -> Bool {
        switch action {
        case .lineDown: move(by: 1, count: count, visibleRows: visibleRows)
        case .lineUp: move(by: -1, count: count, visibleRows: visibleRows)
        case .pageDown: move(by: visibleRows, count: count, visibleRows: visibleRows)
        case .pageUp: move(by: -visibleRows, count: count, visibleRows: visibleRows)
        case .top: move(by: -count, count: count, visibleRows: visibleRows)
        case .bottom: move(by: count, count: count, visibleRows: visibleRows)
        default: return false
        }
        return true
    }

    public mutating func keepVisible(visibleRows: Int) {
        let rows = max(1, visibleRows)
        if index < scroll { scroll = index }
        if index >= scroll + rows { scroll = index - rows + 1 }
        scroll = max(0, scroll)
    }
}
