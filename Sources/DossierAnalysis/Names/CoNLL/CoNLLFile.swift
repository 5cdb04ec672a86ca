/// A CoNLL-2003 style file: one token per line (word first, gold tag last when present),
/// a blank line between sentences, `-DOCSTART-` lines between documents.
public struct CoNLLFile: Sendable {
    /// The file's lines, without line ends.
    public var lines: [String]
    /// For each token of `input`, the index of its line.
    public var tokenLines: [Int]
    public var input: TaggerInput
    /// The last column of each token line (nil when the line has a single column).
    public var lastColumn: [String?]
    /// The second-to-last column of each token line (nil with fewer than three columns).
    public var previousColumn: [String?]

    public init(text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
        }
        if lines.last == "" { lines.removeLast() }
        var documents: [[[String]]] = [[]]
        var sentence: [String] = []
        tokenLines = []
        lastColumn = []
        previousColumn = []
        func endSentence() {
            if !sentence.isEmpty { documents[documents.count - 1].append(sentence) }
            sentence = []
        }
        for (index, line) in lines.enumerated() {
            let columns = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            if columns.isEmpty { endSentence(); continue }
            if columns[0] == "-DOCSTART-" {
                endSentence()
                if !documents[documents.count - 1].isEmpty { documents.append([]) }
                continue
            }
            sentence.append(String(columns[0]))
            tokenLines.append(index)
            lastColumn.append(columns.count > 1 ? String(columns[columns.count - 1]) : nil)
            previousColumn.append(columns.count > 2 ? String(columns[columns.count - 2]) : nil)
        }
        endSentence()
        input = TaggerInput(documents: documents)
    }

    /// Reads a file; errors read `PATH: reason`.
    public init(path: String) throws(ResourceFileError) {
        let bytes = try BinaryFile.read(path: path)
        self.init(text: String(decoding: bytes, as: UTF8.self))
    }

    /// Gold chunks from the last column (IOB1, IOB2 or BILOU, read with conlleval's rules).
    public var goldChunks: [NameSpan] {
        ChunkReader.chunks(lastColumn.map { $0 ?? "O" }, sentences: input.sentences)
    }

    /// The file with `tags` appended to every token line; blank and `-DOCSTART-` lines unchanged.
    public func appending(_ tags: [String]) -> String {
        var out = lines
        for (k, line) in tokenLines.enumerated() { out[line] += " " + tags[k] }
        return out.joined(separator: "\n") + "\n"
    }
}
