import ArgumentParser
import DossierAnalysis

struct TrainSyntaxCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train-syntax",
        abstract: "Train the part-of-speech tagger and dependency parser on a CoNLL-U treebank; the epochs with the best dev scores are kept."
    )

    @Option(help: "Training treebank (CoNLL-U, e.g. en_ewt-ud-train.conllu).") var train: String
    @Option(help: "Development treebank used to choose the epochs (never the test set).") var dev: String?
    @Option(help: "Where to write the model.") var output: String
    @Option(help: "Passes of the tagger over the training data.") var tagEpochs: Int = 8
    @Option(help: "Passes of the parser over the training data.") var parseEpochs: Int = 15
    @Option(help: "Seed for the order of training sentences and for exploration.") var seed: UInt64 = 1
    @Option(help: "Folds for jackknifed training tags (1: the parser trains on gold tags).") var folds: Int = 4
    @Option(help: "Rows of the tag, transition and relation weight tables.") var rows: [Int] = [65_536, 262_144, 32_768]

    func run() throws {
        let trainFile = try SyntaxCommandSupport.readCoNLLU(train)
        let devFile = try dev.map { try SyntaxCommandSupport.readCoNLLU($0) }
        guard rows.count == 3, rows.allSatisfy({ $0 > 0 }) else {
            printError("--rows takes three positive numbers (tags, transitions, relations)")
            throw ExitCode(1)
        }
        var options = SyntaxTrainer.Options()
        options.tagEpochs = tagEpochs
        options.parseEpochs = parseEpochs
        options.seed = seed
        options.folds = folds
        options.rows = SyntaxModel.Rows(tags: rows[0], transitions: rows[1], relations: rows[2])
        let clusters = try SyntaxCommandSupport.report { () throws(ResourceFileError) in
            try WordClusters(path: try ResourceLocator.require(WordClusters.fileName))
        }
        let result = SyntaxTrainer(clusters: clusters, options: options).train(trainFile, dev: devFile) { printError($0) }
        try SyntaxCommandSupport.report { () throws(ResourceFileError) in try result.write(to: output, clustersFingerprint: try WordClusters.bundledFingerprint()) }
        printError("wrote \(output): tagger epoch \(result.tagEpoch), parser epoch \(result.parseEpoch)"
                   + (result.dev.map { ", dev \($0.report)" } ?? ""))
    }
}

enum SyntaxCommandSupport {
    /// Runs `body`, turning a resource error into its one-line message and exit status 1.
    static func report<T>(_ body: () throws(ResourceFileError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            printError(error.description)
            throw ExitCode(1)
        }
    }

    static func readCoNLLU(_ path: String) throws -> CoNLLUFile {
        try report { () throws(ResourceFileError) in try CoNLLUFile(path: path) }
    }

    static func loadParser(model: String?) throws -> SyntaxParser {
        try report { () throws(ResourceFileError) in
            guard let model else { return try SyntaxParser.loadBundled() }
            return SyntaxParser(model: try SyntaxModel(path: model), clusters: try WordClusters(path: try ResourceLocator.require(WordClusters.fileName)))
        }
    }
}
