import ArgumentParser
import DossierAnalysis

struct TagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tag",
        abstract: "Tag a CoNLL-2003 file with names: every token line gets the predicted tag appended."
    )

    enum Scheme: String, ExpressibleByArgument { case iob1, bio }

    @Option(help: "CoNLL file (word in the first column; blank lines between sentences; -DOCSTART- between documents).")
    var conll: String
    @Option(help: "Tag scheme of the appended column: iob1 (as CoNLL-2003) or bio.") var scheme: Scheme = .iob1
    @Option(help: "Model file (default: the bundled names.model).") var model: String?

    func run() throws {
        let tagger = try NameCommandSupport.loadTagger(model: model)
        let file = try NameCommandSupport.readCoNLL(conll)
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
            if let model {
                guard let gazetteer = ResourceLocator.path(of: Gazetteer.fileName) else {
                    throw ResourceFileError(path: Gazetteer.fileName, reason: "not found in any resource folder")
                }
                return PerceptronNameTagger(model: try NameModel(path: model), gazetteer: try Gazetteer(path: gazetteer))
            }
            return try PerceptronNameTagger.loadBundled()
        } catch let error as ResourceFileError {
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
