import DossierText
import Testing

@Suite struct TokenizerTests {
    func tokens(_ text: String) -> [String] {
        let article = Article(text: text)
        return Tokenizer.tokenize(text).map { String(article.slice($0.range)) }
    }

    @Test func possessivesAndPunctuationAreSeparateTokens() {
        #expect(tokens("Navalny's lawyers, he said.") == ["Navalny", "'s", "lawyers", ",", "he", "said", "."])
        #expect(tokens("Navalny’s release") == ["Navalny", "’s", "release"])
        #expect(tokens("\"platforms to announce illegal protests\".") == ["\"", "platforms", "to", "announce", "illegal", "protests", "\"", "."])
    }

    @Test func abbreviationsNumbersAndHyphensStayWhole() {
        #expect(tokens("Mr. Putin met U.S. officials") == ["Mr.", "Putin", "met", "U.S.", "officials"])
        #expect(tokens("More than 3,900 people; 2.5 percent") == ["More", "than", "3,900", "people", ";", "2.5", "percent"])
        #expect(tokens("near-fatal Park Won-soon") == ["near-fatal", "Park", "Won-soon"])
        #expect(tokens("V. Putin") == ["V.", "Putin"])
    }

    @Test func contractionsSplitLikeTheTreebank() {
        #expect(tokens("didn't") == ["did", "n't"])
    }

    @Test func offsetsAreUTF8AndExact() {
        let text = "Gdańsk — Paweł Adamowicz"
        let ranges = Tokenizer.tokenize(text).map(\.range)
        #expect(ranges == [0..<7, 8..<11, 12..<18, 19..<28])
    }

    @Test func aGiantWordIsCutIntoBoundedTokens() {
        let word = String(repeating: "a", count: 10_000)
        let result = Tokenizer.tokenize(word)
        #expect(result.allSatisfy { $0.range.count <= Tokenizer.maximumTokenLength })
        #expect(result.map(\.range.count).reduce(0, +) == 10_000)
    }
}
