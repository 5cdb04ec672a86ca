import DossierText
import Testing

@Suite struct FeedParserTests {
    let longBody = "<p>" + String(repeating: "The council voted on the budget again today. ", count: 20) + "</p>"

    @Test func rss2ItemsWithDatesAuthorsAndRelativeLinks() throws {
        let rss = """
        <?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel><title>City &amp; Country</title><link>https://news.example/</link>
        <item><title>Budget vote</title><link>/2021/budget</link><guid isPermaLink="false">tag:1</guid>
        <pubDate>Thu, 28 Jan 2021 23:30:00 -0500</pubDate><dc:creator>Ann Lee</dc:creator>
        <description>Short teaser</description><content:encoded><![CDATA[\(longBody)]]></content:encoded></item>
        <item><title>Teaser only</title><link>https://news.example/b</link><description>&lt;p&gt;Read more&lt;/p&gt;</description></item>
        </channel></rss>
        """
        let feed = try FeedParser.parse(rss, baseURL: "https://news.example/feed.xml")
        #expect(feed.format == .rss2 && feed.title == "City & Country" && feed.siteLink == "https://news.example/")
        #expect(feed.items.count == 2)
        #expect(feed.items[0].guid == "tag:1" && feed.items[0].link == "https://news.example/2021/budget")
        #expect(feed.items[0].published == "2021-01-28" && feed.items[0].author == "Ann Lee")
        #expect(!feed.items[0].carriesOnlySummary)
        #expect(feed.items[1].guid == "https://news.example/b" && feed.items[1].carriesOnlySummary)
        #expect(feed.items[1].summaryHTML == "<p>Read more</p>")
    }

    @Test func atom10And03WithAlternateLinksAndXMLBase() throws {
        let atom = """
        <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://blog.example/posts/">
        <title type="html">A &lt;b&gt;blog&lt;/b&gt;</title><link rel="self" href="/atom.xml"/><link href="https://blog.example/"/>
        <entry><id>urn:uuid:1</id><title>First</title><link rel="enclosure" href="a.mp3"/><link rel="alternate" type="text/html" href="first.html"/>
        <published>2021-03-01T10:00:00+02:00</published><updated>2021-03-02T10:00:00Z</updated><author><name>Bo</name></author>
        <summary>Just a summary &amp; more</summary></entry>
        <entry><id>urn:uuid:2</id><title>Second</title><link href="../second"/><issued>2003-12-13T18:30:02Z</issued>
        <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">\(longBody)</div></content></entry>
        </feed>
        """
        let feed = try FeedParser.parse(atom, baseURL: "https://blog.example/atom.xml")
        #expect(feed.format == .atom && feed.title == "A blog" && feed.siteLink == "https://blog.example/")
        #expect(feed.items.map(\.guid) == ["urn:uuid:1", "urn:uuid:2"])
        #expect(feed.items[0].link == "https://blog.example/posts/first.html")
        #expect(feed.items[1].link == "https://blog.example/second")
        #expect(feed.items[0].published == "2021-03-01" && feed.items[0].updated == "2021-03-02" && feed.items[0].author == "Bo")
        #expect(feed.items[0].summaryHTML == "Just a summary &amp; more" && feed.items[0].carriesOnlySummary)
        #expect(feed.items[1].published == "2003-12-13" && !feed.items[1].carriesOnlySummary)
    }

    @Test func rdfRSS10ItemsBesideTheChannel() throws {
        let rdf = """
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel rdf:about="https://r.example/"><title>RDF news</title><link>https://r.example/</link></channel>
        <item rdf:about="https://r.example/1"><title>One</title><link>https://r.example/1</link><dc:date>2020-02-29T08:00:00Z</dc:date></item>
        </rdf:RDF>
        """
        let feed = try FeedParser.parse(rdf)
        #expect(feed.format == .rss1 && feed.title == "RDF news")
        #expect(feed.items.first?.guid == "https://r.example/1" && feed.items.first?.published == "2020-02-29")
    }

