/// Title, date, site name and URL of an HTML page, from its head and meta tags.
struct HTMLMetadata {
    private(set) var title: String?
    private(set) var date: String?
    private(set) var siteName: String?
    private(set) var url: String?

    static let dateMetaNames: Set<String> = [
        "article:published_time", "date", "pubdate", "publishdate", "publish-date", "dc.date", "dc.date.issued",
        "dcterms.date", "dcterms.created", "datepublished", "sailthru.date", "parsely-pub-date", "og:published_time",
    ]

    init(tokens: [MarkupToken]) {
        var documentTitle: String?
        var openGraphTitle: String?
        var metaDate: String?
        var timeDate: String?
        var canonical: String?
        var openGraphURL: String?
        var inTitle = false
        var titleText = ""
        var depthInSVG = 0
        for token in tokens {
            switch token.kind {
            case .start(let name, let attributes, let selfClosing):
                if name == "svg" && !selfClosing { depthInSVG += 1 }
                if name == "title", depthInSVG == 0, documentTitle == nil, !selfClosing { inTitle = true; titleText = "" }
                if name == "meta", let content = attributes["content"] {
                    let key = (attributes["property"] ?? attributes["name"] ?? attributes["itemprop"] ?? "").lowercased()
                    if key == "og:title" || key == "twitter:title" { openGraphTitle = openGraphTitle ?? content }
                    if key == "og:site_name" { siteName = siteName ?? ArticleBuilder.cleaned(content) }
                    if key == "og:url" { openGraphURL = openGraphURL ?? content }
                    if Self.dateMetaNames.contains(key), metaDate == nil { metaDate = FeedDate.normalize(content) }
                }
                if name == "link", attributes["rel"]?.lowercased() == "canonical", let href = attributes["href"] { canonical = canonical ?? href }
                if name == "time", timeDate == nil, let value = attributes["datetime"] { timeDate = FeedDate.normalize(value) }
            case .end(let name):
                if name == "svg" { depthInSVG = max(0, depthInSVG - 1) }
                if name == "title", inTitle { inTitle = false; documentTitle = ArticleBuilder.cleaned(HTMLEntities.decode(titleText)) }
            case .text(let raw):
                if inTitle { titleText += raw }
            case .cdata:
                break
            }
        }
        title = ArticleBuilder.cleaned(openGraphTitle) ?? documentTitle.map { Self.strippingSiteName($0, siteName: siteName) }
        date = metaDate ?? timeDate
        url = ArticleBuilder.cleaned(canonical ?? openGraphURL)
    }

    /// "Navalny allies detained | Example News" → "Navalny allies detained" when the site is known.
    static func strippingSiteName(_ title: String, siteName: String?) -> String {
        guard let siteName, title.hasSuffix(siteName) else { return title }
        var head = Substring(title.dropLast(siteName.count))
        while let last = head.last, last == " " || "|-–—:·".contains(last) { head = head.dropLast() }
        return head.isEmpty ? title : String(head)
    }
}
