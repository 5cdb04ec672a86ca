import DossierLibrary
import DossierText
import Testing

/// Entities the analysis describes but does not name ("a 33-year-old man") are one article's; the index never
/// files them under their description, so two articles' "33-year-old man" never become one person.
@Suite struct UnnamedEntityTests {
    let folder = TemporaryFolder()

    /// Every article: a named person and an unnamed man, both keyed as the analysis keys them.
    static let analyze: Indexer.Analysis = { article in
        var document = Document.prepare(article)
        let text = Array(article.text.utf8)
        func range(of word: String) -> TextRange? {
            let needle = Array(word.utf8)
            guard needle.count <= text.count else { return nil }
            return (0...(text.count - needle.count)).first { Array(text[$0..<($0 + needle.count)]) == needle }.map { $0..<($0 + needle.count) }
        }
        guard let smith = range(of: "Smith"), let man = range(of: "33-year-old man") else { return document }
        document.entities = [
            Entity(id: "e1", type: .person, name: "Smith", key: "person:smith", mentions: [Mention(range: smith, kind: .name)]),
            Entity(id: "e2", type: .person, name: "33-year-old man", key: "unnamed:person:33-year-old man",
                   mentions: [Mention(range: man, kind: .description)]),
        ]
        return document
    }

    @Test func describedPeopleAreNotMatchedAcrossArticles() throws {
        folder.write("Smith said a 33-year-old man was arrested in Leeds.\n", to: "news/leeds.txt")
        folder.write("Smith said a 33-year-old man was fined in Hull.\n", to: "news/hull.txt")
        let library = try LibraryIndex.open(at: folder.indexPath)
        _ = try Indexer(index: library, analyze: Self.analyze).run([RawPath(folder.path + "/news")])
        #expect(try library.who("Smith").first?.articles.count == 2)
        #expect(try library.who("33-year-old man").isEmpty)
        #expect(try library.who("unnamed:person:33-year-old man").isEmpty)
    }
}
