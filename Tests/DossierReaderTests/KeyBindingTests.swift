import DossierReader
import DossierTestSupport
import DossierText
import Testing

/// `update` for each key binding: state in, state out, no terminal.
@Suite struct KeyBindingTests {
    @Test func jAndKScrollTheArticle() {
        var state = ReaderState(document: Sample.longDocument, path: "long.txt", size: Size(width: 80, height: 12))
        press(&state, .character("j"), .character("j"), .down)
        #expect(state.article?.topLine == 3)
        press(&state, .character("k"), .up)
        #expect(state.article?.topLine == 1)
        press(&state, .up, .up)
        #expect(state.article?.topLine == 0)
    }

    @Test func pagesAndEnds() {
        var state = ReaderState(document: Sample.longDocument, path: "long.txt", size: Size(width: 80, height: 12))
        let lines = state.article!.layout.lines.count
        press(&state, .character(" "))
        #expect(state.article?.topLine == 10)
        press(&state, .pageDown, .character("b"))
        #expect(state.article?.topLine == 10)
        press(&state, .pageUp)
        #expect(state.article?.topLine == 0)
        press(&state, .character("G"))
        #expect(state.article?.topLine == lines - 11)
        press(&state, .character("g"))
        #expect(state.article?.topLine == 0)
        press(&state, .end, .home)
        #expect(state.article?.topLine == 0)
    }

    @Test func tabCyclesPanesBothWays() {
        var state = Sample.state()
        #expect(state.article?.focus == .article)
        press(&state, .tab)
        #expect(state.article?.focus == .entities)
        press(&state, .tab)
        #expect(state.article?.focus == .events)
        press(&state, .tab)
        #expect(state.article?.focus == .article)
        press(&state, .backTab)
        #expect(state.article?.focus == .events)
    }

    @Test func reboundKeyDoesTheActionAndTheOldKeyNoLonger() {
        var state = Sample.state()
        state.keyBindings.rebind(.nextPane, to: [.character("x")])
        press(&state, .character("x"))
        #expect(state.article?.focus == .entities)
        press(&state, .tab)
        #expect(state.article?.focus == .entities)
        #expect(state.keyBindings.helpLines.contains { $0.hasPrefix("x ") && $0.hasSuffix("next pane") })
    }

    @Test func aKeyTakenByAnotherActionLeavesItsOldAction() {
        var bindings = KeyBindings.standard
        bindings.rebind(.quit, to: [.character("j")])
        #expect(bindings.action(for: .character("j")) == .quit)
        #expect(bindings.action(for: .character("q")) == nil)
        #expect(bindings.keys(for: .lineDown) == [.down])
        #expect(bindings.helpLines.contains { $0.hasPrefix("↓ ") && $0.contains("scroll down") })
    }

    @Test func tabThenEnterSelectsTheMostMentionedPerson() {
        var state = Sample.state()
        press(&state, .tab, .enter)
        let article = state.article!
        #expect(article.selectedEntity.map { article.document.entities[$0].name } == "Alexey Navalny")
        #expect(article.mentionIndex == 0)
        #expect(article.shownEvents.map { article.document.events[$0].type } == ["arrest", "appeal"])
    }

    @Test func jKMoveTheEntityCursor() {
        var state = Sample.state()
        press(&state, .tab, .character("j"), .enter)
        #expect(state.article.map { $0.document.entities[$0.selectedEntity!].name } == "Lyubov Sobol")
        press(&state, .character("G"))
        #expect(state.article.map { $0.document.entities[$0.entityUnderCursor!].name } == "Moscow")
        press(&state, .character("k"))
        #expect(state.article.map { $0.document.entities[$0.entityUnderCursor!].name } == "FBK")
    }

    @Test func nAndNStepThroughMentionsWithWraparound() {
        var state = Sample.state()
        press(&state, .tab, .enter)
        let status = { (state: ReaderState) in render(state, size: state.size).trimmedLines.last ?? "" }
        #expect(status(state).contains("mention 1/3"))
        press(&state, .character("n"))
        #expect(status(state).contains("mention 2/3"))
        press(&state, .character("n"), .character("n"))
        #expect(status(state).contains("mention 1/3"))
        press(&state, .character("N"))
        #expect(status(state).contains("mention 3/3"))
    }

    @Test func nJumpsToAMentionOffScreen() {
        var sample = Sample.longText
        sample.entity("e1", .person, "Paragraph 25", names: ["25"])
        var state = ReaderState(document: sample.document, path: "long.txt", size: Size(width: 80, height: 12))
        press(&state, .tab, .enter)
        let article = state.article!
        let line = article.layout.line(containing: article.model.mentions[0][0].lowerBound)
        #expect(line >= article.topLine && line < article.topLine + 11)
        #expect(article.topLine > 0)
    }

