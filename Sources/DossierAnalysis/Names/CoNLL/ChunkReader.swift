/// Chunks from tag strings with conlleval's rules (B-, I-, E-, S-, L-, U- prefixes; a new type starts a chunk).
public enum ChunkReader {
    /// Chunks of each sentence; token indices are positions in `tags`.
    public static func chunks(_ tags: [String], sentences: [Range<Int>]) -> [NameSpan] {
        var spans: [NameSpan] = []
        for sentence in sentences {
            var start = -1
            var open: (prefix: Character, type: String) = ("O", "")
            func close(_ end: Int) {
                if start >= 0, let type = NameType(rawValue: open.type) { spans.append(NameSpan(tokens: start..<end, type: type)) }
                start = -1
            }
            for i in sentence {
                let (prefix, type) = split(tags[i])
                if start >= 0, ends(open.prefix, prefix, open.type, type) { close(i) }
                if starts(open.prefix, prefix, open.type, type) { start = i }
                open = (prefix, type)
            }
            close(sentence.upperBound)
        }
        return spans
    }

    static func split(_ tag: String) -> (Character, String) {
        guard tag != "O", let dash = tag.firstIndex(of: "-"), let first = tag.first else { return ("O", "") }
        return (first, String(tag[tag.index(after: dash)...]))
    }

    /// conlleval's endOfChunk.
    static func ends(_ p: Character, _ t: Character, _ pType: String, _ tType: String) -> Bool {
        if "EUSL".contains(p) { return true }
        if (p == "B" || p == "I") && (t == "B" || t == "O" || t == "S" || t == "U") { return true }
        return p != "O" && pType != tType
    }

    /// conlleval's startOfChunk.
    static func starts(_ p: Character, _ t: Character, _ pType: String, _ tType: String) -> Bool {
        if t == "B" || t == "S" || t == "U" { return true }
        if t == "O" { return false }
        if "EOSLU".contains(p) { return true }
        return pType != tType
    }
}
