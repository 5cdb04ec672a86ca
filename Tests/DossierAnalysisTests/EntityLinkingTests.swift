import DossierAnalysis
import DossierTestSupport
import DossierText
import Testing

/// A name tagger that finds exactly the names it is given (each occurrence, as whole tokens), so that
/// linking is tested apart from the statistical model.
struct GivenNames: NameTagger {
    let names: [(text: String, type: NameType)]

    func names(in document: Document) -> [NameSpan] {
        let words = document.tokens.map { String(document.string($0)) }
        var spans: [NameSpan] = []
        var taken = Set<Int>()
        // Longer names first: "Blagojevich" inside "Rod Blagojevich" is not a name of its own.
        for (text, type) in names.sorted(by: { $0.text.count > $1.text.count }) {
            let parts = text.split(separator: " ").map(String.init)
            for start in words.indices where start + parts.count <= words.count && Array(words[start..<(start + parts.count)]) == parts {
                let tokens = start..<(start + parts.count)
                guard !tokens.contains(where: taken.contains) else { continue }
                taken.formUnion(tokens)
                spans.append(NameSpan(tokens: tokens, type: type))
            }
        }
        return spans.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }
}

/// Name mentions linked into entities: what belongs to the name and what is an affiliation.
@Suite struct EntityLinkingTests {
    static let clemency = "The commutations included, among others, Democrat Rod Blagojevich, the former governor of Illinois; "
        + "Trump is a Republican.\n\nRod Blagojevich was jailed for corruption. Officials pressured Trump not to commute "
        + "Blagojevich's sentence."

    func texts(_ entity: Entity, _ document: Document) -> [String] {
        entity.mentions.filter { $0.kind == .name }.map { String(document.article.slice($0.range)) }
    }

    /// The statistical tagger reads "Democrat Rod Blagojevich" as one name and the second "Rod Blagojevich"
    /// as an organisation; linking makes them one person with the party as a role.
    @Test func partyBeforeANameIsARoleNotPartOfTheName() throws {
        let names = GivenNames(names: [("Democrat Rod Blagojevich", .person), ("Rod Blagojevich", .organization),
                                       ("Blagojevich", .person), ("Trump", .person), ("Illinois", .location)])
        let document = Analyzer(names: names).analyze(Article(text: Self.clemency))
        let people = document.entities.filter { $0.name.contains("Blagojevich") }
        #expect(people.map(\.name) == ["Rod Blagojevich"])
        let rod = try #require(people.first)
        #expect(rod.type == .person)
        #expect(texts(rod, document) == ["Rod Blagojevich", "Rod Blagojevich", "Blagojevich"])
        #expect(rod.roles == ["Democrat", "former governor of Illinois"])
    }

    @Test func theBundledTaggerGetsOneBlagojevichToo() throws {
        let document = Analyzer().analyze(Article(text: Self.clemency))
        let named = document.entities.filter { $0.name.contains("Blagojevich") }
        #expect(named.map(\.name) == ["Rod Blagojevich"])
        #expect(named.first?.roles.contains("Democrat") == true)
    }

    /// The bundled tagger reads "Article" in "revoke Article 50" as a person.
    @Test func aNumberedWordIsNotAPerson() throws {
        let text = "Protesters asked the government to revoke Article 50. Sadiq Khan tweeted his support."
        let names = GivenNames(names: [("Article", .person), ("Sadiq Khan", .person)])
        let document = Analyzer(names: names).analyze(Article(text: text))
        #expect(document.entities.map(\.name) == ["Sadiq Khan"])
    }

    /// A photographer credited under a picture is not a person of the article; a person named after
    /// "by" in a sentence still is.
    @Test func aPhotoCreditIsNotAPerson() throws {
        let text = "Thousands marched in Hong Kong.\n\nProtesters in Hong Kong. (Photo by Anthony Kwan/Getty Images)\n\nPhoto: John Smith/AP\n\nThe march was organised by Jimmy Sham."
        let names = GivenNames(names: [("Anthony Kwan", .person), ("John Smith", .person), ("Jimmy Sham", .person), ("Hong Kong", .location)])
        let document = Analyzer(names: names).analyze(ArticleParser.parse(text))
        #expect(document.entities.filter { $0.type == EntityType.person }.map(\.name) == ["Jimmy Sham"])
    }

