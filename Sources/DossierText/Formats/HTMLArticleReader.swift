/// Reads an HTML page as one article: the main text only, with the title, date, source and URL
/// from `<title>`, Open Graph and article meta tags.
public enum HTMLArticleReader {
    public static func read(_ html: String) -> Article {
        let tokens = MarkupScanner.scan(html)
        let metadata = HTMLMetadata(tokens: tokens)
        var extractor = HTMLBlockExtractor()
        for token in tokens[mainContentRange(tokens)] { extractor.consume(token) }
        var builder = ArticleBuilder()
        extractor.finish(into: &builder)
        let title = metadata.title ?? extractor.heading
        return builder.build(title: title, date: metadata.date, source: metadata.siteName, url: metadata.url)
    }

    /// Blocks of an HTML fragment (a feed item's content), appended to `builder`.
    static func appendFragment(_ html: String, to builder: inout ArticleBuilder) {
        var extractor = HTMLBlockExtractor()
        for token in MarkupScanner.scan(html) { extractor.consume(token) }
        extractor.finish(into: &builder)
    }

    /// Plain text of an HTML fragment (a title that contains markup), whitespace collapsed.
    static func plainText(ofFragment html: String) -> String {
        var text = ""
        for token in MarkupScanner.scan(html) {
            switch token.kind {
            case .text(let raw): text += HTMLEntities.decode(raw)
            case .cdata(let raw): text += raw
            case .start, .end: text += " "
            }
        }
        return ArticleBuilder.collapsingWhitespace(text)
    }

    // MARK: - Main content

    /// The tokens of the `<article>` or `<main>` element holding the most paragraph text,
    /// or the whole page when it has neither.
    static func mainContentRange(_ tokens: [MarkupToken]) -> Range<Int> {
        var best: (range: Range<Int>, weight: Int)? = nil
        var open: [(name: String, start: Int, weight: Int)] = []
        var inParagraph = false
        for (index, token) in tokens.enumerated() {
            switch token.kind {
            case .start(let name, _, let selfClosing):
                if (name == "article" || name == "main") && !selfClosing { open.append((name, index, 0)) }
                if name == "p" { inParagraph = true }
            case .end(let name):
                if name == "p" { inParagraph = false }
                if let position = open.lastIndex(where: { $0.name == name }) {
                    let element = open[position]
                    open.removeSubrange(position...)
                    // Inner elements close first and win ties: the tightest container of the text.
                    if element.weight > (best?.weight ?? 0) { best = (element.start..<(index + 1), element.weight) }
                }
            case .text(let raw):
                if inParagraph { for i in open.indices { open[i].weight += raw.utf8.count } }
            case .cdata:
                break
            }
        }
        for element in open where element.weight > (best?.weight ?? 0) {
            best = (element.start..<tokens.count, element.weight)
        }
        return best?.range ?? tokens.indices
    }
}
