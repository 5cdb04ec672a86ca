/// Turns the body of an HTML page (or an HTML fragment from a feed) into article blocks:
/// `<p>` and list items as paragraphs, `<h2>`–`<h6>` as subheadings, `<figcaption>` as captions.
/// Navigation, scripts, styles, headers, footers, asides and forms are dropped with their contents.
/// Text outside any paragraph is kept only when the page has no paragraphs at all.
struct HTMLBlockExtractor {
    static let droppedElements: Set<String> = [
        "script", "style", "nav", "header", "footer", "aside", "noscript", "template", "svg", "form",
        "button", "select", "iframe", "head", "menu", "dialog", "object", "canvas", "math",
    ]
    static let droppedRoles: Set<String> = ["navigation", "banner", "contentinfo", "complementary", "search", "menu"]
    static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    ]
    static let paragraphElements: Set<String> = ["p", "li", "blockquote", "dd", "dt", "pre"]
    static let subheadingElements: Set<String> = ["h2", "h3", "h4", "h5", "h6"]
    /// Elements that end a run of loose text (text outside any paragraph).
    static let blockElements: Set<String> = [
        "div", "section", "article", "main", "table", "tr", "td", "th", "ul", "ol", "dl", "figure", "body", "br", "hr",
    ]

    private enum Capture { case paragraph, subheading, caption, heading }

    private var pieces: [(kind: Block.Kind, text: String, loose: Bool)] = []
    private var capture: Capture? = nil
    private var buffer = ""
    private var looseBuffer = ""
    /// Names of the dropped elements currently open, innermost last.
    private var dropped: [String] = []
    /// The first `<h1>`, a fallback title.
    private(set) var heading: String?

    /// Feeds tokens in document order.
    mutating func consume(_ token: MarkupToken) {
        switch token.kind {
        case .start(let name, let attributes, let selfClosing):
            if !dropped.isEmpty {
                if Self.droppedElements.contains(name), !selfClosing, !Self.voidElements.contains(name) { dropped.append(name) }
                return
            }
            if Self.droppedElements.contains(name) || attributes["role"].map(Self.droppedRoles.contains) == true
                || attributes["hidden"] != nil || attributes["aria-hidden"] == "true" {
                if !selfClosing && !Self.voidElements.contains(name) {
                    flushLoose()
                    dropped.append(name)
                }
                return
            }
            if name == "br" { buffer += " "; flushLoose(); return }
            if Self.paragraphElements.contains(name) { begin(.paragraph) }
            else if Self.subheadingElements.contains(name) { begin(.subheading) }
            else if name == "figcaption" { begin(.caption) }
            else if name == "h1" { begin(.heading) }
            else if Self.blockElements.contains(name) { flushLoose() }
        case .end(let name):
            if !dropped.isEmpty {
                // Closes the innermost open dropped element of that name (tolerating unclosed children).
                if let index = dropped.lastIndex(of: name) { dropped.removeSubrange(index...) }
                return
            }
            if Self.paragraphElements.contains(name) || Self.subheadingElements.contains(name)
                || name == "figcaption" || name == "h1" {
                flush()
            } else if Self.blockElements.contains(name) {
                flushLoose()
            }
        case .text(let raw):
            guard dropped.isEmpty else { return }
            let text = HTMLEntities.decode(raw)
            if capture != nil { buffer += text } else { looseBuffer += text }
        case .cdata(let text):
            guard dropped.isEmpty else { return }
            if capture != nil { buffer += text } else { looseBuffer += text }
        }
    }

    /// Appends the collected blocks to `builder`.
    mutating func finish(into builder: inout ArticleBuilder) {
        flush()
        let hasParagraphs = pieces.contains { !$0.loose && $0.kind == .paragraph }
        for piece in pieces where !(piece.loose && hasParagraphs) {
            builder.append(piece.kind, piece.text)
        }
    }

    // MARK: - Captures

    private mutating func begin(_ newCapture: Capture) {
        flush()
        capture = newCapture
    }

    private mutating func flush() {
        flushLoose()
        if let capture {
            let text = ArticleBuilder.collapsingWhitespace(buffer)
            switch capture {
            case .paragraph: if !text.isEmpty { pieces.append((.paragraph, text, false)) }
            case .subheading: if !text.isEmpty { pieces.append((.subheading, text, false)) }
            case .caption: if !text.isEmpty { pieces.append((.caption, text, false)) }
            case .heading: if heading == nil, !text.isEmpty { heading = text }
            }
        }
        capture = nil
        buffer = ""
    }

    private mutating func flushLoose() {
        let text = ArticleBuilder.collapsingWhitespace(looseBuffer)
        if !text.isEmpty { pieces.append((.paragraph, text, true)) }
        looseBuffer = ""
    }
}
