/// Title, byline, date, site name and URL of an HTML page, each from the most trusted place that
/// has it: JSON-LD (a NewsArticle or other Article, also inside `@graph`), then Open Graph, then
/// other `<meta>` tags, then `<time>`, `<title>` and the first `<h1>`.
struct HTMLMetadata {
    private(set) var title: String?
    private(set) var byline: String?
    private(set) var date: String?
    private(set) var siteName: String?
    private(set) var url: String?

    static let dateMetaNames: Set<String> = [
        "article:published_time", "date", "pubdate", "publishdate", "publish-date", "dc.date", "dc.date.issued",
        "dcterms.date", "dcterms.created", "datepublished", "sailthru.date", "parsely-pub-date", "og:published_time",
    ]
    static let authorMetaNames: Set<String> = ["author", "article:author", "dc.creator", "parsely-author", "sailthru.author", "byl"]

    init(tokens: [MarkupToken], source: String) {
        var documentTitle: String?
        var firstHeading: String?
        var openGraph = Fields()
        var meta = Fields()
        var timeDate: String?
        var canonical: String?
        var linkedData = Fields()
        var capture: (name: String, text: String)? = nil
        var depthInSVG = 0
        let bytes = source.utf8
        for (position, token) in tokens.enumerated() {
            switch token.kind {
            case .start(let name, let attributes, let selfClosing):
                if name == "svg" && !selfClosing { depthInSVG += 1 }
                if depthInSVG == 0, !selfClosing, (name == "title" && documentTitle == nil) || (name == "h1" && firstHeading == nil) {
                    capture = (name, "")
                }
                if name == "meta", let content = attributes["content"] {
                    let key = (attributes["property"] ?? attributes["name"] ?? attributes["itemprop"] ?? "").lowercased()
                    switch key {
                    case "og:title": openGraph.title = openGraph.title ?? content
                    case "twitter:title": meta.title = meta.title ?? content
                    case "og:site_name": openGraph.siteName = openGraph.siteName ?? content
                    case "application-name": meta.siteName = meta.siteName ?? content
                    case "og:url": openGraph.url = openGraph.url ?? content
                    case "og:article:author": if !content.hasPrefix("http") { openGraph.byline = openGraph.byline ?? content }
                    default:
                        if Self.dateMetaNames.contains(key), meta.date == nil { meta.date = FeedDate.normalize(content) }
                        if Self.authorMetaNames.contains(key), meta.byline == nil, !content.hasPrefix("http") { meta.byline = content }
                    }
                }
                if name == "link", attributes["rel"]?.lowercased() == "canonical", let href = attributes["href"] { canonical = canonical ?? href }
                if name == "time", timeDate == nil, let value = attributes["datetime"] { timeDate = FeedDate.normalize(value) }
                if name == "script", !selfClosing, attributes["type"]?.lowercased().contains("ld+json") == true,
                   position + 1 < tokens.count {
                    let start = bytes.index(bytes.startIndex, offsetBy: token.range.upperBound)
                    let end = bytes.index(bytes.startIndex, offsetBy: tokens[position + 1].range.lowerBound)
                    if let value = try? JSONParser.parse(Array(bytes[start..<end])[...]) {
                        linkedData.fill(from: Self.linkedDataArticle(value))
                    }
                }
            case .end(let name):
                if name == "svg" { depthInSVG = max(0, depthInSVG - 1) }
                if let open = capture, open.name == name {
                    let text = ArticleBuilder.cleaned(open.text)
                    if name == "title" { documentTitle = text } else { firstHeading = text }
                    capture = nil
                }
            case .text(let raw):
                if capture != nil { capture!.text += HTMLEntities.decode(raw) }
            case .cdata:
                break
            }
        }
        siteName = ArticleBuilder.cleaned(linkedData.siteName ?? openGraph.siteName ?? meta.siteName)
        let rawTitle = linkedData.title ?? openGraph.title ?? meta.title ?? documentTitle ?? firstHeading
        title = ArticleBuilder.cleaned(rawTitle).map { Self.strippingSiteName($0, siteName: siteName) }
        byline = ArticleBuilder.cleaned(linkedData.byline ?? openGraph.byline ?? meta.byline)
        date = linkedData.date ?? meta.date ?? timeDate
        url = ArticleBuilder.cleaned(linkedData.url ?? openGraph.url ?? canonical)
    }

