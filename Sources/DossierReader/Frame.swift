/// One cell of a frame: a grapheme cluster, its display width and its style.
/// The cell after a wide (2-column) cluster is a continuation: empty cluster, width 0.
public struct Cell: Equatable, Sendable {
    public var cluster: String
    public var width: Int
    public var style: Style

    public init(_ cluster: String, width: Int = 1, style: Style = .normal) {
        self.cluster = cluster
        self.width = width
        self.style = style
    }

    public static let blank = Cell(" ")
    static let continuation = Cell("", width: 0)
    public var isContinuation: Bool { width == 0 }
}

/// A run of cells on one row that shows a web address, and the address it leads to.
public struct Hyperlink: Equatable, Sendable {
    public var y: Int
    public var x: Int
    public var width: Int
    /// Printable ASCII only (see `WebLinks.target(of:)`).
    public var target: String
}

/// A whole screen as values: what the terminal should show, built by a pure render function.
public struct Frame: Equatable, Sendable {
    public let size: Size
    public private(set) var cells: [Cell]
    /// Web addresses on screen, in drawing order; terminals that support hyperlinks make them clickable.
    public private(set) var hyperlinks: [Hyperlink] = []

    public init(size: Size) {
        self.size = size
        self.cells = Array(repeating: .blank, count: size.width * size.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * size.width + x]
    }

    /// The cells of one row.
    public func row(_ y: Int) -> ArraySlice<Cell> {
        cells[(y * size.width)..<((y + 1) * size.width)]
    }

    /// Each row as text, full width.
    public var lines: [String] {
        (0..<size.height).map { y in row(y).reduce(into: "") { $0 += $1.cluster } }
    }

    /// Each row as text without trailing spaces (for tests written as literal lines).
    public var trimmedLines: [String] {
        lines.map { line in
            var line = Substring(line)
            while line.last == " " { line = line.dropLast() }
            return String(line)
        }
    }

    /// Sets one cell, repairing any wide cluster it cuts in half.
    mutating func set(_ x: Int, _ y: Int, _ cell: Cell) {
        guard x >= 0, y >= 0, x < size.width, y < size.height else { return }
        let index = y * size.width + x
        if cells[index].isContinuation, x > 0 { cells[index - 1] = Cell(" ", style: cells[index - 1].style) }
        if cells[index].width == 2, x + 1 < size.width { cells[index + 1] = Cell(" ", style: cells[index].style) }
        cells[index] = cell
        if cell.width == 2 {
            if x + 1 < size.width {
                if cells[index + 1].width == 2, x + 2 < size.width { cells[index + 2] = Cell(" ", style: cells[index + 1].style) }
                cells[index + 1] = Cell("", width: 0, style: cell.style)
            } else {
                cells[index] = Cell(" ", style: cell.style)
            }
        }
    }

    /// Writes untrusted text at (x, y), clipped to `maxWidth` columns; a wide character that would straddle
    /// the limit is replaced by a space. Returns the columns used.
    @discardableResult
    public mutating func put<S: StringProtocol>(_ text: S, x: Int, y: Int, maxWidth: Int, style: Style) -> Int {
        var column = 0
        let limit = min(maxWidth, size.width - x)
        guard limit > 0, y >= 0, y < size.height else { return 0 }
        for character in text {
            if column >= limit { break }
            column += put(VisibleText.glyph(character), x: x + column, y: y, limit: x + limit, style: style)
        }
        return column
    }

    /// Writes one glyph; returns the columns used (0 when it did not fit).
    @discardableResult
    mutating func put(_ glyph: VisibleText.Glyph, x: Int, y: Int, limit: Int, style: Style) -> Int {
        switch glyph {
        case .hidden:
            return 0
        case .space:
            guard x < limit else { return 0 }
            set(x, y, Cell(" ", style: style))
            return 1
        case .text(let cluster, let width):
            guard x + width <= limit else {
                if x < limit { set(x, y, Cell(" ", style: style)); return 1 }
                return 0
            }
            set(x, y, Cell(cluster, width: width, style: style))
            return width
        case .escaped(let spelling):
            var used = 0
            for character in spelling where x + used < limit {
                set(x + used, y, Cell(String(character), style: .control))
                used += 1
            }
            return used
        }
    }

    /// Fills a run of cells with one character (ASCII or a single-column box-drawing character).
    public mutating func fill(_ character: Character = " ", x: Int, y: Int, width: Int, style: Style) {
        let text = String(character)
        for column in max(0, x)..<max(max(0, x), min(size.width, x + width)) {
            set(column, y, Cell(text, style: style))
        }
    }

    /// Clears a rectangle (an overlay about to be drawn); links under it keep only their uncovered parts.
    public mutating func fill(_ rect: Rect, style: Style) {
        for y in rect.y..<(rect.y + rect.height) { fill(x: rect.x, y: y, width: rect.width, style: style) }
        guard !hyperlinks.isEmpty else { return }
        let columns = rect.x..<(rect.x + rect.width), rows = rect.y..<(rect.y + rect.height)
        hyperlinks = hyperlinks.flatMap { link -> [Hyperlink] in
            let span = link.x..<(link.x + link.width)
            guard rows.contains(link.y), span.overlaps(columns) else { return [link] }
            var parts: [Hyperlink] = []
            if span.lowerBound < columns.lowerBound {
                parts.append(Hyperlink(y: link.y, x: link.x, width: columns.lowerBound - link.x, target: link.target))
            }
            if span.upperBound > columns.upperBound {
                parts.append(Hyperlink(y: link.y, x: columns.upperBound, width: span.upperBound - columns.upperBound, target: link.target))
            }
            return parts
        }
    }

    /// Marks `width` drawn cells at (x, y) as showing `target`, extending the previous run when it
    /// continues it.
    mutating func link(x: Int, y: Int, width: Int, to target: String) {
        guard width > 0, y >= 0, y < size.height, x >= 0, x + width <= size.width else { return }
        if var last = hyperlinks.last, last.y == y, last.x + last.width == x, last.target == target {
            last.width += width
            hyperlinks[hyperlinks.count - 1] = last
        } else {
            hyperlinks.append(Hyperlink(y: y, x: x, width: width, target: target))
        }
    }

    /// Sets the style of existing cells without changing their text.
    mutating func restyle(x: Int, y: Int, width: Int, style: Style) {
        guard y >= 0, y < size.height else { return }
        for column in max(0, x)..<max(max(0, x), min(size.width, x + width)) {
            cells[y * size.width + column].style = style
        }
    }
}
