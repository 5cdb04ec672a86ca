import DossierText

/// A search of the article: the query, its matches in visible text, the one last jumped to.
public struct SearchState: Sendable, Equatable {
    public var query: String
    public var matches: [TextRange]
    public var current: Int?
}

/// The article screen: the analysed article, its layout for the current width and where the reader is.
public struct ArticleState: Sendable {
    public private(set) var model: ArticleModel
    /// True while the analysis runs in the background: the text is shown, entities come later.
    public var analysisPending = false
    /// The name shown in the status line (the file's path, or "stdin").
    public var path: String
    /// 0, or the line (JSON Lines) or item (feeds) of the article in its file.
    public var part = 0
    public var layout: ArticleLayout
    public var topLine = 0
    public var focus: Pane = .article

    public var entityCursor = ListCursor()
    public var entityFilter = ""
    /// The entity whose mentions are highlighted (index into `document.entities`).
    public var selectedEntity: Int?
    /// Which of the selected entity's mentions was jumped to last.
    public var mentionIndex: Int?
    /// The relation of the selected entity's who's-who line chosen with `o` (see `chosenRelation`).
    public var relationCursor: RelationCursor?

    public var eventCursor = ListCursor()
    public var eventFilter = ""
    /// The sentence of the event last jumped to.
    public var focusedSentence: TextRange?

    /// Where the reader was before a run of resizes; kept until the next key so that shrinking and
    /// growing back (a resize storm, a tiny window) returns to the same place.
    var resizeAnchor: Int?

    public var search: SearchState?
    public var timelineCursor = ListCursor()
    public var linkCursor = ListCursor()

    public init(document: Document, path: String, size: Size) {
        self.model = ArticleModel(document: document)
        self.path = path
        self.layout = ArticleLayout(article: document.article, width: ScreenLayout.articleTextWidth(size: size))
    }

    public var document: Document { model.document }

    /// Takes the finished analysis of the same article; the reading position and the text layout stay.
    mutating func adoptAnalysis(_ document: Document) {
        model = ArticleModel(document: document)
        analysisPending = false
        entityCursor = ListCursor()
        selectedEntity = nil
        mentionIndex = nil
        eventCursor = ListCursor()
    }

    /// Entities in the list, in order, after the filter (indices into `document.entities`).
    public var shownEntities: [Int] {
        guard !entityFilter.isEmpty else { return model.entityOrder }
        return model.entityOrder.filter { TextSearch.containsIgnoringCase(model.entity($0).name, entityFilter) }
    }

    /// The entity under the cursor of the entity list.
    public var entityUnderCursor: Int? {
        let shown = shownEntities
        return shown.indices.contains(entityCursor.index) ? shown[entityCursor.index] : nil
    }

    /// Events of the selected entity, or of the entity under the cursor, after the filter.
    public var shownEvents: [Int] {
        guard let entity = selectedEntity ?? entityUnderCursor else { return [] }
        let events = model.eventsOfEntity[entity]
        guard !eventFilter.isEmpty else { return events }
        return events.filter { index in
            TextSearch.containsIgnoringCase(model.document.events[index].type, eventFilter)
                || TextSearch.containsIgnoringCase(model.summary(ofEvent: index), eventFilter)
        }
    }

    /// Lays the text out again if the width changed, keeping the line that was at the top of the pane
    /// before the first of a run of resizes.
    mutating func relayout(for size: Size) {
        let anchor = resizeAnchor ?? (topLine > 0 && layout.lines.indices.contains(topLine) ? layout.lines[topLine].offset : 0)
        resizeAnchor = anchor
        let width = ScreenLayout.articleTextWidth(size: size)
        if width != layout.width { layout = ArticleLayout(article: document.article, width: width) }
        topLine = anchor == 0 ? 0 : layout.line(containing: anchor)
    }
}
