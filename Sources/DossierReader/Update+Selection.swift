/// Which relation of the who's-who line is chosen, and for which entity (it means nothing for another).
public struct RelationCursor: Sendable, Equatable {
    public var entity: Int
    public var index: Int
}

extension ArticleState {
    /// Selects an entity: its mentions are highlighted, the first is shown, its events are listed.
    mutating func select(_ entity: Int, screen: ScreenLayout) {
        selectedEntity = entity
        relationCursor = nil
        eventCursor = ListCursor()
        eventFilter = ""
        focusedSentence = nil
        let mentions = model.mentions[entity]
        mentionIndex = mentions.isEmpty ? nil : 0
        if screen.isNarrow { focus = .article }
        if let first = mentions.first { scroll(toShow: first.lowerBound, screen: screen) }
    }

    /// o / O: chooses the next / previous relation on the who's-who line; the article view takes the focus
    /// so that Enter follows it. Returns a status message when there is nothing to choose.
    mutating func stepRelation(forward: Bool) -> String? {
        guard let selected = selectedEntity else { return "No entity selected: select one in the entity list (Enter)" }
        guard let who = whoIsWho, !who.links.isEmpty else { return "No relations of \(model.entity(selected).name) in this article" }
        let next = Self.step(from: chosenRelation, count: who.links.count, forward: forward)
        relationCursor = RelationCursor(entity: selected, index: next)
        focus = .article
        return nil
    }

    /// Enter on a chosen relation: selects the related entity; the entity list's cursor moves to it
    /// (clearing a filter that hides it). Returns false when no relation is chosen.
    mutating func followRelation(screen: ScreenLayout) -> Bool {
        guard let chosen = chosenRelation, let who = whoIsWho, who.links.indices.contains(chosen) else { return false }
        let target = who.links[chosen].entity
        if !shownEntities.contains(target) { entityFilter = "" }
        if let position = shownEntities.firstIndex(of: target) { entityCursor = ListCursor(index: position, scroll: entityCursor.scroll) }
        select(target, screen: screen)
        return true
    }
}
