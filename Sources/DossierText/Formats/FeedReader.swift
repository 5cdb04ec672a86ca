/// Reads RSS 2.0 (and RSS 1.0) and Atom feeds: each item or entry becomes an article with its
/// title, date, link and content, HTML stripped into blocks. The feed's title is the source.
public enum FeedReader {
    /// True when the text looks like a feed rather than a web page.
    public static func looksLikeFeed(_ text: String) -> Bool {
        let head = text.utf8.prefix(4096)
        let lower = String(decoding: head.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }, as: UTF8.self)
        return lower.contains("<rss") || lower.contains("<feed") || lower.contains("<rdf:rdf")
    }

    public static func read(_ source: String) -> [Article] {
        let root = MarkupElement.parse(source)
        if let feed = root.descendant("feed") {
            let feedTitle = ArticleBuilder.cleaned(feed.first("title").map(titleText))
            return feed.descendants("entry").map { atomEntry($0, source: source, feedTitle: feedTitle) }
        }
        let channel = root.descendant("channel")
        let feedTitle = ArticleBuilder.cleaned(channel?.first("title").map(titleText))
        return root.descendants("item").map { rssItem($0, source: source, feedTitle: feedTitle) }
    }

    // MARK: - RSS

    static func rssItem(_ item: MarkupElement, source: String, feedTitle: String?) -> Article {
        var builder = ArticleBuilder()
        if let content = item.first("content:encoded") ?? item.first("description") {
            appendContent(content.text, to: &builder)
        }
        let date = ["pubdate", "dc:date", "a10:updated", "published", "updated"].lazy
            .compactMap { item.first($0).flatMap { FeedDate.normalize($0.text) } }.first
        var link = item.first("link").map(\.text).flatMap(ArticleBuilder.cleaned)
        if link == nil, let guid = item.first("guid"), guid.attributes["ispermalink"] != "false" {
            link = ArticleBuilder.cleaned(guid.text)
        }
        let source = ArticleBuilder.cleaned(item.first("source")?.text) ?? feedTitle
        return builder.build(title: item.first("title").map(titleText), date: date, source: source, url: link)
    }

    // MARK: - Atom

    static func atomEntry(_ entry: MarkupElement, source: String, feedTitle: String?) -> Article {
        var builder = ArticleBuilder()
        if let content = entry.first("content") ?? entry.first("summary") {
            switch content.attributes["type"]?.lowercased() {
            case "xhtml":
                let utf8 = source.utf8
                let start = utf8.index(utf8.startIndex, offsetBy: content.innerRange.lowerBound)
                let end = utf8.index(start, offsetBy: content.innerRange.count)
                HTMLArticleReader.appendFragment(String(source[start..<end]), to: &builder)
            case "html", "text/html":
                HTMLArticleReader.appendFragment(content.text, to: &builder)
            default:
                appendContent(content.text, to: &builder)
            }
        }
        let date = ["published", "updated", "issued", "modified", "dc:date"].lazy
            .compactMap { entry.first($0).flatMap { FeedDate.normalize($0.text) } }.first
        let links = entry.all("link")
        let link = (links.first { ($0.attributes["rel"] ?? "alternate") == "alternate" } ?? links.first)?.attributes["href"]
        let author = entry.first("source")?.first("title").map(titleText)
        return builder.build(title: entry.first("title").map(titleText), date: date, source: author ?? feedTitle, url: link)
    }

    // MARK: - Content

    /// Feed content is HTML more often than not, even where the feed does not say so.
    static func appendContent(_ content: String, to builder: inout ArticleBuilder) {
        if looksLikeHTML(content) {
            HTMLArticleReader.appendFragment(content, to: &builder)
        } else {
            builder.appendPlainText(content)
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
