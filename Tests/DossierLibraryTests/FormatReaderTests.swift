import DossierText
import Testing

@Suite struct FormatReaderTests {
    @Test func htmlKeepsTheMainTextAndDropsNavigationScriptsAndStyles() throws {
        let html = """
            <!DOCTYPE html><html><head>
            <title>Allies detained | Example News</title>
            <meta property="og:site_name" content="Example News">
            <meta property="article:published_time" content="2021-01-28T09:30:00+03:00">
            <link rel="canonical" href="https://example.com/allies">
            <style>p { color: red }</style>
            <script>var p = "<p>not text</p>";</script>
            </head><body>
            <header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
            <div class="share">Share this</div>
            <article>
              <h1>Allies detained</h1>
              <p>Police detained allies of <b>Alexey Navalny</b> on Thursday &amp; searched homes.</p>
              <figure><img src="x.jpg"><figcaption>Supporters at a rally in Moscow.</figcaption></figure>
              <script>track("view")</script>
              <h2>Real counterweight</h2>
              <p>His brother Oleg was   also
                 detained &#8212; a lawyer said.</p>
              <aside><p>Read more: something else</p></aside>
            </article>
            <footer><p>© 2021 Example News</p></footer>
            </body></html>
            """
        let entries = try ArticleFiles.entries(bytes: Array(html.utf8), fileName: "allies.html")
        #expect(entries.count == 1)
        let article = entries[0].article
        #expect(article.title == "Allies detained")
        #expect(article.date == "2021-01-28")
        #expect(article.source == "Example News")
        #expect(article.url == "https://example.com/allies")
        #expect(article.text == """
            Police detained allies of Alexey Navalny on Thursday & searched homes.

            Supporters at a rally in Moscow.

            Real counterweight

            His brother Oleg was also detained — a lawyer said.
            """)
        #expect(article.blocks.map(\.kind) == [.lede, .caption, .subheading, .paragraph])
        #expect(article.blocks.map { String(article.slice($0.range)) }.last == "His brother Oleg was also detained — a lawyer said.")
    }

    @Test func rssItemsBecomeArticles() throws {
        let rss = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
              <title>Example Wire</title>
              <item>
                <title>Allies detained</title>
                <link>https://example.com/1</link>
                <pubDate>Thu, 28 Jan 2021 22:30:00 -0500</pubDate>
                <description>&lt;p&gt;Police detained &lt;b&gt;allies&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Homes were searched.&lt;/p&gt;</description>
              </item>
              <item>
                <title><![CDATA[Brother & lawyer]]></title>
                <link>https://example.com/2</link>
                <pubDate>Fri, 29 Jan 21 08:00:00 GMT</pubDate>
                <content:encoded><![CDATA[<p>Oleg Navalny was detained.</p><script>x()</script>]]></content:encoded>
              </item>
            </channel></rss>
            """
        let articles = try ArticleFiles.entries(bytes: Array(rss.utf8), fileName: "wire.rss")
        #expect(articles.map(\.part) == [1, 2])
        #expect(articles.map(\.article.title) == ["Allies detained", "Brother & lawyer"])
        #expect(articles.map(\.article.date) == ["2021-01-28", "2021-01-29"])
        #expect(articles.map(\.article.url) == ["https://example.com/1", "https://example.com/2"])
        #expect(articles.map(\.article.source) == ["Example Wire", "Example Wire"])
        #expect(articles[0].article.text == "Police detained allies.\n\nHomes were searched.")
        #expect(articles[0].article.blocks.map(\.kind) == [.lede, .paragraph])
        #expect(articles[1].article.text == "Oleg Navalny was detained.")
    }

