import DossierAnalysis
import DossierTestSupport
import DossierText
import Testing

/// What happened to whom in the seed article (issue 5, item 6).
@Suite struct SeedEventTests {
    static let document: Document = {
        let article = try! FileLoading.loadArticle(path: Fixtures.seedArticlePath)
        return Analyzer().analyze(article, date: "2021-01-28")
    }()

    func id(_ name: String) -> String { Self.document.entities.first { $0.name == name }?.id ?? "missing \(name)" }

    /// Events of a type in which `name` takes part with one of `roles`.
    func events(_ type: String, of name: String, roles: Set<String> = ["patient"]) -> [Event] {
        let entity = id(name)
        return Self.document.events.filter { event in
            event.type == type && event.participants.contains { $0.entityID == entity && roles.contains($0.role) }
        }
    }

    func trigger(_ event: Event) -> String { String(Self.document.article.slice(event.trigger)) }

    @Test func sobolAndOlegAreDetainedAndQuestioned() throws {
        for name in ["Lyubov Sobol", "Oleg Navalny"] {
            let arrests = events("arrest", of: name)
            #expect(arrests.map(trigger) == ["detained"], "\(name)")
            let questioned = events("investigate", of: name)
            #expect(questioned.map(trigger) == ["questioned"], "\(name)")
            #expect(questioned.first?.participants.contains { $0.entityID == id("police") && $0.role == "agent" } == true)
            #expect(questioned.first?.time?.value == "2021-01-28TNI")
        }
    }

    @Test func vasilyevaIsDetainedVolkovInvestigatedYuliaSearched() {
        #expect(events("arrest", of: "Anastasia Vasilyeva").map(trigger) == ["detained"])
        #expect(events("investigate", of: "Leonid Volkov").map(trigger) == ["probe"])
        #expect(events("search", of: "Yulia").map(trigger) == ["Searches"])
    }

    @Test func alexeyNavalny() throws {
        let arrest = try #require(events("arrest", of: "Alexey Navalny").first { trigger($0) == "arrested" })
        #expect(arrest.modality == .asserted)
        let travel = try #require(events("travel", of: "Alexey Navalny", roles: ["agent"]).first)
        #expect(trigger(travel) == "return")
        #expect(travel.participants.contains { $0.entityID == id("Germany") && $0.role == "place" })
        #expect(events("attack", of: "Alexey Navalny").contains { trigger($0) == "poisoning attack" })
        let trial = try #require(events("trial", of: "Alexey Navalny").first)
        #expect(trial.modality == .planned)
        let appeal = try #require(events("appeal", of: "Alexey Navalny", roles: ["agent", "beneficiary"]).first)
        #expect(appeal.modality == .planned)
        #expect(appeal.time?.value == "2021-01-28")
    }

    @Test func statementsOfPeskovAndZhdanov() {
        let peskov = events("statement", of: "Dmitry Peskov", roles: ["agent"])
        #expect(peskov.map(trigger) == ["told"])
        #expect(peskov.first?.time?.value == "2021-01-28")
        #expect(events("statement", of: "Ivan Zhdanov", roles: ["agent"]).map(trigger) == ["said"])
        // Reported speech: Zhdanov is not a patient of the arrest he reports.
        #expect(events("arrest", of: "Ivan Zhdanov", roles: ["patient", "agent"]).isEmpty)
    }

    @Test func modalityOfThingsThatDidNotHappen() throws {
        let threat = try #require(Self.document.events.first { $0.type == "arrest" && Self.document.article.slice($0.sentence).contains("threats of arrest") })
        #expect(threat.modality == .possible)
        let imprisoned = try #require(Self.document.events.first { trigger($0) == "imprisoned" })
        #expect(imprisoned.modality == .possible)
        let planned = try #require(Self.document.events.first { trigger($0) == "demonstrations" })
        #expect(planned.modality == .planned)
        let sunday = Self.document.events.filter { $0.type == "protest" && $0.time?.value == "2021-01-31" }
        #expect(sunday.allSatisfy { $0.modality == .planned } && !sunday.isEmpty)
    }

    @Test func timesOfEvents() throws {
        let saturday = try #require(Self.document.events.first { $0.time?.value == "2021-01-23" && $0.type == "arrest" })
        #expect(Self.document.article.slice(saturday.sentence).contains("3,900"))
        let sentence = try #require(Self.document.events.first { trigger($0) == "sentence" })
        #expect(sentence.time?.value == "2014")
        // An arrest in a relative clause does not take the main clause's "on Sunday".
        let arrested = try #require(Self.document.events.first { trigger($0) == "arrested" })
        #expect(arrested.time?.value == "2021-01-28")
    }
}
