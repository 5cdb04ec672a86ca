import ArgumentParser
import DossierAnalysis

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Tag a CoNLL-2003 file and score it against its last column, as conlleval does."
    )

    @Option(help: "CoNLL file with the gold tag in the last column.") var conll: String
    @Flag(help: "The file already holds predictions: gold in the second-to-last column, prediction in the last (conlleval input).")
    var predicted = false
    @Option(help: "Model file (default: the bundled names.model).") var model: String?

    func run() throws {
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
