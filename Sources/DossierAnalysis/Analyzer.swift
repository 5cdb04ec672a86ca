import DossierText

/// The analysis pipeline: names → entities (linking, coreference, relations) → times → events.
/// Each stage takes the document and adds its layer; the reader only ever sees the finished `Document`.
public struct Analyzer: Sendable {
    public let names: any NameTagger

    public init(names: some NameTagger) {
        self.names = names
    }

    /// The pipeline with the bundled statistical name model (loaded once, memory-mapped); the rule
    /// tagger stands in, with `modelError` saying why, only when the model file cannot be found or read.
    public init() {
        self.names = Analyzer.bundledNames.tagger
    }

    /// Why the bundled name model could not be used, if it could not.
    public static var modelError: String? { bundledNames.error }

    private static let bundledNames: (tagger: any NameTagger, error: String?) = {
        do {
            return (try PerceptronNameTagger.loadBundled(), nil)
        } catch {
            return (RuleNameTagger(), String(describing: error))
        }
    }()

    /// Analyses an article. `date` (`YYYY-MM-DD`) overrides the article's own date as the anchor for times.
    public func analyze(_ article: Article, date: String? = nil) -> Document {
        var article = article
        if let date { article.date = date }
        var document = Document.prepare(article)
        let words = Words(document)

        // Names and entities.
        let spans: [NameSpan]
        if let rules = names as? RuleNameTagger { spans = rules.names(in: document, words: words) } else { spans = names.names(in: document) }
        var set = EntityLinker().link(spans, document: document, words: words)
        Coreference().resolve(&set, document: document, words: words)

        // Times: the article's date, else the latest explicit date in the text (inferred).
        var anchor = article.date.flatMap(CivilDate.init)
        var inferred = false
        if anchor == nil, let latest = TimeTagger.latestExplicitDate(words: words) {
            anchor = latest
            inferred = true
        }
        let times = TimeTagger(anchor: anchor, anchorInferred: inferred).tag(document, words: words)

        // Events.
        let events = EventExtractor().extract(document, words: words, set: set, times: times, anchor: anchor, anchorInferred: inferred)

        let (entities, ids) = set.finished()
        document.entities = entities
        document.times = times.map(\.expression)
        document.events = events.map { item in
            var event = item.event
            event.participants = item.participants.compactMap { p in ids[p.entity].map { Event.Participant(entityID: $0, role: p.role) } }
            return event
        }
        return document
    }
}
