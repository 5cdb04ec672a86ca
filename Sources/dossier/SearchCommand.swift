import ArgumentParser
import DossierLibrary
import DossierText

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the indexed articles' titles and text (every word must match; \"a phrase\"; prefix*)."
    )

    enum Format: String, ExpressibleByArgument { case text, json }

    @OptionGroup var options: IndexOptions
    @Option(help: "Output format: text or json.") var format: Format = .text
    @Option(help: "Most hits shown.") var limit: Int = 20
    @Flag(help: "Say how long opening the index and the query took.") var timings = false
    @Argument(help: "Words to search for.") var query: [String]

    func run() throws {
        let started = MonotonicClock.seconds()
        let index = try options.openForQueries()
        let opened = MonotonicClock.seconds()
        let processorBefore = PhaseClock.processorTime()
        let text = query.joined(separator: " ")
        let hits = try index.search(text, limit: limit)
        if timings {
            printError(MonotonicClock.report(opening: opened - started, query: MonotonicClock.seconds() - opened,
                                             queryProcessor: (PhaseClock.processorTime() - processorBefore) / 1000))
        }
        switch format {
        case .json: print(Self.json(query: text, hits: hits))
        case .text:
            if hits.isEmpty { printError("dossier: no article matches \(PrintableText.visible(text))") }
            let bold = PrintableText.isTerminal(1)
            for hit in hits {
                print("\(hit.date ?? "----------")  \(PrintableText.visible(hit.title ?? hit.path.fileName))")
                print("    \(PrintableText.visible(Self.location(hit.path, part: hit.part)))")
                print("    \(Self.highlighted(hit.snippet, bold: bold))")
            }
        }
    }

    /// `path` or `path:line` for an article inside a JSON Lines file or a feed.
    static func location(_ path: RawPath, part: Int) -> String {
        part == 0 ? path.string : "\(path.string):\(part)"
    }

    /// Matches in bold on a terminal, else between `*`.
    static func highlighted(_ snippet: String, bold: Bool) -> String {
        var output = ""
        for character in snippet {
            switch character {
            case SearchHit.matchStart: output += bold ? "\u{1B}[1m" : "*"
            case SearchHit.matchEnd: output += bold ? "\u{1B}[22m" : "*"
            default: output += PrintableText.visible(String(character))
            }
        }
        return output
    }

    static func json(query: String, hits: [SearchHit]) -> String {
        var json = JSONWriter()
        json.beginObject()
        json.field("query", query)
        json.key("hits")
        json.beginArray()
        for hit in hits {
            json.beginObject()
            json.field("path", hit.path.string)
            if hit.part > 0 { json.field("part", hit.part) }
            json.field("title", hit.title)
            json.field("date", hit.date)
            json.field("snippet", String(hit.snippet.filter { $0 != SearchHit.matchStart && $0 != SearchHit.matchEnd }))
            json.endObject()
        }
        json.endArray()
        json.endObject()
        return json.output
    }
}
