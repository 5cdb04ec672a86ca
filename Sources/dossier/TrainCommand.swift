import ArgumentParser
import DossierAnalysis

struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train the name tagger on CoNLL-2003 data; the epoch with the best dev F1 is kept."
    )

    @Option(help: "Training file (CoNLL-2003, e.g. eng.train).") var train: String
    @Option(help: "Development file used to choose the epoch (eng.testa; never the test set).") var dev: String?
    @Option(help: "Where to write the model.") var output: String
    @Option(help: "Passes over the training data.") var epochs: Int = 12
    @Option(help: "Seed for the order of training documents.") var seed: UInt64 = 1
    @Option(help: "Rows of the hashed weight table (model size = rows × 17 bytes).") var rows: Int = 131_072
    @Option(help: "GUM corpus folder: also train on its train documents' names and choose the epoch on its dev documents beside --dev.")
    var gum: String?
    @Option(help: "Show every n-th training sentence in Title Case (0: none).") var titleCaseEvery: Int = 5

    func run() throws {
        var trainFile = try NameCommandSupport.readCoNLL(train)
        var devFile = try dev.map { try NameCommandSupport.readCoNLL($0) }
        if let gum {
            let gumTrain = try GUMReport.documents(directory: gum, split: .train).map { $0.conll2003Text() }.joined()
            let gumDev = try GUMReport.documents(directory: gum, split: .dev).map { $0.conll2003Text() }.joined()
            trainFile = CoNLLFile(text: trainFile.lines.joined(separator: "\n") + "\n" + gumTrain)
            devFile = CoNLLFile(text: ((devFile?.lines.joined(separator: "\n")).map { $0 + "\n" } ?? "") + gumDev)
        }
        let lexicon: NameLexicon
        do {
            lexicon = try NameLexicon.loadBundled()
        } catch {
            printError(error.description)
            throw ExitCode(1)
        }
        let trainer = PerceptronTrainer(lexicon: lexicon, options: .init(epochs: epochs, seed: seed, rows: rows, titleCaseEvery: titleCaseEvery))
        let result = trainer.train(trainFile, dev: devFile) { printError($0) }
        do {
            try result.write(to: output, clustersFingerprint: try WordClusters.bundledFingerprint())
        } catch {
            printError(error.description)
            throw ExitCode(1)
        }
        printError("wrote \(output): epoch \(result.bestEpoch), \(result.rows) rows")
    }
}
