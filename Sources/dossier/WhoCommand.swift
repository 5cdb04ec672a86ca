import ArgumentParser
import DossierLibrary
import DossierText

struct WhoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "who",
        abstract: "Find a person (or organisation, place) across the indexed articles, with what happened to them.",
        discussion: "Any of an entity's names matches: \"Navalny\" finds \"Alexey Navalny\"."
    )

    enum Format: String, ExpressibleByArgument { case text, json }

    @OptionGroup var options: IndexOptions
    @Option(help: "Output format: text or json.") var format: Format = .text
    @Option(help: "Most entities shown.") var entities: Int = 5
    @Option(help: "Most articles shown per entity, newest first.") var limit: Int = 20
    @Flag(help: "Say how long opening the index and the query took.") var timings = false
    @Argument(help: "A name.") var name: [String]

    func run() throws {
        let started = MonotonicClock.seconds()
        let index = try options.openForQueries()
        let opened = MonotonicClock.seconds()
        let processorBefore = PhaseClock.processorTime()
        let text = name.joined(separator: " ")
        let matches = try index.who(text, entityLimit: entities, articleLimit: limit)
        if timings {
            printError(MonotonicClock.report(opening: opened - started, query: MonotonicClock.seconds() - opened,
                                             queryProcessor: (PhaseClock.processorTime() - processorBefore) / 1000))
        }
        switch format {
        case .json: print(Self.json(query: text, matches: matches))
        case .text:
            if matches.isEmpty { printError("dossier: nobody called \(PrintableText.visible(text)) in the index") }
            for match in matches { print(Self.text(match), terminator: "") }
        }
    }

    static func text(_ match: EntityMatch) -> String {
        let visible = PrintableText.visible
        var lines = "\(visible(match.name)) (\(match.type)): \(match.articleCount) article\(match.articleCount == 1 ? "" : "s"), \(match.mentionCount) mentions\n"
        let aliases = match.names.filter { $0 != match.name }
        if !aliases.isEmpty { lines += "  also: \(aliases.map(visible).joined(separator: ", "))\n" }
        for article in match.articles {
            lines += "  \(article.date ?? "----------")  \(visible(article.title ?? article.path.fileName))  [\(article.mentionCount)×]\n"
            lines += "      \(visible(SearchCommand.location(article.path, part: article.part)))\n"
            for event in article.events {
                let when = event.dateValue.map { " \($0)" } ?? ""
                lines += "      \(event.type) “\(visible(event.trigger))” (\(event.role))\(when): \(visible(event.sentence))\n"
            }
        }
        return lines
    }

    static func json(query: String, matches: [EntityMatch]) -> String {
        var json = JSONWriter()
        json.beginObject()
        json.field("query", query)
        json.key("entities")
        json.beginArray()
        for match in matches {
            json.beginObject()
            json.field("key", match.key)
            json.field("name", match.name)
            json.field("type", match.type)
            json.key("names")
            json.beginArray()
            for name in match.names { json.value(name) }
            json.endArray()
            json.field("articleCount", match.articleCount)
            json.field("mentionCount", match.mentionCount)
            json.key("articles")
            json.beginArray()
            for article in match.articles { write(article, into: &json) }
            json.endArray()
            json.endObject()
        }
        json.endArray()
        json.endObject()
        return json.output
    }

    private static func write(_ article: EntityAppearance, into json: inout JSONWriter) {
        json.beginObject()
        json.field("path", article.path.string)
        if article.part > 0 { json.field("part", article.part) }
        json.field("title", article.title)
        json.field("date", article.date)
        json.field("source", article.source)
        json.field("mentions", article.mentionCount)
        json.field("name", article.nameInArticle)
        json.key("events")
        json.beginArray()
        for event in article.events {
            json.beginObject()
            json.field("type", event.type)
            json.field("role", event.role)
            json.field("trigger", event.trigger)
            json.field("sentence", event.sentence)
            if let value = event.dateValue { json.field("date", value) }
            if let time = event.timeText { json.field("time", time) }
            json.field("modality", event.modality)
            json.endObject()
        }
        json.endArray()
        json.endObject()
    }
}
