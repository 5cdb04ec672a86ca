import DossierText

/// A key, normalised once by the backend; typed text reaches a prompt as `.character`, never as a binding.
public enum Key: Hashable, Sendable {
    case character(Character)
    case control(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete
    case unknown
}

/// Everything that can happen to the reader: keys, size changes and results of effects.
public enum Input: Sendable {
    case key(Key)
    case resize(width: Int, height: Int)
    /// An article to show at once; `analysisPending` when its full analysis is still running.
    case articleOpened(path: String, document: Document, analysisPending: Bool = false, part: Int = 0)
    /// The background analysis of an article (its file and, for JSON Lines and feeds, its part) has finished.
    case analysisFinished(path: String, part: Int = 0, document: Document)
    case openFailed(path: String, message: String)
    /// The library's articles mentioning an entity (nil: there is no index to ask).
    case appearancesFound(entityKey: String, appearances: [LibraryAppearance]?)
    /// The library list read again from the index (while it is brought up to date); `progress` says how far.
    case libraryListed(articles: [ArticleSummary], progress: String?)
}

/// Work the runtime does for the reader; its result, if any, comes back as an `Input`.
public enum Effect: Equatable, Sendable {
    case quit
    case openArticle(path: String, part: Int = 0)
    /// Ask the index which articles mention the entity with this key (and its aliases); `path` is the open article.
    case findAppearances(entityKey: String, path: String, part: Int)
    /// Repaint every cell (the screen may have been garbled by another program).
    case redrawAll
    /// Put text on the clipboard of the terminal (OSC 52; works over ssh where the terminal allows it).
    case copyToClipboard(String)
}
