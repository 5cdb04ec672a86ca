/// Offsets everywhere in Dossier are UTF-8 byte offsets into one `Article.text`;
/// they are converted to Unicode code points only where the JSON contract is written.
public typealias TextRange = Range<Int>

/// One article as read from a file: its text, metadata and structure.
public struct Article: Sendable, Equatable {
    public var text: String
    public var title: String?
    /// `YYYY-MM-DD` when known.
    public var date: String?
    public var source: String?
    public var url: String?
    /// The author(s) as the page names them ("Jane Doe, John Roe"), when known.
    public var byline: String?
    public var blocks: [Block]
    /// Things the reader should tell the user about how the file was read ("decoded as Latin-1").
    public var notes: [String]

    public init(text: String, title: String? = nil, date: String? = nil, source: String? = nil,
                url: String? = nil, blocks: [Block] = [], notes: [String] = [], byline: String? = nil) {
        self.text = text
        self.title = title
        self.date = date
        self.source = source
        self.url = url
        self.byline = byline
        self.blocks = blocks
        self.notes = notes
    }

    /// The substring of `text` at a UTF-8 range.
    public func slice(_ range: TextRange) -> Substring {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let end = utf8.index(start, offsetBy: range.count)
        return text[start..<end]
    }

    /// Blocks a reader shows (a caption repeated with its credit is shown once).
    public var visibleBlocks: [Block] { blocks.filter { !$0.isDuplicate } }
}

/// A structural unit of an article.
public struct Block: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable {
        case lede, paragraph, subheading, caption, related, attribution
    }

    public var kind: Kind
    public var range: TextRange
    /// A bare caption that appears again with its credit: hidden by readers, still analysed.
    public var isDuplicate: Bool

    public init(kind: Kind, range: TextRange, isDuplicate: Bool = false) {
        self.kind = kind
        self.range = range
        self.isDuplicate = isDuplicate
    }
}
