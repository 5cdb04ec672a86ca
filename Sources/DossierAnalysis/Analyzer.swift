import DossierText

/// The analysis pipeline: names → entities (linking, coreference, relations) → times → events.
/// Each stage takes the document and adds its layer; the reader only ever sees the finished `Document`.
public struct Analyzer: Sendable {
    public init() {}

    /// Analyses an article. `date` (`YYYY-MM-DD`) overrides the article's own date as the anchor for times.
    public func analyze(_ article: Article, date: String? = nil) -> Document {
        var article = article
        if let date { article.date = date }
        return Document.prepare(article)
    }
}
