/// JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1).
enum JSONFeedParser {
    static func parse(_ text: String, baseURL: String?) throws(FeedParser.Failure) -> Feed {
        let value: JSONValue
        do { value = try JSONParser.parse(text) } catch { throw .invalidJSON(error.reason) }
        guard let version = value["version"]?.stringValue, version.contains("jsonfeed.org"),
              case .array(let entries)? = value["items"] else { throw .notAFeed }
        let base = value["feed_url"]?.stringValue ?? baseURL
        let items = entries.map { entry -> FeedItem in
            let link = (entry["url"]?.stringValue).map { FeedLinks.resolve($0, against: base) }
            let title = entry["title"]?.stringValue.flatMap(ArticleBuilder.cleaned)
            let author = entry["authors"].flatMap(firstAuthor) ?? entry["author"]?["name"]?.stringValue
            var content = entry["content_html"]?.stringValue.flatMap(FeedParser.nonEmpty)
            if content == nil { content = entry["content_text"]?.stringValue.flatMap(FeedParser.nonEmpty).map(FeedLinks.escaped) }
            let summary = entry["summary"]?.stringValue.flatMap(FeedParser.nonEmpty).map(FeedLinks.escaped)
            return FeedItem(guid: entry["id"]?.stringValue ?? link ?? title ?? "", link: link, title: title,
                            published: entry["date_published"]?.stringValue.flatMap(FeedDate.normalize),
                            updated: entry["date_modified"]?.stringValue.flatMap(FeedDate.normalize),
                            author: author, summaryHTML: summary, contentHTML: content)
        }
        return Feed(format: .jsonFeed, title: value["title"]?.stringValue.flatMap(ArticleBuilder.cleaned),
                    siteLink: value["home_page_url"]?.stringValue.map { FeedLinks.resolve($0, against: base) }, items: items)
    }

    static func firstAuthor(_ authors: JSONValue) -> String? {
        guard case .array(let list) = authors else { return nil }
        return list.lazy.compactMap { $0["name"]?.stringValue }.first
    }
}
