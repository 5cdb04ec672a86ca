/// Finds the article in a page, Readability-style: boilerplate elements are removed, paragraphs
/// score their ancestors (text length, commas), scores are discounted by link density and class
/// names, the best container wins with its siblings of similar score, and its blocks are emitted in
/// reading order. Linear in the size of the page.
struct MainContentExtractor {
    struct Piece: Equatable {
        var kind: Block.Kind
        var text: String
    }

    private let document: HTMLDocument
    /// Removed with its subtree.
    private var removed: [Bool]
    /// Collapsed text length (UTF-8 bytes) of each node's visible text.
    private var textLength: [Int]
    private var linkLength: [Int]
    private var commas: [Int]
    private var paragraphCount: [Int]
    /// Text inside `<p>` elements (not counting nested ones twice): what protects a container from
    /// being taken for boilerplate when it holds most of the page's prose.
    private var paragraphText: [Int]
    private var scores: [Int: Double] = [:]
    private var classNames = ClassNameSignals()
    /// Readability's class weight of each element, worked out once.
    private var classWeight: [Double]

    static let headingElements: Set<String> = ["h2", "h3", "h4", "h5", "h6"]
    static let phraseElements: Set<String> = ["span", "em", "strong", "b", "i", "small", "abbr", "time", "mark", "cite"]
    static let paragraphElements: Set<String> = ["p", "li", "dd", "dt", "pre", "address", "summary"]
    static let blockElements: Set<String> = Set<String>([
        "div", "section", "article", "main", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "ol", "dl",
        "figure", "body", "html", "hr", "blockquote", "center", "details", "header", "caption", "picture",
        "noscript", "amp-img", "fieldset", "hgroup", "h1", "#root",
    ]).union(paragraphElements).union(headingElements).union(["figcaption"])

    init(document: HTMLDocument) {
        self.document = document
        let count = document.count
        removed = Array(repeating: false, count: count)
        textLength = Array(repeating: 0, count: count)
        linkLength = Array(repeating: 0, count: count)
        commas = Array(repeating: 0, count: count)
        paragraphCount = Array(repeating: 0, count: count)
        paragraphText = Array(repeating: 0, count: count)
        classWeight = Array(repeating: 0, count: count)
        for index in 0..<count where !document[index].isText && !document[index].attributes.isEmpty {
            classWeight[index] = classNames.weight(document[index].attributes)
        }
        removeByTag()
        measure()
        removeByStructure()
        measure()
    }

    /// The article's pieces in reading order.
    mutating func extract() -> [Piece] {
        let body = document.first("body") ?? 0
        var roots: [Int] = []
        if let top = topCandidate(in: body) {
            roots = withSiblings(top)
        }
        var pieces = emit(roots)
        let total = pieces.reduce(0) { $0 + $1.text.utf8.count }
        if total < 200 {
            // Nothing scored well: the whole page, boilerplate removed.
            let whole = emit([body])
            if whole.reduce(0, { $0 + $1.text.utf8.count }) > total { pieces = whole }
        }
        return pieces
    }

    // MARK: - Cleaning

    private mutating func removeByTag() {
        for index in 1..<document.count {
            let node = document[index]
            if removed[node.parent] { removed[index] = true; continue }
            guard !node.isText else { continue }
            if BoilerplateRules.neverContent.contains(node.name) || BoilerplateRules.isHidden(node.attributes) {
                removed[index] = true
            }
        }
    }

