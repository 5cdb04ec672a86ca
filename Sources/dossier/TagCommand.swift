import ArgumentParser
import DossierAnalysis
import DossierText

struct TagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tag",
        abstract: "Tag a CoNLL-2003 file with names: every token line gets the predicted tag appended."
    )

    enum Scheme: String, ExpressibleByArgument { case iob1, bio }

    @Option(help: "CoNLL file (word in the first column; blank lines between sentences; -DOCSTART- between documents).")
    var conll: String?
    @Option(help: "An article file: print its names, one per line (TYPE<TAB>name<TAB>start-end, UTF-8 offsets).")
    var article: String?
    @Option(help: "Tag scheme of the appended column: iob1 (as CoNLL-2003) or bio.") var scheme: Scheme = .iob1
    @Option(help: "Model file (default: the bundled names.model).") var model: String?

    func run() throws {
        guard (conll == nil) != (article == nil) else { throw ValidationError("Give one of --conll or --article.") }
        let tagger = try NameCommandSupport.loadTagger(model: model)
        if let article {
            let document = try NameCommandSupport.loadDocument(article)
            for span in tagger.names(in: document) {
                let range = document.tokens[span.tokens.lowerBound].range.lowerBound..<document.tokens[span.tokens.upperBound - 1].range.upperBound
                print("\(span.type.rawValue)\t\(document.article.slice(range))\t\(range.lowerBound)-\(range.upperBound)")
            }
            return
        }
        let file = try NameCommandSupport.readCoNLL(conll!)
        let spans = tagger.names(in: file.input)
        let tags = scheme == .iob1 ? NameTags.iob1(spans, count: file.input.tokens.count)
                                   : NameTags.bio(spans, count: file.input.tokens.count)
        print(file.appending(tags), terminator: "")
    }
}

/// Loading shared by the name commands; failures print `PATH: reason` and exit 1.
enum NameCommandSupport {
    static func loadTagger(model: String?) throws -> PerceptronNameTagger {
        do {
            if let model { return PerceptronNameTagger(model: try NameModel(path: model), lexicon: try NameLexicon.loadBundled()) }
            return try PerceptronNameTagger.loadBundled()
        } catch {
            printError(error.description)
            throw ExitCode(1)
        }
    }

    /// An article file, tokenised and split into sentences; a file that cannot be read ends the command.
    static func loadDocument(_ path: String) throws -> Document {
        do {
            return Document.prepare(try FileLoading.loadArticle(path: path))
        } catch {
            printError(error.description)
            throw ExitCode(1)
        }
    }

    static func readCoNLL(_ path: String) throws -> CoNLLFile {
        do {
            return try CoNLLFile(path: path)
        } catch {
            printError(error.description)
            throw ExitCode(1)
        }
    }
}
