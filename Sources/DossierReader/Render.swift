/// Draws the whole reader for a terminal size: a pure function of the state.
/// - Complexity: proportional to the cells on screen; the text is never re-laid out unless `size`
///   differs from the size the state was last updated with.
public func render(_ state: ReaderState, size: Size) -> Frame {
    var frame = Frame(size: size)
    guard size.width > 0, size.height > 0 else { return frame }
    var state = state
    if state.size != size {
        _ = update(&state, .resize(width: size.width, height: size.height))
    }
    if let article = state.article {
        ArticleScreenRenderer(state: article, screen: state.screenLayout).draw(into: &frame)
        if state.overlay == .timeline { TimelineRenderer(article: article).draw(into: &frame) }
        if state.overlay == .links { LinksRenderer(article: article).draw(into: &frame) }
        if state.overlay == .otherArticles, let other = state.otherArticles { OtherArticlesRenderer(state: other).draw(into: &frame) }
    } else if let library = state.library {
        LibraryRenderer(library: library).draw(into: &frame)
    }
    if state.overlay == .help { HelpRenderer.draw(into: &frame, bindings: state.keyBindings) }
    StatusLineRenderer(state: state).draw(into: &frame)
    return frame
}

// MARK: - Shared drawing

extension Frame {
    /// A box outline in UTF-8 line drawing (never ACS) with an optional title on the top edge.
    mutating func box(_ rect: Rect, title: String? = nil) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let right = rect.x + rect.width - 1, bottom = rect.y + rect.height - 1
        fill(rect, style: .normal)
        fill("─", x: rect.x + 1, y: rect.y, width: rect.width - 2, style: .border)
        fill("─", x: rect.x + 1, y: bottom, width: rect.width - 2, style: .border)
        for y in (rect.y + 1)..<bottom {
            set(rect.x, y, Cell("│", style: .border))
            set(right, y, Cell("│", style: .border))
        }
        set(rect.x, rect.y, Cell("┌", style: .border))
        set(right, rect.y, Cell("┐", style: .border))
        set(rect.x, bottom, Cell("└", style: .border))
        set(right, bottom, Cell("┘", style: .border))
        if let title { put(" \(title) ", x: rect.x + 2, y: rect.y, maxWidth: rect.width - 4, style: .paneTitle) }
    }

    /// Writes `text` left-aligned and `trailer` right-aligned in a row of `width` columns.
    mutating func putRow(_ text: String, trailer: String = "", x: Int, y: Int, width: Int, style: Style) {
        fill(x: x, y: y, width: width, style: style)
        let trailerWidth = DisplayWidth.of(trailer)
        let textWidth = trailer.isEmpty ? width : max(0, width - trailerWidth - 1)
        put(text, x: x, y: y, maxWidth: textWidth, style: style)
        if !trailer.isEmpty, trailerWidth < width { put(trailer, x: x + width - trailerWidth, y: y, maxWidth: trailerWidth, style: style) }
    }
}

/// Pads or cuts plain (already safe, single-width) text to a column count.
func padded(_ text: String, _ width: Int) -> String {
    let columns = DisplayWidth.of(text)
    if columns >= width { return text }
    return text + String(repeating: " ", count: width - columns)
}
