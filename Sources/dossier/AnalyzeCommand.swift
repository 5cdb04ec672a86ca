import ArgumentParser
import DossierAnalysis
import DossierText

struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Analyse articles and print entities, events and times (JSON Lines for several files)."
    )

    enum Format: String, ExpressibleByArgument { case json, text }

    @Option(help: "Output format: json or text.") var format: Format = .text
    @Option(help: "Anchor date for relative times (YYYY-MM-DD); overrides the article's date.") var date: String?
    @OptionGroup var sizeLimit: SizeLimitOption
    @OptionGroup var configurationOption: ConfigurationOption
    @Argument(help: "Article files or http(s) addresses: text, Markdown, HTML, RSS/Atom or JSON Lines (each article of a feed or JSON Lines file is one object).") var files: [String]

    func validate() throws {
        if let date, !AnalysisSummary.isDate(date) {
            throw ValidationError("--date must be YYYY-MM-DD, got '\(date)'")
        }
    }

    func run() throws {
        let network = try configurationOption.load().network
        let analyzer = Analyzer()
        var failed = false
        var printed = 0
        for path in files {
            do {
                let articles = WebPageLoading.isWebAddress(path)
                    ? try WebPageLoading.articles(at: path, network: network, articleLimit: sizeLimit.bytes)
                    : try ArticleFiles.read(path: path, articleLimit: sizeLimit.bytes)
                for article in articles {
                    let document = analyzer.analyze(article, date: date)
                    switch format {
                    case .json: print(DocumentJSON.encode(document))
                    case .text:
                        if printed > 0 { print("") }
                        if files.count > 1 || articles.count > 1 { print("== \(path)" + (article.title.map { ": " + $0 } ?? "")) }
                        print(AnalysisSummary.text(document), terminator: "")
                    }
                    printed += 1
                }
            } catch {
                printError(error.description)
                failed = true
            }
        }
        if failed { throw ExitCode(1) }
    }
}

/// The `--format text` summary: entities with mention counts, roles and relations, events with dates, times.
enum AnalysisSummary {
    static func isDate(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return false }
        return bytes.enumerated().allSatisfy { i, b in i == 4 || i == 7 || (0x30...0x39).contains(b) }
    }

    static let typeOrder: [EntityType] = [.person, .organization, .place, .group, .other]

    static func text(_ document: Document) -> String {
        var out = ""
        let names = Dictionary(uniqueKeysWithValues: document.entities.map { ($0.id, $0.name) })
        if let title = document.article.title { out += title + "\n" }
        var header: [String] = []
        if let date = document.article.date { header.append("date \(date)") }
        else if document.times.contains(where: { $0.inferred }),
                let latest = document.times.filter({ !$0.inferred && $0.value.utf8.count == 10 && isDate($0.value) }).map(\.value).max() {
            header.append("no date given: times resolved against \(latest), the latest date in the text (inferred)")
        }
        if let source = document.article.source { header.append("source \(source)") }
        if !header.isEmpty { out += header.joined(separator: " · ") + "\n" }

        out += "\nEntities (\(document.entities.count))\n"
        for type in typeOrder {
            let entities = document.entities.filter { $0.type == type }
                .sorted { ($0.mentions.count, $1.id.count, $1.id) > ($1.mentions.count, $0.id.count, $0.id) }
            for entity in entities {
                let nameCount = entity.nameMentionCount
                let pronouns = entity.mentions.filter { $0.kind == .pronoun }.count
                let descriptions = entity.mentions.filter { $0.kind == .description }.count
                var counts = "\(entity.mentions.count) mention\(entity.mentions.count == 1 ? "" : "s")"
                var parts: [String] = []
                if nameCount > 0 { parts.append("\(nameCount) name") }
                if pronouns > 0 { parts.append("\(pronouns) pronoun") }
                if descriptions > 0 { parts.append("\(descriptions) description") }
                if parts.count > 1 { counts += " (" + parts.joined(separator: ", ") + ")" }
                out += "  " + pad(type.rawValue, 13) + pad(entity.name, 32) + counts + "\n"
                if !entity.roles.isEmpty { out += "      roles: " + entity.roles.joined(separator: "; ") + "\n" }
                if !entity.relations.isEmpty {
                    out += "      " + entity.relations.map { "\($0.type): \(names[$0.entityID] ?? $0.entityID)" }.joined(separator: "; ") + "\n"
                }
            }
        }

        out += "\nEvents (\(document.events.count))\n"
        for event in document.events {
            let date = event.time.map { $0.value + ($0.range.isEmpty ? ($0.inferred ? " (inferred)" : " (article)") : "") } ?? "undated"
            var line = "  " + pad(date, 26) + pad(event.type, 13) + "\"" + String(document.article.slice(event.trigger)) + "\""
            let people = event.participants.map { "\($0.role): \(names[$0.entityID] ?? $0.entityID)" }
            if !people.isEmpty { line += "  " + people.joined(separator: ", ") }
            if event.modality != .asserted { line += "  [\(event.modality.rawValue)]" }
            out += line + "\n"
        }

        out += "\nTimes (\(document.times.count))\n"
        for time in document.times {
            out += "  " + pad("\"" + String(document.article.slice(time.range)) + "\"", 26) + time.value
                + (time.inferred ? "  (inferred anchor)" : "") + "\n"
        }
        return out
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}
