/// What marks an element of a page as not being the article: its tag, its role, being hidden,
/// or words in its class and id ("share-bar", "related-stories", "cookie-consent").
enum BoilerplateRules {
    /// Elements that never hold article text, dropped with everything inside them.
    static let neverContent: Set<String> = [
        "script", "style", "template", "svg", "button", "select", "textarea", "iframe", "head", "dialog", "object",
        "canvas", "math", "embed", "input", "label", "option", "title", "link", "meta", "base", "rt", "rp",
    ]
    /// Elements that hold the page's furniture, dropped unless they hold most of its prose.
    static let structuralBoilerplate: Set<String> = ["nav", "footer", "aside", "form", "menu"]
    static let droppedRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog", "alertdialog",
        "toolbar", "tablist", "button",
    ]
    /// Whole class/id words that mark boilerplate.
    static let boilerplateWords: Set<String> = [
        "nav", "navbar", "navigation", "menu", "submenu", "share", "shares", "sharing", "sharebar", "social",
        "socials", "subscribe", "subscription", "newsletter", "cookie", "cookies", "consent", "gdpr", "related",
        "recommended", "recommendations", "popular", "mostread", "comments", "comment", "footer", "sidebar",
        "promo", "promotion", "ad", "ads", "advert", "adverts", "advertisement", "advertising", "sponsor",
        "sponsored", "breadcrumb", "breadcrumbs", "tags", "tagcloud", "taglist", "sr", "skip", "signup",
        "login", "modal", "popup", "overlay", "outbrain", "taboola", "disqus", "pagination", "pager", "widget",
        "topbar", "toolbar", "byline", "dateline", "print", "rss", "offscreen", "visuallyhidden",
        "teasers", "more", "further", "banner", "meta", "author", "authors", "bio", "shoutbox",
        "subnav", "next", "prev", "previous", "follow", "donate", "paywall", "wall", "reactions", "rating",
        "disclaimer", "copyright", "legal", "ticker", "trending", "readmore", "also", "seealso", "community",
        "credit", "credits", "hidecompletely", "kommentare", "kommentar", "comentarios", "commentaires",
    ]
    /// Substrings of class/id that mark boilerplate whatever the word boundaries (Readability's list, extended).
    static let boilerplateFragments: [String] = [
        "-ad-", "ai2html", "combx", "comment", "disqus", "footer", "gdpr", "legends", "related", "remark",
        "replies", "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental", "agegate",
        "popup", "share", "newsletter", "cookie", "consent", "breadcrumb", "most-read", "mostread", "most-popular",
        "mostpopular", "recommend", "subscri", "navbar", "navigation", "menu", "author-bio", "authorbio",
        "read-more", "readmore", "further-reading", "more-stories", "morestories", "promo", "advert", "banner",
        "twitter-tweet", "instagram-media", "tiktok-embed", "fb-post", "screen-reader", "kommentar",
    ]
    /// Substrings that protect an element from the fragment rule (it may hold the article).
    static let contentFragments: [String] = [
        "article", "body", "content", "entry", "main", "post", "story", "text", "column", "shadow", "page",
    ]
    static let negativeFragments: [String] = [
        "hidden", "banner", "combx", "comment", "com-", "contact", "foot", "footnote", "gdpr", "masthead", "media",
        "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor",
        "shopping", "tags", "tool", "widget", "teaser", "nav", "menu", "social", "byline", "author",
    ]
    static let positiveFragments: [String] = [
        "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text", "blog", "story",
    ]

    static func isHidden(_ attributes: [String: String]) -> Bool {
        if attributes["hidden"] != nil || attributes["aria-hidden"] == "true" { return true }
        if let style = attributes["style"]?.lowercased() {
            let compact = style.filter { $0 != " " }
            if compact.contains("display:none") || compact.contains("visibility:hidden") { return true }
        }
        return false
    }

    /// Lines that point to other stories ("Lea también: …", "À lire aussi", "Lesen Sie auch"),
    /// in the languages news pages are written in most, lower-cased.
    static let crossReferenceMarkers: [String] = [
        "read more", "read also", "also read", "related", "related articles", "related stories", "see also",
        "more on this story", "more on this", "you may also like", "you might also like", "recommended",
        "lea también", "lea más", "lea", "lee también", "lee más", "le puede interesar", "te puede interesar",
        "puede interesarte", "mira", "mira también", "vea también", "vea", "puedes ver", "también puedes leer",
        "à lire aussi", "a lire aussi", "lire aussi", "à voir aussi", "auch lesen", "lesen sie auch", "lesen sie mehr",
        "mehr zum thema", "lesen sie hier", "hier lesen", "zum weiterlesen", "weiterlesen", "schon gelesen", "das könnte sie auch interessieren",
        "leggi anche", "leggi", "czytaj też", "czytaj także", "czytaj więcej", "zobacz też", "zobacz także",
        "читайте также", "leia também", "leia mais", "veja também", "lees ook", "läs också",
        "auch interessant", "verwandte artikel", "verwandte themen", "temas relacionados", "noticias relacionadas",
        "artículos relacionados", "articles similaires", "sur le même sujet", "most read", "most popular",
        "más leídas", "lo más leído", "meistgelesen", "mire", "lust auf mehr",
    ]

    /// What a publisher asks of its reader, lower-cased: a block this short that says one is an appeal, not the story.
    static let appeals: [String] = [
        "subscribe now", "please subscribe", "already a subscriber", "subscribe to our", "subscribe to the",
        "sign up for our", "sign up to our", "follow us on", "download our app", "support our journalism",
        "síguenos en", "siguenos en", "suscríbete", "suscribete", "hazte miembro", "jetzt abonnieren", "abonnieren sie",
        "folgen sie uns", "abonnez-vous", "suivez-nous", "we want to hear what you think", "if you enjoyed reading",
        "bloggern gefällt das", "like this:", "gefällt dir unser", "besuchen sie unseren", "jetzt auch digital",
        "share this article", "share this story", "diesen artikel teilen", "artikel teilen", "compartir en",
        "partager sur", "newsletter abonnieren", "zum newsletter", "sign up for the", "get our newsletter",
    ]

    private static let appealBytes: [[UInt8]] = appeals.map { Array($0.utf8) }

    /// Advertising labels that open a short block: "Anzeige", "*Werbung. Dieser Beitrag…", "Reklama".
    static let advertisingLabels: [String] = ["advertisement", "sponsored", "anzeige", "werbung", "reklama", "publicidad", "publicité"]

    static func isAppeal(_ text: String) -> Bool {
        guard text.utf8.count < 220 else { return false }
        let lower = text.lowercased()
        let lowerBytes = Array(lower.utf8)
        if appealBytes.contains(where: lowerBytes.containsSubsequence) { return true }
        let opening = lower.drop(while: { $0 == "*" || $0 == " " })
        return text.utf8.count < 120 && advertisingLabels.contains { label in
            opening.hasPrefix(label) && opening.dropFirst(label.count).first.map { !$0.isLetter } != false
        }
    }

    /// Labels of a page's metadata lines ("Category: News", "Aktualisiert: 03.04.2020"), lower-cased.
    static let metadataLabels: [String] = [
        "category", "categories", "kategorie", "kategorien", "rubrik", "tags", "tag", "schlagworte", "schlagwörter",
        "stichworte", "filed under", "posted in", "categoría", "categorías", "etiquetas", "catégorie", "catégories",
        "updated", "last updated", "last modified", "published", "aktualisiert", "veröffentlicht", "actualizado",
        "publicado", "mis à jour", "publié", "publiziert", "news date", "date", "datum", "fecha", "erstellt",
        "created", "posted", "geändert", "stand",
    ]

    /// True for a short line that is only a label and its value: "Category : Press Releases".
    static func isMetadataLine(_ text: String) -> Bool {
        guard text.utf8.count < 70 else { return false }
        let lower = text.lowercased()
        for label in metadataLabels where lower.hasPrefix(label) {
            let rest = lower.dropFirst(label.count).drop(while: { $0 == " " })
            if rest.first == ":" { return true }
        }
        return false
    }

    /// Labels of a page's end matter and navigation aids, a block of their own (a colon after them or not):
    /// contact and source sections, a table of contents, the switch that shows the sources.
    static let sectionLabels: Set<String> = [
        "kontakt", "pressekontakt", "contact", "media contact", "press contact", "contacto", "quellen",
        "quellenangaben", "quellenverzeichnis", "sources", "references", "fuentes", "weitere informationen",
        "more information", "further information", "más información", "plus d'informations", "inhaltsverzeichnis",
        "table of contents", "contents", "inhalt", "índice", "sommaire", "spis treści", "quellen ausblenden",
        "quellen anzeigen", "show sources", "hide sources",
    ]

    static func isSectionLabel(_ text: String) -> Bool {
        guard text.utf8.count < 40 else { return false }
        var lower = Substring(text.lowercased())
        while let last = lower.last, last == ":" || last == " " { lower = lower.dropLast() }
        return sectionLabels.contains(String(lower))
    }

    /// Words that open a photo or source credit, lower-cased, in the languages of most news pages.
    static let creditOpeners: [String] = [
        "photo", "photos", "foto", "fotos", "image", "images", "bild", "bilder", "picture", "kuva", "zdjęcie",
        "fot.", "credit", "credits", "source", "quelle", "fuente", "crédit", "crédito", "bildquelle", "illustration",
    ]
    /// Agencies and libraries whose name ends a credit ("Augusta National/Getty Images").
    static let creditAgencies: [String] = [
        "getty images", "afp", "reuters", "ap", "dpa", "epa", "istock", "istockphoto", "shutterstock", "thinkstock",
        "wenn.com", "imago", "picture alliance", "picture-alliance", "unsplash", "pixabay", "keystone", "efe", "ansa",
    ]

    /// True for a short line that is only a credit: "Foto: Instagram", "(Photo: ABr)", "Judy Eddy/WENN.com".
    static func isCredit(_ text: String) -> Bool {
        guard text.utf8.count < 90 else { return false }
        var lower = Substring(text.lowercased())
        if lower.hasPrefix("("), lower.hasSuffix(")") { lower = lower.dropFirst().dropLast() }
        lower = lower.drop(while: { $0 == " " || $0 == "©" })
        for opener in creditOpeners where lower.hasPrefix(opener) {
            let rest = lower.dropFirst(opener.count).drop(while: { $0 == " " })
            if rest.first == ":" || rest.first == "/" || rest.hasPrefix("by ") || rest.hasPrefix("credit:") { return true }
        }
        for agency in creditAgencies where lower.hasSuffix(agency) {
            let before = lower.dropLast(agency.count)
            if before.isEmpty || before.hasSuffix("/") || before.hasSuffix("/ ") || before.hasSuffix("© ") { return true }
        }
        return false
    }

    /// True for a block that only points to other stories: a marker alone, or a marker then a colon
    /// (or a bar, or a question mark) and the headline it points to.
    static func isCrossReference(_ text: String) -> Bool {
        guard text.utf8.count < 400 else { return false }
        let lower = text.lowercased()
        for marker in crossReferenceMarkers where lower.hasPrefix(marker) {
            let rest = lower.dropFirst(marker.count).drop(while: { $0 == " " || $0 == "\u{A0}" })
            guard let next = rest.first else { return true }
            if next == ":" || next == "|" || next == "?" || next == "»" || next == "…" || next == ">" || next == "»" {
                return true
            }
            if marker.contains(" "), lower.hasSuffix(":"), lower.count < 80 { return true }
        }
        return false
    }
}
