import ArgumentParser
import DossierAnalysis
import DossierText

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Tag a CoNLL-2003 file and score it against its last column, as conlleval does; tag and parse a CoNLL-U treebank and print UPOS accuracy, UAS and LAS; or score main-text extraction on a web page set (--web)."
    )

    @Option(help: "CoNLL file with the gold tag in the last column.") var conll: String?
    @Option(help: "Web extraction set (DIR/evaldata.json and DIR/pages, trafilatura's format): prints snippet precision, recall and F1 of the main-text extraction.")
    var web: String?
    @Option(help: "With --web: all pages, or the dev or test half (split by a hash of the file name).")
    var webSplit: String = "all"
    @Flag(help: "With --web, list each page's missed and unwanted snippets; with --gum, each document's missed, unwanted and mistyped names.") var showMisses = false
    @Option(help: "With --web, only the pages whose file name contains this text, each printed as extracted.")
    var webPage: String?
    @Option(help: "GUM corpus folder (splits.md, dep/*.conllu): prints name F1 per type, person-linking MUC/B3/CEAF-e and pronoun accuracy, for news and for all genres.")
    var gum: String?
    @Option(help: "With --gum: the train, dev or test documents of GUM's own split.") var gumSplit: String = "dev"
    @Option(help: "CoNLL-U treebank: prints UPOS accuracy, UAS and LAS over every word, punctuation included.") var conllu: String?
    @Flag(help: "The file already holds predictions: gold in the second-to-last column, prediction in the last (conlleval input).")
    var predicted = false
    @Option(help: "Model file (default: the bundled names.model, or syntax.model with --conllu).") var model: String?

    func run() throws {
        if let web {
            guard let split = WebExtractionEvaluation.Split(rawValue: webSplit) else {
                throw ValidationError("--web-split is all, dev or test.")
            }
            let outcome = try WebExtractionEvaluation.run(directory: web, split: split, keepMisses: showMisses, onlyPagesNamed: webPage)
            for (file, text) in outcome.extracts {
                print("== \(file)\n\(PrintableText.visible(text))\n")
            }
            for miss in outcome.misses {
                print("\(miss.file): missed \(miss.missed.map { "\"\($0)\"" }.joined(separator: ", ")); unwanted \(miss.leaked.map { "\"\($0)\"" }.joined(separator: ", "))")
            }
            print(WebExtractionEvaluation.report(outcome))
            return
        }
        if let gum {
            guard let split = GUMReport.Split(rawValue: gumSplit) else { throw ValidationError("--gum-split is train, dev or test.") }
            let bundled = Analyzer()
            let analyzer = try model.map { Analyzer(names: try NameCommandSupport.loadTagger(model: $0), syntax: bundled.syntax) } ?? bundled
            print(try GUMReport.run(directory: gum, split: split, analyzer: analyzer, showMisses: showMisses))
            return
        }
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
