import DossierTestSupport
import DossierText
import Testing

@Suite struct SentenceSplitterTests {
    func sentences(_ text: String) -> [String] {
        let document = Document.prepare(ArticleParser.parse(text))
        return document.sentences.map { String(document.article.slice($0.range)) }
    }

    @Test func abbreviationsDoNotEndSentences() {
        #expect(sentences("Mr. Smith went to the U.S. on Jan. 5. He stayed.") == ["Mr. Smith went to the U.S. on Jan. 5.", "He stayed."])
    }

    @Test func closingQuotesStayWithTheirSentence() {
        #expect(sentences("He said \"no.\" Then he left.") == ["He said \"no.\"", "Then he left."])
    }

    @Test func sentencesNeverCrossParagraphs() {
        #expect(sentences("'Real counterweight'\nTens of thousands rallied.") == ["'Real counterweight'", "Tens of thousands rallied."])
    }

    @Test func seedHasOneSentencePerParagraphExceptTheLast() throws {
        let document = Document.prepare(try FileLoading.loadArticle(path: Fixtures.seedArticlePath))
        #expect(document.sentences.count == document.article.blocks.count)
        let last = document.sentences.last.map { String(document.article.slice($0.range)) }
        #expect(last == "Source: AFP")
    }
}
