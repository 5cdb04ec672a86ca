import DossierText

/// The pane title row: focused panes stand out.
func drawPaneTitle(_ title: String, trailer: String = "", rect: Rect, focused: Bool, into frame: inout Frame) {
    frame.putRow(" " + title, trailer: trailer, x: rect.x, y: rect.y, width: rect.width,
                 style: focused ? .paneTitleFocused : .paneTitle)
}

/// People, organisations, places and groups, each with its mention count, grouped by type.
struct EntityPaneRenderer {
    let state: ArticleState
    let rect: Rect

    enum Row {
        case header(EntityType)
        case entity(position: Int, index: Int)
    }

    static func heading(_ type: EntityType) -> String {
        switch type {
        case .person: "PEOPLE"
        case .organization: "ORGANISATIONS"
        case .place: "PLACES"
        case .group: "GROUPS"
        case .other: "OTHER"
        }
    }

    func draw(into frame: inout Frame) {
        guard rect.height > 0, rect.width > 0 else { return }
        let focused = state.focus == .entities
        let shown = state.shownEntities
        let filter = state.entityFilter.isEmpty ? "" : "/\(state.entityFilter) "
        drawPaneTitle("Entities (\(shown.count))", trailer: filter, rect: rect, focused: focused, into: &frame)
        var rows: [Row] = []
        var cursorRow = 0, scrollRow = 0
        var lastType: EntityType? = nil
        for (position, index) in shown.enumerated() {
            let type = state.model.entity(index).type
            if type != lastType {
                if position == state.entityCursor.scroll { scrollRow = rows.count }
                rows.append(.header(type))
                lastType = type
            } else if position == state.entityCursor.scroll {
                scrollRow = rows.count
            }
            if position == state.entityCursor.index { cursorRow = rows.count }
            rows.append(.entity(position: position, index: index))
        }
        let height = rect.height - 1
        var first = scrollRow
        if cursorRow >= first + height { first = cursorRow - height + 1 }
        if cursorRow < first { first = max(0, cursorRow - 1) }
        if shown.isEmpty {
            let text = state.entityFilter.isEmpty ? "No names found" : "No match"
            frame.put(" " + text, x: rect.x, y: rect.y + 1, maxWidth: rect.width, style: .dimmed)
            return
        }
        for line in 0..<height where rows.indices.contains(first + line) {
            let y = rect.y + 1 + line
            switch rows[first + line] {
            case .header(let type):
                frame.put(" " + Self.heading(type), x: rect.x, y: y, maxWidth: rect.width, style: .groupHeader)
            case .entity(let position, let index):
                drawEntity(index, isCursor: position == state.entityCursor.index, focused: focused, y: y, into: &frame)
            }
        }
    }

    func drawEntity(_ index: Int, isCursor: Bool, focused: Bool, y: Int, into frame: inout Frame) {
        let entity = state.model.entity(index)
        let count = String(state.model.mentions[index].count)
        let isSelected = index == state.selectedEntity
        let rowStyle: Style = isCursor ? (focused ? .selection : .selectionInactive) : .normal
        frame.fill(x: rect.x, y: y, width: rect.width, style: rowStyle)
        frame.put(isSelected ? "▸" : " ", x: rect.x + 1, y: y, maxWidth: 1, style: isCursor ? rowStyle : .marked)
        let nameWidth = rect.width - 4 - count.count
        frame.put(entity.name, x: rect.x + 2, y: y, maxWidth: nameWidth, style: isCursor ? rowStyle : .entity(entity.type))
        frame.put(count, x: rect.x + rect.width - 1 - count.count, y: y, maxWidth: count.count, style: rowStyle)
    }
}

/// The events of the selected entity (or of the entity under the cursor): type, time, trigger, others.
struct EventPaneRenderer {
    let state: ArticleState
    let rect: Rect

    func draw(into frame: inout Frame) {
        guard rect.height > 0, rect.width > 0 else { return }
        let focused = state.focus == .events
        let entity = state.selectedEntity ?? state.entityUnderCursor
        let events = state.shownEvents
        var title = "Events"
        if let entity { title += " · " + state.model.entity(entity).name }
        let filter = state.eventFilter.isEmpty ? "" : "/\(state.eventFilter) "
        if rect.x > 0 {
            frame.fill("─", x: rect.x, y: rect.y, width: rect.width, style: .border)
            frame.put(" \(title) ", x: rect.x + 1, y: rect.y, maxWidth: rect.width - 2 - filter.count,
                      style: focused ? .paneTitleFocused : .paneTitle)
            if !filter.isEmpty { frame.put(filter, x: rect.x + rect.width - filter.count, y: rect.y, maxWidth: filter.count, style: .paneTitle) }
        } else {
            drawPaneTitle(title, trailer: filter, rect: rect, focused: focused, into: &frame)
        }
        guard rect.height > 1 else { return }
        if entity == nil || events.isEmpty {
            let text = entity == nil ? "Select an entity to list its events" : "No events"
            frame.put(" " + text, x: rect.x, y: rect.y + 1, maxWidth: rect.width, style: .dimmed)
            return
        }
        let document = state.document
        let typeWidth = min(11, events.map { document.events[$0].type.count }.max() ?? 0)
        let timeWidth = events.map { document.events[$0].time.map { DisplayWidth.of($0.label) } ?? 0 }.max() ?? 0
        var cursor = state.eventCursor
        cursor.keepVisible(visibleRows: rect.height - 1)
        for line in 0..<(rect.height - 1) {
            let position = cursor.scroll + line
            guard events.indices.contains(position) else { break }
            let event = document.events[events[position]]
            let isCursor = position == cursor.index
            let base: Style = event.modality == .asserted ? .normal : .uncertain
            let style: Style = isCursor ? (focused ? .selection : .selectionInactive) : base
            var text = " " + padded(String(event.type.prefix(typeWidth)), typeWidth) + " "
            if timeWidth > 0 { text += padded(event.time?.label ?? "", timeWidth) + " " }
            text += state.model.summary(ofEvent: events[position], excluding: entity)
            frame.putRow(text, x: rect.x, y: rect.y + 1 + line, width: rect.width, style: style)
        }
    }
}
