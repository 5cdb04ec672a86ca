import ArgumentParser
import DossierAnalysis
import DossierText

struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Analyse articles and print entities, events and times (JSON Lines for several files)."
    )

    enum Format: String, ExpressibleByArgument { case json, text }

    @Option(help: "Output format: json or text.") var format: Format = .text
    @Option(help: "Anchor date for relative times (YYYY-MM-DD); overrides the article's date.") var date: String?
    @Argument(help: "Article files.") var files: [String]

    func run() throws {
        let analyzer = Analyzer()
        var failed = false
        for path in files {
            do {
                let article = try FileLoading.loadArticle(path: path)
                let document = analyzer.analyze(article, date: date)
                switch format {
                case .json: print(DocumentJSON.encode(document))
                case .text: print(document.text)
                }
            } catch {
                printError(error.description)
                failed = true
            }
        }
        if failed { throw ExitCode(1) }
    }
}
