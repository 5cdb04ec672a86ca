import DossierText
import Foundation
import Testing

/// What a reader of a news page expects to see of it: the article, not the site around it.
@Suite struct MainContentExtractionTests {
    static let newsPage = """
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>Allies detained | Example News</title></head>
        <body>
        <div id="cookie-consent"><p>We use cookies to improve your experience. Accept all cookies to continue reading.</p></div>
        <div class="site-header"><a href="/"><img src="logo.png"></a> <a href="/world">World</a> <a href="/sport">Sport</a></div>
        <nav><ul><li><a href="/">Home</a></li><li><a href="/politics">Politics</a></li></ul></nav>
        <div class="page">
          <article class="story">
            <header class="article-header">
              <h1>Allies detained</h1>
              <p class="standfirst">Police in Moscow detained several allies of the opposition leader on Thursday, his team said.</p>
            </header>
            <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
            <div class="story-body">
              <p>Police detained allies of Alexey Navalny on Thursday and searched their homes, a day after a court ruling, according to his lawyers.</p>
              <figure><img src="rally.jpg"><figcaption>Supporters at a rally in Moscow.</figcaption><p class="credit">Photo: Example Agency</p></figure>
              <p>Lea también: <a href="/other">Another story about something else entirely</a></p>
              <h2>Real counterweight</h2>
              <p>His brother Oleg was also detained, a lawyer said, and the team called it an attempt to frighten protesters before Sunday.</p>
              <p>The Kremlin, which denies any involvement, said the rallies were illegal and that police acted within the law.</p>
            </div>
            <div class="related-stories"><h3>Related</h3><ul>
              <li><a href="/a">Navalny jailed for thirty days after his return to Moscow</a></li>
              <li><a href="/b">Protests across Russia as thousands are detained by the police</a></li>
            </ul></div>
            <section class="comments"><h3>12 comments</h3><p>This is outrageous, and everybody should know about it, really.</p></section>
          </article>
          <aside class="sidebar"><h3>Most read</h3><p><a href="/c">A story everyone clicked on this week</a></p></aside>
        </div>
        <footer><p>© 2021 Example News. All rights reserved. Terms of use, privacy policy and contact.</p></footer>
        </body></html>
        """

