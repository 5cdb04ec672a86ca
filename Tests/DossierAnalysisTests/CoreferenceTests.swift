import DossierAnalysis
import DossierTestSupport
import DossierText
import Testing

/// Pronouns, descriptions and name variants resolved to the right person.
@Suite struct CoreferenceTests {
    /// The entity name that the mention at the n-th occurrence of `text` (after `context`) belongs to.
    func owner(of text: String, in context: String, _ document: Document) -> String? {
        let bytes = Array(document.text.utf8)
        let pattern = Array(context.utf8)
        guard let at = (0...(bytes.count - pattern.count)).first(where: { Array(bytes[$0..<($0 + pattern.count)]) == pattern }) else { return nil }
        let inner = Array(text.utf8)
        func isLetter(_ i: Int) -> Bool { i >= 0 && i < pattern.count && (pattern[i] | 0x20 >= 0x61 && pattern[i] | 0x20 <= 0x7A) }
        // The first whole-word occurrence ("he" is not the one inside "where").
        guard let offset = (0...(pattern.count - inner.count)).first(where: {
            Array(pattern[$0..<($0 + inner.count)]) == inner && !isLetter($0 - 1) && !isLetter($0 + inner.count)
        }) else { return nil }
        let range = (at + offset)..<(at + offset + inner.count)
        return document.entities.first { $0.mentions.contains { $0.range == range } }?.name
    }

    static let seed: Document = Analyzer().analyze(try! FileLoading.loadArticle(path: Fixtures.seedArticlePath))

    @Test(arguments: [
        ("his", "demanding his release", "Alexey Navalny"),
        ("who", "freedom for Navalny, who was arrested", "Alexey Navalny"),
        ("he", "where he had been covering", "Alexey Navalny"),
        ("his", "appeal against his arrest", "Alexey Navalny"),
        ("she", "both she and Oleg Navalny", "Lyubov Sobol"),
        ("who", "Anastasia Vasilyeva, who was also detained", "Anastasia Vasilyeva"),
        ("the doctor", "the doctor is playing", "Anastasia Vasilyeva"),
        ("him", "could see him imprisoned", "Alexey Navalny"),
        ("him", "targeted him", "Alexey Navalny"),
        ("he", "when he, as the main", "Alexey Navalny"),
    ])
    func seedPronouns(pronoun: String, context: String, expected: String) {
        #expect(owner(of: pronoun, in: context, Self.seed) == expected)
    }

    @Test func pronounsAndDescriptionsHaveTheirKinds() throws {
        let alexey = try #require(Self.seed.entities.first { $0.name == "Alexey Navalny" })
        #expect(alexey.mentions.contains { $0.kind == .pronoun })
        let vasilyeva = try #require(Self.seed.entities.first { $0.name == "Anastasia Vasilyeva" })
        #expect(vasilyeva.mentions.contains { $0.kind == .description && Self.seed.article.slice($0.range) == "the doctor" })
    }

    @Test func genderAgreementPicksTheWoman() {
        let document = Analyzer().analyze(Article(text: "Maria Ivanova met Boris Petrov in Minsk. She said he was late."))
        #expect(owner(of: "She", in: "She said", document) == "Maria Ivanova")
        #expect(owner(of: "he", in: "said he was", document) == "Boris Petrov")
    }

    /// Neither name is in the built-in list: this needs Resources/firstname-genders.txt.
    @Test func firstNameListFromResources() {
        let document = Analyzer().analyze(Article(text: "Yolanda Ruiz met Tomasz Kowalski in Warsaw. She smiled and he left."))
        #expect(owner(of: "She", in: "She smiled", document) == "Yolanda Ruiz")
        #expect(owner(of: "he", in: "and he left", document) == "Tomasz Kowalski")
    }

    @Test func kinNounsGiveGender() {
        let document = Analyzer().analyze(Article(text: "Police searched the flat of Petrov's wife Sasha. Her lawyer said she was at home."))
        #expect(owner(of: "she", in: "said she was", document) == "Sasha")
    }

    @Test func surnameGoesToTheMostSalientPersonAndFemaleFormsLink() {
        let text = "Alexey Navalny returned. Alexey Navalny was detained. His brother Oleg Navalny was questioned. "
            + "Yulia Navalnaya spoke. Navalny said he would appeal. Navalnaya said she was proud."
        let document = Analyzer().analyze(Article(text: text))
        #expect(owner(of: "Navalny", in: "Navalny said he", document) == "Alexey Navalny")
        #expect(owner(of: "Navalnaya", in: "Navalnaya said she", document) == "Yulia Navalnaya")
        #expect(document.entities.filter { $0.type == .person }.count == 3)
    }

    @Test func titlesAreStrippedAndKeptAsRoles() throws {
        let document = Analyzer().analyze(Article(text: "President Vladimir Putin met reporters. Later V. Putin and Dmitri Peskov left. Peskov said nothing."))
        let putin = try #require(document.entities.first { $0.name == "Vladimir Putin" })
        #expect(putin.type == .person)
        #expect(putin.roles.contains("president"))
        #expect(putin.mentions.filter { $0.kind == .name }.map { String(document.article.slice($0.range)) } == ["Vladimir Putin", "V. Putin"])
        let peskov = try #require(document.entities.first { $0.name == "Dmitri Peskov" })
        #expect(peskov.nameMentionCount == 2)
    }

    @Test func fsbAndTheFederalSecurityServiceAreOne() throws {
        let document = Analyzer().analyze(Article(text: "Navalny blamed the Federal Security Service. The FSB denied any role."))
        let fsb = try #require(document.entities.first { $0.name == "Federal Security Service" })
        #expect(fsb.type == .organization)
        #expect(fsb.mentions.map { String(document.article.slice($0.range)) } == ["Federal Security Service", "FSB"])
    }

    @Test func acronymsAndTheJoinTheirOrganisation() throws {
        let document = Analyzer().analyze(Article(text: "The Federal Security Service denied it. The FSS said the Anti-Corruption Foundation lied; the Foundation disagreed."))
        let fss = try #require(document.entities.first { $0.name == "Federal Security Service" })
        #expect(fss.nameMentionCount == 2)
        #expect(!fss.mentions.contains { document.article.slice($0.range).hasPrefix("The") })
    }
}
