import DossierText

/// The article as plain text with an entity summary, for pipes and terminals that cannot draw.
/// Control characters are spelled out, never written raw.
public enum PlainText {
    public static func render(_ document: Document) -> String {
        var out = ""
        let article = document.article
        if let title = article.title { out += VisibleText.plain(title) + "\n\n" }
        for block in article.visibleBlocks {
            out += VisibleText.plain(article.slice(block.range)) + "\n\n"
        }
        let model = ArticleModel(document: document)
        if !model.entityOrder.isEmpty {
            out += "Entities\n"
            let nameWidth = min(40, model.entityOrder.map { DisplayWidth.of(VisibleText.plain(model.entity($0).name)) }.max() ?? 0)
            for index in model.entityOrder {
                let entity = model.entity(index)
                out += "  " + padded(VisibleText.plain(entity.name), nameWidth) + "  "
                    + padded(entity.type.rawValue, 13) + String(model.mentions[index].count) + "\n"
            }
        }
        return out
    }
}
