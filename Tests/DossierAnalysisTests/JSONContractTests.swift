import DossierAnalysis
import DossierTestSupport
import DossierText
import Testing

/// The JSON output of an analysed document keeps the contract: code-point offsets, ids, kinds.
@Suite struct JSONContractTests {
    @Test func offsetsAfterNonASCIITextAreCodePoints() throws {
        // "Zürich — 🇷🇺" has multi-byte scalars: UTF-8 offsets and code points differ before the name.
        let prefix = "In Zürich — 🇷🇺 — critics said "
        let text = prefix + "Alexey Navalny was detained."
        let document = Analyzer().analyze(Article(text: text), date: "2021-01-28")
        let navalny = try #require(document.entities.first { $0.name == "Alexey Navalny" })
        #expect(navalny.mentions.first?.range.lowerBound == prefix.utf8.count)
        let start = prefix.unicodeScalars.count
        let json = DocumentJSON.encode(document)
        #expect(json.contains("{\"start\":\(start),\"end\":\(start + 14),\"text\":\"Alexey Navalny\",\"kind\":\"name\"}"))
        #expect(start != prefix.utf8.count)
        // The event trigger is in code points too.
        let trigger = start + "Alexey Navalny was ".unicodeScalars.count
        #expect(json.contains("\"trigger\":{\"start\":\(trigger),\"end\":\(trigger + 8),\"text\":\"detained\"}"))
        #expect(json.contains("\"participants\":[{\"entity\":\"\(navalny.id)\",\"role\":\"patient\"}]"))
    }

    @Test func seedJSONHasEntitiesEventsAndTimes() throws {
        let article = try FileLoading.loadArticle(path: Fixtures.seedArticlePath)
        let json = DocumentJSON.encode(Analyzer().analyze(article))
        #expect(json.contains("\"name\":\"Alexey Navalny\""))
        #expect(json.contains("\"type\":\"brother\""))
        #expect(json.contains("\"kind\":\"pronoun\""))
        #expect(json.contains("\"value\":\"PT48H\""))
        #expect(json.contains("\"modality\":\"planned\""))
        #expect(json.contains("\"inferred\":true"))
    }

    @Test func analysisIsDeterministic() throws {
        let article = try FileLoading.loadArticle(path: Fixtures.seedArticlePath)
        #expect(DocumentJSON.encode(Analyzer().analyze(article)) == DocumentJSON.encode(Analyzer().analyze(article)))
    }
}
