/// A parsed feed: what a subscription shows and what refresh stores. Dates are `YYYY-MM-DD`
/// (FeedDate); links are absolute where the feed's own address allowed resolving them.
public struct Feed: Sendable, Equatable {
    public enum Format: String, Sendable, Equatable { case rss2, rss1, atom, jsonFeed }

    public var format: Format
    public var title: String?
    public var siteLink: String?
    public var items: [FeedItem]

    public init(format: Format, title: String?, siteLink: String?, items: [FeedItem]) {
        self.format = format
        self.title = title
        self.siteLink = siteLink
        self.items = items
    }
}

public struct FeedItem: Sendable, Equatable {
    /// The item's guid/id, or its link, or its title: what makes an item seen before.
    public var guid: String
    public var link: String?
    public var title: String?
    public var published: String?
    public var updated: String?
    public var author: String?
    /// The publication an aggregated item comes from (RSS `<source>`, Atom `<source><title>`).
    public var source: String?
    public var summaryHTML: String?
    public var contentHTML: String?

    public init(guid: String, link: String? = nil, title: String? = nil, published: String? = nil, updated: String? = nil,
                author: String? = nil, source: String? = nil, summaryHTML: String? = nil, contentHTML: String? = nil) {
        self.guid = guid
        self.link = link
        self.title = title
        self.published = published
        self.updated = updated
        self.author = author
        self.source = source
        self.summaryHTML = summaryHTML
        self.contentHTML = contentHTML
    }

    /// The newsboat #931 case: the entry carries a teaser, not the article. True when there is no
    /// full content, or the content is short (under ~two paragraphs) or barely longer than the summary.
    public var carriesOnlySummary: Bool {
        guard let contentHTML else { return true }
        let content = HTMLArticleReader.plainText(ofFragment: contentHTML)
        let words = content.split(whereSeparator: { $0 == " " || $0 == "\n" }).count
        if words < FeedItem.summaryWordLimit { return true }
        guard let summaryHTML else { return false }
        let summaryWords = HTMLArticleReader.plainText(ofFragment: summaryHTML)
            .split(whereSeparator: { $0 == " " || $0 == "\n" }).count
        return Double(words) < Double(summaryWords) * 1.3
    }

    /// About two short paragraphs.
    static let summaryWordLimit = 80
}
