import ArgumentParser
import DossierAnalysis

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Tag a CoNLL-2003 file and score it against its last column, as conlleval does; or tag and parse a CoNLL-U treebank and print UPOS accuracy, UAS and LAS."
    )

    @Option(help: "CoNLL file with the gold tag in the last column.") var conll: String?
    @Option(help: "CoNLL-U treebank: prints UPOS accuracy, UAS and LAS over every word, punctuation included.") var conllu: String?
    @Flag(help: "The file already holds predictions: gold in the second-to-last column, prediction in the last (conlleval input).")
    var predicted = false
    @Option(help: "Model file (default: the bundled names.model, or syntax.model with --conllu).") var model: String?

    func run() throws {
        if let conllu {
            let file = try SyntaxCommandSupport.readCoNLLU(conllu)
            let parser = try SyntaxCommandSupport.loadParser(model: model)
            print(AttachmentScore(gold: file, predicted: parser.parse(file.input)).report)
            return
        }
        guard let conll else { throw ValidationError("Give --conll FILE or --conllu FILE.") }
        let file = try NameCommandSupport.readCoNLL(conll)
        let evaluation: ChunkEvaluation
        if predicted {
            evaluation = CoNLLScoring.scorePredicted(file)
        } else {
            let tagger = try NameCommandSupport.loadTagger(model: model)
            evaluation = CoNLLScoring.score(file, predicted: tagger.names(in: file.input))
        }
        print(evaluation.report)
    }
}
