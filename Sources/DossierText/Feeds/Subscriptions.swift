/// A feed the user follows, as an OPML outline or a newsboat `urls` line gives it.
public struct Subscription: Sendable, Equatable {
    public var url: String
    public var title: String?
    public var siteLink: String?
    /// Folders (OPML's enclosing outlines) or newsboat tags.
    public var tags: [String]
    public var hidden: Bool

    public init(url: String, title: String? = nil, siteLink: String? = nil, tags: [String] = [], hidden: Bool = false) {
        self.url = url
        self.title = title
        self.siteLink = siteLink
        self.tags = tags
        self.hidden = hidden
    }
}

/// What an import read: the subscriptions, and one note per line it would not follow.
public struct SubscriptionList: Sendable, Equatable {
    public var subscriptions: [Subscription]
    public var notes: [String]

    /// OPML when the text is XML with `<opml`, newsboat's `urls` file otherwise.
    public static func read(_ text: String) -> SubscriptionList {
        let head = text.prefix(2048).lowercased()
        return head.contains("<opml") ? OPML.read(text) : NewsboatURLs.read(text)
    }
}

/// OPML 1.0 and 2.0: every outline with an xmlUrl is a feed; outlines without one are folders.
public enum OPML {
    public static func read(_ text: String) -> SubscriptionList {
        let root = MarkupElement.parse(text)
        var subscriptions: [Subscription] = []
        func walk(_ element: MarkupElement, folders: [String]) {
            for outline in element.all("outline") {
                let title = (outline.attributes["title"] ?? outline.attributes["text"]).flatMap(ArticleBuilder.cleaned)
                if let url = outline.attributes["xmlurl"].flatMap(ArticleBuilder.cleaned) {
                    subscriptions.append(Subscription(url: url, title: title, siteLink: outline.attributes["htmlurl"].flatMap(ArticleBuilder.cleaned), tags: folders))
                }
                walk(outline, folders: outline.attributes["xmlurl"] == nil ? folders + [title].compactMap { $0 } : folders)
            }
        }
        walk(root.descendant("body") ?? root, folders: [])
        return SubscriptionList(subscriptions: subscriptions, notes: [])
    }

    /// Valid OPML 2.0; every value escaped. Tags become one level of folders (the first tag).
    public static func write(_ subscriptions: [Subscription], title: String = "Dossier feeds") -> String {
        func outline(_ subscription: Subscription, indent: String) -> String {
            let name = FeedLinks.escaped(subscription.title ?? subscription.url)
            var line = "\(indent)<outline type=\"rss\" text=\"\(name)\" title=\"\(name)\" xmlUrl=\"\(FeedLinks.escaped(subscription.url))\""
            if let site = subscription.siteLink { line += " htmlUrl=\"\(FeedLinks.escaped(site))\"" }
            return line + "/>\n"
        }
        var output = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n  <head>\n    <title>\(FeedLinks.escaped(title))</title>\n  </head>\n  <body>\n"
        var folders: [String] = []
        var byFolder: [String: [Subscription]] = [:]
        for subscription in subscriptions {
            if let folder = subscription.tags.first {
                if byFolder[folder] == nil { folders.append(folder) }
                byFolder[folder, default: []].append(subscription)
            } else {
                output += outline(subscription, indent: "    ")
            }
        }
        for folder in folders {
            let name = FeedLinks.escaped(folder)
            output += "    <outline text=\"\(name)\" title=\"\(name)\">\n"
            for subscription in byFolder[folder]! { output += outline(subscription, indent: "      ") }
            output += "    </outline>\n"
        }
        return output + "  </body>\n</opml>\n"
    }
}

/// newsboat's `urls` file as newsboat reads it: a URL, then tags (quoted or bare); `"~Title"` names the
/// feed, `"!"` hides it; `#` starts a comment. `query:` feeds and `exec:`/`filter:` sources are skipped with
/// a note: Dossier never runs a command named in a file.
public enum NewsboatURLs {
    public static func read(_ text: String) -> SubscriptionList {
        var subscriptions: [Subscription] = []
        var notes: [String] = []
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let words = tokens(of: rawLine)
            guard let url = words.first else { continue }
            let lineNumber = index + 1
            let lower = url.lowercased()
            if lower.hasPrefix("query:") { notes.append("line \(lineNumber): query feed skipped: \(url.prefix(80))"); continue }
            if lower.hasPrefix("exec:") || lower.hasPrefix("filter:") {
                notes.append("line \(lineNumber): \(lower.hasPrefix("exec:") ? "exec" : "filter") feed skipped (commands are never run)")
                continue
            }
            guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else {
                notes.append("line \(lineNumber): not an http(s) feed, skipped: \(url.prefix(80))")
                continue
            }
            var subscription = Subscription(url: url)
            for tag in words.dropFirst() {
                if tag == "!" { subscription.hidden = true }
                else if tag.hasPrefix("~") { subscription.title = ArticleBuilder.cleaned(String(tag.dropFirst())) }
                else if !tag.isEmpty { subscription.tags.append(tag) }
            }
            subscriptions.append(subscription)
        }
        return SubscriptionList(subscriptions: subscriptions, notes: notes)
    }

    /// Words separated by spaces or tabs; a double-quoted word may hold spaces (and `\"`); `#` outside
    /// quotes ends the line.
    static func tokens(of line: Substring) -> [String] {
        var words: [String] = []
        var current = ""
        var inQuotes = false
        var hasWord = false
        var iterator = line.makeIterator()
        while let character = iterator.next() {
            if inQuotes {
                if character == "\\", let next = iterator.next() { current.append(next) }
                else if character == "\"" { inQuotes = false }
                else { current.append(character) }
            } else if character == "\"" {
                inQuotes = true; hasWord = true
            } else if character == "#" && !hasWord {
                break
            } else if character == " " || character == "\t" || character == "\r" {
                if hasWord { words.append(current); current = ""; hasWord = false }
            } else {
                current.append(character); hasWord = true
            }
        }
        if hasWord { words.append(current) }
        return words
    }
}
