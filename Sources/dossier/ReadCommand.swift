import ArgumentParser
import DossierAnalysis
import DossierConfiguration
import DossierReader
import DossierTerminal
import DossierText
#if canImport(Glibc)
import Glibc
#endif

/// `dossier [FILE | DIR | -]`: the reader. With no argument, the article list of ./Articles.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Read an article, or a folder of articles, with the people, places and events in a side pane."
    )

    @Argument(help: "An article file, a folder of articles (default: ./Articles), or - for standard input.")
    var target: String?

    @OptionGroup var sizeLimit: SizeLimitOption

    @OptionGroup var configurationOption: ConfigurationOption

    @Flag(help: "Print the article as plain text with an entity summary, even on a terminal.")
    var plain = false

    @Option(help: "Draw web addresses as clickable OSC 8 hyperlinks: auto (terminals known to support them; DOSSIER_HYPERLINKS=always|never overrides), always, never.")
    var hyperlinks: HyperlinkSetting = .auto

    @Flag(help: "Paint the first screen, quit, and print timings to standard error (a folder: its list from the index, without indexing).")
    var measure = false

    @Flag(help: "With --measure: also time 500 j/k key presses (update and render, then with drawing).")
    var measureKeys = false

    func run() throws {
        var clock = PhaseClock()
        let target = target ?? "Articles"
        let configuration = try configurationOption.load()
        clock.mark("configuration")
        let analyzer = Analyzer()
        let opening: ReaderOpening
        do {
            opening = try ReaderOpening.load(target, articleLimit: sizeLimit.bytes, network: configuration.network, clock: &clock)
        } catch {
            printError(String(describing: error))
            throw ExitCode(1)
        }

        let terminal = plain ? nil : NCursesTerminal.openInteractive(theme: configuration.theme)
        guard let terminal else {
            writeOut(opening.plainText(analyzer: analyzer))
            return
        }
        clock.mark("terminal")
        terminal.drawsHyperlinks = hyperlinks.isEnabled(environment: ProcessEnvironment.variables)
        let size = terminal.size
        let mailbox = InputMailbox()
        terminal.mailbox = mailbox
        let analysis = BackgroundAnalysis(analyzer: analyzer, mailbox: mailbox)
        var state: ReaderState
        let index = IndexHandle()
        switch opening {
        case .article(let article, let name):
            state = ReaderState(document: analysis.start(article, path: name), path: name, size: size)
            state.article?.analysisPending = true
        case .folder(let folder):
            index.library = ReaderLibrary.open()
            clock.mark("index opened")
            // A screenful first: the rest of a large library is read on a worker thread after the first paint.
            var library: LibraryState
            if let indexed = index.library {
                library = LibraryState(folder: folder, articles: indexed.summaries(in: folder, limit: size.height), progress: "listing…")
                library.totalCount = indexed.count(in: folder)
            } else {
                library = LibraryState(folder: folder, articles: LibraryScan.summaries(in: folder))
            }
            state = ReaderState(library: library, size: size)
            clock.mark("first \(library.articles.count) of \(library.totalCount ?? library.articles.count) listed")
        }
        state.keyBindings = configuration.keys
        let limit = sizeLimit.bytes
        var loop = ReaderLoop(backend: terminal, state: state) { effect in
            switch effect {
            case .openArticle(let path, let part):
                do {
                    let article = try ReaderOpening.article(path: path, part: part, articleLimit: limit)
                    index.existing?.markRead(path: path, part: part)
                    return analysis.open(article, path: path, part: part)
                } catch {
                    return .openFailed(path: path, message: String(describing: error))
                }
            case .findAppearances(let key, let path, let part):
                let appearances = index.existing?.appearances(ofEntityKey: key, openPath: path, openPart: part)
                return .appearancesFound(entityKey: key, appearances: appearances)
            case .quit, .redrawAll, .copyToClipboard:
                return nil
            }
        }
        if measure {
            loop.backend.draw(render(loop.state, size: size), force: false)
            clock.mark("first paint")
            if case .article = opening, let finished = analysis.waitForResult(mailbox) {
                _ = update(&loop.state, finished)
                loop.backend.draw(render(loop.state, size: size), force: false)
                clock.mark("analysed and painted")
            }
            if case .folder(let folder) = opening, let library = index.library {
                let all = library.summaries(in: folder)
                _ = update(&loop.state, .libraryListed(articles: all, progress: nil))
                loop.backend.draw(render(loop.state, size: size), force: false)
                clock.mark("all \(all.count) listed and painted")
            }
            var perKey = ""
            if measureKeys {
                let compute = ReadCommand.timeKeyPresses(state: loop.state, size: size) { _ in }
                let drawn = ReadCommand.timeKeyPresses(state: loop.state, size: size) { terminal.draw($0, force: false) }
                perKey = ", per j/k key: update+render \(compute) µs, with drawing \(drawn) µs"
            }
            terminal.end()
            printError(clock.report + perKey)
            return
        }
        if case .folder(let folder) = opening { index.library?.startIndexing(folder, analyzer: analyzer, mailbox: mailbox) }
        loop.run()
        terminal.end()
    }
}

extension HyperlinkSetting: ExpressibleByArgument {}

/// The index, opened with the folder, or on the first question about the library when reading one article
/// (opening it up front would delay the first paint).
final class IndexHandle {
    var library: ReaderLibrary?
    private var looked = false

    var existing: ReaderLibrary? {
        if library == nil, !looked {
            looked = true
            library = ReaderLibrary.openExisting()
        }
        return library
    }
}

extension ReadCommand {
    /// Mean microseconds for `update`, `render` and `draw` of one `j` (ten down, then ten `k` up).
    static func timeKeyPresses(state: ReaderState, size: Size, draw: (Frame) -> Void) -> Int {
        var state = state
        let rounds = 500
        let start = PhaseClock.now()
        for round in 0..<rounds {
            _ = update(&state, .key(.character(round % 20 < 10 ? "j" : "k")))
            draw(render(state, size: size))
        }
        return Int(((PhaseClock.now() - start) * 1000 / Double(rounds)).rounded())
    }
}