    @Test func jsonFeed11() throws {
        let json = """
        {"version":"https://jsonfeed.org/version/1.1","title":"JSON news","home_page_url":"https://j.example/",
         "items":[{"id":"1","url":"/a","title":"A","content_html":"<p>Hi</p>","summary":"S","date_published":"2021-05-04T00:00:00-07:00","authors":[{"name":"Cy"}]},
                  {"id":2,"content_text":"x < y"}]}
        """
        let feed = try FeedParser.parse(json, baseURL: "https://j.example/feed.json")
        #expect(feed.format == .jsonFeed && feed.title == "JSON news")
        #expect(feed.items[0].link == "https://j.example/a" && feed.items[0].author == "Cy" && feed.items[0].published == "2021-05-04")
        #expect(feed.items[0].carriesOnlySummary)
        #expect(feed.items[1].guid == "2" && feed.items[1].contentHTML == "x &lt; y")
        #expect(throws: FeedParser.Failure.notAFeed) { try FeedParser.parse("<html><body>no</body></html>") }
    }

    @Test func relativeLinksResolveAgainstTheFeedAddress() {
        #expect(FeedLinks.resolve("b/c", against: "https://x.org/a/feed.xml") == "https://x.org/a/b/c")
        #expect(FeedLinks.resolve("../c?q=1", against: "https://x.org/a/b/feed") == "https://x.org/a/c?q=1")
        #expect(FeedLinks.resolve("//cdn.org/i", against: "http://x.org/") == "http://cdn.org/i")
        #expect(FeedLinks.resolve("https://y.org/", against: "https://x.org/") == "https://y.org/")
    }

    @Test func dtdEntitiesAreNeverExpanded() throws {
        var laughs = "<!DOCTYPE rss [<!ENTITY lol \"lol\">"
        for level in 1...9 {
            let previous = level == 1 ? "lol" : "lol\(level - 1)"
            laughs += "<!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">"
        }
        laughs += "<!ENTITY ext SYSTEM \"file:///etc/passwd\">]>"
        laughs += "<rss><channel><title>&lol9;</title><item><title>&ext;</title><description>&lol9;&amp;</description></item></channel></rss>"
        let feed = try FeedParser.parse(laughs)
        #expect(feed.items.count == 1)
        #expect((feed.title ?? "").count < 100)
        #expect(!(feed.items[0].title ?? "").contains("root:"))
        #expect((feed.items[0].summaryHTML ?? "").count < 100)
    }
}

@Suite struct SubscriptionListTests {
    @Test func opmlNestedOutlinesAndRoundTrip() {
        let opml = """
        <?xml version="1.0"?><opml version="1.0"><head><title>x</title></head><body>
        <outline text="Top" xmlUrl="https://a.example/rss" htmlUrl="https://a.example/"/>
        <outline text="News"><outline title="B &amp; C" text="ignored" type="rss" xmlUrl="https://b.example/feed?x=1&amp;y=2"/></outline>
        </body></opml>
        """
        let list = SubscriptionList.read(opml)
        #expect(list.subscriptions == [
            Subscription(url: "https://a.example/rss", title: "Top", siteLink: "https://a.example/"),
            Subscription(url: "https://b.example/feed?x=1&y=2", title: "B & C", tags: ["News"]),
        ])
        let written = OPML.write(list.subscriptions)
        #expect(written.contains("<opml version=\"2.0\">") && written.contains("x=1&amp;y=2"))
        #expect(SubscriptionList.read(written).subscriptions == list.subscriptions)
    }

    @Test func newsboatURLsWithTagsCommentsAndSkippedLines() {
        let urls = """
        # my feeds
        https://a.example/rss "tech news" linux "~A \\"quoted\\" title"

        https://b.example/atom "!"   # hidden
        "query:Unread:unread = \\"yes\\""
        exec:~/bin/make-feed.sh
        filter:~/bin/f.sh:https://c.example/
        file:///etc/passwd
        """
        let list = SubscriptionList.read(urls)
        #expect(list.subscriptions == [
            Subscription(url: "https://a.example/rss", title: "A \"quoted\" title", tags: ["tech news", "linux"]),
            Subscription(url: "https://b.example/atom", hidden: true),
        ])
        #expect(list.notes.count == 4)
        #expect(list.notes.contains { $0.contains("line 6") && $0.contains("never run") })
    }
}
