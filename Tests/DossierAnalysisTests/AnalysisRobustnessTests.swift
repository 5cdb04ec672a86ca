import DossierAnalysis
import DossierTestSupport
import DossierText
import Testing

/// Hostile and unusual inputs: the analysis never crashes and every offset it returns is valid.
@Suite struct AnalysisRobustnessTests {
    func checkOffsets(_ document: Document, _ name: String) {
        let count = document.text.utf8.count
        let utf8 = Array(document.text.utf8)
        func valid(_ r: TextRange) -> Bool {
            guard r.lowerBound >= 0, r.lowerBound <= r.upperBound, r.upperBound <= count else { return false }
            // Ranges start and end on scalar boundaries.
            let startOK = r.lowerBound == count || utf8[r.lowerBound] & 0xC0 != 0x80
            let endOK = r.upperBound == count || utf8[r.upperBound] & 0xC0 != 0x80
            return startOK && endOK
        }
        for entity in document.entities {
            #expect(!entity.mentions.isEmpty, "\(name): \(entity.name) has no mention")
            for mention in entity.mentions { #expect(valid(mention.range), "\(name): mention \(mention.range)") }
            for relation in entity.relations { #expect(document.entity(id: relation.entityID) != nil, "\(name)") }
        }
        for event in document.events {
            #expect(valid(event.trigger) && valid(event.sentence), "\(name): event \(event.id)")
            if let time = event.time { #expect(valid(time.range), "\(name)") }
            for participant in event.participants { #expect(document.entity(id: participant.entityID) != nil, "\(name)") }
        }
        for time in document.times { #expect(valid(time.range), "\(name): time \(time.range)") }
    }

    @Test func hostileInputs() throws {
        for input in HostileInputs.all where input.isReadable {
            guard let article = try? FileLoading.article(from: input.bytes, path: input.name) else { continue }
            let document = Analyzer().analyze(article)
            checkOffsets(document, input.name)
            _ = DocumentJSON.encode(document)
        }
    }

    @Test func bundledArticles() throws {
        let names = ["2019-01-14-arrest-made-as-mayor-of-gda-sk-poland-stabbed-on-stage.md",
                     "2019-10-02-police-shoot-teenage-protester-as-hong-kong-demonstrations-c.md",
                     "2020-07-09-seoul-city-mayor-park-won-soon-found-dead-south-korean-polic.md"]
        for name in names {
            let article = try FileLoading.loadArticle(path: Fixtures.articlesDirectory + "/" + name)
            let document = Analyzer().analyze(article)
            checkOffsets(document, name)
            #expect(document.entities.contains { $0.type == .person }, "\(name)")
            #expect(!document.events.isEmpty, "\(name)")
        }
    }

    @Test func edgeCases() {
        for text in ["", " ", "\n\n", "Navalny", "he", "the doctor", "'s", "Mr.", "President", "January 2021",
                     "On Thursday.", "Navalny's", "— Navalny —", "A, who", "by", "48 hours", "last"] {
            let document = Analyzer().analyze(Article(text: text))
            checkOffsets(document, text)
        }
    }

    @Test func aCustomNameTaggerIsUsed() {
        struct Everything: NameTagger {
            func names(in document: Document) -> [NameSpan] {
                document.tokens.indices.map { NameSpan(tokens: $0..<($0 + 1), type: .organization) }
            }
        }
        let document = Analyzer(names: Everything()).analyze(Article(text: "one two one"))
        #expect(document.entities.map(\.name) == ["one", "two"])
        #expect(document.entities.first?.mentions.count == 2)
    }
}