    /// Navigation, footers, asides, forms and elements whose role or class names boilerplate, unless
    /// they hold most of the page's prose (an ASP.NET page is one `<form>`; some themes wrap the whole
    /// page in a `<header>` or a `div.header`).
    private mutating func removeByStructure() {
        let prose = paragraphText[0]
        let plainText = textLength[0] - linkLength[0]
        for index in 1..<document.count {
            let node = document[index]
            if removed[node.parent] { removed[index] = true; continue }
            guard !node.isText, !removed[index], node.name != "body", node.name != "html" else { continue }
            if prose > 0, paragraphText[index] * 2 > prose { continue }
            // Prose without <p> (text and <br>, as Blogger writes it) protects its container too.
            if plainText > 500, (textLength[index] - linkLength[index]) * 2 > plainText { continue }
            if node.name == "article" || node.name == "main" || node.attributes["itemprop"]?.lowercased() == "articlebody" {
                continue
            }
            if BoilerplateRules.structuralBoilerplate.contains(node.name)
                || node.attributes["role"].map({ BoilerplateRules.droppedRoles.contains($0.lowercased()) }) == true {
                removed[index] = true
                continue
            }
            if node.name == "noscript" && paragraphCount[index] == 0 { removed[index] = true; continue }
            // A page's header or masthead is links and a logo; an article's header holds its standfirst.
            if node.name == "header" || classNames.marksHeader(node.attributes) {
                if textLength[index] - linkLength[index] < 100 { removed[index] = true }
                continue
            }
            // A dateline inside the lead's sentence ("<p><span class=dateline>KOBE – </span>A total…") is the story's
            // first words; a dateline block of its own is the page's metadata.
            if Self.phraseElements.contains(node.name), document[node.parent].name == "p",
               node.attributes["class"]?.lowercased().contains("dateline") == true {
                continue
            }
            if classNames.marksBoilerplate(node.attributes) { removed[index] = true }
        }
    }

    /// Text, link text, commas and paragraphs of every node, children first.
    private mutating func measure() {
        for index in 0..<document.count {
            textLength[index] = 0; linkLength[index] = 0; commas[index] = 0; paragraphCount[index] = 0; paragraphText[index] = 0
        }
        var index = document.count - 1
        while index > 0 {
            defer { index -= 1 }
            guard !removed[index] else { continue }
            let node = document[index]
            if node.isText {
                let (length, commaCount) = Self.collapsedLength(node.text)
                textLength[index] = length
                commas[index] = commaCount
            } else {
                if node.name == "a" { linkLength[index] = textLength[index] }
                if node.name == "p" && textLength[index] > 0 {
                    paragraphCount[index] += 1
                    paragraphText[index] = textLength[index] - linkLength[index]
                }
            }
            let parent = node.parent
            textLength[parent] += textLength[index]
            linkLength[parent] += linkLength[index]
            commas[parent] += commas[index]
            paragraphCount[parent] += paragraphCount[index]
            paragraphText[parent] += paragraphText[index]
        }
    }

    static func collapsedLength(_ text: String) -> (Int, Int) {
        var length = 0
        var commas = 0
        var inSpace = true
        for byte in text.utf8 {
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C {
                if !inSpace { length += 1; inSpace = true }
            } else {
                length += 1
                inSpace = false
                if byte == UInt8(ascii: ",") { commas += 1 }
            }
        }
        return (length, commas)
    }

    private func linkDensity(_ index: Int) -> Double {
        textLength[index] == 0 ? 0 : Double(linkLength[index]) / Double(textLength[index])
    }

    private func isBlock(_ index: Int) -> Bool {
        let node = document[index]
        return !node.isText && Self.blockElements.contains(node.name)
    }

    // MARK: - Scoring

    private func initialScore(_ index: Int) -> Double {
        let node = document[index]
        var score: Double
        switch node.name {
        case "div", "article", "main", "section": score = 5
        case "pre", "td", "blockquote": score = 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": score = -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": score = -5
        default: score = 0
        }
        if node.name == "article" || node.name == "main" { score += 10 }
        return score + classWeight[index]
    }

