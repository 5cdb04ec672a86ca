import DossierText

/// A one-line text prompt at the bottom of the screen.
public struct Prompt: Sendable, Equatable {
    public enum Purpose: Sendable, Equatable {
        case searchArticle, filterEntities, filterEvents, filterLibrary
    }
    public var purpose: Purpose
    public var text: String
    /// The filter before the prompt opened, restored on Esc (filters follow the typing).
    public var previous: String
}

/// Something drawn over the panes.
public enum Overlay: Sendable, Equatable {
    case help
    case timeline
    /// The article's web addresses, one per row, to copy or click.
    case links
    /// The selected entity across the library (`OtherArticlesState`).
    case otherArticles
}

/// The whole reader as one value: the library (if any), the open article (if any), and what is on top.
public struct ReaderState: Sendable {
    public var size: Size
    public var library: LibraryState?
    public var article: ArticleState?
    public var overlay: Overlay?
    public var prompt: Prompt?
    /// A one-off message for the status line, cleared by the next key.
    public var message: String?
    /// The `a` view (or the person's timeline) while open, and after it for coming back.
    public var otherArticles: OtherArticlesState?
    /// Where to put the reader in the article being opened from the `a` view.
    public var pendingFocus: ArticleFocus?
    /// Articles left through the `a` view, most recent last: `q` goes back to them.
    public var history: [VisitedArticle] = []
    /// What each key does (the configuration's `[keys]` over the standard table).
    public var keyBindings: KeyBindings = .standard

    /// The reader on one article (`dossier FILE`): `q` quits.
    public init(document: Document, path: String, size: Size) {
        self.size = size
        self.article = ArticleState(document: document, path: path, size: size)
    }

    /// The reader on a folder (`dossier DIR`): Enter opens, `q` in an article comes back here.
    public init(library: LibraryState, size: Size) {
        self.size = size
        self.library = library
    }

    public var screenLayout: ScreenLayout { ScreenLayout(size: size, focus: article?.focus ?? .article, whoLine: article?.hasWhoLine ?? false) }
}

/// An article left for another one from the `a` view, with that view, for coming back with `q`.
public struct VisitedArticle: Sendable {
    public var article: ArticleState
    public var otherArticles: OtherArticlesState?
}
