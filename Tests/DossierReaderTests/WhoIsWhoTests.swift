import DossierReader
import DossierTestSupport
import DossierText
import Testing

/// The who's-who line of the selected person: roles and relations, `o` to choose one, Enter to follow it.
@Suite struct WhoIsWhoTests {
    static let text = """
        Alexey Navalny was detained in Moscow. His brother Oleg Navalny was sentenced to prison.

        His wife Yulia Navalnaya spoke to reporters. Kremlin spokesman Dmitry Peskov declined to comment.
        """

    static func document(navalnyRoles: [String] = ["opposition leader"]) -> Document {
        var sample = SampleDocument(text)
        sample.entity("e1", .person, "Alexey Navalny", names: ["Alexey Navalny"])
        sample.entity("e2", .person, "Oleg Navalny", names: ["Oleg Navalny"])
        sample.entity("e3", .person, "Yulia Navalnaya", names: ["Yulia Navalnaya"])
        sample.entity("e4", .person, "Dmitry Peskov", names: ["Dmitry Peskov"])
        sample.entity("e5", .place, "Moscow", names: ["Moscow"])
        for role in navalnyRoles { sample.roles("e1", role) }
        sample.roles("e2", "brother")
        sample.roles("e3", "wife")
        sample.roles("e4", "kremlin spokesman")
        sample.relate("e1", "brother", "e2")
        sample.relate("e1", "wife", "e3")
        return sample.document
    }

    static func state(_ document: Document = document(), width: Int = 80, height: Int = 12) -> ReaderState {
        ReaderState(document: document, path: "brothers.txt", size: Size(width: width, height: height))
    }

    /// Tab to the entity list, down `row` people, Enter.
    static func selectPerson(_ state: inout ReaderState, row: Int) {
        press(&state, .tab)
        for _ in 0..<row { press(&state, .character("j")) }
        press(&state, .enter)
    }

    static func selectedName(_ state: ReaderState) -> String? {
        state.article.flatMap { article in article.selectedEntity.map { article.document.entities[$0].name } }
    }

