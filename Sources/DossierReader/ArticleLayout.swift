import DossierText

/// One display line of the article pane.
public struct LayoutLine: Sendable, Equatable {
    public enum Content: Sendable, Equatable {
        /// A piece of the article text (spaces and newlines inside it are drawn as spaces).
        case text(TextRange)
        /// Text that is not part of the article text (the title from the metadata), or a blank line.
        case literal(String)
    }

    public var content: Content
    public var style: Style
    /// The text offset this line stands for: where a text line starts, where the previous block ended
    /// for a blank line. Non-decreasing along the layout; resizing anchors on it.
    public var offset: Int
}

/// The article word-wrapped at one width; computed once per width and kept in the state, so a key press
/// never re-lays out the text.
/// - Complexity: O(n) in the length of the text.
public struct ArticleLayout: Sendable, Equatable {
    public let width: Int
    public let lines: [LayoutLine]

    public init(article: Article, width: Int) {
        self.width = width
        var lines: [LayoutLine] = []
        let wrapWidth = max(1, width)
        if let title = article.title {
            for piece in ArticleLayout.wrap(literal: title, width: wrapWidth) {
                lines.append(LayoutLine(content: .literal(piece), style: .title, offset: 0))
            }
        }
        if let url = article.url, WebLinks.target(of: url) != nil {
            for piece in ArticleLayout.wrap(literal: url, width: wrapWidth) {
                lines.append(LayoutLine(content: .literal(piece), style: .link, offset: 0))
            }
        }
        var previousEnd = 0
        for block in article.visibleBlocks {
            if !lines.isEmpty { lines.append(LayoutLine(content: .literal(""), style: .normal, offset: previousEnd)) }
            let style = ArticleLayout.style(of: block.kind)
            for range in ArticleLayout.wrap(article.slice(block.range), startingAt: block.range.lowerBound, width: wrapWidth) {
                lines.append(LayoutLine(content: .text(range), style: style, offset: range.lowerBound))
            }
            previousEnd = block.range.upperBound
        }
        self.lines = lines
    }

    static func style(of kind: Block.Kind) -> Style {
        switch kind {
        case .lede, .paragraph: .normal
        case .subheading: .subheading
        case .caption: .caption
        case .related: .related
        case .attribution: .attribution
        }
    }

    /// The line showing a text offset (the last line starting at or before it).
    public func line(containing offset: Int) -> Int {
        var low = 0, high = lines.count
        while low < high {
            let mid = (low + high) / 2
            if lines[mid].offset <= offset { low = mid + 1 } else { high = mid }
        }
        return max(0, low - 1)
    }

    // MARK: - Wrapping

    /// Greedy word wrap by display columns; words longer than a line are cut between clusters.
    static func wrap(_ text: Substring, startingAt start: Int, width: Int) -> [TextRange] {
        var result: [TextRange] = []
        var lineStart: Int? = nil
        var lineEnd = 0
        var column = 0
        var pendingSpaces = 0
        var wordStart: Int? = nil
        var wordWidth = 0
        var word: [(offset: Int, length: Int, width: Int)] = []
        var offset = start

        func placeWord() {
            guard let wStart = wordStart else { return }
            if lineStart != nil, column + pendingSpaces + wordWidth <= width {
                column += pendingSpaces + wordWidth
                lineEnd = offset
            } else {
                if let ls = lineStart { result.append(ls..<lineEnd) }
                lineStart = nil
                column = 0
                // Cut a word too long for any line.
                var pieceStart = wStart
                for glyph in word {
                    if column + glyph.width > width, column > 0 {
                        result.append(pieceStart..<glyph.offset)
                        pieceStart = glyph.offset
                        column = 0
                    }
                    column += glyph.width
                }
                lineStart = pieceStart
                lineEnd = offset
            }
            pendingSpaces = 0
            wordStart = nil
            wordWidth = 0
            word.removeAll(keepingCapacity: true)
        }

        for character in text {
            let length = character.utf8.count
            let glyph = VisibleText.glyph(character)
            if glyph == .space {
                placeWord()
                if lineStart != nil { pendingSpaces += 1 }
            } else {
                if wordStart == nil { wordStart = offset }
                word.append((offset, length, glyph.width))
                wordWidth += glyph.width
            }
            offset += length
        }
        placeWord()
        if let ls = lineStart { result.append(ls..<lineEnd) }
        return result
    }

    static func wrap(literal text: String, width: Int) -> [String] {
        wrap(Substring(text), startingAt: 0, width: width).map { range in
            String(decoding: Array(text.utf8)[range], as: UTF8.self)
        }
    }
}
