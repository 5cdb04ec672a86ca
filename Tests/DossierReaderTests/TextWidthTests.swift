import DossierReader
import DossierTestSupport
import DossierText
import Testing

/// Display columns, wide and combining characters, and untrusted control characters.
@Suite struct TextWidthTests {
    @Test(arguments: [
        ("a", 1), ("é", 1), ("e\u{301}", 1), ("中", 2), ("한", 2), ("Ｆ", 2), ("😀", 2), ("👍🏽", 4),
        ("\u{200D}", 0), ("\u{FE0F}", 0), ("\u{301}", 0), ("ا", 1),
    ])
    func displayWidth(text: String, columns: Int) {
        #expect(DisplayWidth.of(text) == columns)
    }

    @Test func controlCharactersAreSpelledOut() {
        #expect(VisibleText.glyph("\u{1B}") == .escaped("^["))
        #expect(VisibleText.glyph("\u{7F}") == .escaped("^?"))
        #expect(VisibleText.glyph("\u{9B}") == .escaped("<9b>"))
        #expect(VisibleText.glyph("\u{202E}") == .escaped("<U+202E>"))
        #expect(VisibleText.glyph("\u{2066}") == .escaped("<U+2066>"))
        #expect(VisibleText.glyph("\u{07}") == .escaped("^G"))
        #expect(VisibleText.glyph("\t") == .space)
        #expect(VisibleText.glyph("\u{200B}") == .hidden)
    }

    @Test func joinedEmojiAreCutAtTheJoinerAndCombiningPilesAreCapped() {
        #expect(VisibleText.glyph("👩‍👩‍👧") == .text("👩", width: 2))
        let pile = Character("Z" + String(repeating: "\u{0301}", count: 5000))
        #expect(VisibleText.glyph(pile) == .text("Z" + String(repeating: "\u{0301}", count: 4), width: 1))
    }

    @Test func wideCharacterNeverStraddlesThePaneEdge() {
        var frame = Frame(size: Size(width: 6, height: 1))
        let used = frame.put("ab中文", x: 0, y: 0, maxWidth: 5, style: .normal)
        #expect(used == 5)
        #expect(frame.lines == ["ab中  "])
        #expect(frame[2, 0].width == 2)
        #expect(frame[3, 0].isContinuation)
        #expect(frame[4, 0].cluster == " ")
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var frame = Frame(size: Size(width: 4, height: 1))
        frame.put("中文", x: 0, y: 0, maxWidth: 4, style: .normal)
        frame.put("x", x: 1, y: 0, maxWidth: 1, style: .normal)
        #expect(frame.lines == [" x文"])
        #expect(frame.cells.map(\.width) == [1, 1, 2, 0])
    }

    @Test func escapeSequencesInAnArticleNeverReachTheFrame() {
        let sample = SampleDocument("Hello \u{1B}]52;c;cm0=\u{07} world \u{9B}31m and \u{202E}evil\u{202C} text.")
        let state = ReaderState(document: sample.document, path: "x", size: Size(width: 79, height: 5))
        let frame = render(state, size: state.size)
        #expect(frame.trimmedLines[1] == " Hello ^[]52;c;cm0=^G world <9b>31m and <U+202E>evil<U+202C> text.")
        let raw = frame.cells.flatMap { $0.cluster.unicodeScalars }
        #expect(!raw.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value) })
        #expect(frame.styleLine(1, legend: [.control: "c"]).prefix(24) == ".......cc..........cc...")
    }

    @Test func wideAndCombiningTextWrapsByColumns() {
        let sample = SampleDocument("서울 시장 박원순 café e\u{301}tude 中文中文中文")
        let state = ReaderState(document: sample.document, path: "x", size: Size(width: 30, height: 6))
        #expect(render(state, size: state.size).trimmedLines == [
            " Article │ Entities │ Events",
            " 서울 시장 박원순 café e\u{301}tude",
            " 中文中文中文",
            "",
            "",
            " x                       100%",
        ])
    }

    @Test func hostileInputsRenderWithoutRawControls() throws {
        for input in HostileInputs.all where input.isReadable {
            guard let article = try? FileLoading.article(from: input.bytes, path: input.name) else { continue }
            var state = ReaderState(document: Document.prepare(article), path: input.name, size: Size(width: 100, height: 30))
            for key: Key in [.character("G"), .tab, .enter, .character("n"), .character("t"), .escape, .character("?")] {
                press(&state, key)
                let frame = render(state, size: state.size)
                let raw = frame.cells.flatMap { $0.cluster.unicodeScalars }
                #expect(!raw.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }, "\(input.name)")
            }
        }
    }
}

/// Regressions named after what they guard.
@Suite struct PaneEdgeTests {
    @Test func wideTextNeverPushesThePaneRule() {
        let line = String(repeating: "中文 ", count: 40) + "😀😀😀 e\u{301}\u{301} " + String(repeating: "한국어", count: 30)
        let sample = SampleDocument(line)
        for width in 80...90 {
            let state = ReaderState(document: sample.document, path: "x", size: Size(width: width, height: 12))
            let frame = render(state, size: state.size)
            let rule = ScreenLayout(size: state.size, focus: .article).ruleColumn!
            for y in 0..<11 {
                #expect(frame[rule, y].cluster == "│" || frame[rule, y].cluster == "├", "width \(width), row \(y)")
                let row = Array(frame.row(y))
                for x in row.indices {
                    if row[x].width == 2 { #expect(x + 1 < row.count && row[x + 1].isContinuation) }
                    if row[x].isContinuation { #expect(x > 0 && row[x - 1].width == 2) }
                }
            }
        }
    }

    @Test func plannedEventsLookDifferent() {
        var state = Sample.state()
        press(&state, .tab, .enter)
        let frame = render(state, size: state.size)
        #expect(frame.trimmedLines[8].hasSuffix("│ appeal            appeal (pla"))
        #expect(frame[51, 8].style == .uncertain)
    }
}