    /// Every modifier of an office is part of the role, in lower case, and none is part of the name.
    @Test func anOfficeWithItsModifiersIsTheRole() throws {
        let text = "Deputy Defense Secretary Paul Wolfowitz told reporters the war would be short. The senator criticised former Vice President Joe Biden."
        let document = Analyzer().analyze(Article(text: text))
        let wolfowitz = try #require(document.entities.first { $0.name == "Paul Wolfowitz" })
        #expect(wolfowitz.roles == ["deputy defense secretary"])
        let biden = try #require(document.entities.first { $0.name == "Joe Biden" })
        #expect(biden.roles == ["former vice president"])
    }

    /// Scraped releases often lose apostrophes: "Phil Keiths experience", "Keiths office".
    @Test func aPossessiveWithoutItsApostropheIsTheSamePerson() throws {
        for text in ["Phil Keith will serve as director. Phil Keiths experience is broad. Keiths office agreed.",
                     "Phil Keiths appointment was announced. Phil Keith will serve as director. Keiths office agreed."] {
            let names = GivenNames(names: [("Phil Keith", .person), ("Phil Keiths", .person), ("Keiths", .person)])
            let document = Analyzer(names: names).analyze(Article(text: text))
            let people = document.entities.filter { $0.type == .person }
            #expect(people.map(\.name) == ["Phil Keith"], "\(text)")
            #expect(people.first?.key == "person:phil keith")
            #expect(people.first.map { texts($0, document).count } == 3)
        }
    }

    @Test func anOrganisationsPossessiveWithoutItsApostropheIsTheOrganisation() throws {
        let text = "The FBIs Chicago office led the inquiry. The FBI said the Justice Departments lawyers agreed with the Justice Department."
        let names = GivenNames(names: [("FBIs", .miscellaneous), ("FBI", .organization),
                                       ("Justice Departments", .organization), ("Justice Department", .organization)])
        let document = Analyzer(names: names).analyze(Article(text: text))
        #expect(document.entities.map(\.name) == ["FBI", "Justice Department"])
        #expect(document.entities.map { texts($0, document).count } == [2, 2])
    }

    /// "Mr." says how Keith is addressed, not what he does.
    @Test func anHonorificIsNotARole() throws {
        let names = GivenNames(names: [("Phil Keith", .person), ("Keith", .person)])
        let document = Analyzer(names: names).analyze(Article(text: "Phil Keith will serve as director. Mr. Keith was police chief."))
        let keith = try #require(document.entities.first { $0.type == .person })
        #expect(!keith.roles.contains("mr"))
    }

    @Test func nationalityBeforeANameIsARoleButAFirstNameStays() throws {
        let text = "Russian Oleg Ivanov met Christian Bale in Berlin. Ivanov and Bale talked."
        let names = GivenNames(names: [("Russian Oleg Ivanov", .person), ("Christian Bale", .person), ("Ivanov", .person),
                                       ("Bale", .person), ("Berlin", .location)])
        let document = Analyzer(names: names).analyze(Article(text: text))
        let people = document.entities.filter { $0.type == .person }
        #expect(people.map(\.name) == ["Oleg Ivanov", "Christian Bale"])
        #expect(people.first?.roles == ["Russian"])
        #expect(people.map { texts($0, document).count } == [2, 2])
    }

    @Test func anOrganisationNamedLikeSomeoneElseStaysAnOrganisation() {
        let text = "John Dell praised Dell Technologies. Dell Technologies said nothing."
        let names = GivenNames(names: [("John Dell", .person), ("Dell Technologies", .organization)])
        let document = Analyzer(names: names).analyze(Article(text: text))
        #expect(document.entities.map(\.type) == [.person, .organization])
    }
}
