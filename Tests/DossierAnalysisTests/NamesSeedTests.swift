import DossierAnalysis
import DossierTestSupport
import DossierText
import Testing

/// The seed article: every person, organisation and place typed correctly by the statistical tagger.
@Suite struct NamesSeedTests {
    static let tagger = Result { try PerceptronNameTagger.loadBundled() }

    func seedNames() throws -> [(text: String, type: NameType)] {
        let document = Document.prepare(try FileLoading.loadArticle(path: Fixtures.seedArticlePath))
        return try Self.tagger.get().names(in: document).map { span in
            let range = document.tokens[span.tokens.lowerBound].range.lowerBound..<document.tokens[span.tokens.upperBound - 1].range.upperBound
            return (String(document.article.slice(range)), span.type)
        }
    }

    func types(of name: String, in names: [(text: String, type: NameType)]) -> Set<NameType> {
        Set(names.filter { $0.text == name }.map(\.type))
    }

    @Test func peopleArePeople() throws {
        let names = try seedNames()
        for person in ["Alexey Navalny", "Alexei Navalny", "Navalny", "Yulia", "Lyubov Sobol", "Ivan Zhdanov", "Oleg Navalny",
                       "Anastasia Vasilyeva", "Vladimir Putin", "Dmitry Peskov", "Leonid Volkov"] {
            #expect(types(of: person, in: names) == [.person], "\(person)")
        }
    }

    @Test func organisationsAndPlacesAreTypedAndNothingElseIsAPerson() throws {
        let names = try seedNames()
        #expect(types(of: "Mediazona", in: names) == [.organization])
        #expect(types(of: "Reuters", in: names) == [.organization])
        #expect(types(of: "Moscow", in: names) == [.location])
        #expect(types(of: "Russia", in: names) == [.location])
        #expect(!names.contains { $0.text.contains("Navalny") && $0.type == .organization })
        #expect(!types(of: "Twitter", in: names).contains(.person))
        #expect(!names.contains { $0.text.contains("Law") || $0.text.contains("enforcement") })
    }
}
