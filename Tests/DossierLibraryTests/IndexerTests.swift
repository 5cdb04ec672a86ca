import DossierLibrary
import Testing

@Suite struct IndexerTests {
    let folder = TemporaryFolder()

    func makeIndex() throws -> LibraryIndex { try LibraryIndex.open(at: folder.indexPath) }

    func index(_ paths: [RawPath], _ library: LibraryIndex) throws -> IndexSummary {
        try Indexer(index: library, analyze: NamedEntityStub.analyze).run(paths)
    }

    @Test func reindexingDoesOnlyTheWorkThatChanged() throws {
        let library = try makeIndex()
        let articles = RawPath(folder.path + "/articles")
        folder.write("Police detained Alexey Navalny at the airport.\n", to: "articles/one.txt")
        let two = folder.write("A quiet day in the markets.\n", to: "articles/two.md")
        folder.write("not an article\n", to: "articles/notes.csv")

        let first = try index([articles], library)
        #expect(first.filesFound == 2)
        #expect(first.articlesAnalysed == 2)
        #expect(first.articlesInIndex == 2)

        let again = try index([articles], library)
        #expect(again.filesUnchanged == 2)
        #expect(again.filesRead == 0)
        #expect(again.articlesAnalysed == 0)

        folder.write("A busy day in the markets.\n", to: "articles/two.md")
        folder.setModified(two, seconds: 1_600_000_000)
        let changed = try index([articles], library)
        #expect(changed.filesRead == 1)
        #expect(changed.articlesAnalysed == 1)
        #expect(try library.search("busy").count == 1)
        #expect(try library.search("quiet").isEmpty)

        folder.setModified(two, seconds: 1_600_000_100)
        let touched = try index([articles], library)
        #expect(touched.filesRead == 1)
        #expect(touched.articlesAnalysed == 0)

        folder.remove(two)
        let removed = try index([articles], library)
        #expect(removed.filesRemoved == 1)
        #expect(removed.articlesRemoved == 1)
        #expect(removed.articlesInIndex == 1)
        #expect(try library.search("busy").isEmpty)
    }

    /// A new model or rule changes what an unchanged article analyses to: the index is a cache of that analysis.
    @Test func aChangedAnalysisAnalysesEveryArticleAgainAndKeepsReadMarks() throws {
        let library = try makeIndex()
        folder.write("Police detained Alexey Navalny at the airport.\n", to: "news/one.txt")
        folder.write("A quiet day in the markets.\n", to: "news/two.md")
        folder.write("Navalny spoke.\n", to: "other/three.txt")
        let news = RawPath(folder.path + "/news"), other = RawPath(folder.path + "/other")
        let renamed: Indexer.Analysis = { article in
            var document = NamedEntityStub.analyze(article)
            for i in document.entities.indices { document.entities[i].name = "Alexei Navalny" }
            return document
        }
        func run(_ paths: [RawPath], version: String, _ analyze: @escaping Indexer.Analysis = NamedEntityStub.analyze) throws -> IndexSummary {
            try Indexer(index: library, analysisVersion: version, analyze: analyze).run(paths)
        }

        #expect(try run([news, other], version: "a").articlesAnalysed == 3)
        #expect(try run([news], version: "a").articlesAnalysed == 0)
        let one = try #require(try library.articles().first { $0.path.string.hasSuffix("one.txt") })
        try library.markRead(articleID: one.articleID)

        // Indexing one folder with a new analysis brings the whole index to it, the other folder too.
        let changed = try run([news], version: "b", renamed)
        #expect(changed.analysisChanged)
        #expect(changed.articlesAnalysed == 3)
        #expect(changed.articlesInIndex == 3)
        #expect(try library.who("Navalny").map(\.name) == ["Alexei Navalny"])
        #expect(try library.articles().first { $0.articleID == one.articleID }?.isRead == true)

        let again = try run([news], version: "b", renamed)
        #expect(!again.analysisChanged)
        #expect(again.articlesAnalysed == 0)
    }

