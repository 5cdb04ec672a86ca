import DossierTestSupport
import DossierText
import Testing

@Suite struct HostileInputTests {
    @Test(arguments: HostileInputs.all.map(\.name))
    func readingNeverTrapsAndOffsetsStayInsideTheText(name: String) throws {
        let input = try #require(HostileInputs.all.first { $0.name == name })
        guard input.isReadable else {
            #expect(throws: ArticleFileError.self) { try FileLoading.article(from: input.bytes, path: name) }
            return
        }
        let article = try FileLoading.article(from: input.bytes, path: name)
        let document = Document.prepare(article)
        let length = article.text.utf8.count
        #expect(document.tokens.allSatisfy { !$0.range.isEmpty && $0.range.upperBound <= length })
        #expect(document.sentences.allSatisfy { $0.tokens.count <= SentenceSplitter.maximumSentenceTokens + 4 })
        let json = DocumentJSON.encode(document)
        #expect(!json.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    }
}
