/// Text prepared for tagging: one byte buffer, token byte ranges, sentences as token ranges,
/// documents as sentence ranges. Both `Document`s and CoNLL files are turned into this.
public struct TaggerInput: Sendable {
    public var bytes: [UInt8]
    public var tokens: [Range<Int>]
    public var sentences: [Range<Int>]
    /// Sentence ranges; document-level evidence never crosses a document boundary.
    public var documents: [Range<Int>]

    public init(bytes: [UInt8], tokens: [Range<Int>], sentences: [Range<Int>], documents: [Range<Int>]) {
        self.bytes = bytes
        self.tokens = tokens
        self.sentences = sentences
        self.documents = documents
    }

    /// Builds an input from words grouped into sentences and documents.
    public init(documents words: [[[String]]]) {
        var bytes: [UInt8] = []
        var tokens: [Range<Int>] = []
        var sentences: [Range<Int>] = []
        var documents: [Range<Int>] = []
        for document in words {
            let firstSentence = sentences.count
            for sentence in document {
                let first = tokens.count
                for word in sentence {
                    let start = bytes.count
                    bytes.append(contentsOf: word.utf8)
                    tokens.append(start..<bytes.count)
                    bytes.append(0x20)
                }
                sentences.append(first..<tokens.count)
            }
            documents.append(firstSentence..<sentences.count)
        }
        self.init(bytes: bytes, tokens: tokens, sentences: sentences, documents: documents)
    }
}
