#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import DossierAnalysis
import DossierText

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure name tagging speed (words/s, one thread) on a CoNLL file and on articles, and model load time; with --syntax, the part-of-speech tagger, the parser and the whole analysis with and without them."
    )

    @Option(help: "CoNLL file to tag.") var conll: String = "../shared/corpora/conll2003/eng.testb"
    @Option(help: "Folder of articles to tag.") var articles: String = "Articles"
    @Option(help: "Seconds to spend on each measurement (at least one full pass).") var seconds: Double = 2
    @Flag(help: "Measure the syntax model instead: load time, tagger and parser words/s on a CoNLL-U file, whole analysis words/s on the articles.")
    var syntax = false
    @Option(help: "CoNLL-U file to tag and parse with --syntax.") var conllu: String = "../shared/corpora/ud-english-ewt/en_ewt-ud-test.conllu"

    func run() throws {
        if syntax { return try runSyntax() }
        let loadStart = Stopwatch.now()
        let tagger = try NameCommandSupport.loadTagger(model: nil)
        let loadTime = Stopwatch.now() - loadStart
        print("model load: \(Stopwatch.milliseconds(loadTime)) ms (names.model \(tagger.model.rows) rows; model and gazetteer mapped)")

        let file = try NameCommandSupport.readCoNLL(conll)
        let firstStart = Stopwatch.now()
        _ = tagger.names(in: file.input)
        print("first pass over \(conll) (pages faulted in): \(Stopwatch.milliseconds(Stopwatch.now() - firstStart)) ms")
        report(name: conll, words: file.input.tokens.count) { _ = tagger.names(in: file.input) }

        let documents = try Self.files(in: articles).map(NameCommandSupport.loadDocument)
        let words = documents.reduce(0) { $0 + $1.tokens.count }
        report(name: "\(articles)/ (\(documents.count) articles)", words: words) {
            for document in documents { _ = tagger.names(in: document) }
        }
    }

    func runSyntax() throws {
        let loadStart = Stopwatch.now()
        let parser = try SyntaxCommandSupport.loadParser(model: nil)
        let loadTime = Stopwatch.now() - loadStart
        let bytes = parser.model.byteCount
        print("syntax model load: \(Stopwatch.milliseconds(loadTime)) ms (syntax.model \(bytes) bytes; model and word classes mapped)")
        let file = try SyntaxCommandSupport.readCoNLLU(conllu)
        let words = file.input.tokens.count
        _ = parser.parse(file.input)
        report(name: "\(conllu) tagging", words: words) { _ = parser.tag(file.input) }
        report(name: "\(conllu) tagging + parsing", words: words) { _ = parser.parse(file.input) }

        let documents = try Self.files(in: self.articles).map(NameCommandSupport.loadDocument)
        let articles = documents.map(\.article), count = documents.reduce(0) { $0 + $1.tokens.count }
        let names = try NameCommandSupport.loadTagger(model: nil)
        for (label, analyzer) in [("without syntax", Analyzer(names: names, syntax: nil)), ("with syntax", Analyzer(names: names, syntax: parser))] {
            report(name: "\(self.articles)/ (\(articles.count) articles) whole analysis \(label)", words: count) {
                for article in articles { _ = analyzer.analyze(article) }
            }
        }
    }

    func report(name: String, words: Int, _ body: () -> Void) {
        var passes = 0
        let start = Stopwatch.now(), cpuStart = Stopwatch.threadCPU()
        var elapsed = 0.0
        repeat {
            body()
            passes += 1
            elapsed = Stopwatch.now() - start
        } while elapsed < seconds
        let cpu = Stopwatch.threadCPU() - cpuStart
        let rate = Double(words * passes) / elapsed, cpuRate = Double(words * passes) / cpu
        print("\(name): \(words) words × \(passes) passes in \(Stopwatch.milliseconds(elapsed)) ms: \(Int(rate)) words/s"
              + " (\(Int(cpuRate)) words per CPU second of this thread)")
    }

    static func files(in folder: String) -> [String] {
        guard let dir = opendir(folder) else {
            printError("\(folder): \(String(cString: strerror(errno)).lowercased())")
            return []
        }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name.hasPrefix(".") || entry.pointee.d_type == UInt8(DT_DIR) { continue }
            names.append(folder + "/" + name)
        }
        return names.sorted()
    }
}

/// Monotonic time in seconds.
enum Stopwatch {
    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
    /// CPU time of the calling thread: what the tagging cost when other processes share the cores.
    static func threadCPU() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
    static func milliseconds(_ seconds: Double) -> String {
        let hundredths = Int((seconds * 100_000).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100)." + (fraction < 10 ? "0" : "") + "\(fraction)"
    }
}
