/// Reads a feed file (FeedParser's formats): each item or entry becomes an article with its
/// title, date, link and content, HTML stripped into blocks. The feed's title is the source.
public enum FeedReader {
    /// True when the text looks like a feed rather than a web page.
    public static func looksLikeFeed(_ text: String) -> Bool {
        let head = text.utf8.prefix(4096)
        let lower = String(decoding: head.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }, as: UTF8.self)
        return lower.contains("<rss") || lower.contains("<feed") || lower.contains("<rdf:rdf")
    }

    public static func read(_ source: String) -> [Article] {
        guard let feed = try? FeedParser.parse(source) else { return [] }
        return feed.items.map { article($0, feedTitle: feed.title) }
    }

    /// An item as an article: its full content when the feed carries it, else its summary.
    public static func article(_ item: FeedItem, feedTitle: String?) -> Article {
        var builder = ArticleBuilder()
        if let html = item.contentHTML ?? item.summaryHTML { appendContent(html, to: &builder) }
        return builder.build(title: item.title, date: item.published ?? item.updated, source: item.source ?? feedTitle, url: item.link)
    }

    // MARK: - Content

    /// Feed content is HTML more often than not, even where the feed does not say so.
    static func appendContent(_ content: String, to builder: inout ArticleBuilder) {
        if looksLikeHTML(content) {
            HTMLArticleReader.appendFragment(content, to: &builder)
        } else {
            // Plain text, or Atom text that FeedParser escaped to be HTML.
            builder.appendPlainText(HTMLEntities.decode(content))
        }
    }

    static func looksLikeHTML(_ text: String) -> Bool {
        var previousWasOpen = false
        for byte in text.utf8 {
            if previousWasOpen, (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "!") {
                return true
            }
            previousWasOpen = byte == UInt8(ascii: "<")
        }
        return false
    }

    /// A title may itself carry escaped markup (`<title type="html">`): only its text is kept.
    static func titleText(_ element: MarkupElement) -> String {
        let text = element.text
        return looksLikeHTML(text) ? HTMLArticleReader.plainText(ofFragment: text) : ArticleBuilder.collapsingWhitespace(text)
    }
}