    @Test func atomEntriesBecomeArticles() throws {
        let atom = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Example Atom</title>
              <entry>
                <title type="html">Navalny &lt;em&gt;returns&lt;/em&gt;</title>
                <link rel="alternate" href="https://example.com/a"/>
                <link rel="edit" href="https://example.com/edit/a"/>
                <published>2021-01-17T18:00:00Z</published>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>He flew to Moscow.</p><h3>Arrest</h3><p>He was detained at the airport.</p></div></content>
              </entry>
              <entry>
                <title>Plain summary</title>
                <updated>2021-01-18</updated>
                <summary>One line of text.</summary>
              </entry>
            </feed>
            """
        let articles = try ArticleFiles.entries(bytes: Array(atom.utf8), fileName: "feed.xml")
        #expect(articles.count == 2)
        let first = articles[0].article
        #expect(first.title == "Navalny returns")
        #expect(first.url == "https://example.com/a")
        #expect(first.date == "2021-01-17")
        #expect(first.source == "Example Atom")
        #expect(first.text == "He flew to Moscow.\n\nArrest\n\nHe was detained at the airport.")
        #expect(first.blocks.map(\.kind) == [.lede, .subheading, .paragraph])
        #expect(articles[1].article.text == "One line of text.")
        #expect(articles[1].article.date == "2021-01-18")
    }

    @Test func jsonLinesGiveOneArticlePerLineWithLineNumbers() throws {
        let lines = """
            {"id": 0, "title": "First", "date": "2018-04-13", "source": "DOJ", "url": "https://x/1", "topics": ["Tax"], "text": "A grand jury returned an indictment.\\n\\nThe defendant faces charges."}

            not json at all
            {"title": "Second \\u00e9t\\u00e9 \\ud83d\\ude00", "text": "One paragraph."}
            """
        let result = JSONLinesReader.read(Array(lines.utf8))
        #expect(result.articles.map(\.line) == [1, 4])
        #expect(result.rejectedLines == [3])
        let first = result.articles[0].article
        #expect(first.title == "First")
        #expect(first.date == "2018-04-13")
        #expect(first.source == "DOJ")
        #expect(first.url == "https://x/1")
        #expect(first.text == "A grand jury returned an indictment.\n\nThe defendant faces charges.")
        #expect(first.blocks.map(\.kind) == [.lede, .paragraph])
        #expect(result.articles[1].article.title == "Second été 😀")
        let entries = try ArticleFiles.entries(bytes: Array(lines.utf8), fileName: "releases.jsonl")
        #expect(entries.map(\.part) == [1, 4])
    }

    @Test func formatsAreChosenByExtensionThenByContent() {
        #expect(ArticleFormat.detect(fileName: "a.htm", bytes: []) == .html)
        #expect(ArticleFormat.detect(fileName: "a.atom", bytes: []) == .feed)
        #expect(ArticleFormat.detect(fileName: "a.jsonl", bytes: []) == .jsonLines)
        #expect(ArticleFormat.detect(fileName: "a.md", bytes: Array("<html>".utf8)) == .text)
        #expect(ArticleFormat.detect(fileName: "noext", bytes: Array("<?xml version=\"1.0\"?><rss>".utf8)) == .feed)
        #expect(ArticleFormat.detect(fileName: "noext", bytes: Array("  <!doctype html><p>x".utf8)) == .html)
        #expect(ArticleFormat.detect(fileName: "noext", bytes: Array("{\"text\": \"x\"}\n".utf8)) == .jsonLines)
        #expect(ArticleFormat.detect(fileName: "noext", bytes: Array("Plain words.".utf8)) == .text)
    }

    @Test func feedDatesAreNormalized() {
        #expect(FeedDate.normalize("Tue, 10 Jun 2003 04:00:00 GMT") == "2003-06-10")
        #expect(FeedDate.normalize("2021-01-28T10:00:00Z") == "2021-01-28")
        #expect(FeedDate.normalize("January 28, 2021") == "2021-01-28")
        #expect(FeedDate.normalize("28 Sept 2021") == "2021-09-28")
        #expect(FeedDate.normalize("20210128") == "2021-01-28")
        #expect(FeedDate.normalize("2021-13-45") == nil)
        #expect(FeedDate.normalize("yesterday") == nil)
    }

    @Test func hostileMarkupNeverTraps() throws {
        let inputs = ["<", "<p", "<p><", "&#xFFFFFFFF;&#0;&#55296;", "<![CDATA[", "<!--", "</p></p><p>x", "<a b='", String(repeating: "<div>", count: 5000)]
        for input in inputs {
            _ = HTMLArticleReader.read(input)
            _ = FeedReader.read("<rss><item><description>" + input)
        }
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse(String(repeating: "[", count: 10_000)) }
    }
}
