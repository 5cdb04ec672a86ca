import DossierReader
import DossierText
import Testing

/// Whole screens compared to literal lines.
@Suite struct FrameTests {
    @Test func articleOpensWithTextEntitiesAndEvents() {
        let state = Sample.state()
        #expect(render(state, size: state.size).trimmedLines == [
            " Alexey Navalny was detained in Moscow on        │ Entities (4)",
            " Thursday. His aide Lyubov Sobol said police     │ PEOPLE",
            " raided the FBK office.                          │  Alexey Navalny            3",
            "                                                 │  Lyubov Sobol              2",
            " Real counterweight                              │ ORGANISATIONS",
            "                                                 │  FBK                       1",
            " Sobol was questioned by police. Navalny said he ├─ Events · Alexey Navalny ────",
            " would appeal.                                   │ arrest 2021-01-28 detained ·",
            "                                                 │ appeal            appeal (pla",
            " Supporters rallied in Moscow on Sunday.         │",
            "                                                 │",
            " sample.txt                                                        100%  ? help",
        ])
    }

    @Test func selectingThePersonMarksItAndCountsMentions() {
        var state = Sample.state()
        press(&state, .tab, .enter)
        let frame = render(state, size: state.size)
        #expect(frame.trimmedLines[2] == " raided the FBK office.                          │ ▸Alexey Navalny            3")
        #expect(frame.trimmedLines[11] == " sample.txt                                           mention 1/3  100%  ? help")
        let legend: [Style: Character] = [.currentMention: "C", .selectedMention: "S", .pronounMention: "P",
                                          .entity(.person): "p", .entity(.place): "l", .entity(.organization): "o"]
        #expect(frame.styleLine(0, legend: legend).prefix(49) == ".CCCCCCCCCCCCCC.................llllll...........")
        #expect(frame.styleLine(1, legend: legend).prefix(49) == "....................pppppppppppp.................")
        #expect(frame.styleLine(6, legend: legend).prefix(49) == ".ppppp...........................SSSSSSS......PP.")
    }

    @Test func narrowTerminalShowsOnePaneAtATime() {
        var state = Sample.state(width: 40, height: 8)
        #expect(render(state, size: state.size).trimmedLines == [
            " Article │ Entities │ Events",
            " Alexey Navalny was detained in Moscow",
            " on Thursday. His aide Lyubov Sobol",
            " said police raided the FBK office.",
            "",
            " Real counterweight",
            "",
            " sample.txt                         54%",
        ])
        press(&state, .tab)
        #expect(render(state, size: state.size).trimmedLines == [
            " Article │ Entities │ Events",
            " Entities (4)",
            " PEOPLE",
            "  Alexey Navalny                      3",
            "  Lyubov Sobol                        2",
            " ORGANISATIONS",
            "  FBK                                 1",
            " sample.txt                 54%  ? help",
        ])
        press(&state, .tab)
        #expect(render(state, size: state.size).trimmedLines == [
            " Article │ Entities │ Events",
            " Events · Alexey Navalny",
            " arrest 2021-01-28 detained · Moscow",
            " appeal            appeal (planned)",
            "",
            "",
            "",
            " sample.txt                 54%  ? help",
        ])
    }

    @Test func focusedTabStandsOutOnNarrowTerminals() {
        var state = Sample.state(width: 40, height: 8)
        press(&state, .tab)
        let frame = render(state, size: state.size)
        #expect(frame.styleLine(0, legend: [.paneTitleFocused: "F", .paneTitle: "t"]) == "ttttttttttFFFFFFFFFFtttttttttttttttttttt")
    }

    @Test func helpIsDrawnFromTheBindingsTable() {
        var state = Sample.state(width: 80, height: 24)
        press(&state, .character("?"))
        let screen = render(state, size: state.size).lines.joined(separator: "\n")
        for binding in KeyBindings.standard.all {
            #expect(screen.contains(binding.label), "help lacks \(binding.label)")
            #expect(screen.contains(binding.summary), "help lacks \(binding.summary)")
        }
        #expect(screen.contains("┌─ Keys · any key closes"))
    }

    @Test func timelineOrdersEventsByTimeAndMarksTheSelectedPerson() {
        var state = Sample.state(width: 80, height: 12)
        press(&state, .tab, .enter, .character("t"))
        let lines = render(state, size: state.size).trimmedLines
        #expect(Array(lines[0...6]) == [
            "┌─ Timeline (5 events) ────────────────────────────────────────────────────────┐",
            "│  2021-01-27  investigate  questioned · Lyubov Sobol                          │",
            "│▸ 2021-01-28  arrest       detained · Alexey Navalny, Moscow                  │",
            "│  2021-01-31  protest      rallied · Moscow                                   │",
            "│  —           search       raided · FBK                                       │",
            "│▸ —           appeal       appeal · Alexey Navalny (planned)                  │",
            "│                                                                              │",
        ])
    }

    @Test func libraryListsNewestFirstWithDateAndSource() {
        let library = LibraryState(folder: "Articles", articles: [
            ArticleSummary(path: "a.md", title: "Older story", date: "2019-01-14", source: "Wikinews"),
            ArticleSummary(path: "b.txt", title: "Undated story", source: "AFP"),
            ArticleSummary(path: "c.md", title: "Newer story", date: "2020-12-15", source: "Wikinews", isUnread: false),
        ])
        let state = ReaderState(library: library, size: Size(width: 72, height: 6))
        #expect(render(state, size: state.size).trimmedLines == [
            " Articles in Articles (3)",
            "   Newer story                                     2020-12-15  Wikinews",
            " • Older story                                     2019-01-14  Wikinews",
            " • Undated story                                               AFP",
            "",
            " 3 articles · Enter open · / filter · q quit                     ? help",
        ])
    }

    @Test func tinyTerminalsDoNotCrash() {
        for (width, height) in [(1, 1), (2, 1), (1, 3), (10, 2), (0, 0), (79, 3)] {
            var state = Sample.state(width: width, height: height)
            for key: Key in [.tab, .enter, .character("n"), .character("t"), .down, .character("?")] {
                press(&state, key)
                let frame = render(state, size: Size(width: width, height: height))
                #expect(frame.cells.count == width * height)
            }
        }
    }
}