    @Test func searchFindsWordsWithSnippetsAndNeverFailsOnSyntax() throws {
        let library = try makeIndex()
        let file = folder.write("---\ntitle: Markets\ndate: 2021-02-01\n---\nShares of steelmakers rose sharply on Monday.\n", to: "markets.md")
        _ = try index([file], library)
        let hits = try library.search("steelmakers")
        #expect(hits.count == 1)
        #expect(hits.first?.title == "Markets")
        #expect(hits.first?.date == "2021-02-01")
        #expect(hits.first?.path == file)
        #expect(hits.first?.snippet.contains("\u{2}steelmakers\u{3}") == true)
        #expect(try library.search("share").count == 1)    // stemmed: "Shares"
        #expect(try library.search("steelmakers monday").count == 1)
        #expect(try library.search("steelmakers tuesday").isEmpty)
        #expect(try library.search("\"rose sharply\"").count == 1)
        #expect(try library.search("steel*").count == 1)
        for hostile in ["\"", "AND OR NOT", "(", "*", "a\"b", "NEAR(", "-steelmakers", "col:umn"] {
            _ = try library.search(hostile)
        }
    }

    @Test func whoFindsAPersonBySurnameAcrossArticlesWithEvents() throws {
        let library = try makeIndex()
        folder.write("---\ntitle: Return\ndate: 2021-01-17\n---\nAlexey Navalny flew home. Police detained him at the airport.\n", to: "a/return.md")
        folder.write("---\ntitle: Protests\ndate: 2021-01-23\n---\nSupporters of Alexei Navalny marched. Navalny's team said so.\n", to: "a/protests.md")
        folder.write("---\ntitle: Other\ndate: 2021-01-24\n---\nNothing about him here.\n", to: "a/other.md")
        _ = try index([RawPath(folder.path + "/a")], library)

        let matches = try library.who("Navalny")
        #expect(matches.count == 1)
        let person = try #require(matches.first)
        #expect(person.name == "Alexey Navalny")
        #expect(person.type == "person")
        #expect(person.articleCount == 2)
        #expect(Set(person.names) == ["Alexey Navalny", "Alexei Navalny", "Navalny"])
        #expect(person.articles.map(\.title) == ["Protests", "Return"])   // newest first
        #expect(person.articles[1].events.map(\.type) == ["arrest"])
        #expect(person.articles[1].events.first?.role == "patient")
        #expect(person.articles[1].events.first?.sentence == "Police detained him at the airport.")
        #expect(try library.who("alexei navalny").first?.key == "person:navalny")
        #expect(try library.who("person:navalny").count == 1)
        #expect(try library.who("Oleg Navalny").isEmpty)
    }

    @Test func jsonLinesIndexEachLineAsAnArticle() throws {
        let library = try makeIndex()
        let file = folder.write("""
            {"title": "One", "date": "2018-04-13", "text": "A grand jury indicted the accountant."}
            {"title": "Two", "date": "2018-04-12", "text": "The company pleaded guilty."}
            {"title": "Three", "date": "2018-04-11", "text": "Agents searched the warehouse."}
            """, to: "releases.jsonl")
        #expect(try index([file], library).articlesAnalysed == 3)
        #expect(try library.search("warehouse").map(\.part) == [3])
        #expect(try library.articles().map(\.title) == ["One", "Two", "Three"])

        // One line changed, one removed: only that line is analysed again.
        folder.write("""
            {"title": "One", "date": "2018-04-13", "text": "A grand jury indicted the accountant."}
            {"title": "Two", "date": "2018-04-12", "text": "The company pleaded not guilty."}
            """, to: "releases.jsonl")
        folder.setModified(file, seconds: 1_600_000_000)
        let summary = try index([file], library)
        #expect(summary.articlesAnalysed == 1)
        #expect(summary.articlesUnchanged == 1)
        #expect(summary.articlesRemoved == 1)
        #expect(try library.search("warehouse").isEmpty)

        folder.write("{\"title\": \"Four\", \"text\": \"Fine.\"}\n[1, 2]\n{\"title\": \"no text\"}\n", to: "releases.jsonl")
        folder.setModified(file, seconds: 1_600_000_100)
        let rejecting = try index([file], library)
        #expect(rejecting.articlesAnalysed == 1)
        #expect(rejecting.linesRejected == 2)
        #expect(try library.articles().map(\.title) == ["Four"])
    }

