/// Parses RSS 2.0, RSS 0.9x, RDF/RSS 1.0, Atom 1.0 and 0.3, and JSON Feed 1.0/1.1 into a `Feed`.
/// The XML side uses MarkupScanner, which never reads a DTD: only the five XML entities, HTML's
/// named entities and numeric references are decoded, so `<!ENTITY>` declarations (billion laughs,
/// external entities) stay inert text.
public enum FeedParser {
    public enum Failure: Error, Equatable, Sendable {
        case notAFeed
        case invalidJSON(String)
    }

    /// `baseURL` is the feed's own address: relative links are resolved against it.
    public static func parse(_ source: String, baseURL: String? = nil) throws(Failure) -> Feed {
        let trimmed = source.drop(while: { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" || $0 == "\u{FEFF}" })
        if trimmed.first == "{" { return try JSONFeedParser.parse(String(trimmed), baseURL: baseURL) }
        let root = MarkupElement.parse(source)
        if let feed = root.descendant("feed") { return atom(feed, source: source, baseURL: baseURL) }
        if let rdf = root.descendant("rdf:rdf") { return rss(rdf, format: .rss1, baseURL: baseURL) }
        if let rss = root.descendant("rss") { return self.rss(rss, format: .rss2, baseURL: baseURL) }
        throw .notAFeed
    }

    // MARK: - RSS (2.0 and RDF 1.0: items are inside the channel in one, beside it in the other)

    static func rss(_ root: MarkupElement, format: Feed.Format, baseURL: String?) -> Feed {
        let channel = root.descendant("channel")
        let siteLink = channel?.first("link").map(\.text).flatMap(ArticleBuilder.cleaned)
        let base = siteLink.map { FeedLinks.resolve($0, against: baseURL) } ?? baseURL
        let items = root.descendants("item").map { rssItem($0, base: base) }
        return Feed(format: format, title: channel?.first("title").map(FeedReader.titleText).flatMap(ArticleBuilder.cleaned),
                    siteLink: siteLink.map { FeedLinks.resolve($0, against: baseURL) }, items: items)
    }

    static func rssItem(_ item: MarkupElement, base: String?) -> FeedItem {
        let guidElement = item.first("guid")
        let guid = guidElement.map(\.text).flatMap(ArticleBuilder.cleaned)
            ?? item.attributes["rdf:about"].flatMap(ArticleBuilder.cleaned)
        var link = item.first("link").map(\.text).flatMap(ArticleBuilder.cleaned)
        if link == nil, let guid, guidElement?.attributes["ispermalink"] != "false" { link = guid }
        link = link.map { FeedLinks.resolve($0, against: base) }
        let title = item.first("title").map(FeedReader.titleText).flatMap(ArticleBuilder.cleaned)
        let published = ["pubdate", "dc:date", "published"].lazy.compactMap { item.first($0).flatMap { FeedDate.normalize($0.text) } }.first
        let updated = ["a10:updated", "updated", "dcterms:modified"].lazy.compactMap { item.first($0).flatMap { FeedDate.normalize($0.text) } }.first
        let author = (item.first("dc:creator") ?? item.first("author")).map(\.text).flatMap(ArticleBuilder.cleaned)
        let summary = item.first("description").map(\.text).flatMap(nonEmpty)
        let content = item.first("content:encoded").map(\.text).flatMap(nonEmpty)
        let source = item.first("source").map(\.text).flatMap(ArticleBuilder.cleaned)
        return FeedItem(guid: guid ?? link ?? title ?? "", link: link, title: title, published: published, updated: updated,
                        author: author, source: source, summaryHTML: summary, contentHTML: content)
    }

    // MARK: - Atom (1.0 and 0.3)

    static func atom(_ feed: MarkupElement, source: String, baseURL: String?) -> Feed {
        let base = feed.attributes["xml:base"].map { FeedLinks.resolve($0, against: baseURL) } ?? baseURL
        let siteLink = alternateLink(feed.all("link")).map { FeedLinks.resolve($0, against: base) }
        let items = feed.descendants("entry").map { atomEntry($0, source: source, base: base) }
        return Feed(format: .atom, title: feed.first("title").map(FeedReader.titleText).flatMap(ArticleBuilder.cleaned),
                    siteLink: siteLink, items: items)
    }

    static func atomEntry(_ entry: MarkupElement, source: String, base: String?) -> FeedItem {
        let entryBase = entry.attributes["xml:base"].map { FeedLinks.resolve($0, against: base) } ?? base
        let link = alternateLink(entry.all("link")).map { FeedLinks.resolve($0, against: entryBase) }
        let id = entry.first("id").map(\.text).flatMap(ArticleBuilder.cleaned)
        let title = entry.first("title").map(FeedReader.titleText).flatMap(ArticleBuilder.cleaned)
        let published = ["published", "issued", "created"].lazy.compactMap { entry.first($0).flatMap { FeedDate.normalize($0.text) } }.first
        let updated = ["updated", "modified"].lazy.compactMap { entry.first($0).flatMap { FeedDate.normalize($0.text) } }.first
        let author = entry.first("author")?.first("name").map(\.text).flatMap(ArticleBuilder.cleaned)
        let publication = entry.first("source")?.first("title").map(FeedReader.titleText).flatMap(ArticleBuilder.cleaned)
        return FeedItem(guid: id ?? link ?? title ?? "", link: link, title: title, published: published ?? updated, updated: updated,
                        author: author, source: publication, summaryHTML: entry.first("summary").flatMap { atomHTML($0, source: source) },
                        contentHTML: entry.first("content").flatMap { atomHTML($0, source: source) })
    }

    /// rel="alternate" (the default when rel is absent), preferring text/html.
    static func alternateLink(_ links: [MarkupElement]) -> String? {
        let alternates = links.filter { ($0.attributes["rel"] ?? "alternate") == "alternate" }
        let chosen = alternates.first { ($0.attributes["type"] ?? "text/html") == "text/html" } ?? alternates.first
        return chosen?.attributes["href"].flatMap(ArticleBuilder.cleaned)
    }

    /// Atom text constructs as HTML: xhtml is taken as written, text is escaped.
    static func atomHTML(_ element: MarkupElement, source: String) -> String? {
        switch element.attributes["type"]?.lowercased() {
        case "xhtml":
            let utf8 = source.utf8
            let start = utf8.index(utf8.startIndex, offsetBy: element.innerRange.lowerBound)
            let end = utf8.index(start, offsetBy: element.innerRange.count)
            return nonEmpty(String(source[start..<end]))
        case "html", "text/html":
            return nonEmpty(element.text)
        case nil where FeedReader.looksLikeHTML(element.text):
            return nonEmpty(element.text)
        default:
            return nonEmpty(element.text).map(FeedLinks.escaped)
        }
    }

    static func nonEmpty(_ text: String) -> String? {
        text.contains(where: { !$0.isWhitespace }) ? text : nil
    }
}