    @Test func selectingOlegShowsHisBrotherAboveTheText() {
        var state = Self.state()
        Self.selectPerson(&state, row: 2)
        #expect(Self.selectedName(state) == "Oleg Navalny")
        let lines = render(state, size: state.size).trimmedLines
        #expect(Array(lines[0...3]) == [
            " Oleg Navalny · brother of Alexey Navalny        │ Entities (5)",
            " Alexey Navalny was detained in Moscow. His      │ PEOPLE",
            " brother Oleg Navalny was sentenced to prison.   │  Alexey Navalny            1",
            "                                                 │  Dmitry Peskov             1",
        ])
    }

    @Test func noWhoLineWithoutASelectionOrForSomeoneWithoutRolesOrRelations() {
        var sample = SampleDocument(Self.text)
        sample.entity("e1", .person, "Alexey Navalny", names: ["Alexey Navalny"])
        var state = Self.state(sample.document)
        let before = render(state, size: state.size).trimmedLines
        #expect(before[0].hasPrefix(" Alexey Navalny was detained in Moscow. His"))
        Self.selectPerson(&state, row: 0)
        #expect(render(state, size: state.size).trimmedLines[0].hasPrefix(" Alexey Navalny was detained in Moscow. His"))
        #expect(press(&state, .character("o")).isEmpty)
        #expect(render(state, size: state.size).trimmedLines.last?.contains("No relations of Alexey Navalny") == true)
    }

    @Test func oChoosesTheRelationAndEnterFollowsItInTheSidePaneAndTheHighlight() {
        var state = Self.state()
        Self.selectPerson(&state, row: 2)
        press(&state, .character("o"))
        #expect(state.article?.focus == .article)
        let chosen = render(state, size: state.size)
        let legend: [Style: Character] = [.selection: "S", .related: "r", .marked: "m"]
        #expect(chosen.styleLine(0, legend: legend).prefix(42) == ".mmmmmmmmmmmm...SSSSSSSSSSSSSSSSSSSSSSSSS.")
        press(&state, .enter)
        #expect(Self.selectedName(state) == "Alexey Navalny")
        let frame = render(state, size: state.size)
        #expect(frame.trimmedLines[2].hasSuffix("│ ▸Alexey Navalny            1"))
        #expect(frame.trimmedLines[0].hasPrefix(" Alexey Navalny · opposition leader · brother:…"))
        #expect(frame.trimmedLines.last?.contains("mention 1/1") == true)
        let highlight: [Style: Character] = [.currentMention: "C", .selectedMention: "S"]
        #expect(frame.styleLine(1, legend: highlight).prefix(16) == ".CCCCCCCCCCCCCC.")
    }

    @Test func oCyclesThroughTheRelationsAndKeepsTheChosenOneInView() {
        var state = Self.state()
        Self.selectPerson(&state, row: 0)
        #expect(render(state, size: state.size).trimmedLines[0]
            == " Alexey Navalny · opposition leader · brother:…  │ Entities (5)")
        press(&state, .character("o"))
        #expect(render(state, size: state.size).trimmedLines[0]
            == " Alexey Navalny · … · brother: Oleg Navalny · w… │ Entities (5)")
        press(&state, .character("o"))
        #expect(render(state, size: state.size).trimmedLines[0]
            == " Alexey Navalny · … · wife: Yulia Navalnaya      │ Entities (5)")
        press(&state, .character("o"))
        #expect(state.article?.chosenRelation == 0)
        press(&state, .character("O"))
        press(&state, .enter)
        #expect(Self.selectedName(state) == "Yulia Navalnaya")
        #expect(render(state, size: state.size).trimmedLines[0].hasPrefix(" Yulia Navalnaya · wife of Alexey Navalny "))
    }

    @Test func narrowTerminalsShowTheLineUnderTheTabsAndFollowToTheArticle() {
        var state = Self.state(width: 40, height: 8)
        Self.selectPerson(&state, row: 2)
        #expect(state.article?.focus == .article)
        #expect(Array(render(state, size: state.size).trimmedLines[0...2]) == [
            " Article │ Entities │ Events",
            " Oleg Navalny · brother of Alexey Nava…",
            " Alexey Navalny was detained in Moscow.",
        ])
        press(&state, .character("o"), .enter)
        #expect(Self.selectedName(state) == "Alexey Navalny")
        press(&state, .tab)
        #expect(render(state, size: state.size).trimmedLines[3] == " ▸Alexey Navalny                      1")
    }

    @Test func wideCharactersAreCutWholeBeforeTheEllipsis() {
        let document = Self.document(navalnyRoles: ["反腐败基金会创始人"])
        for width in 40...47 {
            var state = Self.state(document, width: width, height: 8)
            Self.selectPerson(&state, row: 0)
            let frame = render(state, size: state.size)
            let row = Array(frame.row(1))
            for x in row.indices {
                if row[x].width == 2 { #expect(x + 1 < row.count && row[x + 1].isContinuation, "width \(width)") }
                if row[x].isContinuation { #expect(x > 0 && row[x - 1].width == 2, "width \(width)") }
            }
            let line = frame.trimmedLines[1]
            #expect(line.hasPrefix(" Alexey Navalny · 反腐"), "width \(width): \(line)")
            #expect(line.hasSuffix("…"), "width \(width): \(line)")
            #expect(DisplayWidth.of(line) <= width - 1, "width \(width): \(line)")
        }
    }

    @Test func someoneKnownOnlyAsAnothersRelativeIsNotNamedTwice() {
        var sample = SampleDocument("John Jenkin was charged with the murder of his mother. His mother was 60.")
        sample.entity("e1", .person, "John Jenkin", names: ["John Jenkin"])
        sample.entity("e2", .person, "John Jenkin’s mother", names: ["mother"])
        sample.relate("e1", "mother", "e2")
        var state = Self.state(sample.document)
        Self.selectPerson(&state, row: 1)
        #expect(render(state, size: state.size).trimmedLines[0].hasPrefix(" John Jenkin · mother "))
        press(&state, .character("o"), .enter)
        #expect(render(state, size: state.size).trimmedLines[0].hasPrefix(" John Jenkin’s mother · mother of John Jenkin "))
    }

    @Test func theHelpScreenListsTheRelationKey() {
        #expect(KeyBindings.standard.helpLines.contains { $0.hasPrefix("o ") && $0.contains("relation") })
        #expect(KeyBindings.standard.action(for: .character("o")) == .nextRelation)
    }
}
