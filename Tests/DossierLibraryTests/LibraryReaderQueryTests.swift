import DossierLibrary
import DossierText
import Testing

/// What the reader asks the index: the article list of a folder with read marks, and the other
/// articles of a person under any of their names.
@Suite struct LibraryReaderQueryTests {
    let folder = TemporaryFolder()

    func makeIndex() throws -> LibraryIndex { try LibraryIndex.open(at: folder.indexPath) }

    func index(_ paths: [RawPath], _ library: LibraryIndex) throws {
        _ = try Indexer(index: library, analyze: PersonNameStub.analyze).run(paths)
    }

    func article(_ title: String, _ date: String, _ text: String, to name: String) {
        folder.write("---\ntitle: \(title)\ndate: \(date)\n---\n\(text)\n", to: name)
    }

    @Test func folderListingIsNewestFirstOnlyInsideTheFolderAndReadStateSurvivesReindexing() throws {
        let library = try makeIndex()
        article("Old", "2020-01-01", "Old news.", to: "lib/old.md")
        article("New", "2021-01-01", "New news.", to: "lib/sub/new.md")
        article("Elsewhere", "2022-01-01", "Other news.", to: "lib2/elsewhere.md")
        try index([RawPath(folder.path + "/lib"), RawPath(folder.path + "/lib2")], library)

        #expect(try library.articles(under: folder.path + "/lib").map(\.title) == ["New", "Old"])
        #expect(try library.articles(under: folder.path + "/lib/").map(\.title) == ["New", "Old"])
        #expect(try library.articles(under: folder.path + "/missing").isEmpty)
        #expect(try library.articles(under: folder.path + "/lib", limit: 1).map(\.title) == ["New"])
        #expect(try library.articleCount(under: folder.path + "/lib") == 2)

        #expect(try library.markRead(path: folder.path + "/lib/old.md"))
        #expect(try !library.markRead(path: folder.path + "/lib/none.md"))
        #expect(try library.articles(under: folder.path + "/lib").map(\.isRead) == [false, true])

        // Changed text is analysed again; the article keeps its row and so its read mark.
        article("Old", "2020-01-01", "Old news, corrected.", to: "lib/old.md")
        folder.setModified(RawPath(folder.path + "/lib/old.md"), seconds: 1_600_000_000)
        try index([RawPath(folder.path + "/lib")], library)
        #expect(try library.articles(under: folder.path + "/lib").map(\.isRead) == [false, true])
        // Reopening the index (a new run of the reader) reads the same state.
        #expect(try makeIndex().articles(under: folder.path + "/lib").map(\.isRead) == [false, true])
    }

    @Test func aBareSurnameJoinsTheOneFullNameCarryingIt() throws {
        let library = try makeIndex()
        article("Return", "2021-01-17", "Alexey Navalny flew home. Police detained him.", to: "a/return.md")
        article("Protest", "2021-01-23", "Supporters of Navalny marched.", to: "a/protest.md")
        try index([RawPath(folder.path + "/a")], library)

        let full = try #require(try library.appearances(ofEntityKey: "person:alexey navalny"))
        #expect(full.articles.map(\.title) == ["Protest", "Return"])
        #expect(full.articles.map(\.nameInArticle) == ["Navalny", "Alexey Navalny"])
        #expect(full.articles[1].events.map(\.type) == ["arrest"])
        let bare = try #require(try library.appearances(ofEntityKey: "person:navalny"))
        #expect(bare.articles.map(\.title) == ["Protest", "Return"])
        #expect(bare.name == "Alexey Navalny")

        let who = try library.who("Navalny")
        #expect(who.count == 1)
        #expect(who.first?.name == "Alexey Navalny")
        #expect(who.first?.articleCount == 2)
        #expect(Set(who.first?.names ?? []) == ["Alexey Navalny", "Navalny"])
        #expect(try library.appearances(ofEntityKey: "person:nobody") == nil)
    }

    @Test func aSurnameTwoFullNamesShareStaysApart() throws {
        let library = try makeIndex()
        article("Return", "2021-01-17", "Alexey Navalny flew home.", to: "b/return.md")
        article("Brother", "2021-01-18", "Oleg Navalny was released.", to: "b/brother.md")
        article("Protest", "2021-01-23", "Supporters of Navalny marched.", to: "b/protest.md")
        try index([RawPath(folder.path + "/b")], library)

        #expect(try library.appearances(ofEntityKey: "person:alexey navalny")?.articles.map(\.title) == ["Return"])
        #expect(try library.appearances(ofEntityKey: "person:navalny")?.articles.map(\.title) == ["Protest"])
        #expect(try library.who("Navalny").count == 3)
    }
}

/// A stand-in analysis that knows three names: "Alexey Navalny" and "Oleg Navalny" (full names, keyed
/// by first and last name like the real linker) and a bare "Navalny" (keyed by the surname); "detained"
/// is an arrest of the first person named.
enum PersonNameStub {
    static let names = [("Alexey Navalny", "person:alexey navalny"), ("Oleg Navalny", "person:oleg navalny"), ("Navalny", "person:navalny")]

    static let analyze: Indexer.Analysis = { article in
        var document = Document.prepare(article)
        let text = article.text
        var taken: [Range<Int>] = []
        var entities: [Entity] = []
        for (name, key) in names {
            var mentions: [Mention] = []
            var searchStart = text.startIndex
            while let found = text[searchStart...].range(of: name) {
                let start = text.utf8.distance(from: text.startIndex, to: found.lowerBound)
                let range = start..<(start + name.utf8.count)
                if !taken.contains(where: { $0.overlaps(range) }) { mentions.append(Mention(range: range, kind: .name)) }
                taken.append(range)
                searchStart = found.upperBound
            }
            if !mentions.isEmpty {
                entities.append(Entity(id: "e\(entities.count + 1)", type: .person, name: name, key: key, mentions: mentions))
            }
        }
        document.entities = entities
        if let first = entities.first, let trigger = text.range(of: "detained") {
            let start = text.utf8.distance(from: text.startIndex, to: trigger.lowerBound)
            let range = start..<(start + "detained".utf8.count)
            let sentence = document.sentence(containing: start)?.range ?? range
            document.events = [Event(id: "v1", type: "arrest", trigger: range, sentence: sentence,
                                     participants: [.init(entityID: first.id, role: "patient")])]
        }
        return document
    }
}
