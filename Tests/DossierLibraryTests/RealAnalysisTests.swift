import DossierLibrary
import Testing

/// The index with the real analysis pipeline (not the stub): a person followed across articles.
@Suite struct RealAnalysisTests {
    let folder = TemporaryFolder()

    @Test func whoFollowsAPersonBySurnameAcrossTwoArticles() throws {
        folder.write("""
            ---
            title: Navalny detained on return
            date: 2021-01-17
            ---
            Russian opposition leader Alexey Navalny was detained at a Moscow airport on Sunday after flying home from Germany.

            Navalny had spent five months recovering from a poisoning.
            """, to: "news/return.md")
        folder.write("""
            ---
            title: Protests across Russia
            date: 2021-01-23
            ---
            Thousands of supporters of jailed Kremlin critic Alexey Navalny rallied in dozens of cities on Saturday.

            Police detained more than 3,000 protesters, a monitoring group said.
            """, to: "news/protests.md")
        folder.write("The weather was mild in Oslo on Monday.\n", to: "news/weather.txt")
        let library = try LibraryIndex.open(at: folder.indexPath)
        _ = try Indexer(index: library).run([RawPath(folder.path + "/news")])

        let person = try #require(try library.who("Navalny").first)
        #expect(person.type == "person")
        #expect(person.name == "Alexey Navalny")
        #expect(person.articles.map(\.title) == ["Protests across Russia", "Navalny detained on return"])
        let arrests = person.articles[1].events.filter { $0.type == "arrest" }
        #expect(!arrests.isEmpty)
    }
}
