/// Reads JSON Lines of articles: one object per line with `text` (or `content`/`body`) and
/// optional `title`, `date`, `source`, `url` (or `link`). Blank lines are skipped; lines that are
/// not article objects are counted, never fatal.
public enum JSONLinesReader {
    public struct Result: Sendable {
        /// Each article with its 1-based line number.
        public var articles: [(line: Int, article: Article)]
        /// Line numbers that are not JSON objects with text.
        public var rejectedLines: [Int]
    }

    public static func read(_ bytes: [UInt8]) -> Result {
        var result = Result(articles: [], rejectedLines: [])
        for line in lines(bytes) {
            if let article = article(fromLine: line.bytes) { result.articles.append((line.number, article)) }
            else { result.rejectedLines.append(line.number) }
        }
        return result
    }

    /// The non-blank lines with their 1-based numbers, unparsed.
    public static func lines(_ bytes: [UInt8]) -> [(number: Int, bytes: ArraySlice<UInt8>)] {
        var lines: [(number: Int, bytes: ArraySlice<UInt8>)] = []
        var lineStart = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var lineNumber = 1
        while lineStart <= bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
            let line = bytes[lineStart..<lineEnd]
            if line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) { lines.append((lineNumber, line)) }
            lineStart = lineEnd + 1
            lineNumber += 1
        }
        return lines
    }

    /// One line's article, or nil when the line is not an object with non-blank text.
    public static func article(fromLine line: ArraySlice<UInt8>) -> Article? {
        guard let value = try? JSONParser.parse(line), case .object = value else { return nil }
        guard let text = (value["text"] ?? value["content"] ?? value["body"])?.stringValue else { return nil }
        var builder = ArticleBuilder()
        builder.appendPlainText(text)
        guard !builder.isEmpty else { return nil }
        let date = (value["date"] ?? value["published"])?.stringValue.flatMap(FeedDate.normalize)
        return builder.build(title: value["title"]?.stringValue, date: date, source: value["source"]?.stringValue,
                             url: (value["url"] ?? value["link"])?.stringValue)
    }
}
