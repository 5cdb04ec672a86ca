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

    public mutating func keepVisible(visibleRows: Int) {
        let rows = max(1, visibleRows)
        if index < scroll { scroll = index }
        if index >= scroll + rows { scroll = index - rows + 1 }
        scroll = max(0, scroll)
    }
}
