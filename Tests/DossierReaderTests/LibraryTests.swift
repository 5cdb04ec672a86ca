import DossierReader
import DossierText
import Testing

/// The article list: moving, filtering, opening, coming back.
@Suite struct LibraryTests {
    static let summaries = [
        ArticleSummary(path: "Articles/a.md", title: "Court jails two police", date: "2019-02-02", source: "Wikinews"),
        ArticleSummary(path: "Articles/b.md", title: "Mayor stabbed on stage", date: "2019-01-14", source: "Wikinews"),
        ArticleSummary(path: "Articles/seed.txt", title: "Several allies detained", source: "AFP"),
    ]

    func libraryState() -> ReaderState {
        ReaderState(library: LibraryState(folder: "Articles", articles: Self.summaries), size: Size(width: 80, height: 10))
    }

    @Test func enterAsksTheRuntimeToOpenTheArticleUnderTheCursor() {
        var state = libraryState()
        #expect(press(&state, .enter) == [.openArticle(path: "Articles/a.md")])
        #expect(press(&state, .character("j"), .enter) == [.openArticle(path: "Articles/b.md")])
        #expect(press(&state, .character("G"), .enter) == [.openArticle(path: "Articles/seed.txt")])
    }

    @Test func anOpenedArticleIsShownAndMarkedReadAndQComesBack() {
        var state = libraryState()
        _ = update(&state, .articleOpened(path: "Articles/b.md", document: Sample.document))
        #expect(state.article != nil)
        #expect(state.library?.articles.first { $0.path == "Articles/b.md" }?.isUnread == false)
        #expect(press(&state, .character("q")).isEmpty)
        #expect(state.article == nil)
        #expect(press(&state, .character("q")) == [.quit])
    }

    @Test func aFailedOpenIsReportedInTheStatusLine() {
        var state = libraryState()
        _ = update(&state, .openFailed(path: "x", message: "x: is empty"))
        #expect(render(state, size: state.size).trimmedLines.last?.hasPrefix(" x: is empty") == true)
    }

    @Test func slashFiltersAsYouTypeAndEscRestores() {
        var state = libraryState()
        press(&state, .character("/"))
        type(&state, "mayor")
        #expect(state.library?.shown.count == 1)
        press(&state, .escape)
        #expect(state.library?.shown.count == 3)
        press(&state, .character("/"))
        type(&state, "wikinews")
        press(&state, .enter)
        #expect(state.library?.shown.count == 2)
        #expect(press(&state, .character("j"), .enter) == [.openArticle(path: "Articles/b.md")])
        press(&state, .escape)
        #expect(state.library?.filter == "")
    }
}

/// The run loop with an in-memory terminal: scripted inputs, recorded frames.
@Suite struct ReaderLoopTests {
    struct MemoryTerminal: TerminalBackend {
        var size: Size
        var inputs: [Input]
        var frames: [Frame] = []
        var forcedDraws = 0

        mutating func draw(_ frame: Frame, force: Bool) {
            frames.append(frame)
            if force { forcedDraws += 1 }
        }
        mutating func nextInput() -> Input? { inputs.isEmpty ? nil : inputs.removeFirst() }
        mutating func pendingInput() -> Input? { nil }
    }

    @Test func drawsOnceAtStartAndAfterEachInputUntilQuit() {
        let terminal = MemoryTerminal(size: Size(width: 80, height: 12),
                                      inputs: [.key(.tab), .key(.enter), .key(.control("l")), .key(.character("q")), .key(.down)])
        var loop = ReaderLoop(backend: terminal, state: Sample.state()) { _ in .openFailed(path: "", message: "") }
        loop.run()
        #expect(loop.backend.frames.count == 4)
        #expect(loop.backend.forcedDraws == 1)
        #expect(loop.backend.frames.last?.trimmedLines.last?.contains("mention 1/3") == true)
    }

    @Test func theLoopEndsWhenTheTerminalGoesAway() {
        let terminal = MemoryTerminal(size: Size(width: 80, height: 12), inputs: [.key(.down)])
        var loop = ReaderLoop(backend: terminal, state: Sample.state()) { _ in .openFailed(path: "", message: "") }
        loop.run()
        #expect(loop.backend.frames.count == 2)
    }

    @Test func openEffectsRunThroughTheLoader() {
        let library = LibraryState(folder: "Articles", articles: LibraryTests.summaries)
        let terminal = MemoryTerminal(size: Size(width: 80, height: 12), inputs: [.key(.enter), .key(.character("q")), .key(.character("q"))])
        var loop = ReaderLoop(backend: terminal, state: ReaderState(library: library, size: Size(width: 80, height: 12))) { effect in
            guard case .openArticle(let path, _) = effect else { return nil }
            return .articleOpened(path: path, document: Sample.document)
        }
        loop.run()
        #expect(loop.backend.frames[1].trimmedLines[0].hasPrefix(" Alexey Navalny was detained"))
        #expect(loop.backend.frames[2].trimmedLines[0].hasPrefix(" Articles in Articles (3)"))
    }

    @Test func theFirstFrameUsesTheTerminalSize() {
        let terminal = MemoryTerminal(size: Size(width: 60, height: 8), inputs: [])
        var loop = ReaderLoop(backend: terminal, state: Sample.state(width: 100, height: 30)) { _ in .openFailed(path: "", message: "") }
        loop.run()
        #expect(loop.backend.frames.first?.size == Size(width: 60, height: 8))
    }
}
