import DossierReader
import DossierText
import Testing

/// `a` on a selected entity: the other articles of the library naming it, opening one at the mention,
/// coming back; `T`: its events from the whole library by date; the list fed by the index.
@Suite struct OtherArticlesTests {
    static let navalnyKey = "alexey navalny"

    /// The index's answer: the open article (sample.txt) and two others, newest first.
    static let appearances = [
        LibraryAppearance(path: "lib/protest.md", title: "Thousands rally in Moscow", date: "2021-01-23", nameInArticle: "Navalny",
                          mentionCount: 3, firstOffset: 0,
                          events: [LibraryEvent(type: "protest", role: "theme", trigger: "rallied", triggerOffset: 40, date: "2021-01-23")]),
        LibraryAppearance(path: "sample.txt", title: "Allies detained", date: "2021-01-22", nameInArticle: "Alexey Navalny",
                          mentionCount: 3, firstOffset: 0,
                          events: [LibraryEvent(type: "arrest", role: "patient", trigger: "detained", triggerOffset: 19, date: "2021-01-28")],
                          isOpen: true),
        LibraryAppearance(path: "lib/return.md", title: "Navalny flies home", date: "2021-01-17", nameInArticle: "Alexei Navalny",
                          mentionCount: 2, firstOffset: 0,
                          events: [LibraryEvent(type: "travel", role: "agent", trigger: "flew", triggerOffset: 15),
                                   LibraryEvent(type: "arrest", role: "patient", trigger: "detained", triggerOffset: 30, date: "2021-01-17")]),
    ]

    /// The sample article with Alexey Navalny selected, asked about with `a`.
    func askedAboutNavalny(_ key: Key = .character("a")) -> (ReaderState, [Effect]) {
        var state = Sample.state(width: 80, height: 8)
        press(&state, .tab, .enter)
        let effects = press(&state, key)
        return (state, effects)
    }

