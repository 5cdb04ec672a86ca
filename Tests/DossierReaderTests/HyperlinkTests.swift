import DossierReader
import DossierTestSupport
import DossierText
import Testing

/// Web addresses in the text become hyperlink runs of the rendered frame, over exactly the cells
/// that show them.
@Suite struct HyperlinkTests {
    static let text = "Read the statement at https://navalny.com/p/123 before the hearing, or www.fbk.info."

    func state(width: Int = 60, url: String? = nil) -> ReaderState {
        var document = SampleDocument(Self.text).document
        document.article.url = url
        return ReaderState(document: document, path: "links.txt", size: Size(width: width, height: 8))
    }

    func shown(_ link: Hyperlink, in frame: Frame) -> String {
        frame.row(link.y).dropFirst(link.x).prefix(link.width).map(\.cluster).joined()
    }

    @Test func linksCoverTheAddressesOnScreen() {
        let frame = render(state(), size: Size(width: 60, height: 8))
        #expect(frame.hyperlinks.map(\.target) == ["https://navalny.com/p/123", "https://www.fbk.info"])
        #expect(frame.hyperlinks.map { shown($0, in: frame) } == ["https://navalny.com/p/123", "www.fbk.info"])
        let legend: [Style: Character] = [.link: "L"]
        let first = frame.hyperlinks[0]
        #expect(frame.styleLine(first.y, legend: legend).dropFirst(first.x).prefix(first.width) == "LLLLLLLLLLLLLLLLLLLLLLLLL")
    }

    @Test func aWrappedAddressIsOneTargetOnTwoRows() {
        let frame = render(state(width: 30), size: Size(width: 30, height: 8))
        let navalny = frame.hyperlinks.filter { $0.target == "https://navalny.com/p/123" }
        #expect(navalny.map { shown($0, in: frame) }.joined() == "https://navalny.com/p/123")
        #expect(Set(navalny.map(\.y)).count == navalny.count)
    }

    @Test func theArticleAddressIsShownUnderTheTitleAndLinked() {
        let frame = render(state(url: "https://example.org/news?id=7"), size: Size(width: 60, height: 8))
        #expect(frame.trimmedLines[1] == " https://example.org/news?id=7")
        #expect(frame.hyperlinks.first?.target == "https://example.org/news?id=7")
        let hostile = render(state(url: "https://example.org/\u{1B}]52;c;aGk=\u{07}"), size: Size(width: 60, height: 8))
        #expect(!hostile.hyperlinks.contains { $0.target.contains("example.org") })
    }

    @Test func anOverlayHidesTheLinksUnderIt() {
        var state = state()
        let links = render(state, size: state.size).hyperlinks
        press(&state, .character("?"))
        let covered = render(state, size: state.size)
        #expect(covered.hyperlinks.map(\.width).reduce(0, +) < links.map(\.width).reduce(0, +))
        #expect(covered.hyperlinks.allSatisfy { link in
            covered.row(link.y).dropFirst(link.x).prefix(link.width).allSatisfy { $0.style == .link }
        })
    }
}

@Suite struct LinksOverlayTests {
    @Test func listsEveryAddressOnceAndCopiesTheChosenOne() {
        var document = SampleDocument(HyperlinkTests.text + " Again: https://navalny.com/p/123").document
        document.article.url = "https://example.org/news?id=7"
        var state = ReaderState(document: document, path: "links.txt", size: Size(width: 90, height: 8))
        press(&state, .character("L"))
        let frame = render(state, size: state.size)
        #expect(Array(frame.trimmedLines.prefix(5)) == [
            "┌─ Links (3) · y copies · q closes ──────────────────────────────────────────────────────┐",
            "│ https://example.org/news?id=7                                                          │",
            "│ https://navalny.com/p/123                                                              │",
            "│ https://www.fbk.info                                                                   │",
            "│                                                                                        │",
        ])
        #expect(frame.hyperlinks.map(\.y) == [1, 2, 3])
        let effects = press(&state, .character("j"), .character("y"))
        #expect(effects == [.copyToClipboard("https://navalny.com/p/123")])
        #expect(state.message?.hasSuffix("https://navalny.com/p/123") == true)
        press(&state, .character("q"))
        #expect(state.overlay == nil && state.article != nil)
    }

    @Test func anArticleWithoutAddressesSaysSo() {
        var state = Sample.state()
        press(&state, .character("L"))
        #expect(render(state, size: state.size).trimmedLines[1].contains("No web addresses in this article"))
        #expect(press(&state, .character("y")).isEmpty)
    }
}
