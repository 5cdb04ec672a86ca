import DossierText

/// A rule-based stand-in for the statistical tagger: capitalised sequences, typed by cue words
/// (titles, roles), organisation heads, a small list of places, organisations and nationalities,
/// and first names; sentence-initial common words are not names. Deterministic and linear.
public struct RuleNameTagger: NameTagger {
    public init() {}

    public func names(in document: Document) -> [NameSpan] {
        names(in: document, words: Words(document))
    }

    // MARK: - Internals

    static let particles: Set<String> = ["de", "van", "von", "bin", "al", "al-", "la", "le", "da", "di", "du", "der", "den", "ibn"]
    static let orgHeadLinks: Set<String> = ["of", "for"]

    func names(in document: Document, words: Words) -> [NameSpan] {
        // Words seen in lower case somewhere: a capitalised sentence start that also occurs in lower case is not a name.
        var lowercaseSeen = Set<String>()
        for i in 0..<words.count where words.isWord(i) && !words.isCapitalized(i) { lowercaseSeen.insert(words.lower[i]) }
        // Words written capitalised somewhere other than at a sentence start: evidence of a name.
        var midCapitalized = Set<String>()
        for sentence in document.sentences {
            var first = sentence.tokens.lowerBound
            while first < sentence.tokens.upperBound, !words.isWord(first), !words.isNumber(first) { first += 1 }
            for i in sentence.tokens where i > first && words.isWord(i) && words.isCapitalized(i) { midCapitalized.insert(words.lower[i]) }
        }

        var spans: [NameSpan] = []
        var undecided: [Int] = []   // indices into spans of single unknown words, typed after the document pass
        for sentence in document.sentences {
            var firstWord = sentence.tokens.lowerBound
            while firstWord < sentence.tokens.upperBound, !words.isWord(firstWord), !words.isNumber(firstWord) { firstWord += 1 }
            var i = sentence.tokens.lowerBound
            let end = sentence.tokens.upperBound
            while i < end {
                guard isNameWord(i, words: words, sentenceStart: firstWord, lowercaseSeen: lowercaseSeen) else { i += 1; continue }
                var j = i + 1
                while j < end {
                    if isNameWord(j, words: words, sentenceStart: firstWord, lowercaseSeen: lowercaseSeen) { j += 1; continue }
                    // "Bank of England", "Center for …": only after an organisation head.
                    if Self.orgHeadLinks.contains(words.text[j]), j + 1 < end, Lexicon.organizationHeads.contains(words.lower[j - 1]),
                       isNameWord(j + 1, words: words, sentenceStart: firstWord, lowercaseSeen: lowercaseSeen) { j += 2; continue }
                    if Self.particles.contains(words.text[j]), j + 1 < end, words.isCapitalized(j + 1),
                       isNameWord(j + 1, words: words, sentenceStart: firstWord, lowercaseSeen: lowercaseSeen) { j += 2; continue }
                    break
                }
                var start = i
                var personCue = false
                // "The Guardian": the article is not part of the name, and signals an organisation.
                var hadThe = false
                while start < j, words.lower[start] == "the" { start += 1; hadThe = true }
                if start == j { i = j; continue }
                // Titles and capitalised role words are stripped: "President Vladimir Putin", "Foreign Minister X".
                while start < j - 1 {
                    var word = words.lower[start]
                    if word.hasPrefix("ex-") { word.removeFirst(3) }
                    guard Lexicon.titles[word] != nil || Lexicon.roles[word] != nil || Lexicon.roleModifiers.contains(word) else { break }
                    if Lexicon.titles[word] != nil || Lexicon.roles[word] != nil { personCue = true }
                    start += 1
                }
                if start == j - 1, j - i > 1 || Lexicon.titles[words.lower[start]] == nil {
                    // single word left
                } else if start == j - 1, j - i == 1, Lexicon.titles[words.lower[start]] != nil {
                    i = j; continue   // a bare title ("President") is not a name
                }
                if !personCue, start > sentence.tokens.lowerBound {
                    let before = words.lower[start - 1]
                    if Lexicon.roles[before] != nil || Lexicon.titles[before] != nil { personCue = true }
                }
                var type = classify(start..<j, words: words, personCue: personCue)
                if type == nil, hadThe { type = .organization }
                // A lone unknown capitalised word at a sentence start ("Footage", "Violence") needs evidence.
                if type == nil, start == firstWord, j - start == 1, !personCue, !words.isPossessive(j),
                   !midCapitalized.contains(words.lower[start]) {
                    i = j; continue
                }
                if let type {
                    spans.append(NameSpan(tokens: start..<j, type: type))
                } else {
                    undecided.append(spans.count)
                    spans.append(NameSpan(tokens: start..<j, type: .person))
                }
                i = j
            }
        }
        // Single unknown words take the type of a longer name that contains them, else person.
        if !undecided.isEmpty {
            var known: [String: NameType] = [:]
            let undecidedSet = Set(undecided)
            for (index, span) in spans.enumerated() where !undecidedSet.contains(index) && span.tokens.count > 1 {
                for t in span.tokens where known[words.lower[t]] == nil { known[words.lower[t]] = span.type }
            }
            for (index, span) in spans.enumerated() where !undecidedSet.contains(index) && span.tokens.count == 1 {
                if known[words.lower[span.tokens.lowerBound]] == nil { known[words.lower[span.tokens.lowerBound]] = span.type }
            }
            for index in undecided {
                let span = spans[index]
                let word = words.lower[span.tokens.lowerBound]
                if let type = known[word] { spans[index].type = type; continue }
                if isDescribedAsOrganization(after: span.tokens.upperBound, words: words) { spans[index].type = .organization }
            }
        }
        return spans
    }

