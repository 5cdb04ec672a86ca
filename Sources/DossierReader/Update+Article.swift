import DossierText

extension ReaderState {
    mutating func performInArticle(_ action: Action) -> [Effect] {
        guard var article else { return [] }
        let screen = screenLayout
        switch action {
        case .lineDown, .lineUp, .pageDown, .pageUp, .top, .bottom:
            article.move(action, screen: screen)
        case .nextPane:
            article.focus = article.focus.next
        case .previousPane:
            article.focus = article.focus.previous
        case .activate:
            article.activate(screen: screen)
        case .nextMatch, .previousMatch:
            message = article.stepMatch(forward: action == .nextMatch, screen: ScreenLayout(size: size, focus: .article))
            if screen.isNarrow, message == nil { article.focus = .article }
        case .nextRelation, .previousRelation:
            message = article.stepRelation(forward: action == .nextRelation)
        case .search:
            switch article.focus {
            case .article: prompt = Prompt(purpose: .searchArticle, text: "", previous: article.search?.query ?? "")
            case .entities: prompt = Prompt(purpose: .filterEntities, text: article.entityFilter, previous: article.entityFilter)
            case .events: prompt = Prompt(purpose: .filterEvents, text: article.eventFilter, previous: article.eventFilter)
            }
        case .clearSelection:
            article.selectedEntity = nil
            article.mentionIndex = nil
            article.search = nil
            article.focusedSentence = nil
            article.entityFilter = ""
            article.eventFilter = ""
        case .timeline:
            overlay = .timeline
            if let selected = article.selectedEntity,
               let first = article.model.timeline.firstIndex(where: { article.model.eventsOfEntity[selected].contains($0) }) {
                article.timelineCursor = ListCursor(index: first)
            }
            article.timelineCursor.keepVisible(visibleRows: timelineRows)
        case .links:
            overlay = .links
            article.linkCursor = ListCursor()
        case .help, .quit, .redraw, .otherArticles, .personTimeline:
            break
        }
        self.article = article
        clampScrolling()
        return []
    }
}

extension ArticleState {
    mutating func move(_ action: Action, screen: ScreenLayout) {
        switch focus {
        case .article:
            let page = max(1, screen.articleHeight - 1)
            switch action {
            case .lineDown: topLine += 1
            case .lineUp: topLine -= 1
            case .pageDown: topLine += page
            case .pageUp: topLine -= page
            case .top: topLine = 0
            case .bottom: topLine = layout.lines.count
            default: break
            }
            clampTop(screen: screen)
        case .entities:
            entityCursor.move(by: delta(action, rows: ScreenLayout.listHeight(screen.entities)),
                              count: shownEntities.count, visibleRows: ScreenLayout.listHeight(screen.entities))
            eventCursor = ListCursor()
        case .events:
            eventCursor.move(by: delta(action, rows: ScreenLayout.listHeight(screen.events)),
                             count: shownEvents.count, visibleRows: ScreenLayout.listHeight(screen.events))
        }
    }

    func delta(_ action: Action, rows: Int) -> Int {
        switch action {
        case .lineDown: 1
        case .lineUp: -1
        case .pageDown: rows
        case .pageUp: -rows
        case .top: -Int(Int32.max)
        case .bottom: Int(Int32.max)
        default: 0
        }
    }

    mutating func clampTop(screen: ScreenLayout) {
        let height = screen.articleHeight
        topLine = min(max(0, topLine), max(0, layout.lines.count - height))
    }

    /// Enter: select the entity under the cursor, or jump to the event under the cursor.
    mutating func activate(screen: ScreenLayout) {
        switch focus {
        case .article:
            _ = followRelation(screen: screen)
        case .entities:
            guard let entity = entityUnderCursor else { return }
            select(entity, screen: screen)
        case .events:
            let events = shownEvents
            guard events.indices.contains(eventCursor.index) else { return }
            let event = document.events[events[eventCursor.index]]
            focusedSentence = event.sentence
            if screen.isNarrow { focus = .article }
            scroll(toShow: event.sentence.lowerBound, screen: screen)
        }
    }

    /// n / N: the next mention of the selected entity, else the next search match. Returns a status message.
    mutating func stepMatch(forward: Bool, screen: ScreenLayout) -> String? {
        if let entity = selectedEntity {
            let mentions = model.mentions[entity]
            guard !mentions.isEmpty else { return "no mentions of \(model.entity(entity).name) in the text" }
            let next = Self.step(from: mentionIndex, count: mentions.count, forward: forward)
            mentionIndex = next
            scroll(toShow: mentions[next].lowerBound, screen: screen)
            return nil
        }
        if var search {
            guard !search.matches.isEmpty else { return "Pattern not found: \(search.query)" }
            let next = Self.step(from: search.current, count: search.matches.count, forward: forward)
            search.current = next
            self.search = search
            scroll(toShow: search.matches[next].lowerBound, screen: screen)
            return nil
        }
        return "Nothing to step through: select an entity (Enter) or search (/)"
    }

    static func step(from current: Int?, count: Int, forward: Bool) -> Int {
        guard let current else { return forward ? 0 : count - 1 }
        return forward ? (current + 1) % count : (current + count - 1) % count
    }

    /// Scrolls so that the line showing `offset` is on screen, a few lines below the top when it was not.
    mutating func scroll(toShow offset: Int, screen: ScreenLayout) {
        let line = layout.line(containing: offset)
        let view = ScreenLayout(size: screen.size, focus: .article, whoLine: hasWhoLine)
        let height = view.articleHeight
        if line < topLine || line >= topLine + height {
            topLine = line - min(2, height / 4)
        }
        clampTop(screen: view)
    }

    /// Runs a search and jumps to the first match at or after the top of the pane.
    mutating func runSearch(_ query: String, screen: ScreenLayout) -> String? {
        guard !query.isEmpty else {
            search = nil
            return nil
        }
        let matches = TextSearch.matches(of: query, in: document.text).filter { model.isVisible($0.lowerBound) }
        search = SearchState(query: query, matches: matches, current: nil)
        guard !matches.isEmpty else { return "Pattern not found: \(query)" }
        selectedEntity = nil
        mentionIndex = nil
        let topOffset = layout.lines.indices.contains(topLine) ? layout.lines[topLine].offset : 0
        let first = matches.firstIndex { $0.lowerBound >= topOffset } ?? 0
        search?.current = first
        scroll(toShow: matches[first].lowerBound, screen: screen)
        return nil
    }
}
