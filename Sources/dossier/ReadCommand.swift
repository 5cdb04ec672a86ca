import ArgumentParser
import DossierAnalysis
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

    @Flag(help: "Print the article as plain text with an entity summary, even on a terminal.")
    var plain = false

    @Flag(help: "Paint the first screen, quit, and print timings to standard error.")
    var measure = false

    @Flag(help: "With --measure: also time update and render for 500 key presses (no terminal output).")
    var measureKeys = false

    func run() throws {
        var clock = PhaseClock()
        let target = target ?? "Articles"
        let analyzer = Analyzer()
        let opening: ReaderOpening
        do {
            opening = try ReaderOpening.load(target, analyzer: analyzer, clock: &clock)
        } catch {
            printError(String(describing: error))
            throw ExitCode(1)
        }

        let terminal = plain ? nil : NCursesTerminal.openInteractive()
        guard let terminal else {
            writeOut(opening.plainText)
            return
        }
        clock.mark("terminal")
        let size = terminal.size
        let state: ReaderState
        switch opening {
        case .article(let document, let name): state = ReaderState(document: document, path: name, size: size)
        case .library(let library): state = ReaderState(library: library, size: size)
        }
        var loop = ReaderLoop(backend: terminal, state: state) { path in
            do {
                let article = try ReaderOpening.firstArticle(path: path)
                return .articleOpened(path: path, document: analyzer.analyze(article))
            } catch {
                return .openFailed(path: path, message: String(describing: error))
            }
        }
        if measure {
            loop.backend.draw(render(loop.state, size: size), force: false)
            clock.mark("first paint")
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
        loop.run()
        terminal.end()
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

/// What the reader opens: one analysed article, or a folder's article list.
enum ReaderOpening {
    case article(Document, name: String)
    case library(LibraryState)

    static func load(_ target: String, analyzer: Analyzer, clock: inout PhaseClock) throws(ArticleFileError) -> ReaderOpening {
        if target == "-" {
            let bytes = try FileLoading.readAll(fd: 0, path: "-", limit: ArticleFiles.collectionSizeLimit)
            let article = try firstArticle(of: ArticleFiles.entries(bytes: bytes, fileName: "-").map(\.article))
            clock.mark("read")
            let document = analyzer.analyze(article)
            clock.mark("analysis")
            return .article(document, name: "stdin")
        }
        if LibraryScan.isDirectory(target) {
            let library = LibraryState(folder: target, articles: LibraryScan.summaries(in: target))
            clock.mark("library")
            return .library(library)
        }
        let article = try firstArticle(path: target)
        clock.mark("read")
        let document = analyzer.analyze(article)
        clock.mark("analysis")
        return .article(document, name: target)
    }

    /// The article in a file of any supported format (text, Markdown, HTML, a feed, JSON Lines); for a
    /// file holding several, the first, with a note saying so.
    static func firstArticle(path: String) throws(ArticleFileError) -> Article {
        try firstArticle(of: ArticleFiles.read(path: path))
    }

    static func firstArticle(of articles: [Article]) -> Article {
        guard var first = articles.first else { return Article(text: "") }
        if articles.count > 1 { first.notes.append("first of \(articles.count) articles in the file") }
        return first
    }

    var plainText: String {
        switch self {
        case .article(let document, _):
            return PlainText.render(document)
        case .library(let library):
            return library.articles.map { summary in
                [summary.date ?? "", summary.source ?? "", VisibleText.plain(summary.title), VisibleText.plain(summary.path)]
                    .joined(separator: "\t")
            }.joined(separator: "\n") + "\n"
        }
    }
}

/// Elapsed times of start-up phases, for `--measure`.
struct PhaseClock {
    private let start = PhaseClock.now()
    private var marks: [(String, Double)] = []

    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) * 1000 + Double(time.tv_nsec) / 1_000_000
    }

    mutating func mark(_ phase: String) { marks.append((phase, PhaseClock.now() - start)) }

    var report: String {
        marks.map { "\($0.0): \(Int(($0.1 * 100).rounded()) / 100) ms" }.joined(separator: ", ")
    }
}

/// Writes text to standard output unbuffered (the plain mode of the reader).
func writeOut(_ text: String) {
    var bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
        let written = bytes.withUnsafeMutableBytes { write(1, $0.baseAddress! + offset, $0.count - offset) }
        if written <= 0 {
            if written < 0 && errno == EINTR { continue }
            return
        }
        offset += written
    }
}