    @Test func articleListIsNewestFirstAndKeepsReadState() throws {
        let library = try makeIndex()
        folder.write("---\ntitle: Old\ndate: 2020-01-01\n---\nOld news.\n", to: "l/old.md")
        folder.write("---\ntitle: New\ndate: 2021-01-01\n---\nNew news.\n", to: "l/new.md")
        folder.write("Undated news.\n", to: "l/undated.txt")
        _ = try index([RawPath(folder.path + "/l")], library)
        let listing = try library.articles()
        #expect(listing.map(\.title) == ["New", "Old", nil])
        #expect(listing.allSatisfy { !$0.isRead })
        try library.markRead(articleID: listing[1].articleID)
        #expect(try library.articles().map(\.isRead) == [false, true, false])
    }

    @Test func pathsWithSpacesNewlinesAndInvalidUTF8Work() throws {
        let library = try makeIndex()
        let spaced = folder.write("Zebras crossed the road.\n", to: "odd names/with space\nand newline.txt")
        var latin1Name = Array((folder.path + "/odd names/caf").utf8)
        latin1Name += [0xE9] + Array(".txt".utf8)   // "café" in Latin-1: not UTF-8
        let latin1 = folder.write(Array("Giraffes crossed the road.\n".utf8), to: RawPath(bytes: latin1Name))
        let summary = try index([RawPath(folder.path + "/odd names")], library)
        #expect(summary.articlesAnalysed == 2)
        #expect(summary.problems.isEmpty)
        #expect(try library.search("zebras").first?.path == spaced)
        #expect(try library.search("giraffes").first?.path == latin1)
        #expect(try index([RawPath(folder.path + "/odd names")], library).articlesAnalysed == 0)
        folder.remove(latin1)
        #expect(try index([RawPath(folder.path + "/odd names")], library).filesRemoved == 1)
    }

    @Test func aCorruptOrForeignIndexIsMovedAsideAndRebuilt() throws {
        folder.write(String(repeating: "this is not a database ", count: 400), to: "index/index.sqlite")
        let rebuilt = try makeIndex()
        #expect(rebuilt.notes.count == 1)
        #expect(rebuilt.notes.first?.contains("moved it to") == true)
        let file = folder.write("Otters were seen downstream.\n", to: "otters.txt")
        _ = try index([file], rebuilt)
        #expect(try rebuilt.search("otters").count == 1)

        let foreign = folder.path + "/foreign.sqlite"
        try makeForeignDatabase(at: foreign)
        let replaced = try LibraryIndex.open(at: foreign)
        #expect(replaced.notes.first?.contains("not a Dossier index") == true)
        #expect(try replaced.articleCount() == 0)

        let reopened = try makeIndex()
        #expect(reopened.notes.isEmpty)
        #expect(try reopened.search("otters").count == 1)

        // The query path (one connection) recovers the same way, and finds nothing to open when there is no file.
        #expect(try LibraryIndex.openExisting(at: folder.path + "/none.sqlite") == nil)
        let damaged = folder.path + "/damaged.sqlite"
        folder.write("SQLite format 3\u{0}" + String(repeating: "garbage", count: 1000), to: "damaged.sqlite")
        let recovered = try #require(try LibraryIndex.openExisting(at: damaged))
        #expect(recovered.notes.first?.contains("damaged.sqlite.broken") == true)
        #expect(try recovered.search("otters").isEmpty)
    }

    @Test func unreadableFilesAreReportedNotFatal() throws {
        let library = try makeIndex()
        folder.write([0, 1, 2, 3, 0, 0], to: RawPath(folder.path + "/bad/binary.txt"))
        folder.write("Good article text.\n", to: "bad/good.txt")
        let summary = try index([RawPath(folder.path + "/bad"), RawPath(folder.path + "/missing")], library)
        #expect(summary.articlesAnalysed == 1)
        #expect(summary.problems.count == 2)
        #expect(try index([RawPath(folder.path + "/bad")], library).filesRead == 0)
    }
}
