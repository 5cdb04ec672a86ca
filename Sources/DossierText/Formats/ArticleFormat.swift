/// The formats an article file can be in.
public enum ArticleFormat: String, Sendable, CaseIterable {
    /// Plain text or Markdown with front matter: one article (see `ArticleParser`).
    case text
    case html
    /// RSS or Atom: one article per item.
    case feed
    /// JSON Lines: one article per line.
    case jsonLines = "jsonl"

    /// File name endings that are articles when a folder is walked.
    public static let knownExtensions: Set<String> = ["txt", "md", "markdown", "text", "html", "htm", "xhtml", "xml", "rss", "atom", "jsonl", "ndjson"]

    /// The format by the file name's extension, then by the content for names that do not say.
    public static func detect(fileName: String, bytes: [UInt8]) -> ArticleFormat {
        switch fileExtension(fileName) {
        case "html", "htm", "xhtml": return .html
        case "rss", "atom": return .feed
        case "jsonl", "ndjson": return .jsonLines
        case "xml": return sniffsAsHTML(bytes) && !sniffsAsFeed(bytes) ? .html : .feed
        case "txt", "md", "markdown", "text": return .text
        default: return sniff(bytes)
        }
    }

    /// The lower-cased extension of a path's last component ("" when it has none).
    public static func fileExtension(_ fileName: String) -> String {
        let name = fileName.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }

    // MARK: - Sniffing

    static func sniff(_ bytes: [UInt8]) -> ArticleFormat {
        if sniffsAsFeed(bytes) { return .feed }
        if sniffsAsHTML(bytes) { return .html }
        if let first = firstSignificantByte(bytes), first == UInt8(ascii: "{") {
            let lineEnd = bytes.firstIndex(of: 0x0A) ?? bytes.count
            if JSONLinesReader.article(fromLine: bytes[0..<lineEnd]) != nil { return .jsonLines }
        }
        return .text
    }

    static func sniffsAsFeed(_ bytes: [UInt8]) -> Bool {
        guard firstSignificantByte(bytes) == UInt8(ascii: "<") else { return false }
        return FeedReader.looksLikeFeed(String(decoding: bytes.prefix(4096), as: UTF8.self))
    }

    static func sniffsAsHTML(_ bytes: [UInt8]) -> Bool {
        guard firstSignificantByte(bytes) == UInt8(ascii: "<") else { return false }
        let head = String(decoding: bytes.prefix(4096).map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }, as: UTF8.self)
        return head.contains("<!doctype html") || head.contains("<html") || head.contains("<body") || head.contains("<p>")
    }

    private static func firstSignificantByte(_ bytes: [UInt8]) -> UInt8? {
        var slice = bytes.prefix(4096)[...]
        if slice.starts(with: [0xEF, 0xBB, 0xBF]) { slice = slice.dropFirst(3) }
        return slice.first { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }
    }
}
