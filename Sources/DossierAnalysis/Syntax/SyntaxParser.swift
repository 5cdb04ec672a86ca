import DossierText

/// The shipped part-of-speech tagger and dependency parser: one memory-mapped model file plus the word classes.
public struct SyntaxParser: Sendable {
    public let model: SyntaxModel
    public let clusters: WordClusters

    public init(model: SyntaxModel, clusters: WordClusters) {
        self.model = model
        self.clusters = clusters
    }

    /// Loads `syntax.model` and `clusters.bin` from the resource folder (see `ResourceLocator`).
    public static func loadBundled(clusters: WordClusters? = nil) throws(ResourceFileError) -> SyntaxParser {
        let model = try SyntaxModel(path: try ResourceLocator.require(SyntaxModel.fileName))
        if let clusters { return SyntaxParser(model: model, clusters: clusters) }
        return SyntaxParser(model: model, clusters: try WordClusters(path: try ResourceLocator.require(WordClusters.fileName)))
    }

    /// Tags and parses every sentence, or those `only` marks. Capitalised words inside `names` are tagged `PROPN`:
    /// the name tagger, trained on news, knows names the treebank never saw ("Lyubov Sobol").
    public func parse(_ input: TaggerInput, names: [NameSpan] = [], only: [Bool]? = nil) -> SyntaxTree {
        var fixed: [UInt8]? = nil
        if !names.isEmpty {
            var tags = [UInt8](repeating: PartOfSpeechTagger<Int8Rows>.free, count: input.tokens.count)
            for span in names {
                for t in span.tokens where input.tokens[t].count > 0 {
                    let b = input.bytes[input.tokens[t].lowerBound]
                    if b >= 0x41 && b <= 0x5A || b >= 0xC0 { tags[t] = UniversalTags.propn }
                }
            }
            fixed = tags
        }
        return withExtendedLifetime(model) {
            SyntaxDecoding.run(input, tagger: PartOfSpeechTagger(weights: model.tagWeights),
                               parser: ArcEagerParser(transitions: model.transitionWeights, relations: model.relationWeights),
                               clusters: clusters, fixed: fixed, only: only)
        }
    }

    /// Tags every sentence, without parsing (`heads` and `relations` stay empty).
    public func tag(_ input: TaggerInput) -> SyntaxTree {
        withExtendedLifetime(model) {
            SyntaxDecoding.run(input, tagger: PartOfSpeechTagger(weights: model.tagWeights), parser: nil, clusters: clusters)
        }
    }

    public func parse(_ document: Document) -> SyntaxTree { parse(TaggerInput(document)) }
}