    private mutating func topCandidate(in body: Int) -> Int? {
        var scores: [Int: Double] = [:]
        defer { self.scores = scores }
        func credit(_ start: Int, length: Int, commaCount: Int) {
            guard length >= 25 else { return }
            let contentScore = 1 + Double(commaCount) + min(Double(length) / 100, 3)
            var ancestor = start
            var level = 0
            while ancestor > 0, level < 5 {
                if scores[ancestor] == nil { scores[ancestor] = initialScore(ancestor) }
                let divider = level == 0 ? 1.0 : level == 1 ? 2.0 : Double(level * 3)
                scores[ancestor]! += contentScore / divider
                ancestor = document[ancestor].parent
                level += 1
            }
        }
        for index in 1..<document.count where !removed[index] {
            let node = document[index]
            if node.isText {
                // Loose text in a container that has blocks: a paragraph of that container.
                let parent = node.parent
                if isBlock(parent), document[parent].name != "p", hasBlockChild(parent), textLength[index] >= 25 {
                    credit(parent, length: textLength[index], commaCount: commas[index])
                }
                continue
            }
            let isParagraph = node.name == "p" || node.name == "pre" || node.name == "td"
                || ((node.name == "div" || node.name == "section") && !hasBlockChild(index))
            if isParagraph {
                credit(node.parent, length: textLength[index], commaCount: commas[index])
            }
        }
        var best: (index: Int, score: Double)? = nil
        for (index, score) in scores {
            let final = score * (1 - linkDensity(index))
            if best == nil || final > best!.score || (final == best!.score && index < best!.index) { best = (index, final) }
        }
        guard var top = best?.index, let topScore = best?.score, topScore > 0 else { return nil }
        // Climb while the parent scores better, or is only a wrapper of the top candidate.
        var lastScore = topScore
        let threshold = topScore / 3
        var parent = document[top].parent
        while parent > 0, document[parent].name != "body" {
            let parentScore = scores[parent].map { $0 * (1 - linkDensity(parent)) } ?? 0
            if textLength[parent] == textLength[top] { top = parent; parent = document[top].parent; continue }
            if parentScore < threshold { break }
            if parentScore > lastScore { top = parent; lastScore = parentScore }
            parent = document[parent].parent
        }
        return enclosingArticle(of: top) ?? top
    }

    /// `itemprop="articleBody"`, or a class that is the word "article" ("article", "news-article").
    private static func namesArticle(_ attributes: [String: String]) -> Bool {
        if attributes["itemprop"]?.lowercased() == "articlebody" { return true }
        guard let classes = attributes["class"]?.lowercased() else { return false }
        return classes.split(separator: " ").contains { $0 == "article" || $0.hasSuffix("-article") }
    }

    /// The `<article>` (or `<main>`) a few levels above the best container, when it is mostly prose:
    /// it also holds the standfirst, the lead photo's caption and the subtitle that sit beside the body.
    private func enclosingArticle(of top: Int) -> Int? {
        for wanted in ["article", "main"] {
            var ancestor = document[top].parent
            var level = 0
            while ancestor > 0, level < 8 {
                let node = document[ancestor]
                if node.name == wanted || (wanted == "article" && Self.namesArticle(node.attributes)) {
                    let extra = textLength[ancestor] - textLength[top]
                    let extraLinks = linkLength[ancestor] - linkLength[top]
                    if extra <= 0 { return nil }
                    if Double(extraLinks) / Double(extra) < 0.35, textLength[ancestor] <= textLength[top] * 3 + 600 {
                        return ancestor
                    }
                    return nil
                }
                if node.name == "body" { break }
                ancestor = node.parent
                level += 1
            }
        }
        return nil
    }

    private func hasBlockChild(_ index: Int) -> Bool {
        document[index].children.contains { !removed[$0] && isBlock($0) }
    }

    /// The top candidate with the siblings that look like more of the article (Readability's rule:
    /// a sibling scoring a fifth of the top, or a paragraph of prose).
    private func withSiblings(_ top: Int) -> [Int] {
        let parent = document[top].parent
        guard parent >= 0 else { return [top] }
        let topScore = finalScore(top)
        let threshold = max(10, topScore * 0.2)
        let topClass = document[top].attributes["class"]
        var roots: [Int] = []
        for sibling in document[parent].children where !removed[sibling] {
            if sibling == top { roots.append(sibling); continue }
            let node = document[sibling]
            guard !node.isText, textLength[sibling] > 0 else { continue }
            let density = linkDensity(sibling)
            var score = finalScore(sibling)
            if let topClass, !topClass.isEmpty, node.attributes["class"] == topClass { score += topScore * 0.2 }
            if score >= threshold, density < 0.5 {
                roots.append(sibling)
            } else if node.name == "p" {
                let length = textLength[sibling]
                if (length > 80 && density < 0.25) || (length > 0 && density == 0 && Self.endsSentence(sibling, in: document)) {
                    roots.append(sibling)
                }
            }
        }
        return roots
    }

    private func finalScore(_ index: Int) -> Double {
        (scores[index] ?? 0) * (1 - linkDensity(index))
    }