    /// Capitalised word that may be part of a name.
    func isNameWord(_ i: Int, words: Words, sentenceStart: Int, lowercaseSeen: Set<String>) -> Bool {
        guard words.isWord(i), words.isCapitalized(i) else { return false }
        let lower = words.lower[i]
        if Lexicon.months[lower] != nil || Lexicon.weekdays[lower] != nil { return false }
        let afterOpener = i > 0 && ["\"", "“", "‘", "'", ":", "(", "—", "–", "-"].contains(words.text[i - 1])
        if i == sentenceStart || afterOpener {
            if Lexicon.titles[lower] != nil { return true }
            if Lexicon.commonCapitalized.contains(lower) { return false }
            if lowercaseSeen.contains(lower), Lexicon.demonyms[lower] == nil { return false }
        } else if words.isAcronym(i), Lexicon.commonCapitalized.contains(lower) {
            return false   // "READ MORE:"
        }
        if lower == "i" { return false }
        return true
    }

    /// The type of a capitalised sequence, or nil when nothing tells (typed later).
    func classify(_ range: Range<Int>, words: Words, personCue: Bool) -> NameType? {
        let phrase = range.map { words.lower[$0] }.joined(separator: " ")
        let last = words.lower[range.upperBound - 1]
        if Lexicon.places.contains(phrase) { return .location }
        if range.count == 1, Lexicon.demonyms[phrase] != nil { return .miscellaneous }
        if Lexicon.knownOrganizations.contains(phrase) { return .organization }
        if range.count > 1, Lexicon.organizationHeads.contains(last) { return .organization }
        if personCue { return .person }
        if FirstNames.shared.contains(words.lower[range.lowerBound]), !words.isAcronym(range.lowerBound) { return .person }
        if range.count == 1, words.isAcronym(range.lowerBound) { return .organization }
        if range.count > 1 {
            if range.contains(where: { Lexicon.organizationHeads.contains(words.lower[$0]) }) { return .organization }
            return .person
        }
        return nil
    }

    /// ", a news website …", ", the company …": an apposition that names an organisation.
    func isDescribedAsOrganization(after end: Int, words: Words) -> Bool {
        guard end + 2 < words.count, words.text[end] == "," else { return false }
        let det = words.lower[end + 1]
        guard det == "a" || det == "an" || det == "the" else { return false }
        let heads: Set<String> = ["website", "newspaper", "agency", "company", "firm", "group", "party", "organisation",
                                  "organization", "outlet", "channel", "broadcaster", "network", "platform", "site", "bank"]
        var k = end + 2
        while k < min(words.count, end + 6) {
            if heads.contains(words.lower[k]) { return true }
            if !words.isWord(k) { break }
            k += 1
        }
        return false
    }
}
