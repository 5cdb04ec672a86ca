import DossierReader
import DossierTestSupport
import DossierText
import Testing

/// The article shows before its analysis; the analysis arrives later as an input.
@Suite struct BackgroundAnalysisTests {
    let size = Size(width: 100, height: 5)

    func pendingState() -> ReaderState {
        var state = ReaderState(document: Document.prepare(Sample.document.article), path: "a.txt", size: size)
        state.article?.analysisPending = true
        return state
    }

    @Test func statusSaysAnalysingUntilTheEntitiesArrive() {
        var state = pendingState()
        #expect(render(state, size: size).lines.joined(separator: "\n").contains("analysing…"))
        _ = update(&state, .analysisFinished(path: "a.txt", document: Sample.document))
        let screen = render(state, size: size).lines.joined(separator: "\n")
        #expect(!screen.contains("analysing…"))
        #expect(state.article?.document.entities.count == Sample.document.entities.count)
    }

    @Test func theReadingPositionSurvivesTheAnalysis() {
        var state = pendingState()
        _ = update(&state, .key(.character("j")))
        let top = state.article?.topLine
        #expect(top == 1)
        _ = update(&state, .analysisFinished(path: "a.txt", document: Sample.document))
        #expect(state.article?.topLine == top)
    }

    @Test func anotherArticlesAnalysisIsIgnored() {
        var state = pendingState()
        _ = update(&state, .analysisFinished(path: "b.txt", document: Sample.document))
        #expect(state.article?.analysisPending == true)
        #expect(state.article?.document.entities.isEmpty == true)
    }

    /// Two articles of one JSON Lines file share its path: the analysis of line 3 must not land on line 7.
    @Test func theAnalysisOfAnotherPartOfTheSameFileIsIgnored() {
        var state = ReaderState(document: Document.prepare(Sample.document.article), path: "feed.jsonl", size: size)
        _ = update(&state, .articleOpened(path: "feed.jsonl", document: Document.prepare(Sample.document.article), analysisPending: true, part: 7))
        _ = update(&state, .analysisFinished(path: "feed.jsonl", part: 3, document: Sample.document))
        #expect(state.article?.analysisPending == true)
        #expect(state.article?.document.entities.isEmpty == true)
        _ = update(&state, .analysisFinished(path: "feed.jsonl", part: 7, document: Sample.document))
        #expect(state.article?.analysisPending == false)
        #expect(state.article?.document.entities.count == Sample.document.entities.count)
    }
}
