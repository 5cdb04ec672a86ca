/// The `a` view and the person timeline: asking the index, moving in the list, opening an article at
/// the mention, and coming back with `q`.
extension ReaderState {
    /// `a` (other articles) or `T` (timeline) on the selected entity, else on the entity under the cursor.
    mutating func showOtherArticles(mode: OtherArticlesState.Mode) -> [Effect] {
        guard let article else { return [] }
        if article.analysisPending {
            message = "Still analysing: the entities come in a moment"
            return []
        }
        guard let index = article.selectedEntity ?? article.entityUnderCursor else {
            message = "No entity to look up: select one in the entity list (Tab, Enter)"
            return []
        }
        let entity = article.model.entity(index)
        otherArticles = OtherArticlesState(entityName: entity.name, entityKey: entity.key, mode: mode)
        overlay = .otherArticles
        return [.findAppearances(entityKey: entity.key, path: article.path, part: article.part)]
    }

    /// The index's answer for the view that asked (an answer for an earlier question is dropped).
    mutating func adoptAppearances(_ appearances: [LibraryAppearance]?, entityKey: String) {
        guard var view = otherArticles, view.entityKey == entityKey, view.appearances == nil else { return }
        guard let appearances else {
            otherArticles = nil
            if overlay == .otherArticles { overlay = nil }
            message = "No library index yet: open a folder, or run `dossier index FOLDER`"
            return
        }
        view.adopt(appearances)
        otherArticles = view
    }

    /// Rows of the view's list (inside its box).
    var otherArticlesRows: Int { max(1, size.height - 3) }

    mutating func handleOtherArticlesKey(_ key: Key) -> [Effect] {
        guard var view = otherArticles else { overlay = nil; return [] }
        guard let action = keyBindings.action(for: key) else { return [] }
        if view.cursor.move(action, count: view.rows.count, visibleRows: otherArticlesRows) {
            otherArticles = view
            return []
        }
        switch action {
        case .activate:
            if let focus = view.focusUnderCursor {
                otherArticles = view
                pendingFocus = focus
                overlay = nil
                return [.openArticle(path: focus.path, part: focus.part)]
            }
        case .timeline:
            view.toggleMode()
        case .otherArticles where view.mode == .timeline, .personTimeline where view.mode == .articles:
            view.toggleMode()
        case .quit, .clearSelection:
            overlay = nil
        case .help:
            overlay = .help
        default:
            break
        }
        otherArticles = view
        return []
    }

    // MARK: - Opening at the mention

    /// Before an article from the `a` view replaces the one on screen: keep that one to come back to.
    mutating func leaveForFocusedArticle(path: String, part: Int) {
        guard let focus = pendingFocus, focus.path == path, focus.part == part, let article else { return }
        history.append(VisitedArticle(article: article, otherArticles: otherArticles))
    }

    /// Shows the pending focus's place in the article just opened, and once its analysis is there,
    /// selects the entity at its mention (`part` nil: the analysis of whatever part is open).
    mutating func applyPendingFocus(path: String, part: Int?) {
        guard let focus = pendingFocus, focus.path == path, part == nil || part == focus.part, var article else { return }
        let screen = ScreenLayout(size: size, focus: .article)
        article.scroll(toShow: focus.offset, screen: screen)
        if !article.analysisPending {
            pendingFocus = nil
            let entities = article.document.entities
            if let entity = entities.indices.first(where: { entities[$0].mentions.contains { $0.range.lowerBound == focus.entityOffset } }) {
                article.selectedEntity = entity
                let mentions = article.model.mentions[entity]
                article.mentionIndex = mentions.isEmpty ? nil : (mentions.lastIndex { $0.lowerBound <= focus.offset } ?? 0)
                if let position = article.shownEntities.firstIndex(of: entity) { article.entityCursor = ListCursor(index: position) }
            }
        }
        self.article = article
        clampScrolling()
    }

    /// `q` in an article opened from the `a` view: the article before it, with that view open again.
    mutating func returnTo(_ visited: VisitedArticle) {
        article = visited.article
        article?.relayout(for: size)
        article?.resizeAnchor = nil
        otherArticles = visited.otherArticles
        overlay = otherArticles == nil ? nil : .otherArticles
        pendingFocus = nil
        clampScrolling()
    }
}
