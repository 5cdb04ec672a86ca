import DossierReader
import DossierTestSupport
import DossierText
import Testing

@Suite struct LayoutTests {
    @Test func wordsWrapAtTheWidthAndLongWordsAreCut() {
        let article = SampleDocument("one two three four five sixsixsixsixsix").article
        let layout = ArticleLayout(article: article, width: 9)
        let lines = layout.lines.map { line -> String in
            if case .text(let range) = line.content { return String(article.slice(range)) }
            return "?"
        }
        #expect(lines == ["one two", "three", "four five", "sixsixsix", "sixsix"])
    }

    @Test func titleCaptionsSubheadingsAndRelatedLinksAreStyled() {
        let text = "Lede paragraph of the story.\n\nA photo caption that is long enough to count, 2021. (Reuters)\n\nShort heading\n\nREAD MORE: Another story\n\nSource: AFP"
        let article = SampleDocument(text, title: "The title").article
        let layout = ArticleLayout(article: article, width: 80)
        #expect(layout.lines.map(\.style) == [.title, .normal, .normal, .normal, .caption, .normal, .subheading, .normal, .related, .normal, .attribution])
    }

    @Test func theDuplicateCaptionIsShownOnce() {
        let seed = try! FileLoading.loadArticle(path: Fixtures.seedArticlePath)
        let state = ReaderState(document: Document.prepare(seed), path: "seed", size: Size(width: 100, height: 30))
        let screen = render(state, size: state.size).lines.joined(separator: "\n")
        #expect(screen.components(separatedBy: "Law enforcement officers gather").count == 2)
        #expect(screen.contains("(Reuters)"))
    }

    @Test func resizeKeepsTheReadingPosition() {
        var state = ReaderState(document: Sample.longDocument, path: "long.txt", size: Size(width: 100, height: 20))
        press(&state, .character(" "), .character(" "), .character("j"))
        let before = state.article!
        let anchor = before.layout.lines[before.topLine].offset
        for (width, height) in [(60, 20), (81, 10), (120, 20)] {
            _ = update(&state, .resize(width: width, height: height))
            let after = state.article!
            let line = after.layout.lines[after.topLine]
            let next = after.layout.lines.indices.contains(after.topLine + 1) ? after.layout.lines[after.topLine + 1].offset : Int.max
            #expect(line.offset <= anchor && anchor < max(next, line.offset + 1), "at \(width)x\(height)")
        }
        _ = update(&state, .resize(width: 100, height: 20))
        #expect(state.article!.topLine == before.topLine)
    }

    @Test func aResizeStormThroughTinySizesComesBackToTheSamePlace() {
        var state = ReaderState(document: Sample.longDocument, path: "long.txt", size: Size(width: 100, height: 20))
        press(&state, .character(" "), .character(" "), .character("j"))
        let before = state.article!.topLine
        for (width, height) in [(200, 80), (1, 1), (3, 2), (140, 40), (79, 5), (100, 20)] {
            _ = update(&state, .resize(width: width, height: height))
            _ = render(state, size: state.size)
        }
        #expect(state.article!.topLine == before)
        press(&state, .character("j"))
        #expect(state.article!.topLine == before + 1)
    }

    @Test func keysDoNotLayOutAgain() {
        var state = ReaderState(document: Sample.longDocument, path: "long.txt", size: Size(width: 100, height: 20))
        let layout = state.article!.layout
        press(&state, .character("j"), .tab, .enter, .character("n"), .character("/"))
        type(&state, "fox")
        press(&state, .enter)
        #expect(state.article!.layout == layout)
    }
}
