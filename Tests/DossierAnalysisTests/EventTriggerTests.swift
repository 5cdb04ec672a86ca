import DossierAnalysis
import DossierText
import Testing

/// Event triggers and their types in single sentences: what a reader sees listed under a person.
@Suite struct EventTriggerTests {
    /// (trigger text, type, modality) of every event in `text`.
    func events(_ text: String) -> [(String, String, String)] {
        let document = Analyzer().analyze(Article(text: text), date: "2021-01-28")
        return document.events.map { (String(document.article.slice($0.trigger)), $0.type, $0.modality.rawValue) }
    }

    func types(_ text: String) -> [String] { events(text).map(\.1) }

    @Test(arguments: [
        // One lemma, all its forms: detain, detains, detained, detaining, detention.
        ("Police detain protesters every weekend.", "detain", "arrest"),
        ("Police detained Sobol.", "detained", "arrest"),
        ("His detention was extended.", "detention", "arrest"),
        ("He was taken into custody on Thursday.", "taken into custody", "arrest"),
        ("Putin pardoned the journalist.", "pardoned", "pardon"),
        ("The governor commuted his sentence.", "commuted", "pardon"),
        ("Lawyers asked for clemency.", "clemency", "pardon"),
        ("Two men testified at the hearing.", "testified", "statement"),
        ("He pleaded guilty.", "pleaded", "trial"),
        ("He was extradited to the United States.", "extradited", "arrest"),
        ("A cyclist was hit by a car.", "hit", "attack"),
        ("Thieves stole paintings worth millions.", "stole", "theft"),
        ("The heist lasted ten minutes.", "heist", "theft"),
        ("Two trains collided near Leeds.", "collided", "accident"),
        ("A teenager was kidnapped in Lagos.", "kidnapped", "attack"),
        ("The victim was pronounced dead at the scene.", "dead", "die"),
    ])
    func triggers(text: String, trigger: String, type: String) {
        let found = events(text)
        #expect(found.contains { $0.0 == trigger && $0.1 == type }, "\(found)")
    }

    @Test func wordsThatOnlyLookLikeEventsAreNot() {
        // A bomb is a weapon, a hit a record, a commute a trip to work.
        #expect(!types("Police found a bomb in the car.").contains("attack"))
        #expect(!types("The song was a hit and sold a record number of copies.").contains("attack"))
        #expect(!types("The singer hit a record high.").contains("attack"))
        #expect(!types("Her daily commute takes an hour.").contains("pardon"))
        #expect(!types("Amnesty International criticised the verdict.").contains("pardon"))
    }

    /// Other senses of trigger words, and the real events beside them.
    @Test func releasingAStatementKillingADealAndLeavingAJobAreNotEvents() {
        #expect(!types("The Kremlin released a statement on Monday.").contains("release"))
        #expect(!types("The ministry released new figures on unemployment.").contains("release"))
        #expect(!types("A video was released by the group.").contains("release"))
        #expect(types("Police released Sobol after 48 hours.").contains("release"))
        #expect(types("A statement said police released Sobol.").contains("release"))
        #expect(types("The bill's sponsor said gunmen killed two guards.").contains("die"))
        #expect(!types("The deal was killed by regulators.").contains("die"))
        #expect(!types("Senators killed the bill in committee.").contains("die"))
        #expect(types("The soldiers were killed in an ambush.").contains("die"))
        #expect(!types("Search and rescue helicopters flew over the area.").contains("search"))
        #expect(!types("He typed her name into a search engine.").contains("search"))
        #expect(!types("Johnson left office in 2022.").contains("travel"))
        #expect(!types("She entered politics after the war.").contains("travel"))
        #expect(types("Navalny left Germany on Sunday.").contains("travel"))
        #expect(!types("She testified before Congress.").contains("trial"))
    }

    @Test func searchesCarriedOutAndProbesLaunchedAreEvents() {
        #expect(events("Police carried out searches at his office.").contains { $0.0 == "searches" && $0.1 == "search" })
        #expect(events("Investigators launched a probe into the bank.").contains { $0.0 == "probe" && $0.1 == "investigate" })
    }
}

/// Whether an event happened: asserted, planned, possible or negated (the `modality` field of the JSON).
@Suite struct EventModalityTests {
    func modality(of trigger: String, in text: String) -> String? {
        let document = Analyzer().analyze(Article(text: text), date: "2021-01-28")
        return document.events.first { document.article.slice($0.trigger) == trigger }?.modality.rawValue
    }

    @Test(arguments: [
        ("Police detained Sobol on Thursday.", "detained", "asserted"),
        ("Navalny faces threats of arrest.", "arrest", "possible"),
        ("The verdict could see him imprisoned for years.", "imprisoned", "possible"),
        ("He could be jailed for three years.", "jailed", "possible"),
        ("Supporters announced planned demonstrations for Sunday.", "demonstrations", "planned"),
        ("His lawyers intend to appeal the ruling.", "appeal", "planned"),
        ("Volkov called for protests on Sunday.", "protests", "planned"),
        ("The opposition will rally again next week.", "rally", "planned"),
        ("Police did not detain him.", "detain", "negated"),
        ("He was never charged.", "charged", "negated"),
        ("The court denied his release.", "release", "negated"),
        ("The court refused to release him.", "release", "negated"),
        ("Prosecutors failed to charge him.", "charge", "negated"),
    ])
    func modality(text: String, trigger: String, expected: String) {
        #expect(modality(of: trigger, in: text) == expected, "\(text)")
    }
}
