@testable import DossierLibrary
import Testing

@Suite struct NameWordsTests {
    @Test func namesCompareByFoldedLowerCaseWords() {
        #expect(NameWords.words("Alexey NAVALNY") == ["alexey", "navalny"])
        #expect(NameWords.words("Navalny's") == ["navalny"])
        #expect(NameWords.words("O'Brien") == ["o'brien"])
        #expect(NameWords.words("José Martí-Pérez") == ["jose", "marti", "perez"])
        #expect(NameWords.words("Łukasz Øster") == ["lukasz", "oster"])
        #expect(NameWords.words("Владимир Путин") == ["владимир", "путин"])
        #expect(NameWords.words("  ") == [])
    }

    @Test func userQueriesNeverBreakFullTextSyntax() {
        #expect(FullTextQuery.make("Navalny arrest") == #""Navalny" "arrest""#)
        #expect(FullTextQuery.make(#""rose sharply" steel*"#) == #""rose sharply" "steel"*"#)
        #expect(FullTextQuery.make(#"AND ( " NEAR"#) == #""AND" "NEAR""#)
        #expect(FullTextQuery.make("--- ***") == nil)
    }
}
