import DossierAnalysis
import DossierText
import Testing

/// Event participants read off the dependency tree, on sentences like the seed article's and the
/// Wikinews clemency article's (US President Trump grants eleven people clemency, 2020-02-21).
@Suite struct TreeParticipantTests {
    struct Analysed {
        let document: Document

        init(_ text: String) {
            document = Analyzer().analyze(ArticleParser.parse(text), date: "2021-01-28")
        }

        func name(_ id: String) -> String { document.entity(id: id)?.name ?? "missing \(id)" }

        /// "name role" for every participant of the events whose trigger is `trigger`, in order.
        func participants(_ trigger: String) -> [String] {
            document.events.filter { String(document.article.slice($0.trigger)) == trigger }
                .flatMap { $0.participants.map { "\(name($0.entityID)) \($0.role)" } }
        }
    }

    @Test func theBundledSyntaxModelIsUsed() {
        #expect(Analyzer.syntaxError == nil)
        #expect(Analyzer().syntax != nil)
    }

    /// The sentence commuted is Blagojevich's: a party word before his name does not hide him, and the
    /// president named earlier in the clause ("on Tuesday commuted") is not its patient.
    @Test func aSentenceOfAPartyMemberIsHisNotThePresidentsInTheSameClause() {
        let a = Analysed("President Donald Trump on Tuesday commuted the sentence of Democrat Rod Blagojevich, the former Illinois governor.")
        #expect(a.participants("sentence") == ["Rod Blagojevich patient"])
        #expect(a.participants("commuted").contains("Donald Trump agent"))
    }

    @Test func coordinationSpreadsThePatientRole() {
        let a = Analysed("Lyubov Sobol and Navalny's brother Oleg were detained on Wednesday.")
        let detained = a.participants("detained")
        #expect(detained.contains("Lyubov Sobol patient"), "\(detained)")
        #expect(detained.contains { $0.hasPrefix("Oleg") && $0.hasSuffix(" patient") }, "\(detained)")
        #expect(!detained.contains { $0.hasPrefix("Navalny ") }, "\(detained)")
    }

    @Test func aRelativeClauseTakesTheNounItModifies() {
        let a = Analysed("Police also detained Anastasia Vasilyeva, who was also questioned.")
        #expect(a.participants("detained").sorted() == ["Anastasia Vasilyeva patient", "police agent"])
        #expect(a.participants("questioned") == ["Anastasia Vasilyeva patient"])
    }

    @Test func reportedSpeechKeepsTheSpeakerOutOfTheReportedEvent() {
        let a = Analysed("Ivan Zhdanov said Lyubov Sobol was detained by police.")
        #expect(a.participants("said") == ["Ivan Zhdanov agent"])
        #expect(a.participants("detained").sorted() == ["Lyubov Sobol patient", "police agent"])
    }

    @Test func theObjectIsThePatientOfAnActiveVerb() {
        let a = Analysed("Police arrested Leonid Volkov and Georgy Alburov in Moscow.")
        #expect(a.participants("arrested").sorted() == ["Georgy Alburov patient", "Leonid Volkov patient", "police agent"].sorted()
                || a.participants("arrested").sorted() == ["Georgy Alburov patient", "Leonid Volkov patient", "Moscow place", "police agent"].sorted(),
                "\(a.participants("arrested"))")
    }

    @Test func theObjectOfAControllingVerbUndergoesABareParticiple() {
        let a = Analysed("The Kremlin wants to see Alexey Navalny imprisoned, Leonid Volkov said.")
        #expect(a.participants("imprisoned") == ["Alexey Navalny patient"])
        #expect(a.participants("said") == ["Leonid Volkov agent"])
    }

    @Test func aSentenceOpeningHeContinuesThePreviousSubject() {
        // Trump is the nearest man before "He"; the man the paragraph is about is Blagojevich.
        let a = Analysed("""
        Donald Trump commuted the sentence of Rod Blagojevich on Tuesday. Blagojevich was jailed after Barack Obama \
        was elected president. He was sentenced to fourteen years in prison.
        """)
        let sentenced = a.participants("sentenced")
        #expect(sentenced.count == 1 && sentenced.allSatisfy { $0.contains("Blagojevich") && $0.hasSuffix(" patient") }, "\(sentenced)")
        #expect(!sentenced.contains { $0.hasPrefix("Donald Trump") })
    }
}
