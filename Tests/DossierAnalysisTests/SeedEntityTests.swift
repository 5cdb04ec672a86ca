import DossierAnalysis
import DossierTestSupport
import DossierText
import Testing

/// The seed article's people, checked against a hand-written fixture.
@Suite struct SeedEntityTests {
    static let document: Document = {
        let article = try! FileLoading.loadArticle(path: Fixtures.seedArticlePath)
        return Analyzer().analyze(article)
    }()

    func person(_ name: String) -> Entity? {
        Self.document.entities.first { $0.type == .person && $0.name == name }
    }

    func nameTexts(_ entity: Entity) -> [String] {
        entity.mentions.filter { $0.kind == .name }.map { String(Self.document.article.slice($0.range)) }
    }

    /// Every person of the article with the texts of their name mentions, in order.
    static let people: [(name: String, mentions: [String])] = [
        ("Alexey Navalny", ["Alexey Navalny", "Alexei Navalny", "Alexei Navalny", "Alexey Navalny"] + Array(repeating: "Navalny", count: 13)
            + ["Alexey Navalny", "Navalny"] ),
        ("Lyubov Sobol", ["Lyubov Sobol", "Sobol"]),
        ("Oleg Navalny", ["Oleg", "Oleg Navalny"]),
        ("Ivan Zhdanov", ["Ivan Zhdanov"]),
        ("Vladimir Voronin", ["Vladimir Voronin"]),
        ("Yulia", ["Yulia"]),
        ("Anastasia Vasilyeva", ["Anastasia Vasilyeva", "Vasilyeva"]),
        ("Vladimir Putin", ["Vladimir Putin", "Putin"]),
        ("Dmitry Peskov", ["Dmitry Peskov"]),
        ("Leonid Volkov", ["Leonid Volkov"]),
        ("Alexander Baunov", ["Alexander Baunov"]),
    ]

    @Test func everyPersonIsAnEntityWithTheirNameMentions() {
        for (name, expected) in Self.people {
            guard let entity = person(name) else { Issue.record("no person entity named \(name)"); continue }
            if name == "Alexey Navalny" {
                #expect(nameTexts(entity).count == 19)
            } else {
                #expect(nameTexts(entity) == expected, "\(name)")
            }
        }
    }

    /// The 19 name mentions of Alexey Navalny, found independently: every "Navalny" of the text except
    /// Oleg's, extended to the first name when one precedes it.
    @Test func alexeyNavalnyHasAll19NameMentionsAndNoneOfOlegs() throws {
        let text = Array(Self.document.text.utf8)
        let needle = Array("Navalny".utf8)
        var expected: [TextRange] = []
        var i = 0
        while i + needle.count <= text.count {
            if Array(text[i..<(i + needle.count)]) == needle {
                let before = String(decoding: text[max(0, i - 7)..<i], as: UTF8.self)
                if before.hasSuffix("Oleg ") { i += 1; continue }
                var start = i
                if before.hasSuffix("Alexey ") || before.hasSuffix("Alexei ") { start = i - 7 }
                expected.append(start..<(i + needle.count))
            }
            i += 1
        }
        #expect(expected.count == 19)
        let alexey = try #require(person("Alexey Navalny"))
        let found = alexey.mentions.filter { $0.kind == .name }.map(\.range)
        #expect(found == expected)

        let oleg = try #require(person("Oleg Navalny"))
        #expect(Set(found).isDisjoint(with: oleg.mentions.map(\.range)))
        #expect(alexey.id != oleg.id)
    }

    @Test func olegAndYuliaAreSeparatePeople() throws {
        let alexey = try #require(person("Alexey Navalny"))
        let oleg = try #require(person("Oleg Navalny"))
        let yulia = try #require(person("Yulia"))
        #expect(Set([alexey.id, oleg.id, yulia.id]).count == 3)
        // "Navalny's brother Oleg": the possessor is Alexey, "Oleg" is Oleg.
        let sentence = "Navalny's brother Oleg"
        let start = try #require(Self.document.text.utf8.firstRange(of: sentence.utf8))
        let offset = Self.document.text.utf8.distance(from: Self.document.text.utf8.startIndex, to: start.lowerBound)
        #expect(alexey.mentions.contains { $0.range == offset..<(offset + 7) })
        #expect(oleg.mentions.contains { $0.range == (offset + 18)..<(offset + 22) })
    }

    @Test func relationsInBothDirections() throws {
        let alexey = try #require(person("Alexey Navalny"))
        let oleg = try #require(person("Oleg Navalny"))
        let yulia = try #require(person("Yulia"))
        let vasilyeva = try #require(person("Anastasia Vasilyeva"))
        let sobol = try #require(person("Lyubov Sobol"))
        let voronin = try #require(person("Vladimir Voronin"))
        let putin = try #require(person("Vladimir Putin"))
        let peskov = try #require(person("Dmitry Peskov"))
        let zhdanov = try #require(person("Ivan Zhdanov"))
        let fbk = try #require(Self.document.entities.first { $0.type == .organization && $0.name == "FBK Anti-Corruption Foundation" })

        #expect(alexey.relations.contains(Relation(type: "brother", entityID: oleg.id)))
        #expect(oleg.relations.contains(Relation(type: "brother-of", entityID: alexey.id)))
        #expect(alexey.relations.contains(Relation(type: "wife", entityID: yulia.id)))
        #expect(yulia.relations.contains(Relation(type: "wife-of", entityID: alexey.id)))
        #expect(vasilyeva.relations.contains(Relation(type: "doctor-of", entityID: alexey.id)))
        #expect(sobol.relations.contains(Relation(type: "lawyer", entityID: voronin.id)))
        #expect(voronin.relations.contains(Relation(type: "lawyer-of", entityID: sobol.id)))
        #expect(putin.relations.contains(Relation(type: "spokesman", entityID: peskov.id)))
        #expect(peskov.relations.contains(Relation(type: "spokesman-of", entityID: putin.id)))
        #expect(zhdanov.relations.contains(Relation(type: "head-of", entityID: fbk.id)))
        #expect(putin.roles.contains("president"))
        #expect(alexey.roles.contains("opposition leader"))
    }

    @Test func organisationsAndGroups() throws {
        let fbk = try #require(Self.document.entities.first { $0.name == "FBK Anti-Corruption Foundation" })
        #expect(nameTexts(fbk) == ["FBK Anti-Corruption Foundation", "FBK"])
        let committee = try #require(Self.document.entities.first { $0.name == "Investigative Committee" })
        #expect(committee.type == .organization)
        let russians = try #require(Self.document.entities.first { $0.type == .group && $0.key == "group:russians" })
        #expect(Set(nameTexts(russians)) == ["Russian", "Russians"])
        for place in ["Moscow", "Russia", "Germany"] {
            #expect(Self.document.entities.contains { $0.type == .place && $0.name == place }, "\(place)")
        }
    }

    @Test func idsInOrderOfFirstMentionAndStableKeys() throws {
        for (n, entity) in Self.document.entities.enumerated() {
            #expect(entity.id == "e\(n + 1)")
            if n > 0 { #expect(Self.document.entities[n - 1].mentions[0].range.lowerBound <= entity.mentions[0].range.lowerBound) }
        }
        let alexey = try #require(person("Alexey Navalny"))
        // Alexey/Alexei/Aleksei and Navalny/Navalnyi give one key.
        #expect(alexey.key == "person:aleksi navalni")
        let other = Analyzer().analyze(Article(text: "Aleksei Navalnyi spoke to reporters in Moscow."))
        #expect(other.entities.first { $0.type == .person }?.key == alexey.key)
    }
}
