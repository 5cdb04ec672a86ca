/// The word lists the tagger's features look words up in (word classes from unlabelled text were tried
/// and did not pay on eng.testa; see Scripts/build_clusters.py).
public struct NameLexicon: Sendable {
    public var gazetteer: Gazetteer

    public init(gazetteer: Gazetteer = Gazetteer()) {
        self.gazetteer = gazetteer
    }

    /// `gazetteer.bin` from the resource folder (see `ResourceLocator`).
    public static func loadBundled() throws(ResourceFileError) -> NameLexicon {
        NameLexicon(gazetteer: try Gazetteer(path: try ResourceLocator.require(Gazetteer.fileName)))
    }
}
