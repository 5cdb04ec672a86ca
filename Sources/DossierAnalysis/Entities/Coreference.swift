import DossierText

/// Roles, relations, pronouns and descriptions, in the spirit of a deterministic multi-pass sieve:
/// appositions and role premodifiers first (they give roles, relations and gender), then in one pass through
/// the text: relative "who", he/she by gender and recency, they by the latest group, and descriptions
/// ("the doctor", "a Michigan man", "his mother") by apposition, predicate, head and role (see `describedEntity`).
struct Coreference: Sendable {
    /// How many sentences back a pronoun or description may look for its antecedent.
    static let window = 3

    static let relational: Set<String> = [
        "lawyer", "attorney", "doctor", "physician", "aide", "ally", "spokesman", "spokeswoman", "spokesperson",
        "secretary", "adviser", "advisor", "assistant", "deputy", "colleague", "associate", "head", "chief",
        "director", "founder", "leader", "member", "analyst", "correspondent", "editor", "chairman", "chairwoman", "chair",
    ]

    /// Nouns that describe one person without a role the text has given them.
    static let personNouns: [String: Gender] = [
        "man": .male, "woman": .female, "boy": .male, "girl": .female, "suspect": .unknown, "victim": .unknown,
        "gunman": .male, "actor": .male, "actress": .female, "singer": .unknown, "player": .unknown, "star": .unknown,
        "teenager": .unknown, "driver": .unknown, "defendant": .unknown, "accused": .unknown, "killer": .unknown,
        "rapper": .unknown, "comedian": .unknown, "businessman": .male, "businesswoman": .female, "pilot": .unknown,
    ]

    /// Words that make the description after them say who the subject before them is ("X was the driver",
    /// "named Jackman as the host").
    static let copulas: Set<String> = ["is", "was", "are", "were", "be", "been", "became", "becomes", "as"]

    static let collectiveNouns: [String: String] = ["police": "police", "authorities": "authorities"]

