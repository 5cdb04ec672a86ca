import DossierText

/// The reader's one entry point for change: applies an input to the state, returns the effects to run.
public func update(_ state: inout ReaderState, _ input: Input) -> [Effect] {
    switch input {
    case .resize(let width, let height):
        state.size = Size(width: width, height: height)
        state.article?.relayout(for: state.size)
        state.clampScrolling()
        return []
    case .articleOpened(let path, let document, let analysisPending, let part):
        state.leaveForFocusedArticle(path: path, part: part)
        state.article = ArticleState(document: document, path: path, size: state.size)
        state.article?.analysisPending = analysisPending
        state.article?.part = part
        state.applyPendingFocus(path: path, part: part)
        state.overlay = nil
        state.prompt = nil
        state.message = document.article.notes.isEmpty ? nil : document.article.notes.joined(separator: "; ")
        if let index = state.library?.articles.firstIndex(where: { $0.path == path && $0.part == part }) {
            state.library?.articles[index].isUnread = false
        }
        return []
    case .analysisFinished(let path, let part, let document):
        guard state.article?.path == path, state.article?.part == part, state.article?.analysisPending == true else { return [] }
        state.article?.adoptAnalysis(document)
        state.applyPendingFocus(path: path, part: part)
        return []
    case .openFailed(_, let message):
        state.message = message
        state.pendingFocus = nil
        return []
    case .appearancesFound(let key, let appearances):
        state.adoptAppearances(appearances, entityKey: key)
        return []
    case .libraryListed(let articles, let progress):
        state.library?.replaceArticles(articles, progress: progress)
        state.clampScrolling()
        return []
    case .key(let key):
        state.message = nil
        state.article?.resizeAnchor = nil
        if state.prompt != nil { return state.handlePromptKey(key) }
        if let overlay = state.overlay { return state.handleOverlayKey(key, overlay) }
        guard let action = state.keyBindings.action(for: key) else { return [] }
        return state.perform(action)
    }
}

extension ReaderState {
    mutating func perform(_ action: Action) -> [Effect] {
        switch action {
        case .help:
            overlay = .help
            return []
        case .redraw:
            return [.redrawAll]
        case .otherArticles, .personTimeline:
            if article != nil { return showOtherArticles(mode: action == .otherArticles ? .articles : .timeline) }
        case .quit:
            if article != nil, let visited = history.popLast() {
                returnTo(visited)
                return []
            }
            if article != nil, library != nil {
                article = nil
                return []
            }
            return [.quit]
        default:
            break
        }
        if article != nil {
            return performInArticle(action)
        }
        return performInLibrary(action)
    }

    // MARK: - Library

    mutating func performInLibrary(_ action: Action) -> [Effect] {
        guard var library else { return [] }
        defer { self.library = library }
        if library.cursor.move(action, count: library.shown.count, visibleRows: libraryRows) { return [] }
        switch action {
        case .activate:
            if let selected = library.selected { return [.openArticle(path: selected.path, part: selected.part)] }
        case .search:
            prompt = Prompt(purpose: .filterLibrary, text: library.filter, previous: library.filter)
        case .clearSelection:
            library.filter = ""
            library.cursor = ListCursor()
        default:
            break
        }
        return []
    }

    /// Rows of the article list (one title row, one status row).
    var libraryRows: Int { max(1, size.height - 2) }

    // MARK: - Overlays

    mutating func handleOverlayKey(_ key: Key, _ overlay: Overlay) -> [Effect] {
        switch overlay {
        case .help:
            self.overlay = nil
            return []
        case .otherArticles:
            return handleOtherArticlesKey(key)
        case .timeline:
            guard var article else { self.overlay = nil; return [] }
            guard let action = keyBindings.action(for: key) else { return [] }
            defer { self.article = article }
            if article.timelineCursor.move(action, count: article.model.timeline.count, visibleRows: timelineRows) { return [] }
            switch action {
            case .activate:
                if article.model.timeline.indices.contains(article.timelineCursor.index) {
                    let event = article.document.events[article.model.timeline[article.timelineCursor.index]]
                    self.overlay = nil
                    article.focusedSentence = event.sentence
                    article.scroll(toShow: event.sentence.lowerBound, screen: screenLayout)
                }
            case .quit, .clearSelection, .timeline:
                self.overlay = nil
            case .help:
                self.overlay = .help
            default:
                break
            }
            return []
        case .links:
            return handleLinksKey(key)
        }
    }

    /// Rows of the timeline's list (inside its box: border, title and border).
    var timelineRows: Int { max(1, size.height - 4) }

    // MARK: - Scrolling limits

    mutating func clampScrolling() {
        let screen = screenLayout
        if var article {
            article.clampTop(screen: screen)
            let entityRows = ScreenLayout.listHeight(screen.entities ?? ScreenLayout(size: size, focus: .entities).entities)
            article.entityCursor.move(by: 0, count: article.shownEntities.count, visibleRows: entityRows)
            let eventRows = ScreenLayout.listHeight(screen.events ?? ScreenLayout(size: size, focus: .events).events)
            article.eventCursor.move(by: 0, count: article.shownEvents.count, visibleRows: eventRows)
            article.timelineCursor.move(by: 0, count: article.model.timeline.count, visibleRows: timelineRows)
            self.article = article
        }
        if var library {
            library.cursor.move(by: 0, count: library.shown.count, visibleRows: libraryRows)
            self.library = library
        }
    }
}
