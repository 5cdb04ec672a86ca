/// Assembles an `Article` from structured pieces (a paragraph, a subheading, a caption):
/// pieces are joined by a blank line and each becomes a block with its exact UTF-8 range.
/// The first paragraph becomes the lede, as in plain-text articles.
struct ArticleBuilder {
    private var text = ""
    private var blocks: [Block] = []
    private var hasLede = false

    var isEmpty: Bool { blocks.isEmpty }

    /// Adds a piece; whitespace runs become one space and blank pieces are dropped.
    mutating func append(_ kind: Block.Kind, _ raw: String, isDuplicate: Bool = false) {
        let piece = Self.collapsingWhitespace(raw)
        guard !piece.isEmpty else { return }
        if !text.isEmpty { text += "\n\n" }
        let start = text.utf8.count
        text += piece
        let isFirstParagraph = kind == .paragraph && !hasLede
        if isFirstParagraph { hasLede = true }
        blocks.append(Block(kind: isFirstParagraph ? .lede : kind, range: start..<text.utf8.count, isDuplicate: isDuplicate))
    }

    /// Adds plain text whose paragraphs are separated by blank lines (or by single line breaks
    /// when there is no blank line at all), classified as plain-text articles are (captions with a
    /// credit, subheadings, "READ MORE:" lines, attributions).
    mutating func appendPlainText(_ raw: String) {
        let normalized = TextDecoding.normalizeNewlines(raw)
        let splitOnEveryLine = !normalized.contains("\n\n")
        let ranges = ArticleParser.paragraphs(in: normalized, splitOnEveryLine: splitOnEveryLine)
        let utf8 = Array(normalized.utf8)
        for block in ArticleParser.classify(ranges, text: normalized) {
            let kind: Block.Kind = block.kind == .lede ? .paragraph : block.kind
            append(kind, String(decoding: utf8[block.range], as: UTF8.self), isDuplicate: block.isDuplicate)
        }
    }

    func build(title: String?, date: String?, source: String?, url: String?) -> Article {
        Article(text: text, title: Self.cleaned(title), date: date, source: Self.cleaned(source),
                url: Self.cleaned(url), blocks: blocks)
    }

    // MARK: - Whitespace

    static func cleaned(_ value: String?) -> String? {
        guard let value else { return nil }
        let collapsed = collapsingWhitespace(value)
        return collapsed.isEmpty ? nil : collapsed
    }

    /// Runs of ASCII whitespace and no-break spaces become one space, trimmed at both ends; on UTF-8
    /// bytes, since every piece of every page goes through here.
    static func collapsingWhitespace(_ raw: String) -> String {
        var raw = raw
        return raw.withUTF8 { bytes in
            var output = [UInt8]()
            output.reserveCapacity(bytes.count)
            var pendingSpace = false
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                let spaceLength: Int
                switch byte {
                case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D: spaceLength = 1
                case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0xA0: spaceLength = 2
                default: spaceLength = 0
                }
                if spaceLength > 0 {
                    pendingSpace = !output.isEmpty
                    index += spaceLength
                    continue
                }
                if pendingSpace { output.append(0x20); pendingSpace = false }
                output.append(byte)
                index += 1
            }
            return String(decoding: output, as: UTF8.self)
        }
    }
}