    func resolve(_ set: inout WorkingSet, document: Document, words: Words) {
        addCollectives(&set, document: document, words: words)
        set.mentions.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        var startsAt = [Int32](repeating: -1, count: words.count + 1)
        var endsAt = [Int32](repeating: -1, count: words.count + 1)
        for (index, mention) in set.mentions.enumerated() {
            startsAt[mention.tokens.lowerBound] = Int32(index)
            endsAt[mention.tokens.upperBound - 1] = Int32(index)
        }
        var sentenceOf = [Int32](repeating: 0, count: words.count + 1)
        for (n, sentence) in document.sentences.enumerated() { for t in sentence.tokens { sentenceOf[t] = Int32(n) } }

        rolesAndRelations(&set, document: document, words: words, startsAt: startsAt, endsAt: endsAt, sentenceOf: sentenceOf)
        pronounsAndDescriptions(&set, document: document, words: words, startsAt: startsAt, endsAt: endsAt, sentenceOf: sentenceOf)
        set.mentions.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    // MARK: - Collective agents

    /// "police" and "the authorities" become group entities so that events can name them as agents.
    func addCollectives(_ set: inout WorkingSet, document: Document, words: Words) {
        var covered = [Bool](repeating: false, count: words.count)
        for mention in set.mentions { for t in mention.tokens { covered[t] = true } }
        var entityFor: [String: Int] = [:]
        for i in 0..<words.count where !covered[i] {
            guard let name = Self.collectiveNouns[words.lower[i]] else { continue }
            // "police spokesman Mariusz Ciarka", "police officers": a modifier, not the police themselves.
            if i + 1 < words.count, Lexicon.roles[words.lower[i + 1]] != nil || Lexicon.titles[words.lower[i + 1]] != nil
                || ["officer", "officers", "station", "chief", "said", "car", "cars", "van", "vans", "headquarters"].contains(words.lower[i + 1]) && words.lower[i + 1] != "said" {
                continue
            }
            let index: Int
            if let existing = entityFor[name] { index = existing } else {
                set.entities.append(WorkingEntity(type: .group, name: name, nameTokenCount: 1, key: "group:" + name,
                                                  firstPosition: document.tokens[i].range.lowerBound))
                index = set.entities.count - 1
                entityFor[name] = index
            }
            set.mentions.append(WorkingMention(tokens: i..<(i + 1), range: document.tokens[i].range, kind: .description,
                                               entity: index, isPossessor: words.isPossessive(i + 1)))
        }
    }

    // MARK: - Roles and relations

    func rolesAndRelations(_ set: inout WorkingSet, document: Document, words: Words, startsAt: [Int32], endsAt: [Int32],
                           sentenceOf: [Int32]) {
        /// A word of a role phrase: names keep their capitals ("Kremlin critic", "head of Navalny's FBK"),
        /// other words are lowercased (a sentence's first word is a name only if the lexicon says so).
        func roleWord(_ t: Int) -> String {
            guard words.isCapitalized(t) else { return words.lower[t] }
            let startsSentence = t == 0 || sentenceOf[t - 1] != sentenceOf[t]
            if !startsSentence || words.isAcronym(t) || startsAt[t] >= 0 || Lexicon.knownOrganizations.contains(words.lower[t])
                || Lexicon.places.contains(words.lower[t]) || Lexicon.affiliations.contains(words.lower[t]) {
                return words.text[t]
            }
            return words.lower[t]
        }
        for mention in set.mentions where mention.kind == .name && set.entities[mention.entity].type == .person {
            let a = mention.tokens.lowerBound
            let e = mention.tokens.upperBound
            let me = mention.entity
            // Role before the name: "opposition leader Alexey Navalny", "Sobol's lawyer Vladimir Voronin".
            let h = a - 1
            if h >= 0, !words.isPossessive(h), let gender = Lexicon.roles[words.lower[h]] ?? Lexicon.titles[words.lower[h]] {
                let head = words.lower[h].hasSuffix(".") ? String(words.lower[h].dropLast()) : words.lower[h]
                var phrase = head
                var phraseStart = h
                if h - 1 >= 0, Lexicon.roleModifiers.contains(words.lower[h - 1]) {
                    // "Deputy Defense Secretary Paul Wolfowitz": every modifier of the office belongs to the role.
                    while phraseStart - 1 >= 0, phraseStart > h - 3, Lexicon.roleModifiers.contains(words.lower[phraseStart - 1]),
                          sentenceOf[phraseStart - 1] == sentenceOf[h] {
                        phraseStart -= 1
                        let t = phraseStart
                        let keepsCapital = Lexicon.knownOrganizations.contains(words.lower[t]) || Lexicon.places.contains(words.lower[t])
                            || words.isAcronym(t)
                        phrase = (keepsCapital ? words.text[t] : words.lower[t]) + " " + phrase
                    }
                } else if h - 1 >= 0, endsAt[h - 1] >= 0, !set.mentions[Int(endsAt[h - 1])].isPossessor,
                          set.entities[set.mentions[Int(endsAt[h - 1])].entity].type == .organization {
                    phrase = roleWord(h - 1) + " " + head
                    phraseStart = h - 1
                }
                if !Lexicon.honorifics.contains(head) { set.entities[me].addRole(phrase) }
                if set.entities[me].gender == .unknown { set.entities[me].gender = gender }
                let p = phraseStart - 1
                if p >= 1, words.isPossessive(p), endsAt[p - 1] >= 0 {
                    let owner = set.mentions[Int(endsAt[p - 1])].entity
                    if owner != me, Lexicon.kin[head] != nil || Self.relational.contains(head) {
                        set.entities[owner].addRelation(head, me)
                        set.entities[me].addRelation(head + "-of", owner)
                    }
                }
            }
            // Apposition after the name: "Ivan Zhdanov, the head of Navalny's FBK …,".
            if e + 2 < words.count, words.lower[e] == ",", ["the", "a", "an"].contains(words.lower[e + 1]) {
                var r = e + 2
                while r < min(words.count, e + 5), Lexicon.roles[words.lower[r]] == nil, words.isWord(r), !words.isCapitalized(r) { r += 1 }
                if r < words.count, let gender = Lexicon.roles[words.lower[r]] {
                    var close = r + 1
                    while close < min(words.count, r + 12), ![",", ".", ";", ":"].contains(words.lower[close]) { close += 1 }
                    let phraseTokens = (e + 2)..<close
                    var phrase = ""
                    for t in phraseTokens {
                        if !phrase.isEmpty && !words.isPossessive(t) { phrase += " " }
                        phrase += roleWord(t)
                    }
                    set.entities[me].addRole(phrase)
                    if set.entities[me].gender == .unknown { set.entities[me].gender = gender }
                    let head = words.lower[r]
                    if r + 1 < close, words.lower[r + 1] == "of" {
                        // The organisation headed: the first non-possessive organisation mention in the phrase.
                        var t = r + 2
                        while t < close {
                            if startsAt[t] >= 0 {
                                let m = set.mentions[Int(startsAt[t])]
                                if !m.isPossessor, set.entities[m.entity].type == .organization {
                                    set.entities[m.entity].addRelation(head, me)
                                    set.entities[me].addRelation(head + "-of", m.entity)
                                    break
                                }
                            }
                            t += 1
                        }
                    }
                }
            }
            // "Political analyst Alexander Baunov of the Carnegie Moscow Center".
            if e + 1 < words.count, words.lower[e] == "of", let role = set.entities[me].roles.last {
                var t = e + 1
                if words.lower[t] == "the" { t += 1 }
                if t < words.count, startsAt[t] >= 0 {
                    let org = set.mentions[Int(startsAt[t])].entity
                    if set.entities[org].type == .organization {
                        let head = String(role.split(separator: " ").last ?? Substring(role))
                        set.entities[org].addRelation(head, me)
                        set.entities[me].addRelation(head + "-of", org)
                    }
                }
            }
        }
    }

    // MARK: - Pronouns and descriptions

    /// A recent mention: its entity, first token and sentence, the token after it, and whether it can be the
    /// subject of its clause (not a possessor, not an object pronoun).
    typealias Recent = (entity: Int, token: Int, sentence: Int32, end: Int, canBeSubject: Bool)

    func pronounsAndDescriptions(_ set: inout WorkingSet, document: Document, words: Words,
                                 startsAt: [Int32], endsAt: [Int32], sentenceOf: [Int32]) {
        var recent: [Recent] = []          // people, most recent last
        var recentGroups: [Recent] = []    // groups, organisations, plural descriptions
        var added: [WorkingMention] = []
        var addedEnds: [Int: Int] = [:]    // last token of an added mention → its entity
        var described: [Int: (head: String, plural: Bool, possessor: Int?, last: Int)] = [:]   // unnamed entities
        var next = 0   // next name mention to enter `recent`
        var lastPossessor: (entity: Int?, token: Int) = (nil, -1)   // of the last possessive description and its last token
        let mentions = set.mentions

        /// The entity of the mention (a name or one added here) whose last token is `t`; an age in commas
        /// after it is skipped ("Raj Chohan, 59, who …").
        func mentionEnding(at t: Int) -> Int? {
            guard t >= 0 else { return nil }
            if t >= 3, words.lower[t] == ",", words.isNumber(t - 1), words.lower[t - 2] == "," { return mentionEnding(at: t - 3) }
            if let entity = addedEnds[t] { return entity }
            return endsAt[t] >= 0 ? mentions[Int(endsAt[t])].entity : nil
        }
        var isName = [Bool](repeating: false, count: words.count)
        for mention in mentions { for t in mention.tokens { isName[t] = true } }
        func nameStartsAt(_ t: Int) -> Bool {
            guard startsAt[t] >= 0 else { return false }
            let type = set.entities[set.mentions[Int(startsAt[t])].entity].type
            return type == .person || type == .organization
        }
        func isPeople(_ entity: Int) -> Bool { [.person, .group].contains(set.entities[entity].type) }
        func remember(_ entity: Int, _ tokens: Range<Int>, _ sentence: Int32) {
            let token = tokens.lowerBound
            let canBeSubject = !words.isPossessive(tokens.upperBound) && !Self.nonSubjectPronouns.contains(words.lower[token])
            let entry: Recent = (entity, token, sentence, tokens.upperBound, canBeSubject)
            if set.entities[entity].type == .person { recent.append(entry) } else { recentGroups.append(entry) }
            if described[entity] != nil { described[entity]!.last = token }
        }

        var i = 0
        while i < words.count {
            while next < mentions.count, mentions[next].tokens.lowerBound <= i {
                let m = mentions[next]
                if [.person, .group, .organization].contains(set.entities[m.entity].type) { remember(m.entity, m.tokens, sentenceOf[m.tokens.lowerBound]) }
                next += 1
            }
            if recent.count > 64 { recent.removeFirst(recent.count - 32) }
            if recentGroups.count > 64 { recentGroups.removeFirst(recentGroups.count - 32) }
            // A word inside a name is never a pronoun ("ITS" for Instant Tax Service, "Doctor Who").
            let insideName = next > 0 && mentions[next - 1].tokens.contains(i)
            let word = insideName ? "" : words.lower[i]
            let sentence = sentenceOf[i]
            var resolved: Int? = nil
            switch word {
            case "who", "whom", "whose":
                // "Navalny, who …", "a maid who …": the person or group just before (the comma).
                let before = mentionEnding(at: i - 1) ?? (i >= 2 && words.lower[i - 1] == "," ? mentionEnding(at: i - 2) : nil)
                if let before, isPeople(before) { resolved = before }
            case "he", "him", "his", "himself":
                resolved = antecedent(recent, gender: .male, pronoun: i, sentence: sentence, set: set, words: words, sentenceOf: sentenceOf)
            case "she", "her", "hers", "herself":
                resolved = antecedent(recent, gender: .female, pronoun: i, sentence: sentence, set: set, words: words, sentenceOf: sentenceOf)
            case "it", "its":
                resolved = organisation(recentGroups, pronoun: i, sentence: sentence, set: set, words: words,
                                        startsAt: startsAt, sentenceOf: sentenceOf)
            case "they", "them", "their", "themselves":
                // The most recent group, organisation or plural description, this sentence or the one before.
                if let last = recentGroups.last, sentence - last.sentence <= 1 { resolved = last.entity }
            default:
                break
            }
            if let entity = resolved {
                // A person of unknown gender takes the pronoun's ("Rod Blagojevich … he tried").
                if set.entities[entity].type == .person, set.entities[entity].gender == .unknown {
                    if ["he", "him", "his", "himself"].contains(word) { set.entities[entity].gender = .male }
                    if ["she", "her", "hers", "herself"].contains(word) { set.entities[entity].gender = .female }
                }
                let span = i..<(i + 1)
                added.append(WorkingMention(tokens: span, range: range(span, document), kind: .pronoun, entity: entity,
                                            isPossessor: ["his", "her", "whose", "their", "its"].contains(word) || words.isPossessive(i + 1)))
                addedEnds[i] = entity
                remember(entity, i..<(i + 1), sentence)
            }
            // A description after a determiner, a number or a possessive ("his mother", "Smith's lawyer").
            var possessor = Descriptions.possessivePronouns.contains(word) ? resolved : words.isPossessive(i) ? mentionEnding(at: i - 1) : nil
            // "his mother and sister": the second noun shares the first one's possessor.
            let coordinated = (word == "and" || word == ",") && i > 0 && addedEnds[i - 1] != nil && lastPossessor.token == i - 1
            if coordinated { possessor = lastPossessor.entity }
            if startsAt[i] < 0, let phrase = Descriptions.phrase(after: i, words: words, isName: { isName[$0] }, nameStartsAt: nameStartsAt,
                                                                 coordinated: coordinated) {
                let entity = describedEntity(phrase, determiner: i, possessor: possessor, set: &set, described: &described,
                                             recent: recent, recentGroups: recentGroups, mentionEnding: mentionEnding,
                                             words: words, startsAt: startsAt, sentence: sentence, document: document)
                let span = phrase.tokens
                added.append(WorkingMention(tokens: span, range: range(span, document), kind: .description, entity: entity,
                                            isPossessor: words.isPossessive(span.upperBound)))
                addedEnds[span.upperBound - 1] = entity
                remember(entity, span, sentence)
                lastPossessor = (possessor, possessor == nil ? -1 : span.upperBound - 1)
                i = span.upperBound
                continue
            }
            i += 1
        }
        // Unnamed people mentioned once stay out: they would crowd the entity list and link nothing.
        var counts: [Int: Int] = [:]
        for mention in added where described[mention.entity] != nil { counts[mention.entity, default: 0] += 1 }
        set.mentions.append(contentsOf: added.filter { described[$0.entity] == nil || counts[$0.entity, default: 0] > 1 })
    }

    /// The entity a description refers to, in the order of a deterministic sieve: apposition ("X, a 33-year-old
    /// man"), predicate nominative ("X was the driver"), a name in apposition after it ("the fired man, Eric
    /// Kirkpatrick"), an earlier description with the same head (and possessor), a person whose role it names
    /// ("the doctor"), for "the man" a recent person of that gender; else a new unnamed person or group.
    func describedEntity(_ phrase: DescriptionPhrase, determiner d: Int, possessor: Int?, set: inout WorkingSet,
                         described: inout [Int: (head: String, plural: Bool, possessor: Int?, last: Int)],
                         recent: [Recent], recentGroups: [Recent], mentionEnding: (Int) -> Int?,
                         words: Words, startsAt: [Int32], sentence: Int32, document: Document) -> Int {
        func agrees(_ entity: Int) -> Bool {
            let e = set.entities[entity]
            guard (e.type == .group) == phrase.plural, e.type == .person || e.type == .group else { return false }
            return phrase.gender == .unknown || e.gender == .unknown || e.gender == phrase.gender
        }
        let isArticle = Descriptions.articles.contains(words.lower[d]) || Descriptions.quantities.contains(words.lower[d])
        let end = phrase.tokens.upperBound
        let nameStart = isArticle ? d + 1 : phrase.tokens.lowerBound
        let text = String(document.article.slice(range(nameStart..<end, document)))
        /// What the text says this person is becomes their role, so that "the worker" finds them later.
        func linked(_ entity: Int) -> Int {
            if !phrase.plural { set.entities[entity].addRole(text) }
            return entity
        }
        if isArticle, d >= 2 {
            let before = words.lower[d - 1]
            // An apposition closes where it opened: "X, a 33-year-old man, was …" (not "by X, the doctor is …").
            let closes = end >= words.count || [",", ".", ";", ")", "who"].contains(words.lower[end])
            if before == ",", closes, let entity = mentionEnding(d - 1) ?? mentionEnding(d - 2), agrees(entity) { return linked(entity) }
            if Self.copulas.contains(before), let entity = mentionEnding(d - 2), agrees(entity) { return linked(entity) }
        }
        if !phrase.plural, end + 1 < words.count, [",", "named", "called"].contains(words.lower[end]), startsAt[end + 1] >= 0 {
            let entity = set.mentions[Int(startsAt[end + 1])].entity
            if set.entities[entity].type == .person, agrees(entity) { return linked(entity) }
        }
        if phrase.definite {
            let same = described.filter { $0.value.head == phrase.head && $0.value.plural == phrase.plural
                && (possessor == nil || $0.value.possessor == possessor) }
            if let entity = same.max(by: { $0.value.last < $1.value.last })?.key { return entity }
            if possessor == nil, !phrase.plural {
                for candidate in recent.reversed() where sentence - candidate.sentence <= Int32(Self.window) {
                    if set.entities[candidate.entity].hasRoleHead(phrase.head) { return candidate.entity }
                }
                // "the man", "the suspect": the most recent person of agreeing gender in the sentence before
                // (in the same sentence a named person is rarely "the accused": "Judge Kellar ordered the accused …").
                if Self.personNouns[phrase.head] != nil {
                    for candidate in recent.reversed() where sentence - candidate.sentence == 1 {
                        if agrees(candidate.entity) { return candidate.entity }
                    }
                }
            }
        }
        // Someone new: named after the phrase without its article ("Michigan man"), or "Smith's lawyer".
        var name = text
        if let possessor, set.entities[possessor].type != .group { name = set.entities[possessor].name + "’s " + name }
        let type: EntityType = phrase.plural ? .group : .person
        var entity = WorkingEntity(type: type, name: name, nameTokenCount: 0, key: "unnamed:\(type.rawValue):" + name.lowercased(),
                                   firstPosition: document.tokens[phrase.tokens.lowerBound].range.lowerBound)
        entity.gender = phrase.gender
        set.entities.append(entity)
        let index = set.entities.count - 1
        described[index] = (phrase.head, phrase.plural, possessor, phrase.tokens.lowerBound)
        if let possessor, !phrase.plural, Lexicon.kin[phrase.head] != nil || Self.relational.contains(phrase.head) {
            set.entities[possessor].addRelation(phrase.head, index)
            set.entities[index].addRelation(phrase.head + "-of", possessor)
        }
        return index
    }

    static let quotes: Set<String> = ["\"", "“", "”", "``", "''", "‘", "’"]

    /// Pronouns that are never the subject of their clause.
    static let nonSubjectPronouns: Set<String> = ["his", "him", "her", "hers", "their", "them", "whose", "whom", "its"]

    /// Words after which a new clause starts, so the mention after them may be its subject.
    static let clauseStarts: Set<String> = Lexicon.clauseBreakers.union([",", "and", "then", "(", "‘", "'"])

    /// The subject of its clause: a mention that can be one, first in its sentence, or after a clause start and
    /// before a verb ("Rod Blagojevich was jailed …", "…, who was arrested", "after he tried …"); an article,
    /// title or role before it is skipped ("Deputy Jerry Ortiz was looking …").
    func isSubject(_ candidate: Recent, words: Words, sentenceOf: [Int32]) -> Bool {
        guard candidate.canBeSubject else { return false }
        if words.lower[candidate.token] == "who" { return true }
        var p = candidate.token - 1
        while p >= 0, sentenceOf[p] == candidate.sentence,
              Descriptions.articles.contains(words.lower[p]) || Lexicon.titles[words.lower[p]] != nil || Lexicon.roles[words.lower[p]] != nil {
            p -= 1
        }
        if p < 0 || sentenceOf[p] != candidate.sentence { return true }
        return Self.clauseStarts.contains(words.lower[p]) && Self.isVerbLike(candidate.end, words: words)
    }

    static let modals: Set<String> = ["has", "had", "have", "will", "would", "could", "can", "should", "may", "might", "must",
                                      "did", "does", "do"]
    static let auxiliaries: Set<String> = Lexicon.beForms.union(modals).union(["said", "says", "told"])

    /// A word that can be a finite verb after a subject: an auxiliary, or a lower-case word ending in -ed or -s.
    static func isVerbLike(_ t: Int, words: Words) -> Bool {
        guard t < words.count, words.isWord(t), !words.isCapitalized(t) else { return false }
        let w = words.lower[t]
        if auxiliaries.contains(w) { return true }
        if Lexicon.prepositions.contains(w) || Descriptions.stops.contains(w) { return false }
        return w.hasSuffix("ed") || w.hasSuffix("s") && !w.hasSuffix("ss") && !w.hasSuffix("'s")
    }

    /// No clause boundary between the end of a mention and a pronoun: a subject there and an object pronoun
    /// of the same verb are two people ("Trump pardoned him").
    func sameClause(_ from: Int, _ to: Int, words: Words) -> Bool {
        guard from <= to else { return false }
        for t in from..<to where Self.clauseStarts.contains(words.lower[t]) || words.lower[t] == "to" || words.lower[t] == "." { return false }
        return true
    }

    /// The antecedent of he/she, in the order of a Hobbs-style search (Lee et al. 2013): for "his" and possessive
    /// "her" the nearest person in its sentence of that gender or a named clause subject of unknown gender; for
    /// "he"/"she" and a reflexive the nearest clause subject before it in its own sentence that agrees in gender (a subject of
    /// unknown gender counts: "Rod Blagojevich was jailed after he tried …"); else, with no person of that gender
    /// earlier in its sentence, the first subject of the sentence before if it has the pronoun's gender
    /// ("… He was sentenced"); else the most recent person of the same gender within the window
    /// (unknown gender as a last resort, one sentence back). An object pronoun is never the subject of
    /// its own clause ("Trump pardoned him"), a reflexive always is ("he cut himself").
    func antecedent(_ recent: [Recent], gender: Gender, pronoun i: Int, sentence: Int32, set: WorkingSet,
                    words: Words, sentenceOf: [Int32]) -> Int? {
        let word = words.lower[i]
        let object = word == "him" || word == "her" && Self.isObjectHer(i, words: words)
        let reflexive = word.hasSuffix("self")
        func agrees(_ candidate: Recent) -> Bool {
            let g = set.entities[candidate.entity].gender
            return g == gender || g == .unknown
        }
        // The subject of the pronoun's own clause, when the pronoun is an object: not its antecedent anywhere.
        var bound = Set<Int>()
        if object {
            for candidate in recent.reversed() {
                guard candidate.sentence == sentence, candidate.token < i else { break }
                if isSubject(candidate, words: words, sentenceOf: sentenceOf), sameClause(candidate.end, i, words: words) {
                    bound.insert(candidate.entity)
                }
            }
        }
        // A subject pronoun looks for the nearest clause subject, a possessive for the nearest person of its
        // gender or clause subject, in its own sentence first; an object pronoun ("him") goes by recency.
        let possessive = !object && !reflexive && word != "he" && word != "she"
        if !object {
            for candidate in recent.reversed() {
                guard candidate.sentence == sentence, candidate.token < i else { break }
                // Not into a quotation from outside it ("“Jermayne fired the shot,” he said").
                if (candidate.end..<i).contains(where: { Self.quotes.contains(words.lower[$0]) }) { break }
                // Unknown gender only for a named person: "the judge" or "a spokesperson" is no reason to pass
                // over the woman named before.
                let e = set.entities[candidate.entity]
                let sameGender = e.gender == gender
                guard sameGender && possessive || (sameGender || e.gender == .unknown && e.nameTokenCount > 0)
                        && isSubject(candidate, words: words, sentenceOf: sentenceOf) else { continue }
                return candidate.entity
            }
        }
        // The subject of the sentence before (its first clause subject), when its gender is the pronoun's.
        if !recent.contains(where: { $0.sentence == sentence && $0.token < i && set.entities[$0.entity].gender == gender }),
           let subject = recent.first(where: { $0.sentence == sentence - 1 && isSubject($0, words: words, sentenceOf: sentenceOf) }),
           set.entities[subject.entity].gender == gender, !bound.contains(subject.entity) {
            return subject.entity
        }
        var fallback: Int? = nil
        for candidate in recent.reversed() {
            if sentence - candidate.sentence > Int32(Self.window) { break }
            if bound.contains(candidate.entity) { continue }
            let g = set.entities[candidate.entity].gender
            if g == gender { return candidate.entity }
            if g == .unknown, fallback == nil, sentence - candidate.sentence <= 1 { fallback = candidate.entity }
        }
        return fallback
    }

    /// "her" as an object ("police arrested her.", "told her that"), not a possessive determiner ("her lawyer").
    static func isObjectHer(_ i: Int, words: Words) -> Bool {
        guard i + 1 < words.count else { return true }
        let next = words.lower[i + 1]
        return !words.isWord(i + 1) || Lexicon.prepositions.contains(next) || clauseStarts.contains(next)
            || ["and", "or", "as", "in", "up", "out", "back", "down", "off", "away"].contains(next)
    }

    /// Verbs after a referential "it" whose subject is an organisation ("the FBK said it would …"); what
    /// comes after a pleonastic "it" ("it is", "it was reported", "it seems", "it rained") is not among them.
    static let organisationVerbs: Set<String> = [
        "would", "will", "could", "can", "should", "may", "might", "must", "had", "has", "did", "does", "said", "says",
        "announced", "added", "stated", "denied", "declined", "refused", "warned", "claimed", "confirmed", "plans",
        "planned", "intends", "intended", "hopes", "hoped", "wants", "wanted", "agreed", "acknowledged", "admitted",
        "argued", "expects", "expected", "aims", "aimed", "filed", "sued", "sought", "seeks", "received", "paid",
        "reported", "posted", "published", "released", "issued", "urged", "called", "asked", "accused", "insisted",
    ]

    /// The organisation "it" or "its" refers to, with high precision: the most recent organisation in the same
    /// sentence with no other noun phrase between ("Microsoft and its partners", "the FBK said it would"), or
    /// for "it" at the start of a sentence the subject of the sentence before when it is an organisation
    /// ("The FBK denied it. It said …"). Organisations are singular: groups (plural) are never "it". "it" needs a
    /// verb after it that an organisation does (`organisationVerbs`), and not "it would be", "it has been".
    func organisation(_ recentGroups: [Recent], pronoun i: Int, sentence: Int32, set: WorkingSet, words: Words,
                      startsAt: [Int32], sentenceOf: [Int32]) -> Int? {
        let isIt = words.lower[i] == "it"
        if isIt {
            guard i + 2 < words.count, Self.organisationVerbs.contains(words.lower[i + 1]) else { return nil }
            // After an auxiliary a verb must follow, and not one of a pleonastic "it" ("it would be", "it has
            // been", "it might have", "it does.").
            if Self.modals.contains(words.lower[i + 1]) {
                let verb = words.lower[i + 2]
                guard words.isWord(i + 2), !words.isCapitalized(i + 2),
                      !["be", "been", "have", "seem", "appear", "take", "make", "that", "rain", "snow"].contains(verb) else { return nil }
            }
        }
        guard let last = recentGroups.last(where: { set.entities[$0.entity].type == .organization || set.entities[$0.entity].type == .group })
        else { return nil }
        // A name that takes in the pronoun itself ("Its Your Money Inc.") is not what the pronoun refers to.
        guard set.entities[last.entity].type == .organization, last.end <= i else { return nil }
        if last.sentence == sentence {
            // Nothing between that could be what "it" is (a determiner, a number, another name, a pronoun) or
            // that ends the organisation's clause (a colon, a quotation, a question).
            for t in last.end..<i {
                let w = words.lower[t]
                if Descriptions.articles.contains(w) || Self.quotes.contains(w) || words.isNumber(t) || startsAt[t] >= 0
                    || ["it", "its", "this", "which", "what", "i", "we", "you", "he", "she", "they", ":", ";", "?", "!"].contains(w) {
                    return nil
                }
            }
            // "it": the organisation is a clause subject ("Microsoft, which …, said it …"), or it says what "it"
            // will do ("the FBK said (that) it would").
            if isIt, !isSubject(last, words: words, sentenceOf: sentenceOf),
               !(last.end..<i).allSatisfy({ Self.organisationVerbs.contains(words.lower[$0]) || words.lower[$0] == "that" }) {
                return nil
            }
            return last.entity
        }
        if isIt, last.sentence == sentence - 1, i == 0 || sentenceOf[i - 1] != sentence,
           !Self.modals.contains(words.lower[i + 1]),
           isSubject(last, words: words, sentenceOf: sentenceOf) {
            return last.entity
        }
        return nil
    }
}
