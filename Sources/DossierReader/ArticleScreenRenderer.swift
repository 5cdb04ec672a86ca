import DossierText

/// The article screen: text pane, entity pane, events pane (or one of them on narrow terminals).
struct ArticleScreenRenderer {
    let state: ArticleState
    let screen: ScreenLayout

    func draw(into frame: inout Frame) {
        if let row = screen.tabBarRow { drawTabs(row: row, into: &frame) }
        if let column = screen.ruleColumn {
            for y in 0..<screen.statusRow { frame.set(column, y, Cell("│", style: .border)) }
        }
        if let rect = screen.who, let who = state.whoIsWho {
            WhoIsWhoRenderer(who: who, chosen: state.chosenRelation, rect: rect).draw(into: &frame)
        }
        if let rect = screen.article { ArticleTextRenderer(state: state, rect: rect).draw(into: &frame) }
        if let rect = screen.entities { EntityPaneRenderer(state: state, rect: rect).draw(into: &frame) }
        if let rect = screen.events {
            EventPaneRenderer(state: state, rect: rect).draw(into: &frame)
            if let column = screen.ruleColumn { frame.set(column, rect.y, Cell("├", style: .border)) }
        }
    }

    func drawTabs(row: Int, into frame: inout Frame) {
        frame.fill(x: 0, y: row, width: screen.size.width, style: .paneTitle)
        var x = 0
        for pane in Pane.allCases {
            let label = " \(pane.title) "
            x += frame.put(label, x: x, y: row, maxWidth: screen.size.width - x,
                           style: pane == state.focus ? .paneTitleFocused : .paneTitle)
            if x < screen.size.width, pane != .events { frame.set(x, row, Cell("│", style: .paneTitle)); x += 1 }
        }
    }
}

/// The wrapped article text with mentions, search matches and the jumped-to sentence highlighted.
struct ArticleTextRenderer {
    let state: ArticleState
    let rect: Rect

    func draw(into frame: inout Frame) {
        let layout = state.layout
        let text = state.document.article
        for row in 0..<rect.height {
            let index = state.topLine + row
            guard layout.lines.indices.contains(index) else { break }
            let line = layout.lines[index]
            let y = rect.y + row, x = rect.x + 1, limit = rect.x + max(1, rect.width - 1)
            switch line.content {
            case .literal(let literal):
                let used = frame.put(literal, x: x, y: y, maxWidth: limit - x, style: line.style)
                if line.style == .link, let target = state.model.ownAddress {
                    frame.link(x: x, y: y, width: used, to: target)
                }
            case .text(let range):
                let decorations = self.decorations(in: range)
                var links = state.model.links[firstLink(endingAfter: range.lowerBound)...].prefix { $0.range.lowerBound < range.upperBound }
                var column = x
                var offset = range.lowerBound
                for character in text.slice(range) {
                    let style = decorations.first { $0.range.contains(offset) }?.style ?? line.style
                    let used = frame.put(VisibleText.glyph(character), x: column, y: y, limit: limit, style: style)
                    while let link = links.first, link.range.upperBound <= offset { links = links.dropFirst() }
                    if let link = links.first, link.range.contains(offset) { frame.link(x: column, y: y, width: used, to: link.target) }
                    column += used
                    offset += character.utf8.count
                    if column >= limit { break }
                }
            }
        }
    }

    /// Styled ranges overlapping a line, the most important first.
    func decorations(in line: TextRange) -> [(range: TextRange, style: Style)] {
        var result: [(range: TextRange, style: Style)] = []
        let model = state.model
        if let entity = state.selectedEntity, let index = state.mentionIndex, model.mentions[entity].indices.contains(index) {
            let current = model.mentions[entity][index]
            if current.overlaps(line) { result.append((current, .currentMention)) }
        }
        if let search = state.search {
            if let current = search.current, search.matches.indices.contains(current), search.matches[current].overlaps(line) {
                result.append((search.matches[current], .currentMention))
            }
            var index = firstRange(in: search.matches, endingAfter: line.lowerBound) { $0 }
            while index < search.matches.count, search.matches[index].lowerBound < line.upperBound {
                result.append((search.matches[index], .searchMatch))
                index += 1
            }
        }
        var spanIndex = model.firstSpan(endingAfter: line.lowerBound)
        while spanIndex < model.spans.count, model.spans[spanIndex].range.lowerBound < line.upperBound {
            let span = model.spans[spanIndex]
            if span.range.overlaps(line) {
                let style: Style
                if span.entity == state.selectedEntity {
                    style = span.kind == .name ? .selectedMention : .pronounMention
                } else {
                    style = .entity(model.entity(span.entity).type)
                }
                result.append((span.range, style))
            }
            spanIndex += 1
        }
        var linkIndex = firstLink(endingAfter: line.lowerBound)
        while linkIndex < model.links.count, model.links[linkIndex].range.lowerBound < line.upperBound {
            result.append((model.links[linkIndex].range, .link))
            linkIndex += 1
        }
        if let sentence = state.focusedSentence, sentence.overlaps(line) { result.append((sentence, .focusedSentence)) }
        result.sort { rank($0.style) < rank($1.style) }
        return result
    }

    /// The first of sorted, non-overlapping ranges that ends after `offset`.
    func firstRange<Item>(in items: [Item], endingAfter offset: Int, _ range: (Item) -> TextRange) -> Int {
        var low = 0, high = items.count
        while low < high {
            let mid = (low + high) / 2
            if range(items[mid]).upperBound <= offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The first link that ends after `offset`.
    func firstLink(endingAfter offset: Int) -> Int {
        firstRange(in: state.model.links, endingAfter: offset, \.range)
    }

    func rank(_ style: Style) -> Int {
        switch style {
        case .currentMention: 0
        case .selectedMention, .pronounMention: 1
        case .searchMatch: 2
        case .entity: 3
        case .link: 4
        default: 5
        }
    }
}
