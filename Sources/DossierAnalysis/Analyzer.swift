import DossierText

/// The analysis pipeline: names → entities (linking, syntax, coreference, relations) → times → events.
/// Each stage takes the document and adds its layer; the reader only ever sees the finished `Document`.
public struct Analyzer: Sendable {
    public let names: any NameTagger
    /// Tags and parses each sentence for event participants; nil: participants come from token rules alone.
    public let syntax: SyntaxParser?
    /// Parses every sentence, not only those a later stage reads (to check that the choice changes nothing).
    var parsesEverySentence = false

    public init(names: some NameTagger, syntax: SyntaxParser? = nil) {
        self.names = names
        self.syntax = syntax
    }

    /// The pipeline with the bundled statistical name and syntax models (loaded once, memory-mapped); the rule
    /// tagger stands in, with `modelError` saying why, only when the name model cannot be found or read, and
    /// event participants come from token rules alone, with `syntaxError` saying why, without the syntax model.
    public init() {
        self.names = Analyzer.bundledNames.tagger
        self.syntax = Analyzer.bundledSyntax.parser
    }

    /// Bump whenever a change to the code can change what an unchanged article analyses to.
    static let rulesVersion = 2

    /// What the analysis of an unchanged article depends on: the rules' version and the bytes of every bundled
    /// resource (models, word classes, gazetteer, first names). The library index analyses its articles again
    /// when this differs from the version it was built with. Reads the resources once (about 8 MB).
    public static let version: String = {
        var parts = ["rules \(rulesVersion)"]
        for name in [NameModel.fileName, SyntaxModel.fileName, WordClusters.fileName, Gazetteer.fileName, FirstNames.fileName] {
            let fingerprint = ResourceLocator.path(of: name).flatMap { try? BinaryFile.fingerprint(ofFileAt: $0) }
            parts.append(name + " " + (fingerprint.map { String($0, radix: 16) } ?? "missing"))
        }
        return parts.joined(separator: "; ")
    }()

    /// Why the bundled syntax model could not be used, if it could not.
    public static var syntaxError: String? { bundledSyntax.error }

    private static let bundledSyntax: (parser: SyntaxParser?, error: String?) = {
        do {
            // The word classes the name tagger has mapped already.
            return (try SyntaxParser.loadBundled(clusters: (bundledNames.tagger as? PerceptronNameTagger)?.lexicon.clusters), nil)
        } catch {
            return (nil, String(describing: error))
        }
    }()

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
        let input = TaggerInput(document)
        let spans: [NameSpan]
        if let rules = names as? RuleNameTagger {
            spans = rules.names(in: document, words: words)
        } else if let statistical = names as? PerceptronNameTagger {
            spans = statistical.names(in: input)
        } else {
            spans = names.names(in: document)
        }
        var set = EntityLinker().link(spans, document: document, words: words)
        // Syntax: tags and a dependency tree for each sentence a later stage reads one of (names found above
        // are proper nouns). Parsing is most of the analysis time; many sentences have no trigger.
        var tree = SyntaxTree()
        if let syntax {
            var needed = [Bool](repeating: false, count: document.sentences.count)
            SubjectContinuity.markSentencesNeedingSyntax(&needed, document: document, words: words)
            EventExtractor.markSentencesNeedingSyntax(&needed, document: document, words: words)
            tree = syntax.parse(input, names: spans, only: parsesEverySentence ? nil : needed)
        }
        Coreference().resolve(&set, document: document, words: words)
        SubjectContinuity().apply(&set, document: document, words: words, tree: tree)

        // Times: the article's date, else the writing day the text implies from its latest explicit date (inferred).
        var anchor = article.date.flatMap(CivilDate.init)
        var inferred = false
        if anchor == nil, let latest = TimeTagger.latestExplicitDate(words: words) {
            anchor = WritingDay.infer(after: latest, document: document, words: words)
            inferred = true
        }
        let times = TimeTagger(anchor: anchor, anchorInferred: inferred).tag(document, words: words)

        // Events.
        let events = EventExtractor().extract(document, words: words, set: set, times: times, anchor: anchor, anchorInferred: inferred, tree: tree)

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
