/// The help screen, generated from the bindings table.
enum HelpRenderer {
    /// One column when the keys fit the screen's height, else two side by side.
    static func draw(into frame: inout Frame, bindings: KeyBindings) {
        let lines = bindings.helpLines
        let available = max(0, frame.size.height - 3)
        let columns = lines.count > available ? 2 : 1
        let perColumn = (lines.count + columns - 1) / columns
        let lineWidth = lines.map { DisplayWidth.of($0) }.max() ?? 0
        let width = min(frame.size.width, columns * lineWidth + 2 * (columns - 1) + 4)
        let height = min(max(0, frame.size.height - 1), perColumn + 2)
        let rect = Rect(x: (frame.size.width - width) / 2, y: max(0, (frame.size.height - 1 - height) / 2), width: width, height: height)
        guard rect.width >= 4, rect.height >= 3 else {
            frame.put("Help: press any key", x: 0, y: 0, maxWidth: frame.size.width, style: .paneTitleFocused)
            return
        }
        frame.box(rect, title: "Keys · any key closes")
        let columnWidth = columns == 1 ? rect.width - 4 : (rect.width - 6) / 2
        for (index, line) in lines.enumerated() {
            let column = index / perColumn, row = index % perColumn
            guard row < rect.height - 2 else { continue }
            frame.put(line, x: rect.x + 2 + column * (columnWidth + 2), y: rect.y + 1 + row, maxWidth: columnWidth, style: .normal)
        }
    }
}

/// Every event of the article ordered by its time value; events of the selected entity are marked.
struct TimelineRenderer {
    let article: ArticleState

    func draw(into frame: inout Frame) {
        let rect = Rect(x: 0, y: 0, width: frame.size.width, height: max(0, frame.size.height - 1))
        let model = article.model
        guard rect.width >= 4, rect.height >= 3 else { return }
        frame.box(rect, title: "Timeline (\(model.timeline.count) events)")
        let rows = rect.height - 2
        if model.timeline.isEmpty {
            frame.put("No events", x: 2, y: 1, maxWidth: rect.width - 4, style: .dimmed)
            return
        }
        let selected = article.selectedEntity.map { model.eventsOfEntity[$0] } ?? []
        let typeWidth = min(11, model.timeline.map { model.document.events[$0].type.count }.max() ?? 0)
        let timeWidth = max(11, model.timeline.map { model.document.events[$0].time.map { DisplayWidth.of($0.label) } ?? 0 }.max() ?? 0)
        var cursor = article.timelineCursor
        cursor.keepVisible(visibleRows: rows)
        for line in 0..<rows {
            let position = cursor.scroll + line
            guard model.timeline.indices.contains(position) else { break }
            let index = model.timeline[position]
            let event = model.document.events[index]
            let isMarked = selected.contains(index)
            var style: Style = event.modality == .asserted ? (isMarked ? .marked : .normal) : .uncertain
            if position == cursor.index { style = .selection }
            let text = (isMarked ? "▸ " : "  ") + padded(event.time?.label ?? "—", timeWidth) + " " + padded(event.type, typeWidth) + "  "
                + model.summary(ofEvent: index)
            frame.putRow(text, x: 1, y: 1 + line, width: rect.width - 2, style: style)
        }
    }
}

/// The article's web addresses, one per row; each row is a hyperlink where the terminal draws them.
struct LinksRenderer {
    let article: ArticleState

    func draw(into frame: inout Frame) {
        let rect = Rect(x: 0, y: 0, width: frame.size.width, height: max(0, frame.size.height - 1))
        let targets = article.model.linkTargets
        guard rect.width >= 4, rect.height >= 3 else { return }
        frame.box(rect, title: "Links (\(targets.count)) · y copies · q closes")
        if targets.isEmpty {
            frame.put("No web addresses in this article", x: 2, y: 1, maxWidth: rect.width - 4, style: .dimmed)
            return
        }
        var cursor = article.linkCursor
        cursor.keepVisible(visibleRows: rect.height - 2)
        for line in 0..<(rect.height - 2) {
            let position = cursor.scroll + line
            guard targets.indices.contains(position) else { break }
            let y = 1 + line
            frame.putRow("", x: 1, y: y, width: rect.width - 2, style: position == cursor.index ? .selection : .normal)
            let used = frame.put(targets[position], x: 2, y: y, maxWidth: rect.width - 4,
                                 style: position == cursor.index ? .selection : .link)
            frame.link(x: 2, y: y, width: used, to: targets[position])
        }
    }
}
