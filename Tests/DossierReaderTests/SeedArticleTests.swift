import DossierAnalysis
import DossierReader
import DossierTestSupport
import DossierText
import Testing

/// The reader on the seed article with the real analysis (issue 2): select Alexey Navalny, see every
/// mention highlighted in turn, and his arrest in the events pane.
@Suite struct SeedArticleTests {
    let document = Analyzer().analyze(try! FileLoading.loadArticle(path: Fixtures.seedArticlePath))

    @Test func tabEnterSelectsNavalnyAndNCyclesThroughEveryMention() throws {
        var state = ReaderState(document: document, path: "seed", size: Size(width: 100, height: 30))
        press(&state, .tab, .enter)
        let article = try #require(state.article)
        let entity = try #require(article.selectedEntity)
        #expect(document.entities[entity].name == "Alexey Navalny")
        #expect(document.entities[entity].mentions.filter { $0.kind == .name }.count == 19)

        let mentions = article.model.mentions[entity]
        for (index, mention) in mentions.enumerated() {
            let frame = render(state, size: state.size)
            #expect(frame.trimmedLines.last?.contains("mention \(index + 1)/\(mentions.count)") == true)
            let highlighted = frame.cells.filter { $0.style == .currentMention }.map(\.cluster).joined()
            let expected = String(document.article.slice(mention)).filter { !$0.isWhitespace }
            #expect(highlighted.filter { !$0.isWhitespace } == expected, "mention \(index + 1)")
            press(&state, .character("n"))
        }
        #expect(render(state, size: state.size).trimmedLines.last?.contains("mention 1/\(mentions.count)") == true)
    }

    @Test func theEventsPaneListsHisArrest() throws {
        var state = ReaderState(document: document, path: "seed", size: Size(width: 100, height: 30))
        press(&state, .tab, .enter)
        let rows = render(state, size: state.size).trimmedLines.map { $0.split(separator: "│").last.map(String.init) ?? "" }
        let eventsTitle = try #require(rows.firstIndex { $0.contains("Events · Alexey Navalny") })
        #expect(rows[(eventsTitle + 1)...].contains { $0.hasPrefix(" arrest") })
    }
}
