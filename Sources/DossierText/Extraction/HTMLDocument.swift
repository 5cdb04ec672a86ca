/// A tolerant HTML DOM in one array (parents before children, document order): void elements
/// never open, `<p>`, `<li>`, `<td>`, `<tr>`, `<dt>`/`<dd>` and `<option>` are closed where HTML
/// implies their end, stray end tags are ignored. Nesting deeper than `maximumDepth` is flattened
/// so that walking the tree never recurses without bound.
struct HTMLDocument {
    struct Node {
        /// Lower-cased tag name; empty for a text node.
        var name: String
        var attributes: [String: String]
        /// Decoded text of a text node.
        var text: String
        var parent: Int
        var children: [Int] = []
        var isText: Bool { name.isEmpty }
    }

    static let maximumDepth = 200
    static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "keygen", "frame",
    ]
    /// Elements whose start closes an open `<p>` (HTML's "close a p element" rule).
    static let closesParagraph: Set<String> = [
        "address", "article", "aside", "blockquote", "details", "div", "dl", "fieldset", "figcaption", "figure",
        "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "main", "menu", "nav", "ol", "p",
        "pre", "section", "table", "ul", "li", "dd", "dt",
    ]
    /// Boundaries an implied end tag never crosses.
    static let scopeBoundaries: Set<String> = [
        "div", "td", "th", "table", "li", "ul", "ol", "article", "section", "main", "body", "html", "blockquote",
        "figure", "aside", "nav", "header", "footer", "form", "dl", "tr", "tbody", "thead",
    ]

    /// Node 0 is a synthetic root.
    private(set) var nodes: [Node]

    init(tokens: [MarkupToken]) {
        nodes = [Node(name: "#root", attributes: [:], text: "", parent: -1)]
        nodes.reserveCapacity(tokens.count)
        var stack = [0]
        func append(_ node: Node) -> Int {
            let index = nodes.count
            nodes.append(node)
            nodes[node.parent].children.append(index)
            return index
        }
        /// Pops up to and including the innermost open element named in `names`, unless a boundary is met first.
        func closeImplied(_ names: Set<String>, boundaries: Set<String>) {
            var position = stack.count - 1
            while position > 0 {
                let name = nodes[stack[position]].name
                if names.contains(name) { stack.removeSubrange(position...); return }
                if boundaries.contains(name) { return }
                position -= 1
            }
        }
        for token in tokens {
            switch token.kind {
            case .start(let name, let attributes, let selfClosing):
                switch name {
                case "li": closeImplied(["li"], boundaries: ["ul", "ol", "menu", "table", "body"])
                case "dt", "dd": closeImplied(["dt", "dd"], boundaries: ["dl", "table", "body"])
                case "tr": closeImplied(["tr", "td", "th"], boundaries: ["table", "tbody", "thead", "tfoot"])
                case "td", "th": closeImplied(["td", "th"], boundaries: ["tr", "table"])
                case "option": closeImplied(["option"], boundaries: ["select", "datalist"])
                default: break
                }
                if Self.closesParagraph.contains(name) {
                    closeImplied(["p"], boundaries: Self.scopeBoundaries)
                }
                let index = append(Node(name: name, attributes: attributes, text: "", parent: stack[stack.count - 1]))
                if !selfClosing, !Self.voidElements.contains(name), stack.count < Self.maximumDepth { stack.append(index) }
            case .end(let name):
                guard let position = stack.lastIndex(where: { nodes[$0].name == name }), position > 0 else {
                    if name == "p" || name == "br" {
                        // `</p>` without `<p>` is an empty paragraph and `</br>` a line break, as browsers read them.
                        _ = append(Node(name: "br", attributes: [:], text: "", parent: stack[stack.count - 1]))
                    }
                    continue
                }
                stack.removeSubrange(position...)
            case .text(let raw):
                _ = append(Node(name: "", attributes: [:], text: HTMLEntities.decode(raw), parent: stack[stack.count - 1]))
            case .cdata(let text):
                _ = append(Node(name: "", attributes: [:], text: text, parent: stack[stack.count - 1]))
            }
        }
    }

    subscript(index: Int) -> Node { nodes[index] }
    var count: Int { nodes.count }

    /// The first element of that name, in document order.
    func first(_ name: String) -> Int? { nodes.indices.first { nodes[$0].name == name } }
}
