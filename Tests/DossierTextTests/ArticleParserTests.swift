import DossierTestSupport
import DossierText
import Testing

@Suite struct ArticleParserTests {
    let seed = try! FileLoading.loadArticle(path: Fixtures.seedArticlePath)

    @Test func seedBlocksAreClassifiedLikeTheArticleReads() {
        let kinds = seed.blocks.map { $0.kind }
        #expect(kinds.first == .lede)
        #expect(kinds.filter { $0 == .caption }.count == 2)
        #expect(kinds.filter { $0 == .related }.count == 2)
        #expect(kinds.last == .attribution)
        let subheadings = seed.blocks.filter { $0.kind == .subheading }.map { String(seed.slice($0.range)) }
        #expect(subheadings == ["'Real counterweight'"])
    }

    @Test func repeatedCaptionIsShownOnceWithItsCredit() {
        let captions = seed.blocks.filter { $0.kind == .caption }
        #expect(captions.map(\.isDuplicate) == [true, false])
        #expect(seed.slice(captions[1].range).hasSuffix("(Reuters)"))
        #expect(seed.visibleBlocks.count == seed.blocks.count - 1)
    }

    @Test func attributionLineGivesTheSource() {
        #expect(seed.source == "AFP")
        #expect(seed.title == nil)
        #expect(seed.date == nil)
    }

    @Test func markdownFrontMatterGivesMetadataAndBodyOffsets() {
        let text = "---\ntitle: \"Mayor found dead\"\ndate: 2020-07-09T10:00:00Z\nsource: Wikinews\nurl: https://example.org/a\n---\n\nFirst paragraph here.\n\nSecond one,\nwrapped.\n"
        let article = ArticleParser.parse(text)
        #expect(article.title == "Mayor found dead")
        #expect(article.date == "2020-07-09")
        #expect(article.source == "Wikinews")
        #expect(article.url == "https://example.org/a")
        #expect(article.blocks.map { String(article.slice($0.range)) } == ["First paragraph here.", "Second one,\nwrapped."])
        #expect(article.blocks.map(\.kind) == [.lede, .paragraph])
    }

    @Test func brokenFrontMatterIsReadAsPlainText() {
        let article = ArticleParser.parse("---\ntitle: never closed\n\nBody text.")
        #expect(article.title == nil)
        #expect(article.text.hasPrefix("---"))
    }
}
