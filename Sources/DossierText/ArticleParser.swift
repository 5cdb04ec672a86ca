/// Finds an article's metadata and structure in plain text (the seed's format) or in Markdown
/// with a front-matter block.
public enum ArticleParser {
    public static func parse(_ raw: String) -> Article {
        if let (frontMatter, body) = splitFrontMatter(raw) {
            var article = Article(text: body)
            for (key, value) in frontMatter {
                switch key {
                case "title": article.title = value
                case "date": article.date = normalizedDate(value)
                case "source": article.source = value
                case "url", "link": article.url = value
                default: break
                }
            }
            article.blocks = classify(paragraphs(in: body, splitOnEveryLine: false), text: body)
            return article
        }
        var article = Article(text: raw)
        article.blocks = classify(paragraphs(in: raw, splitOnEveryLine: true), text: raw)
        if let attribution = article.blocks.last(where: { $0.kind == .attribution }) {
            let line = article.slice(attribution.range)
            if let colon = line.firstIndex(of: ":") {
                let value = line[line.index(after: colon)...].trimmingSpaces()
                if !value.isEmpty { article.source = String(value) }
            }
        }
        return article
    }

    // MARK: - Front matter

    /// `---` on the first line, `key: value` lines, `---`; returns the pairs and the body after it.
    static func splitFrontMatter(_ text: String) -> ([(String, String)], String)? {
        guard text.hasPrefix("---\n") else { return nil }
        var pairs: [(String, String)] = []
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[1...]
        var consumed = 4
        while let line = lines.first {
            lines = lines.dropFirst()
            consumed += line.utf8.count + 1
            if line.trimmingSpaces() == "---" {
                let body = String(text.utf8.dropFirst(min(consumed, text.utf8.count))) ?? ""
                return (pairs, String(body.drop(while: { $0 == "\n" })))
            }
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingSpaces().lowercased()
            var value = String(line[line.index(after: colon)...].trimmingSpaces())
            if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
                value = String(value.dropFirst().dropLast())
            }
            if !key.isEmpty && !value.isEmpty { pairs.append((key, value)) }
        }
        return nil
    }

    /// Keeps `YYYY-MM-DD` from dates like `2021-01-28T10:00:00Z`.
    static func normalizedDate(_ value: String) -> String? {
        let bytes = Array(value.utf8)
        guard bytes.count >= 10 else { return nil }
        let digits: Set<Int> = [0, 1, 2, 3, 5, 6, 8, 9]
        for i in 0..<10 {
            if digits.contains(i) { if !(0x30...0x39).contains(bytes[i]) { return nil } }
            else if bytes[i] != UInt8(ascii: "-") { return nil }
        }
        return String(decoding: bytes[0..<10], as: UTF8.self)
    }

    // MARK: - Blocks

    /// Ranges of paragraphs: every non-blank line (plain text), or runs of lines between blank lines.
    static func paragraphs(in text: String, splitOnEveryLine: Bool) -> [TextRange] {
        var result: [TextRange] = []
        var start: Int? = nil
        var lastContentEnd = 0
        var lineStart = 0
        var lineHasContent = false
        var offset = 0
        func endParagraph() {
            if let s = start { result.append(s..<lastContentEnd) }
            start = nil
        }
        for byte in text.utf8 {
            if byte == 0x0A {
                if lineHasContent {
                    if splitOnEveryLine { endParagraph() }
                } else {
                    endParagraph()
                }
                lineStart = offset + 1
                lineHasContent = false
            } else if byte != 0x20 && byte != 0x09 {
                if start == nil { start = offset }
                if !lineHasContent { lineHasContent = true; _ = lineStart }
                lastContentEnd = offset + 1
            }
            offset += 1
        }
        endParagraph()
        return result.map { trimTrailingSpace($0, in: text) }
    }

    /// Drops trailing Unicode white space (a no-break space after a subheading, say) from a range.
    static func trimTrailingSpace(_ range: TextRange, in text: String) -> TextRange {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let end = utf8.index(start, offsetBy: range.count)
        var upper = range.upperBound
        for scalar in text.unicodeScalars[start..<end].reversed() {
            guard scalar.properties.isWhitespace else { break }
            upper -= scalar.utf8.count
        }
        return range.lowerBound..<max(upper, range.lowerBound)
    }

    static func classify(_ ranges: [TextRange], text: String) -> [Block] {
        let utf8 = Array(text.utf8)
        func string(_ range: TextRange) -> String { String(decoding: utf8[range], as: UTF8.self) }
        var blocks: [Block] = []
        let strings = ranges.map(string)
        let credited = Set(strings.compactMap(stripCredit))
        for (index, range) in ranges.enumerated() {
            let line = strings[index]
            var kind: Block.Kind = index == 0 ? .lede : .paragraph
            var duplicate = false
            if stripCredit(line) != nil {
                kind = .caption
            } else if credited.contains(line) {
                kind = .caption
                duplicate = true
            } else if isRelated(line) {
                kind = .related
            } else if isAttribution(line) {
                kind = .attribution
            } else if index > 0 && isSubheading(line) {
                kind = .subheading
            }
            blocks.append(Block(kind: kind, range: range, isDuplicate: duplicate))
        }
        return blocks
    }

    /// "… 2021. (Reuters)" → "… 2021." ; nil when the line carries no photo credit.
    static func stripCredit(_ line: String) -> String? {
        guard line.hasSuffix(")"), let open = line.lastIndex(of: "(") else { return nil }
        let credit = line[line.index(after: open)..<line.index(before: line.endIndex)]
        let words = credit.split(separator: " ")
        guard !credit.isEmpty, words.count <= 4, credit.first?.isUppercase == true else { return nil }
        let creditWords = ["reuters", "afp", "ap", "getty", "photo", "epa", "images", "file", "pool", "via", "anadolu", "xinhua", "tass", "sputnik"]
        guard words.contains(where: { w in creditWords.contains { w.lowercased().hasPrefix($0) } }) else { return nil }
        let before = line[..<open].trimmingSpaces()
        guard before.count > 20 else { return nil }
        return String(before)
    }

    static func isRelated(_ line: String) -> Bool {
        let lower = line.lowercased()
        return ["read more:", "read also:", "related:", "see also:", "more:"].contains { lower.hasPrefix($0) }
    }

    static func isAttribution(_ line: String) -> Bool {
        guard line.count <= 80 else { return false }
        let lower = line.lowercased()
        return ["source:", "sources:", "reporting by", "additional reporting", "editing by", "(reporting by", "credit:", "with afp", "— afp", "- afp"]
            .contains { lower.hasPrefix($0) }
    }

    static func isSubheading(_ line: String) -> Bool {
        var trimmed = Substring(line)
        if trimmed.hasPrefix("#") {
            return true
        }
        guard trimmed.count <= 60 else { return false }
        let words = trimmed.split(separator: " ")
        guard !words.isEmpty, words.count <= 8 else { return false }
        while let last = trimmed.last, "'\"’”".contains(last) { trimmed = trimmed.dropLast() }
        guard let last = trimmed.last else { return false }
        return !".!?:;,".contains(last)
    }
}

extension StringProtocol {
    func trimmingSpaces() -> SubSequence {
        var start = startIndex, end = endIndex
        while start < end, self[start].isWhitespace { start = index(after: start) }
        while end > start, self[index(before: end)].isWhitespace { end = index(before: end) }
        return self[start..<end]
    }
}
