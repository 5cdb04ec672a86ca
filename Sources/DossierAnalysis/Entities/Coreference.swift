import DossierText

/// Roles, relations, pronouns and descriptions, in the spirit of a deterministic multi-pass sieve:
/// appositions and role premodifiers first (they give roles, relations and gender), then relative "who",
/// then definite descriptions ("the doctor") by role, then he/she pronouns by gender and recency.
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
                    phrase = roleWord(h - 1) + " " + head
                    phraseStart = h - 1
                } else if h - 1 >= 0, endsAt[h - 1] >= 0, !set.mentions[Int(endsAt[h - 1])].isPossessor,
                          set.entities[set.mentions[Int(endsAt[h - 1])].entity].type == .organization {
                    phrase = roleWord(h - 1) + " " + head
                    phraseStart = h - 1
                }
                set.entities[me].addRole(phrase)
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

    func pronounsAndDescriptions(_ set: inout WorkingSet, document: Document, words: Words,
                                 startsAt: [Int32], endsAt: [Int32], sentenceOf: [Int32]) {
        // Recent person mentions, most recent last: (entity, token, sentence).
        var recent: [(entity: Int, token: Int, sentence: Int32)] = []
        var added: [WorkingMention] = []
        var next = 0   // next name mention to enter `recent`
        let mentions = set.mentions
        var i = 0
        while i < words.count {
            while next < mentions.count, mentions[next].tokens.lowerBound <= i {
                let m = mentions[next]
                if set.entities[m.entity].type == .person { recent.append((m.entity, m.tokens.lowerBound, sentenceOf[m.tokens.lowerBound])) }
                next += 1
            }
            if recent.count > 64 { recent.removeFirst(recent.count - 32) }
            let word = words.lower[i]
            let sentence = sentenceOf[i]
            var resolved: Int? = nil
            var span = i..<(i + 1)
            var kind = Mention.Kind.pronoun
            switch word {
            case "who", "whom", "whose":
                // "Navalny, who …": the name just before the comma.
                if i >= 2, words.lower[i - 1] == ",", endsAt[i - 2] >= 0 {
                    let m = set.mentions[Int(endsAt[i - 2])]
                    if set.entities[m.entity].type == .person { resolved = m.entity }
                } else if i >= 1, endsAt[i - 1] >= 0 {
                    let m = set.mentions[Int(endsAt[i - 1])]
                    if set.entities[m.entity].type == .person { resolved = m.entity }
                }
            case "he", "him", "his", "himself":
                resolved = antecedent(recent, gender: .male, sentence: sentence, set: set)
            case "she", "her", "hers", "herself":
                resolved = antecedent(recent, gender: .female, sentence: sentence, set: set)
            case "the":
                // "the doctor", "the main opposition leader": a role noun within three words, not an apposition.
                guard startsAt[i] < 0 else { break }
                var r = i + 1
                while r < min(words.count, i + 4), Lexicon.roles[words.lower[r]] == nil, Self.personNouns[words.lower[r]] == nil,
                      words.isWord(r), !words.isCapitalized(r) { r += 1 }
                guard r < min(words.count, i + 4), Lexicon.roles[words.lower[r]] != nil || Self.personNouns[words.lower[r]] != nil else { break }
                if r + 1 < words.count, words.lower[r + 1] == "of" || words.isCapitalized(r + 1) { break }
                let noun = words.lower[r]
                for candidate in recent.reversed() where sentence - candidate.sentence <= Int32(Self.window) {
                    if set.entities[candidate.entity].hasRoleHead(noun) { resolved = candidate.entity; break }
                }
                // "the man", "the suspect": the most recent person of agreeing gender, one sentence back at most.
                if resolved == nil, let gender = Self.personNouns[noun] {
                    for candidate in recent.reversed() where sentence - candidate.sentence <= 1 {
                        let g = set.entities[candidate.entity].gender
                        if gender == .unknown || g == .unknown || g == gender { resolved = candidate.entity; break }
                    }
                }
                span = i..<(r + 1)
                kind = .description
            default:
                break
            }
            if let entity = resolved {
                let mention = WorkingMention(tokens: span, range: range(span, document), kind: kind, entity: entity,
                                             isPossessor: word == "his" || word == "her" || word == "whose" || words.isPossessive(span.upperBound))
                added.append(mention)
                recent.append((entity, i, sentence))
                i = span.upperBound
                continue
            }
            i += 1
        }
        set.mentions.append(contentsOf: added)
    }

    /// The most recent person of agreeing gender within the window (unknown gender agrees as a last resort).
    func antecedent(_ recent: [(entity: Int, token: Int, sentence: Int32)], gender: Gender, sentence: Int32, set: WorkingSet) -> Int? {
        var fallback: Int? = nil
        for candidate in recent.reversed() {
            if sentence - candidate.sentence > Int32(Self.window) { break }
            let g = set.entities[candidate.entity].gender
            if g == gender { return candidate.entity }
            if g == .unknown, fallback == nil, sentence - candidate.sentence <= 1 { fallback = candidate.entity }
        }
        return fallback
    }
}
