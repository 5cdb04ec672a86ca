import DossierText

/// The statistical name tagger: an averaged perceptron over hashed features, decoded with Viterbi
/// over BILOU tags, with previous-tag and document-history features.
public struct PerceptronNameTagger: NameTagger {
    public let model: NameModel
    public let gazetteer: Gazetteer

    public init(model: NameModel, gazetteer: Gazetteer) {
        self.model = model
        self.gazetteer = gazetteer
    }

    /// Loads `names.model` and `gazetteer.bin` from the resource folder (see `ResourceLocator`).
    public static func loadBundled() throws(ResourceFileError) -> PerceptronNameTagger {
        guard let modelPath = ResourceLocator.path(of: NameModel.fileName) else {
            throw ResourceFileError(path: NameModel.fileName, reason: "not found in any resource folder (set \(ResourceLocator.environmentVariable))")
        }
        guard let gazetteerPath = ResourceLocator.path(of: Gazetteer.fileName) else {
            throw ResourceFileError(path: Gazetteer.fileName, reason: "not found in any resource folder (set \(ResourceLocator.environmentVariable))")
        }
        return PerceptronNameTagger(model: try NameModel(path: modelPath), gazetteer: try Gazetteer(path: gazetteerPath))
    }

    public func names(in document: Document) -> [NameSpan] {
        let input = TaggerInput(document)
        let tags = tagIDs(input)
        var spans: [NameSpan] = []
        for sentence in input.sentences { TagSet.decode(tags[sentence], into: &spans) }
        return spans
    }

    /// Names of every sentence of an input, as token ranges into `input.tokens`.
    public func names(in input: TaggerInput) -> [NameSpan] {
        let tags = tagIDs(input)
        var spans: [NameSpan] = []
        for sentence in input.sentences { TagSet.decode(tags[sentence], into: &spans) }
        return spans
    }

    func tagIDs(_ input: TaggerInput) -> [UInt8] {
        withExtendedLifetime(model) {
            ViterbiDecoder(weights: model.weights, gazetteer: gazetteer).tag(input)
        }
    }
}

extension TaggerInput {
    /// A whole article as one document.
    public init(_ document: Document) {
        self.init(bytes: Array(document.text.utf8), tokens: document.tokens.map(\.range),
                  sentences: document.sentences.map(\.tokens), documents: [0..<document.sentences.count])
    }
}
