import ArgumentParser
import DossierAnalysis
import DossierText

struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Tag and parse an article as the analysis does (names found by the name tagger are proper nouns) and print each sentence in CoNLL-U columns (ID FORM _ UPOS _ _ HEAD DEPREL _ _)."
    )

    @Argument(help: "Article file (plain text, Markdown, HTML, RSS/Atom).") var file: String
    @Option(help: "Model file (default: the bundled syntax.model).") var model: String?

    func run() throws {
        let parser = try SyntaxCommandSupport.loadParser(model: model)
        let document = try NameCommandSupport.loadDocument(file)
        // As the analysis does: names found by the name tagger are proper nouns.
        let names = (try? PerceptronNameTagger.loadBundled())?.names(in: document) ?? []
        let tree = parser.parse(TaggerInput(document), names: names)
        var out = ""
        for sentence in document.sentences {
            for i in sentence.tokens {
                let head = tree.heads[i] < 0 ? 0 : Int(tree.heads[i]) - sentence.tokens.lowerBound + 1
                let form = PrintableText.visible(String(document.string(document.tokens[i])))
                out += "\(i - sentence.tokens.lowerBound + 1)\t\(form)\t_\t\(tree.tagName(i))\t_\t_\t\(head)\t\(tree.relationName(i))\t_\t_\n"
            }
            out += "\n"
        }
        print(out, terminator: "")
    }
}
