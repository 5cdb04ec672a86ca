import DossierAnalysis
import DossierText
import Testing

/// The pronoun sieve: clause subjects, binding, it/its for organisations, counted groups.
@Suite struct PronounSieveTests {
    /// The name of the entity that has a mention at the first whole-word `text` inside `context`.
    func owner(of text: String, in context: String, _ document: Document) -> String? {
        CoreferenceTests().owner(of: text, in: context, document)
    }

    /// Wikinews, "US President Trump grants eleven people clemency" (2020-02-21), its first paragraphs.
    static let clemency = "On Tuesday, United States President Donald Trump issued a series of seven pardons and four "
        + "commutations. All of the pardons issued were \"full and unconditional\". The commutations included, among "
        + "others, Democrat Rod Blagojevich, the former governor of Illinois; Trump is a Republican.\n\n\nRod Blagojevich "
        + "was jailed for corruption after he tried to sell Barack Obama's former U.S. Senate seat after Obama was "
        + "elected president, among other charges. He was sentenced to fourteen years in prison, serving eight before "
        + "being granted clemency."

    /// "he" in a clause after "Rod Blagojevich was jailed …" is Blagojevich, the subject of its sentence, though
    /// his gender is unknown and Trump (male) was named just before.
    @Test func thePreviousClauseSubjectBeatsAGenderMatchFurtherBack() {
        let document = Analyzer().analyze(Article(text: Self.clemency))
        #expect(owner(of: "he", in: "after he tried to sell", document) == "Rod Blagojevich")
        #expect(owner(of: "He", in: "He was sentenced", document) == "Rod Blagojevich")
    }

    /// A possessive goes to the subject of its clause too, before a man named in the sentence before (Wikinews,
    /// the same article).
    @Test func aPossessiveGoesToTheSubjectOfItsClause() {
        let names = GivenNames(names: [("Trump", .person), ("Ariel Manuel Friedler", .person), ("Friedler", .person)])
        let text = "Trump granted Ariel Manuel Friedler a full pardon. Friedler, formerly the president of a company, "
            + "pled guilty to conspiring to hack into the computer systems of two competitors to improve his company's software."
        let document = Analyzer(names: names).analyze(Article(text: text))
        #expect(owner(of: "his", in: "improve his company", document) == "Ariel Manuel Friedler")
    }

    /// An object pronoun is not the subject of its own verb, in this mention or any other.
    @Test func anObjectPronounIsNotTheSubjectOfItsVerb() {
        let names = GivenNames(names: [("Rod Blagojevich", .person), ("Donald Trump", .person), ("Trump", .person)])
        let document = Analyzer(names: names).analyze(Article(text: "Rod Blagojevich wrote to Donald Trump. Trump pardoned him on Tuesday."))
        #expect(owner(of: "him", in: "pardoned him", document) == "Rod Blagojevich")
    }

    @Test func aReflexiveIsTheSubject() {
        let names = GivenNames(names: [("John Smith", .person), ("Peter Jones", .person)])
        let document = Analyzer(names: names).analyze(Article(text: "Peter Jones called. John Smith defended himself in court."))
        #expect(owner(of: "himself", in: "defended himself", document) == "John Smith")
    }

    /// The clause-subject preference stops at a quotation and passes over unnamed people of unknown gender.
    @Test func subjectPreferenceKeepsToNamedPeopleOutsideQuotations() {
        let names = GivenNames(names: [("John Jones", .person), ("Smith", .person), ("Lindsay Lohan", .person)])
        let text = "John Jones testified. “Smith fired the shot,” he said. Lindsay Lohan left the clinic. "
            + "A spokesperson said that a judge signed an order, and she will stay."
        let document = Analyzer(names: names).analyze(Article(text: text))
        #expect(owner(of: "he", in: "” he said", document) == "John Jones")
        #expect(owner(of: "she", in: "and she will", document) == "Lindsay Lohan")
    }

    static let organisations = GivenNames(names: [("FBK", .organization), ("Microsoft", .organization),
                                                   ("Navalny", .person), ("Palestinians", .miscellaneous)])

    @Test func itAndItsForOrganisations() {
        let text = "The FBK said it would publish the film. Microsoft and its partners signed a deal."
        let document = Analyzer(names: Self.organisations).analyze(Article(text: text))
        #expect(owner(of: "it", in: "said it would", document) == "FBK")
        #expect(owner(of: "its", in: "and its partners", document) == "Microsoft")
    }

    /// Pleonastic "it", "it" after another noun phrase, and plural groups stay unresolved.
    @Test func pleonasticAndDistantItStayUnresolved() {
        let text = "Microsoft opened an office. It is raining in Seattle. It was reported that Microsoft sold a phone and "
            + "it would cost more. It seems the FBK was right. Palestinians said it would end."
        let document = Analyzer(names: Self.organisations).analyze(Article(text: text))
        #expect(owner(of: "It", in: "It is raining", document) == nil)
        #expect(owner(of: "It", in: "It was reported", document) == nil)
        #expect(owner(of: "it", in: "and it would cost", document) == nil)
        #expect(owner(of: "It", in: "It seems", document) == nil)
        #expect(owner(of: "it", in: "said it would end", document) == nil)
    }

    /// "it" after an organisation that is not the subject of its clause, across a colon, or with nothing
    /// that an organisation does after it, stays unresolved.
    @Test func itNeedsAnOrganisationSubjectAndAVerb() {
        let text = "Engineers compared the rock to the FBK, and it could be older. Microsoft: I think it says so. "
            + "Microsoft, yes, it does. Microsoft announced it would hire."
        let document = Analyzer(names: Self.organisations).analyze(Article(text: text))
        #expect(owner(of: "it", in: "and it could", document) == nil)
        #expect(owner(of: "it", in: "think it says", document) == nil)
        #expect(owner(of: "it", in: "yes, it does", document) == nil)
        #expect(owner(of: "it", in: "announced it would", document) == "Microsoft")
    }

    /// "40 Palestinians" and "350 Palestinians" are different people; a bare "Palestinians" is the people in
    /// general, the named group; "the 40 Palestinians" is the first count again.
    @Test func countedGroupsWithDifferentNumbersStayApart() throws {
        let text = "Troops killed 40 Palestinians on Monday. On Tuesday 350 Palestinians were arrested. "
            + "Palestinians protested. The 40 Palestinians were buried."
        let document = Analyzer(names: Self.organisations).analyze(Article(text: text))
        let groups = document.entities.filter { $0.type == .group && $0.name.hasSuffix("Palestinians") }
        #expect(groups.map(\.name) == ["40 Palestinians", "350 Palestinians", "Palestinians"])
        #expect(groups.map(\.mentions.count) == [2, 1, 1])
        #expect(groups.map { $0.key.hasPrefix("unnamed:") } == [true, true, false])
    }

    /// A DOJ release crashed the indexer: the acronym "ITS" was read as the pronoun "its" inside its own name.
    @Test func aPronounSpelledInsideANameIsPartOfTheName() {
        let text = "Fesum Ogbazion founded Instant Tax Service (ITS) in 2004. Ogbazion founded ITS in 2004 and at one "
            + "time it had more than 1,100 franchise locations."
        let document = Analyzer().analyze(Article(text: text))
        let pronounsInCapitals = document.entities.flatMap(\.mentions).filter {
            $0.kind == .pronoun && document.article.slice($0.range) == "ITS"
        }
        #expect(pronounsInCapitals.isEmpty)
    }

}
