/// Reads an HTML page as one article: the main text only, with the title, date, source and URL
/// from `<title>`, Open Graph and article meta tags.
public enum HTMLArticleReader {
    public static func read(_ html: String) -> Article {
        let tokens = MarkupScanner.scan(html)
        let metadata = HTMLMetadata(tokens: tokens, source: html)
        var extractor = MainContentExtractor(document: HTMLDocument(tokens: tokens))
        var builder = ArticleBuilder()
        for piece in extractor.extract() { builder.append(piece.kind, piece.text) }
        var article = builder.build(title: metadata.title, date: metadata.date, source: metadata.siteName, url: metadata.url)
        article.byline = metadata.byline
        return article
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
}
