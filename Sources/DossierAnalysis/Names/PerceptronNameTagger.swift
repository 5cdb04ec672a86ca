import DossierText

/// The statistical name tagger: an averaged perceptron over hashed features, decoded with Viterbi
/// over BILOU tags, with previous-tag and document-history features.
public struct PerceptronNameTagger: NameTagger {
    public let model: NameModel
    public let lexicon: NameLexicon

    public init(model: NameModel, lexicon: NameLexicon) {
        self.model = model
        self.lexicon = lexicon
    }

    /// Loads `names.model` and `gazetteer.bin` from the resource folder (see `ResourceLocator`).
    public static func loadBundled() throws(ResourceFileError) -> PerceptronNameTagger {
        PerceptronNameTagger(model: try NameModel(path: try ResourceLocator.require(NameModel.fileName)),
                             lexicon: try NameLexicon.loadBundled())
    }

    public func names(in document: Document) -> [NameSpan] {
        names(in: TaggerInput(document))
    }

    /// Names of every sentence of an input, as token ranges into `input.tokens`.
    public func names(in input: TaggerInput) -> [NameSpan] {
        let tags = tagIDs(input)
        var spans: [NameSpan] = []
        for sentence in input.sentences {
            let before = spans.count
            TagSet.decode(tags[sentence], into: &spans)
            AppositionTyping.apply(&spans, before..<spans.count, sentence: sentence, input)
        }
        return spans
    }

    func tagIDs(_ input: TaggerInput) -> [UInt8] {
        withExtendedLifetime(model) {
            ViterbiDecoder(weights: model.weights, lexicon: lexicon).tag(input)
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
