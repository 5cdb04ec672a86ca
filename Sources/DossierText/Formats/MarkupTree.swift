/// An element of an XML document, built tolerantly from `MarkupScanner` tokens: an end tag closes
/// the nearest open element of its name, and stray end tags are ignored.
struct MarkupElement: Sendable {
    enum Child: Sendable {
        case element(MarkupElement)
        /// Text with entities still encoded.
        case text(String)
        case cdata(String)
    }

    var name: String
    var attributes: [String: String]
    var children: [Child]
    /// UTF-8 range of the source between the start tag and the end tag.
    var innerRange: Range<Int>

    /// Parses a document; the returned root is a synthetic element holding the top-level nodes.
    static func parse(_ source: String) -> MarkupElement {
        var stack = [MarkupElement(name: "", attributes: [:], children: [], innerRange: 0..<source.utf8.count)]
        func close(at end: Int) {
            var element = stack.removeLast()
            element.innerRange = element.innerRange.lowerBound..<max(element.innerRange.lowerBound, end)
            stack[stack.count - 1].children.append(.element(element))
        }
        for token in MarkupScanner.scan(source) {
            switch token.kind {
            case .start(let name, let attributes, let selfClosing):
                let element = MarkupElement(name: name, attributes: attributes, children: [], innerRange: token.range.upperBound..<token.range.upperBound)
                if selfClosing { stack[stack.count - 1].children.append(.element(element)) } else { stack.append(element) }
            case .end(let name):
                guard let position = stack.lastIndex(where: { $0.name == name }), position > 0 else { continue }
                while stack.count > position + 1 { close(at: token.range.lowerBound) }
                close(at: token.range.lowerBound)
            case .text(let text):
                stack[stack.count - 1].children.append(.text(text))
            case .cdata(let text):
                stack[stack.count - 1].children.append(.cdata(text))
            }
        }
        while stack.count > 1 { close(at: source.utf8.count) }
        return stack[0]
    }

    var elements: [MarkupElement] {
        children.compactMap { if case .element(let element) = $0 { element } else { nil } }
    }

    func first(_ name: String) -> MarkupElement? { elements.first { $0.name == name } }

    func all(_ name: String) -> [MarkupElement] { elements.filter { $0.name == name } }

    /// The first element of that name at any depth, in document order.
    func descendant(_ name: String) -> MarkupElement? {
        for element in elements {
            if element.name == name { return element }
            if let found = element.descendant(name) { return found }
        }
        return nil
    }

    /// Every element of that name at any depth, not looking inside a match.
    func descendants(_ name: String) -> [MarkupElement] {
        var found: [MarkupElement] = []
        for element in elements {
            if element.name == name { found.append(element) } else { found += element.descendants(name) }
        }
        return found
    }

    /// The text inside, entities decoded and CDATA kept literally.
    var text: String {
        var output = ""
        for child in children {
            switch child {
            case .element(let element): output += element.text
            case .text(let raw): output += HTMLEntities.decode(raw)
            case .cdata(let literal): output += literal
            }
        }
        return output
    }
}