    @Test func theArticleIsKeptInReadingOrderAndTheSiteAroundItIsDropped() {
        let article = HTMLArticleReader.read(Self.newsPage)
        #expect(article.title == "Allies detained | Example News")
        #expect(article.text == """
            Police in Moscow detained several allies of the opposition leader on Thursday, his team said.

            Police detained allies of Alexey Navalny on Thursday and searched their homes, a day after a court ruling, according to his lawyers.

            Supporters at a rally in Moscow.

            Real counterweight

            His brother Oleg was also detained, a lawyer said, and the team called it an attempt to frighten protesters before Sunday.

            The Kremlin, which denies any involvement, said the rallies were illegal and that police acted within the law.
            """)
        #expect(article.blocks.map(\.kind) == [.lede, .paragraph, .caption, .subheading, .paragraph, .paragraph])
    }

    @Test func aPageWrappedInOneFormOrHeaderStillHasItsArticle() {
        let body = (1...4).map { "<p>Paragraph \($0) of the report, with enough words in it, and commas, to be prose that a reader wants.</p>" }.joined()
        for wrapper in ["<form id=\"aspnetForm\" action=\"/x\">", "<div class=\"header\">"] {
            let closing = wrapper.hasPrefix("<form") ? "</form>" : "</div>"
            let page = "<html><body>\(wrapper)<div class=\"menu\"><a href=\"/\">Home</a></div><div class=\"content\">\(body)</div>\(closing)</body></html>"
            let article = HTMLArticleReader.read(page)
            #expect(article.blocks.count == 4, "wrapped in \(wrapper)")
            #expect(!article.text.contains("Home"))
        }
    }

    @Test func creditsAndCrossReferencesAreNotArticleText() {
        let page = """
            <html><body><div class="entry-content">
            <p>The minister resigned on Monday after weeks of pressure from her own party, officials said in a statement.</p>
            <p>(Foto: dpa)</p>
            <p>Augusta National/Getty Images</p>
            <p>LE PUEDE INTERESAR: La ficha del expresidente en Nueva York</p>
            <p>Read more: Minister under pressure</p>
            <p>To view the full story, please subscribe to The Example Times.</p>
            <p>*Werbung. Dieser Beitrag enthält Werbung für eine Marke.</p>
            <p>Photography, she said, was her first love, and she will go back to it now that she has the time.</p>
            </div></body></html>
            """
        let article = HTMLArticleReader.read(page)
        #expect(article.blocks.count == 2)
        #expect(article.text.hasSuffix("Photography, she said, was her first love, and she will go back to it now that she has the time."))
    }

    @Test func rubyReadingsAreNotReadIntoTheText() {
        let page = "<html><body><div class=\"article-body\"><p><ruby>法律<rt>ほうりつ</rt></ruby>では<ruby>虐待<rp>(</rp><rt>ぎゃくたい</rt><rp>)</rp></ruby>をした<ruby>親<rt>おや</rt></ruby>に専門家が子どもの育て方を教えます。</p></div></body></html>"
        #expect(HTMLArticleReader.read(page).text == "法律では虐待をした親に専門家が子どもの育て方を教えます。")
    }

    @Test func aDeclaredCharsetDecidesHowThePageIsDecoded() throws {
        let latin1: [UInt8] = Array("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"></head><body><p>Caf".utf8) + [0xE9] + Array("</p></body></html>".utf8)
        #expect(try HTMLCharset.decode(latin1).text.contains("Café"))
        // A UTF-8 page with one stray byte stays UTF-8: its other accents are not turned into mojibake.
        let utf8: [UInt8] = Array("<meta charset=\"utf-8\"><p>Müller ".utf8) + [0xFF] + Array(" Zoë</p>".utf8)
        let decoded = try HTMLCharset.decode(utf8).text
        #expect(decoded.contains("Müller") && decoded.contains("Zoë"))
        // A feed says it in its XML declaration.
        let feed: [UInt8] = Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><channel><item><title>Caf".utf8) + [0xE9, 0x93] + Array("</title></item></channel></rss>".utf8)
        #expect(try HTMLCharset.decode(feed).text.contains("Café“"))
        // The header's charset wins over the page's own.
        #expect(try HTMLCharset.decode(latin1, headerCharset: "utf-8").text.contains("Caf\u{FFFD}"))
    }

    @Test func scoringCountsSnippetsAsTrafilaturaDoes() {
        var score = ExtractionScore()
        let result = score.add(extract: "The first paragraph.\n\nThe second   one.", with: ["first paragraph", "second one", "third"], without: ["Cookie", "first"])
        #expect(result.missed == ["third"])
        #expect(result.leaked == ["first"])
        #expect(score.truePositives == 2 && score.falseNegatives == 1 && score.falsePositives == 1 && score.trueNegatives == 1)
        #expect(abs(score.f1 - 2.0 / 3.0) < 1e-9)
    }
}

@Suite struct ArticleFramingTests {
    @Test func theStandfirstBesideTheBodyAndAMetadataLineAreHandled() {
        let body = (1...3).map { "<p>Body paragraph \($0), long enough to be prose, with commas, clauses and a point at the end of it.</p>" }.joined()
        let page = """
            <html><body><div class="article">
            <div class="row"><div class="teaser-text"><p>The standfirst says what happened, in one sentence, before the body.</p></div></div>
            <div class="row"><div class="news-text-wrap">\(body)<p>Category: Press Releases</p></div></div>
            </div></body></html>
            """
        let article = HTMLArticleReader.read(page)
        #expect(article.text.hasPrefix("The standfirst says what happened"))
        #expect(article.blocks.count == 4)
        #expect(!article.text.contains("Category"))
    }

    @Test func aCaptionKeepsItsTextAndLosesTheCreditAtItsEnd() {
        let page = """
            <html><body><div class="entry-content">
            <p>The minister resigned on Monday after weeks of pressure from her own party, officials said in a statement.</p>
            <figure><figcaption>The minister leaves the building. | © Jane Doe/Getty Images</figcaption></figure>
            <p>Her deputy takes over until the party chooses a successor. (Foto: Privat)</p>
            <p>The vote is expected in May, and the deputy, who joined the party in 1998, is said to be a candidate.</p>
            <p>Photography, she said, was her first love. Kuva: MATTI MEIKÄLÄINEN</p>
            </div></body></html>
            """
        let article = HTMLArticleReader.read(page)
        #expect(article.text.components(separatedBy: "\n\n").contains("The minister leaves the building."))
        #expect(article.text.components(separatedBy: "\n\n").contains("Her deputy takes over until the party chooses a successor."))
        #expect(article.text.components(separatedBy: "\n\n").contains("Photography, she said, was her first love."))
        #expect(!article.text.contains("Getty") && !article.text.contains("Foto") && !article.text.contains("Kuva"))
    }

    @Test func theDatelineOpeningTheLeadIsKept() {
        let page = """
            <html><body><div class="entry"><div class="dateline">March 3, 2020</div>
            <p><span class="dateline">KOBE – </span>A total of 6,000 surgical masks have been lost at a hospital in Kobe, it was learned Tuesday.</p>
            <p>The masks had been kept in a machine room on the third floor of the hospital, officials at the institution said.</p>
            </div></body></html>
            """
        let text = HTMLArticleReader.read(page).text
        #expect(text.hasPrefix("KOBE – A total of 6,000 surgical masks"))
        #expect(!text.contains("March 3"))
    }

    @Test func aLoneDateAndEndMatterLabelsAreNotArticleText() {
        let page = """
            <html><body><div class="entry-content">
            <p>16 marca 2021</p>
            <p>Publiziert: 03.04.2020, 12:35</p>
            <p>The minister resigned on Monday after weeks of pressure from her own party, officials said in a statement.</p>
            <p>In 2021 the party lost 12 seats in the election.</p>
            <h3>Weitere Informationen:</h3>
            <p>Kontakt:</p>
            <p>If you enjoyed reading this post, please share it.</p>
            </div></body></html>
            """
        let article = HTMLArticleReader.read(page)
        #expect(article.text.components(separatedBy: "\n\n") == [
            "The minister resigned on Monday after weeks of pressure from her own party, officials said in a statement.",
            "In 2021 the party lost 12 seats in the election.",
        ])
    }
}

@Suite struct PageMetadataTests {
    @Test func jsonLinkedDataIsTrustedBeforeOpenGraphAndMetaTags() {
        let page = """
            <html><head><title>Allies held - Example News</title>
            <meta property="og:title" content="Allies held (Open Graph)">
            <meta property="og:site_name" content="Example OG">
            <meta name="author" content="Meta Author">
            <meta property="article:published_time" content="2021-01-27T10:00:00Z">
            <link rel="canonical" href="https://example.com/canonical">
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","name":"Site"},
              {"@type":"NewsArticle","headline":"Allies of Navalny detained","datePublished":"2021-01-28T09:30:00+03:00",
               "author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Roe"}],
               "publisher":{"@type":"Organization","name":"Example News"},"url":"https://example.com/allies"}]}</script>
            </head><body><article><p>Police detained allies of Alexey Navalny on Thursday, his team said in a statement.</p></article></body></html>
            """
        let article = HTMLArticleReader.read(page)
        #expect(article.title == "Allies of Navalny detained")
        #expect(article.byline == "Jane Doe, John Roe")
        #expect(article.date == "2021-01-28")
        #expect(article.source == "Example News")
        #expect(article.url == "https://example.com/allies")
        // Without JSON-LD, Open Graph then the meta tags decide.
        let plain = HTMLArticleReader.read(page.replacingOccurrences(of: "ld+json", with: "x-not-json"))
        #expect(plain.title == "Allies held (Open Graph)")
        #expect(plain.byline == "Meta Author")
        #expect(plain.date == "2021-01-27")
        #expect(plain.source == "Example OG")
        #expect(plain.url == "https://example.com/canonical")
    }
}
