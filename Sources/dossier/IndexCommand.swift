import ArgumentParser
import DossierLibrary

struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Index article files and folders (text, Markdown, HTML, RSS/Atom, JSON Lines) for search and who.",
        discussion: "Only new and changed files are read, and only new and changed articles analysed. With no path, the files already in the index are checked again."
    )

    @OptionGroup var options: IndexOptions
    @Option(help: "Analysis threads.") var jobs: Int = 2
    @Flag(help: "Say where the time went (reading, analysis, writing).") var timings = false
    @Argument(help: "Article files and folders.") var paths: [String] = []

    func run() throws {
        let path = options.resolvedPath
        var index = try LibraryIndex.open(at: path)
        for note in index.notes { printError("dossier: " + PrintableText.visible(note)) }
        let rawPaths = paths.map(RawArguments.path)
        var bar = ProgressBar()
        var summary: IndexSummary
        do {
            summary = try Indexer(index: index, workers: jobs).run(rawPaths) { bar.update($0) }
        } catch where LibraryIndex.isDamage(error) {
            // The index broke under us (a damaged page): start again from an empty index.
            bar.finish()
            index = try LibraryIndex.reset(at: path, because: "damaged (\(error))")
            for note in index.notes { printError("dossier: " + PrintableText.visible(note)) }
            summary = try Indexer(index: index, workers: jobs).run(rawPaths) { bar.update($0) }
        }
        bar.finish()
        for problem in summary.problems { printError("dossier: skipped " + PrintableText.visible(problem)) }
        if summary.linesRejected > 0 { printError("dossier: skipped \(summary.linesRejected) JSON lines that are not article objects") }
        if summary.analysisChanged { printError("dossier: the analysis has changed since the index was built: every article was analysed again") }
        print(Self.summaryLine(summary))
        if timings {
            func seconds(_ value: Double) -> String { "\((value * 100).rounded() / 100) s" }
            printError("time: reading \(seconds(summary.secondsReading)), waiting for analysis \(seconds(summary.secondsWaitingForAnalysis)), "
                + "writing \(seconds(summary.secondsWriting)) (\(seconds(summary.processorSecondsWriting)) of processor time)")
        }
    }

    static func summaryLine(_ summary: IndexSummary) -> String {
        func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        let seconds = (summary.seconds * 10).rounded() / 10
        let rate = summary.seconds > 0 && summary.articlesAnalysed >= 100 ? ", \(Int(Double(summary.articlesAnalysed) / summary.seconds)) articles/s" : ""
        return "indexed \(plural(summary.filesFound, "file")) (\(summary.filesRead) read, \(summary.filesUnchanged) unchanged, \(summary.filesRemoved) removed): "
            + "\(summary.articlesAnalysed) articles analysed, \(summary.articlesUnchanged) unchanged, \(summary.articlesRemoved) removed; "
            + "\(summary.articlesInIndex) in the index; \(seconds) s\(rate)"
    }
}