    @Test func aAsksTheIndexAboutTheSelectedEntityAndListsTheOtherArticlesWithTheirEvents() {
        var (state, effects) = askedAboutNavalny()
        #expect(effects == [.findAppearances(entityKey: Self.navalnyKey, path: "sample.txt", part: 0)])
        #expect(render(state, size: state.size).trimmedLines[1] == "│ Looking in the library…                                                      │")
        _ = update(&state, .appearancesFound(entityKey: Self.navalnyKey, appearances: Self.appearances))
        #expect(render(state, size: state.size).trimmedLines == [
            "┌─ Alexey Navalny · 2 other articles · Enter open · t timeline · q back ───────┐",
            "│ 2021-01-23  Thousands rally in Moscow                             Navalny ×3 │",
            "│     protest  2021-01-23  rallied (theme)                                     │",
            "│ 2021-01-17  Navalny flies home                             Alexei Navalny ×2 │",
            "│     travel               flew (agent)                                        │",
            "│     arrest   2021-01-17  detained (patient)                                  │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
            " sample.txt                                            mention 1/3  70%  ? help",
        ])
        // The help screen lists the keys.
        #expect(KeyBindings.standard.helpLines.contains { $0.hasPrefix("a ") && $0.contains("other articles") })
        #expect(KeyBindings.standard.helpLines.contains { $0.hasPrefix("T ") && $0.contains("events in the library") })
    }

    @Test func enterOpensTheArticleAtTheEventWithTheEntitySelectedAndQComesBack() {
        var (state, _) = askedAboutNavalny()
        _ = update(&state, .appearancesFound(entityKey: Self.navalnyKey, appearances: Self.appearances))
        press(&state, .character("j"), .character("j"), .character("j"), .character("j"))
        let appeal = Sample.text.utf8.count - "would appeal.\n\nSupporters rallied in Moscow on Sunday.".utf8.count + "would ".utf8.count
        var answer = Self.appearances
        answer[2].events[1].triggerOffset = appeal
        _ = update(&state, .appearancesFound(entityKey: Self.navalnyKey, appearances: answer))  // a stale answer is ignored
        #expect(press(&state, .enter) == [.openArticle(path: "lib/return.md", part: 0)])

        // The events of the answer that arrived first are the ones used: the arrest at offset 30.
        _ = update(&state, .articleOpened(path: "lib/return.md", document: Document.prepare(Sample.document.article), analysisPending: true))
        #expect(state.overlay == nil)
        #expect(state.article?.path == "lib/return.md")
        _ = update(&state, .analysisFinished(path: "lib/return.md", document: Sample.document))
        let frame = render(state, size: state.size)
        #expect(frame.trimmedLines[2] == " raided the FBK office.                          │ ▸Alexey Navalny            3")
        #expect(frame.trimmedLines.last == " lib/return.md                                         mention 1/3  70%  ? help")

        // q: back to the article it was opened from, with the list as it was.
        press(&state, .character("q"))
        #expect(state.article?.path == "sample.txt")
        #expect(state.overlay == .otherArticles)
        #expect(render(state, size: state.size).trimmedLines[5] == "│     arrest   2021-01-17  detained (patient)                                  │")
        press(&state, .character("q"))
        #expect(state.overlay == nil)
        #expect(press(&state, .character("q")) == [.quit])
    }

    @Test func enterOnAnEventFarIntoTheArticleScrollsThereAndStepsToTheNearestMention() {
        var state = Sample.state(width: 80, height: 6)
        press(&state, .tab, .enter, .character("a"))
        let appeal = Sample.text.utf8.count - "appeal.\n\nSupporters rallied in Moscow on Sunday.".utf8.count
        let other = LibraryAppearance(path: "lib/b.md", title: "B", nameInArticle: "Navalny", mentionCount: 3, firstOffset: 0,
                                      events: [LibraryEvent(type: "appeal", role: "agent", trigger: "appeal", triggerOffset: appeal)])
        _ = update(&state, .appearancesFound(entityKey: Self.navalnyKey, appearances: [other]))
        #expect(press(&state, .character("j"), .enter) == [.openArticle(path: "lib/b.md", part: 0)])
        _ = update(&state, .articleOpened(path: "lib/b.md", document: Sample.document))
        let frame = render(state, size: state.size)
        #expect(frame.trimmedLines.last?.contains("mention 3/3") == true, "the pronoun before “appeal” is the nearest mention")
        #expect(frame.trimmedLines.contains { $0.contains("would appeal.") })
    }

    @Test func capitalTShowsTheEntitysEventsFromTheWholeLibraryByDate() {
        var (state, effects) = askedAboutNavalny(.character("T"))
        #expect(effects == [.findAppearances(entityKey: Self.navalnyKey, path: "sample.txt", part: 0)])
        _ = update(&state, .appearancesFound(entityKey: Self.navalnyKey, appearances: Self.appearances))
        #expect(render(state, size: state.size).trimmedLines == [
            "┌─ Alexey Navalny · 4 events in the library · Enter open · t articles · q back─┐",
            "│ 2021-01-17  travel   flew · Navalny flies home                               │",
            "│ 2021-01-17  arrest   detained · Navalny flies home                           │",
            "│ 2021-01-23  protest  rallied · Thousands rally in Moscow                     │",
            "│ 2021-01-28  arrest   detained · Allies detained                 this article │",
            "│                                                                              │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
            " sample.txt                                            mention 1/3  70%  ? help",
        ])
        press(&state, .character("t"))
        #expect(render(state, size: state.size).trimmedLines[0].hasPrefix("┌─ Alexey Navalny · 2 other articles"))
        press(&state, .character("G"))
        #expect(press(&state, .enter) == [.openArticle(path: "lib/return.md", part: 0)])
    }

    @Test func withoutAnIndexOrASelectionTheStatusLineSaysWhatToDo() {
        var state = Sample.state(width: 80, height: 8)
        press(&state, .tab, .enter, .character("a"))
        _ = update(&state, .appearancesFound(entityKey: Self.navalnyKey, appearances: nil))
        #expect(state.overlay == nil)
        #expect(render(state, size: state.size).trimmedLines.last?.hasPrefix(" No library index yet") == true)

        var pending = ReaderState(document: Document.prepare(Sample.document.article), path: "x.txt", size: Size(width: 80, height: 8))
        pending.article?.analysisPending = true
        #expect(press(&pending, .character("a")).isEmpty)
        #expect(render(pending, size: pending.size).trimmedLines.last?.hasPrefix(" Still analysing") == true)

        (state, _) = askedAboutNavalny()
        _ = update(&state, .appearancesFound(entityKey: Self.navalnyKey, appearances: [Self.appearances[1]]))
        #expect(render(state, size: state.size).trimmedLines[1] == "│ No other article names Alexey Navalny                                        │")
    }

    @Test func aFirstScreenfulCountsTheWholeFolderUntilTheRestArrives() {
        var library = LibraryState(folder: "lib", articles: [ArticleSummary(path: "lib/a.md", title: "Newest", date: "2021-01-01")],
                                   progress: "listing…")
        library.totalCount = 10_000
        var state = ReaderState(library: library, size: Size(width: 72, height: 4))
        #expect(render(state, size: state.size).trimmedLines == [
            " Articles in lib (10000)",
            " • Newest                                                    2021-01-01",
            "",
            " 10000 articles · listing… · Enter open · / filter · q quit      ? help",
        ])
        _ = update(&state, .libraryListed(articles: [ArticleSummary(path: "lib/a.md", title: "Newest", date: "2021-01-01"),
                                                     ArticleSummary(path: "lib/b.md", title: "Older", date: "2020-01-01")], progress: nil))
        #expect(render(state, size: state.size).trimmedLines[0] == " Articles in lib (2)")
    }

    @Test func theListFromTheIndexFillsInWhileIndexingAndKeepsTheCursorsArticle() {
        var state = ReaderState(library: LibraryState(folder: "lib", articles: [
            ArticleSummary(path: "lib/a.md", title: "Court jails two police", date: "2019-02-02", source: "Wikinews", isUnread: false),
            ArticleSummary(path: "lib/b.md", title: "Mayor stabbed on stage", date: "2019-01-14", source: "Wikinews"),
        ], progress: "looking for new files"), size: Size(width: 72, height: 6))
        press(&state, .character("j"))
        _ = update(&state, .libraryListed(articles: [
            ArticleSummary(path: "lib/a.md", title: "Court jails two police", date: "2019-02-02", source: "Wikinews", isUnread: false),
            ArticleSummary(path: "lib/b.md", title: "Mayor stabbed on stage", date: "2019-01-14", source: "Wikinews"),
            ArticleSummary(path: "lib/feed.xml", part: 2, title: "Hong Kong protests", date: "2019-10-02", source: "RSS"),
        ], progress: "indexing 1/1"))
        #expect(render(state, size: state.size).trimmedLines == [
            " Articles in lib (3)",
            " • Hong Kong protests                              2019-10-02  RSS",
            "   Court jails two police                          2019-02-02  Wikinews",
            " • Mayor stabbed on stage                          2019-01-14  Wikinews",
            "",
            " 3 articles · indexing 1/1 · Enter open · / filter · q quit      ? help",
        ])
        #expect(press(&state, .enter) == [.openArticle(path: "lib/b.md", part: 0)])
        press(&state, .character("g"))
        #expect(press(&state, .enter) == [.openArticle(path: "lib/feed.xml", part: 2)])
        _ = update(&state, .articleOpened(path: "lib/feed.xml", document: Sample.document, part: 2))
        press(&state, .character("q"))
        _ = update(&state, .libraryListed(articles: state.library!.articles, progress: nil))
        #expect(render(state, size: state.size).trimmedLines[1] == "   Hong Kong protests                              2019-10-02  RSS")
        #expect(render(state, size: state.size).trimmedLines.last == " 3 articles · Enter open · / filter · q quit                     ? help")
    }
}
