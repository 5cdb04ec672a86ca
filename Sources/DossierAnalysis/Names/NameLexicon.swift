/// The word lists and word classes the tagger's features look words up in.
public struct NameLexicon: Sendable {
    public var gazetteer: Gazetteer
    public var clusters: WordClusters

    public init(gazetteer: Gazetteer = Gazetteer(), clusters: WordClusters = WordClusters()) {
        self.gazetteer = gazetteer
        self.clusters = clusters
    }

    /// `gazetteer.bin` and `clusters.bin` from the resource folder (see `ResourceLocator`).
    public static func loadBundled() throws(ResourceFileError) -> NameLexicon {
        NameLexicon(gazetteer: try Gazetteer(path: try ResourceLocator.require(Gazetteer.fileName)),
                    clusters: try WordClusters(path: try ResourceLocator.require(WordClusters.fileName)))
    }
}
