/// The article list: title, date and source, newest first.
struct LibraryRenderer {
    let library: LibraryState

    func draw(into frame: inout Frame) {
        let width = frame.size.width
        let shown = library.shown
        let filter = library.filter.isEmpty ? "" : "/\(library.filter) "
        let count = library.filter.isEmpty ? library.count : shown.count
        frame.putRow(" Articles in \(library.folder) (\(count))", trailer: filter, x: 0, y: 0, width: width, style: .paneTitleFocused)
        let rows = max(0, frame.size.height - 2)
        if shown.isEmpty {
            let text = library.articles.isEmpty ? "No articles in \(library.folder)" : "No match"
            frame.put(" " + text, x: 0, y: 1, maxWidth: width, style: .dimmed)
            return
        }
        var cursor = library.cursor
        cursor.keepVisible(visibleRows: rows)
        // The source column fits the sources on screen: measuring 10,000 on every key would be slow.
        let visible = shown[min(cursor.scroll, shown.count)..<min(cursor.scroll + rows, shown.count)]
        let sourceWidth = width >= 70 ? min(16, visible.map { DisplayWidth.of(library.articles[$0].source ?? "") }.max() ?? 0) : 0
        let dateWidth = width >= 40 ? 10 : 0
        for line in 0..<rows {
            let position = cursor.scroll + line
            guard shown.indices.contains(position) else { break }
            let article = library.articles[shown[position]]
            let y = 1 + line
            let isCursor = position == cursor.index
            let style: Style = isCursor ? .selection : .normal
            frame.fill(x: 0, y: y, width: width, style: style)
            frame.put(article.isUnread ? "•" : " ", x: 1, y: y, maxWidth: 1, style: isCursor ? style : .marked)
            var trailerWidth = 0
            if sourceWidth > 0 {
                trailerWidth += sourceWidth + 2
                frame.put(article.source ?? "", x: width - sourceWidth - 1, y: y, maxWidth: sourceWidth, style: isCursor ? style : .dimmed)
            }
            if dateWidth > 0 {
                trailerWidth += dateWidth + 2
                frame.put(article.date ?? "", x: width - trailerWidth + 1, y: y, maxWidth: dateWidth, style: style)
            }
            frame.put(article.title, x: 3, y: y, maxWidth: width - 3 - trailerWidth - 1, style: style)
        }
    }
}
