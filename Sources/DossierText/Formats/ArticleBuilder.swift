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

    static func collapsingWhitespace(_ raw: String) -> String {
        var output = ""
        output.reserveCapacity(raw.utf8.count)
        var pendingSpace = false
        for scalar in raw.unicodeScalars {
            if isCollapsibleSpace(scalar) {
                pendingSpace = !output.isEmpty
            } else {
                if pendingSpace { output += " "; pendingSpace = false }
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    private static func isCollapsibleSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xA0: return true
        default: return false
        }
    }
}