    /// Metadata from one source, first value kept.
    struct Fields {
        var title: String?
        var byline: String?
        var date: String?
        var siteName: String?
        var url: String?

        mutating func fill(from other: Fields?) {
            guard let other else { return }
            title = title ?? other.title
            byline = byline ?? other.byline
            date = date ?? other.date
            siteName = siteName ?? other.siteName
            url = url ?? other.url
        }
    }

    static let articleTypes: Set<String> = [
        "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
        "backgroundnewsarticle", "reviewnewsarticle", "askpublicnewsarticle", "blogposting", "liveblogposting",
        "socialmediaposting", "scholarlyarticle", "techarticle", "report", "webpage",
    ]

    /// The fields of the first Article-like object in a JSON-LD value (an object, an array, or an `@graph`).
    static func linkedDataArticle(_ value: JSONValue) -> Fields? {
        var candidates: [JSONValue] = []
        func collect(_ value: JSONValue, depth: Int) {
            guard depth < 4 else { return }
            switch value {
            case .array(let items): for item in items { collect(item, depth: depth + 1) }
            case .object:
                candidates.append(value)
                if let graph = value["@graph"] { collect(graph, depth: depth + 1) }
            default: break
            }
        }
        collect(value, depth: 0)
        func typeRank(_ object: JSONValue) -> Int? {
            let types: [String]
            switch object["@type"] {
            case .string(let type)?: types = [type]
            case .array(let items)?: types = items.compactMap(\.stringValue)
            default: return nil
            }
            let lowered = types.map { $0.lowercased() }
            if lowered.contains(where: { $0 != "webpage" && articleTypes.contains($0) }) { return 0 }
            return lowered.contains("webpage") ? 1 : nil
        }
        let ranked = candidates.compactMap { object in typeRank(object).map { (rank: $0, object: object) } }
        guard let best = ranked.min(by: { $0.rank < $1.rank })?.object else { return nil }
        var fields = Fields()
        fields.title = (best["headline"] ?? best["name"])?.stringValue
        fields.date = (best["datePublished"] ?? best["dateCreated"])?.stringValue.flatMap(FeedDate.normalize)
        fields.byline = names(best["author"] ?? best["creator"])
        fields.siteName = names(best["publisher"])
        let page = best["mainEntityOfPage"]
        fields.url = best["url"]?.stringValue ?? page?.stringValue ?? page?["@id"]?.stringValue
        if fields.url?.hasPrefix("http") != true { fields.url = nil }
        return fields
    }

    /// "Jane Doe, John Roe" from a name, a Person, or a list of them.
    static func names(_ value: JSONValue?) -> String? {
        guard let value else { return nil }
        var found: [String] = []
        func add(_ value: JSONValue) {
            switch value {
            case .string(let name): found.append(name)
            case .object: if let name = value["name"]?.stringValue { found.append(name) }
            case .array(let items): for item in items.prefix(10) { add(item) }
            default: break
            }
        }
        add(value)
        let cleaned = found.compactMap(ArticleBuilder.cleaned).filter { !$0.hasPrefix("http") }
        return cleaned.isEmpty ? nil : cleaned.joined(separator: ", ")
    }

    /// "Navalny allies detained | Example News" → "Navalny allies detained" when the site is known.
    static func strippingSiteName(_ title: String, siteName: String?) -> String {
        guard let siteName else { return title }
        var head: Substring
        if title.hasSuffix(siteName) {
            head = Substring(title.dropLast(siteName.count))
            while let last = head.last, last == " " || "|-–—:·".contains(last) { head = head.dropLast() }
        } else if title.hasPrefix(siteName) {
            head = Substring(title.dropFirst(siteName.count))
            while let first = head.first, first == " " || "|-–—:·".contains(first) { head = head.dropFirst() }
        } else {
            return title
        }
        return head.isEmpty ? title : String(head)
    }
}
