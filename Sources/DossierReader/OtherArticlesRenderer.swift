/// The `a` view: the other articles naming the entity (date, title, its name there and how often),
/// each followed by what happened to it there; or its events from the whole library, by date.
struct OtherArticlesRenderer {
    let state: OtherArticlesState

    func draw(into frame: inout Frame) {
        let rect = Rect(x: 0, y: 0, width: frame.size.width, height: max(0, frame.size.height - 1))
        guard rect.width >= 4, rect.height >= 3 else { return }
        frame.box(rect, title: title)
        let width = rect.width - 2
        guard let appearances = state.appearances else {
            frame.put("Looking in the library…", x: 2, y: 1, maxWidth: width - 2, style: .dimmed)
            return
        }
        if state.rows.isEmpty {
            let text = state.mode == .articles ? "No other article names \(state.entityName)" : "No events of \(state.entityName) in the library"
            frame.put(text, x: 2, y: 1, maxWidth: width - 2, style: .dimmed)
            return
        }
        let events = state.rows.compactMap { row -> LibraryEvent? in
            if case .event(let article, let event) = row { return appearances[article].events[event] }
            return nil
        }
        let typeWidth = min(11, events.map { DisplayWidth.of($0.type) }.max() ?? 0)
        var cursor = state.cursor
        cursor.keepVisible(visibleRows: rect.height - 2)
        for line in 0..<(rect.height - 2) {
            let position = cursor.scroll + line
            guard state.rows.indices.contains(position) else { break }
            let isCursor = position == cursor.index
            let (text, trailer, style) = self.line(state.rows[position], appearances, typeWidth: typeWidth)
            frame.putRow(text, trailer: trailer, x: 1, y: 1 + line, width: width, style: isCursor ? .selection : style)
        }
    }

    var title: String {
        guard let appearances = state.appearances else { return state.entityName }
        switch state.mode {
        case .articles:
            let count = appearances.count { !$0.isOpen }
            return "\(state.entityName) · \(count) other article\(count == 1 ? "" : "s") · Enter open · t timeline · q back"
        case .timeline:
            return "\(state.entityName) · \(state.rows.count) event\(state.rows.count == 1 ? "" : "s") in the library · Enter open · t articles · q back"
        }
    }

    func line(_ row: OtherArticlesState.Row, _ appearances: [LibraryAppearance], typeWidth: Int) -> (String, String, Style) {
        switch (row, state.mode) {
        case (.article(let index), _):
            let article = appearances[index]
            return (" " + padded(article.date ?? "", 10) + "  " + article.title, "\(article.nameInArticle) ×\(article.mentionCount) ", .marked)
        case (.event(let index, let number), .articles):
            let event = appearances[index].events[number]
            let text = "     " + padded(event.type, typeWidth) + "  " + padded(event.date ?? "", 10) + "  " + event.trigger + " (\(event.role))"
            return (text, "", .normal)
        case (.event(let index, let number), .timeline):
            let article = appearances[index]
            let event = article.events[number]
            let date = OtherArticlesState.date(of: (index, number), in: appearances) ?? "—"
            let text = " " + padded(date, 10) + "  " + padded(event.type, typeWidth) + "  " + event.trigger + " · " + article.title
            return (text, article.isOpen ? "this article " : "", article.isOpen ? .marked : .normal)
        }
    }
}