    @Test func enterOnAnEventJumpsToItsSentence() {
        var state = Sample.state()
        press(&state, .tab, .enter, .tab, .character("j"), .enter)
        let article = state.article!
        let sentence = article.focusedSentence.map { String(article.document.article.slice($0)) }
        #expect(sentence == "Navalny said he would appeal.")
        let legend: [Style: Character] = [.focusedSentence: "F"]
        #expect(render(state, size: state.size).styleLine(6, legend: legend).prefix(49) == "........................................FFFFFF...")
    }

    @Test func slashSearchesAndNStepsThroughMatches() {
        var state = Sample.state()
        press(&state, .character("/"))
        type(&state, "moscow")
        #expect(render(state, size: state.size).trimmedLines.last == "/moscow")
        press(&state, .enter)
        #expect(state.article?.search?.matches.count == 2)
        #expect(render(state, size: state.size).trimmedLines.last?.contains("match 1/2") == true)
        press(&state, .character("n"))
        #expect(state.article?.search?.current == 1)
        press(&state, .character("n"))
        #expect(state.article?.search?.current == 0)
    }

    @Test func typedTextNeverTriggersBindings() {
        var state = Sample.state()
        let effects = press(&state, .character("/")) + type(&state, "q?tG")
        #expect(effects.isEmpty)
        #expect(state.prompt?.text == "q?tG")
        #expect(state.overlay == nil)
    }

    @Test func escCancelsThePromptAndASearchThatFindsNothingSaysSo() {
        var state = Sample.state()
        press(&state, .character("/"))
        type(&state, "zebra")
        press(&state, .escape)
        #expect(state.prompt == nil)
        #expect(state.article?.search == nil)
        press(&state, .character("/"))
        type(&state, "zebra")
        press(&state, .enter)
        #expect(render(state, size: state.size).trimmedLines.last?.contains("Pattern not found: zebra") == true)
    }

    @Test func slashInTheEntityPaneFiltersTheList() {
        var state = Sample.state()
        press(&state, .tab, .character("/"))
        type(&state, "sob")
        #expect(state.article?.shownEntities.count == 1)
        press(&state, .enter)
        #expect(render(state, size: state.size).trimmedLines[0].hasSuffix("│ Entities (1)            /sob"))
        press(&state, .enter)
        #expect(state.article.map { $0.document.entities[$0.selectedEntity!].name } == "Lyubov Sobol")
    }

    @Test func escClearsSelectionSearchAndFilters() {
        var state = Sample.state()
        press(&state, .tab, .enter, .escape)
        #expect(state.article?.selectedEntity == nil)
        #expect(state.article?.mentionIndex == nil)
        press(&state, .character("/"))
        type(&state, "x")
        press(&state, .enter, .escape)
        #expect(state.article?.entityFilter == "")
    }

    @Test func questionMarkAndHOpenHelpAndAnyKeyClosesIt() {
        var state = Sample.state()
        press(&state, .character("?"))
        #expect(state.overlay == .help)
        #expect(press(&state, .character("q")).isEmpty)
        #expect(state.overlay == nil)
        press(&state, .character("h"))
        #expect(state.overlay == .help)
    }

    @Test func qQuitsASingleArticle() {
        var state = Sample.state()
        #expect(press(&state, .character("q")) == [.quit])
    }

    @Test func tOpensTheTimelineAndEnterJumps() {
        var state = Sample.state()
        press(&state, .character("t"))
        #expect(state.overlay == .timeline)
        press(&state, .character("G"), .enter)
        #expect(state.overlay == nil)
        let article = state.article!
        #expect(article.focusedSentence.map { String(article.document.article.slice($0)) } == "Navalny said he would appeal.")
        press(&state, .character("t"), .character("q"))
        #expect(state.overlay == nil)
    }

    @Test func ctrlLAsksForAFullRepaint() {
        var state = Sample.state()
        #expect(press(&state, .control("l")) == [.redrawAll])
    }

    @Test func narrowEnterOnAnEntityShowsTheArticle() {
        var state = Sample.state(width: 60, height: 10)
        press(&state, .tab, .enter)
        #expect(state.article?.focus == .article)
        #expect(render(state, size: state.size).trimmedLines[0].contains(" Article "))
    }
}

extension Sample {
    static var longText: SampleDocument {
        let paragraphs = (1...30).map { "Paragraph \($0) says that the quick brown fox jumps over the lazy dog again and again." }
        return SampleDocument(paragraphs.joined(separator: "\n\n"))
    }
}
