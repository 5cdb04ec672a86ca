import DossierText

/// A CoNLL-U treebank (Universal Dependencies): the words of every sentence with their gold UPOS tag,
/// head and relation. Multiword-token lines ("3-4 don't") and empty nodes ("8.1") are skipped: the
/// syntactic words are what is tagged and parsed.
public struct CoNLLUFile: Sendable {
    /// Words as tokens, sentences as token ranges (one document per `# newdoc`, else one for the file).
    public var input: TaggerInput
    public var tags: [UInt8]
    /// Per token: the head's token index (into `input.tokens`), -1 for the root.
    public var heads: [Int32]
    public var relations: [UInt8]

    public init(path: String) throws(ResourceFileError) {
        self.init(bytes: try BinaryFile.read(path: path))
    }

    public init(text: String) { self.init(bytes: Array(text.utf8)) }

    init(bytes: [UInt8]) {
        var words: [UInt8] = []
        var tokens: [Range<Int>] = []
        var sentences: [Range<Int>] = []
        var documents: [Range<Int>] = []
        var tags: [UInt8] = [], heads: [Int32] = [], relations: [UInt8] = []
        var sentenceStart = 0, documentStart = 0
        func endSentence() {
            if tokens.count > sentenceStart { sentences.append(sentenceStart..<tokens.count) }
            sentenceStart = tokens.count
        }
        func endDocument() {
            endSentence()
            if sentences.count > documentStart { documents.append(documentStart..<sentences.count) }
            documentStart = sentences.count
        }
        var lineStart = 0
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            var end = lineEnd
            if end > lineStart, bytes[end - 1] == 0x0D { end -= 1 }
            let line = bytes[lineStart..<end]
            lineStart = lineEnd + 1
            if line.isEmpty { endSentence(); continue }
            if line.first == 0x23 {
                if line.starts(with: Array("# newdoc".utf8)) { endDocument() }
                continue
            }
            let fields = line.split(separator: 0x09, omittingEmptySubsequences: false)
            guard fields.count >= 8, fields[0].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { continue }
            let head = Int(String(decoding: fields[6], as: UTF8.self)) ?? 0
            let start = words.count
            words.append(contentsOf: fields[1])
            tokens.append(start..<words.count)
            words.append(0x20)
            tags.append(UniversalTags.pos(String(decoding: fields[3], as: UTF8.self)))
            heads.append(head == 0 ? -1 : Int32(sentenceStart + head - 1))
            relations.append(UniversalTags.relation(String(decoding: fields[7], as: UTF8.self)))
        }
        endDocument()
        input = TaggerInput(bytes: words, tokens: tokens, sentences: sentences, documents: documents)
        self.tags = tags
        self.heads = heads
        self.relations = relations
    }
}
