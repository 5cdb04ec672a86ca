import DossierReader
import DossierTestSupport
import DossierText
import Testing

/// Opening, searching and drawing grow linearly with the article (issue 7): 100 copies of the seed
/// take about ten times as long as 10 copies, not a hundred.
@Suite struct LinearTimeTests {
    static let seedText = try! FileLoading.loadArticle(path: Fixtures.seedArticlePath).text

    func document(copies: Int) -> Document {
        var sample = SampleDocument(Array(repeating: Self.seedText, count: copies).joined(separator: "\n\n"))
        sample.entity("e1", .person, "Alexey Navalny", names: ["Alexey Navalny", "Navalny"])
        sample.entity("e2", .place, "Moscow", names: ["Moscow"])
        return sample.document
    }

    func secondsToReadAndSearch(_ document: Document) -> Double {
        let clock = ContinuousClock()
        var best = Double.infinity
        for _ in 0..<3 {
            let elapsed = clock.measure {
                var state = ReaderState(document: document, path: "big", size: Size(width: 100, height: 30))
                press(&state, .tab, .enter, .character("N"), .escape, .character("/"))
                type(&state, "the")
                press(&state, .enter, .character("N"), .character("G"))
                _ = render(state, size: state.size)
            }
            best = min(best, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
        return best
    }

    @Test func hundredCopiesCostAboutTenTimesTenCopies() {
        let small = secondsToReadAndSearch(document(copies: 10))
        let large = secondsToReadAndSearch(document(copies: 100))
        #expect(large / small < 25, "10 copies: \(small) s, 100 copies: \(large) s")
    }
}