    private static func endsSentence(_ index: Int, in document: HTMLDocument) -> Bool {
        var last = index
        while let child = document[last].children.last { last = child }
        let text = document[last].text
        return text.hasSuffix(".") || text.hasSuffix(". ")
    }

    // MARK: - Emission

    private func emit(_ roots: [Int]) -> [Piece] {
        var emitter = BlockEmitter(extractor: self)
        emitter.rootProse = roots.reduce(0) { $0 + paragraphText[$1] }
        for root in roots { emitter.walk(root, kind: nil) }
        emitter.flush(nil)
        return Self.withoutEmptySections(emitter.pieces)
    }

    /// Drops a subheading with nothing of its own under it (another heading follows, or the end):
    /// what is left of a "More on this" box whose links were removed.
    static func withoutEmptySections(_ pieces: [Piece]) -> [Piece] {
        var kept: [Piece] = []
        kept.reserveCapacity(pieces.count)
        for (index, piece) in pieces.enumerated() {
            if piece.kind == .subheading, index + 1 == pieces.count || pieces[index + 1].kind == .subheading { continue }
            kept.append(piece)
        }
        return kept
    }

    /// A container inside the article that is a list of links, or otherwise not article text.
    fileprivate func isClutter(_ index: Int, rootProse: Int = 0) -> Bool {
        let node = document[index]
        switch node.name {
        case "ul", "ol", "div", "section", "table", "dl", "figure", "header":
            let length = textLength[index]
            guard length > 0 else { return false }
            if commas[index] >= 10 && linkDensity(index) < 0.5 { return false }
            // The container of most of the chosen article's prose is the article.
            if rootProse > 0, paragraphText[index] * 2 >= rootProse { return false }
            // A container of several paragraphs of prose is article, however many links sit beside them.
            if paragraphText[index] >= 500, paragraphText[index] * 2 >= length { return false }
            let density = linkDensity(index)
            if node.name == "ul" || node.name == "ol" { return density > 0.5 }
            let weight = classWeight[index]
            if weight < 0 && paragraphCount[index] < 3 { return true }
            if weight < 25 && density > 0.33 && length < 1000 { return true }
            if density > 0.5 { return true }
            return false
        default:
            return false
        }
    }

    fileprivate struct BlockEmitter {
        let extractor: MainContentExtractor
        var rootProse = 0
        var pieces: [Piece] = []
        var buffer = ""

        mutating func flush(_ kind: Block.Kind?) {
            let text = TrailingCredit.removed(from: ArticleBuilder.collapsingWhitespace(buffer))
            buffer = ""
            guard !text.isEmpty, !BoilerplateRules.isCrossReference(text), !BoilerplateRules.isCredit(text),
                  !BoilerplateRules.isMetadataLine(text), !BoilerplateRules.isAppeal(text), !DateLine.isDateOnly(text),
                  !BoilerplateRules.isSectionLabel(text) else { return }
            pieces.append(Piece(kind: kind ?? .paragraph, text: text))
        }

        mutating func walk(_ index: Int, kind: Block.Kind?) {
            let document = extractor.document
            guard !extractor.removed[index] else { return }
            let node = document[index]
            if node.isText { buffer += node.text; return }
            let name = node.name
            if name == "br" {
                if kind == nil { flush(kind) } else { buffer += " " }
                return
            }
            if name == "h1" { flush(kind); return }
            if name == "img" { return }
            if name == "td" || name == "th" {
                for child in node.children { walk(child, kind: kind ?? .paragraph) }
                buffer += " "
                return
            }
            let childKind: Block.Kind?
            if MainContentExtractor.blockElements.contains(name) {
                if extractor.isClutter(index, rootProse: rootProse) { flush(kind); return }
                childKind = MainContentExtractor.headingElements.contains(name) ? .subheading
                    : name == "figcaption" ? .caption
                    : MainContentExtractor.paragraphElements.contains(name) ? .paragraph : nil
                flush(kind)
                for child in node.children { walk(child, kind: childKind ?? kind) }
                flush(childKind ?? kind)
                return
            }
            for child in node.children { walk(child, kind: kind) }
        }
    }
}

