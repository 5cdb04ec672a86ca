import DossierText

/// The four CoNLL-2003 name types.
public enum NameType: String, Sendable {
    case person = "PER", organization = "ORG", location = "LOC", miscellaneous = "MISC"
}

/// A name found in a document: a range of token indices into `Document.tokens` and its type.
public struct NameSpan: Sendable, Equatable {
    public var tokens: Range<Int>
    public var type: NameType
    public init(tokens: Range<Int>, type: NameType) {
        self.tokens = tokens
        self.type = type
    }
}

/// Finds names in a prepared document (tokens and sentences). Implementations must be deterministic.
public protocol NameTagger: Sendable {
    func names(in document: Document) -> [NameSpan]
}
