import DossierText

/// Links name mentions into entities: full names first, then bare surnames and first names to the most
/// salient compatible person; organisations by full name, acronym and contained word; nationalities as groups.
/// - Complexity: O(mentions × candidates sharing a key), linear in practice (dictionary lookups).
struct EntityLinker: Sendable {

    func link(_ spans: [NameSpan], document: Document, words: Words) -> WorkingSet {
        var set = WorkingSet()
        var spans = spans.filter { !$0.tokens.isEmpty && $0.tokens.upperBound <= words.count }
            .sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
        // "Democrat Rod Blagojevich", "American John Smith": the party or nationality is an affiliation, not a name,
        // whether the tagger put it inside the person's name or tagged it as a name of its own right before it.
        var affiliations = [[String]](repeating: [], count: spans.count)
        var keep = [Bool](repeating: true, count: spans.count)
        for n in spans.indices.dropFirst() where spans[n].type == .person {
            let before = spans[n - 1]
            if before.type == .miscellaneous, before.tokens.count == 1, before.tokens.upperBound == spans[n].tokens.lowerBound,
               Self.isAffiliation(before.tokens.lowerBound, words) {
                affiliations[n].append(words.text[before.tokens.lowerBound])
                keep[n - 1] = false
            }
        }
        // "revoke Article 50", "Section 230", "Flight 17": one capitalised word numbered is a thing, not a person.
        for n in spans.indices where spans[n].type == .person && spans[n].tokens.count == 1 {
            let next = spans[n].tokens.upperBound
            if next < words.count, words.isNumber(next) { keep[n] = false }
        }
        for n in spans.indices where spans[n].type == .person && Self.isPhotoCredit(spans[n].tokens, words) { keep[n] = false }
        spans = spans.indices.filter { keep[$0] }.map { spans[$0] }
        affiliations = affiliations.indices.filter { keep[$0] }.map { affiliations[$0] }
        for n in spans.indices where spans[n].type == .person {
            while spans[n].tokens.count >= 2, Self.isAffiliation(spans[n].tokens.lowerBound, words) {
                affiliations[n].append(words.text[spans[n].tokens.lowerBound])
                spans[n].tokens = (spans[n].tokens.lowerBound + 1)..<spans[n].tokens.upperBound
            }
        }
        var assigned = [Int?](repeating: nil, count: spans.count)
        var personsByFull: [String: [Int]] = [:]
        var personsByLast: [String: [Int]] = [:]
        var personsByFirst: [String: [Int]] = [:]
        var singlePersons: [String: Int] = [:]
        var others: [String: Int] = [:]          // "type:key" → entity

        func text(_ r: Range<Int>) -> String { String(document.article.slice(range(r, document))) }

        // Pass 1: persons with a first and a last name.
        for (n, span) in spans.enumerated() where span.type == .person && span.tokens.count >= 2 {
            let parts = span.tokens.map { words.text[$0] }
            let first = NameKey.word(parts[0])
            var last = NameKey.surname(parts[parts.count - 1])
            func sameFirstName(_ candidate: Int) -> Bool {
                guard let f = set.entities[candidate].firstKey else { return false }
                return f == first || NameKey.isInitial(parts[0], of: f) || NameKey.isInitial(f, ofKey: first)
            }
            var match = (personsByLast[last] ?? []).first(where: sameFirstName)
            // A possessive whose apostrophe the source dropped ("Phil Keiths office", common in scraped text) is the
            // same person, whichever form came first; the entity keeps the form without the s.
            if match == nil, last.count > 3, last.hasSuffix("s"),
               let owner = (personsByLast[String(last.dropLast())] ?? []).first(where: { set.entities[$0].firstKey == first }) {
                match = owner
                last.removeLast()
            } else if match == nil, let possessive = (personsByLast[last + "s"] ?? []).first(where: { set.entities[$0].firstKey == first }) {
                match = possessive
                set.entities[possessive].lastKey = last
                set.entities[possessive].key = "person:" + first + " " + last
                set.entities[possessive].name = text(span.tokens)
                set.entities[possessive].nameTokenCount = span.tokens.count
                personsByLast[last, default: []].append(possessive)
                personsByFull[first + " " + last, default: []].append(possessive)
            }
            let position = document.tokens[span.tokens.lowerBound].range.lowerBound
            let nameText = text(span.tokens)
            if let match {
                assigned[n] = match
                set.entities[match].fullNameCount += 1
                if span.tokens.count > set.entities[match].nameTokenCount || (set.entities[match].firstKey?.count ?? 0) <= 1 && first.count > 1 {
                    set.entities[match].name = nameText
                    set.entities[match].nameTokenCount = span.tokens.count
                    set.entities[match].firstKey = first
                    set.entities[match].key = "person:" + first + " " + last
                }
            } else {
                var entity = WorkingEntity(type: .person, name: nameText, nameTokenCount: span.tokens.count,
                                           key: "person:" + first + " " + last, firstPosition: position)
                entity.firstKey = first
                entity.lastKey = last
                entity.fullNameCount = 1
                entity.gender = FirstNames.shared.gender(of: parts[0].lowercased())
                if entity.gender == .unknown { entity.gender = NameKey.surnameGender(parts[parts.count - 1]) }
                set.entities.append(entity)
                let index = set.entities.count - 1
                assigned[n] = index
                personsByLast[last, default: []].append(index)
                personsByFirst[first, default: []].append(index)
                personsByFull[first + " " + last, default: []].append(index)
            }
        }

        // Pass 2: single-word person names, organisations, places, groups.
        for (n, span) in spans.enumerated() where assigned[n] == nil {
            let position = document.tokens[span.tokens.lowerBound].range.lowerBound
            let nameText = text(span.tokens)
            switch span.type {
            case .person:
                let word = words.text[span.tokens.lowerBound]
                let lower = word.lowercased()
                let firstKey = NameKey.word(word)
                let surnameKey = NameKey.surname(word)
                let femaleForm = NameKey.surnameGender(word) == .female
                func salient(_ candidates: [Int]) -> Int? {
                    candidates.filter { c in
                        !femaleForm || set.entities[c].gender != .male
                    }.max { a, b in
                        let ea = set.entities[a], eb = set.entities[b]
                        return ea.fullNameCount != eb.fullNameCount ? ea.fullNameCount < eb.fullNameCount : ea.firstPosition > eb.firstPosition
                    }
                }
                var match: Int? = nil
                if FirstNames.shared.contains(lower), let m = salient(personsByFirst[firstKey] ?? []) { match = m }
                if match == nil, let m = salient(personsByLast[surnameKey] ?? []) { match = m }
                if match == nil, let m = salient(personsByFirst[firstKey] ?? []) { match = m }
                if match == nil, let m = singlePersons[surnameKey] { match = m }
                // "Keiths office": a possessive without its apostrophe.
                if match == nil, surnameKey.count > 3, surnameKey.hasSuffix("s"), let m = salient(personsByLast[String(surnameKey.dropLast())] ?? []) {
                    match = m
                }
                if let match {
                    assigned[n] = match
                } else {
                    var entity = WorkingEntity(type: .person, name: nameText, nameTokenCount: 1,
                                               key: "person:" + surnameKey, firstPosition: position)
                    entity.gender = FirstNames.shared.gender(of: lower)
                    if entity.gender == .unknown { entity.gender = NameKey.surnameGender(word) }
                    if FirstNames.shared.contains(lower) { entity.firstKey = firstKey } else { entity.lastKey = surnameKey }
                    set.entities.append(entity)
                    assigned[n] = set.entities.count - 1
                    singlePersons[surnameKey] = set.entities.count - 1
                }
            case .organization, .location, .miscellaneous:
                // A person's name the tagger typed otherwise ("Rod Blagojevich" as an organisation).
                if let person = Self.person(named: span, words: words, set: set, personsByLast: personsByLast) {
                    assigned[n] = person
                    break
                }
                var tokens = span.tokens
                if tokens.count > 1, words.lower[tokens.lowerBound] == "the" { tokens = (tokens.lowerBound + 1)..<tokens.upperBound }
                let type: EntityType
                var key = tokens.map { words.lower[$0] }.joined(separator: " ")
                switch span.type {
                case .organization: type = .organization
                case .location: type = .place
                default:
                    if let plural = Lexicon.demonyms[key] { type = .group; key = plural } else { type = .other }
                }
                var fullKey = type.rawValue + ":" + key
                // "40 Palestinians", "350 Palestinians": counted groups are different sets of people, each its own
                // unnamed group; a bare "Palestinians" is the people in general and stays the named group.
                let count = type == .group ? Self.count(before: tokens.lowerBound, words) : nil
                if let count { fullKey = "unnamed:group:" + count + " " + key }
                if let existing = others[fullKey] {
                    assigned[n] = existing
                    if tokens.count > set.entities[existing].nameTokenCount, type != .group {
                        set.entities[existing].name = nameText
                        set.entities[existing].nameTokenCount = tokens.count
                    }
                } else {
                    let name = type == .group ? (count.map { $0 + " " } ?? "") + Self.groupName(key) : nameText
                    set.entities.append(WorkingEntity(type: type, name: name, nameTokenCount: tokens.count, key: fullKey, firstPosition: position))
                    let index = set.entities.count - 1
                    others[fullKey] = index
                    assigned[n] = index
                }
            }
        }

        for (n, roles) in affiliations.enumerated() {
            guard let entity = assigned[n] else { continue }
            for role in roles { set.entities[entity].addRole(role) }
        }

        // Pass 3: organisations whose acronym or single word is part of a longer organisation name.
        var orgWords: [String: Int] = [:]
        for (index, entity) in set.entities.enumerated() where entity.type == .organization && entity.nameTokenCount > 1 {
            let parts = entity.name.split(separator: " ").map { $0.lowercased() }
            for part in parts where part != "the" && part != "of" { if orgWords[part] == nil { orgWords[part] = index } }
            let initials = String(parts.filter { $0 != "of" && $0 != "the" && $0 != "for" && $0 != "and" }.compactMap(\.first))
            if initials.count >= 2, orgWords[initials] == nil { orgWords[initials] = index }
            if let acronym = Self.acronymsOfNames[parts.filter { $0 != "the" }.joined(separator: " ")], orgWords[acronym] == nil {
                orgWords[acronym] = index
            }
        }
        var redirect = [Int](set.entities.indices)
        for (index, entity) in set.entities.enumerated() where entity.type == .organization && entity.nameTokenCount == 1 {
            let word = entity.key.dropFirst("organization:".count)
            if let target = orgWords[String(word)], target != index { redirect[index] = target }
        }
        // "the FBIs investigation", "the Justice Departments Civil Rights Division": a possessive whose apostrophe
        // the source dropped is the organisation (or place, or other name) named without the s in the same article,
        // whatever the tagger typed the two.
        for (index, entity) in set.entities.enumerated() where entity.type != .person && entity.type != .group
            && entity.key.hasSuffix("s") && !entity.key.hasSuffix("ss") {
            guard let colon = entity.key.firstIndex(of: ":") else { continue }
            let stem = entity.key[entity.key.index(after: colon)...].dropLast()
            guard stem.count >= 2 else { continue }
            let types = [entity.type] + [EntityType.organization, .place, .other].filter { $0 != entity.type }
            if let target = types.lazy.compactMap({ others[$0.rawValue + ":" + stem] }).first, redirect[target] != index {
                redirect[index] = redirect[target]
            }
        }

        // Mentions.
        for (n, span) in spans.enumerated() {
            guard let entity = assigned[n] else { continue }
            var tokens = span.tokens
            if tokens.count > 1, words.lower[tokens.lowerBound] == "the" { tokens = (tokens.lowerBound + 1)..<tokens.upperBound }
            set.mentions.append(WorkingMention(tokens: tokens, range: range(tokens, document), kind: .name,
                                               entity: redirect[entity], isPossessor: words.isPossessive(tokens.upperBound)))
        }
        for index in set.entities.indices where redirect[index] != index {
            set.entities[redirect[index]].firstPosition = min(set.entities[redirect[index]].firstPosition, set.entities[index].firstPosition)
        }
        return set
    }

    static let numberWords: Set<String> = [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
        "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety", "hundred", "thousand", "million",
    ]

    /// The number just before a group name ("40", "1,200", "two"), lowercased; nil when there is none.
    static func count(before t: Int, _ words: Words) -> String? {
        guard t > 0 else { return nil }
        let w = words.lower[t - 1]
        return words.isNumber(t - 1) || numberWords.contains(w) ? w : nil
    }

    static let creditWords: Set<String> = ["photo", "photos", "photograph", "photographs", "photographed", "image", "images",
                                             "picture", "pictures", "credit", "credits", "copyright", "video", "illustration", "taken"]

    /// "Photo: John Smith/AP", "(Photo by Jane Doe/Getty Images)", "Image credit: Ann Lee": the photographer
    /// credited under a picture is not a person the article is about.
    static func isPhotoCredit(_ tokens: Range<Int>, _ words: Words) -> Bool {
        let colon = tokens.lowerBound - 1
        guard colon >= 1, words.lower[colon] == ":" || words.lower[colon] == "by" else { return false }
        var start = colon
        while start - 1 >= 0, colon - start < 2, creditWords.contains(words.lower[start - 1]) { start -= 1 }
        // The credit opens its own line or parenthesis: "The minister said photos: Ann Lee…" is not one.
        return start < colon && (start == 0 || !words.isWord(start - 1))
    }

    /// A party or nationality word at the start of a person's name: "Democrat", "Russian"; not a first
    /// name that happens to be one ("Christian Bale"), unless a first name follows.
    static func isAffiliation(_ t: Int, _ words: Words) -> Bool {
        guard words.isCapitalized(t), Lexicon.affiliations.contains(words.lower[t]) else { return false }
        return !FirstNames.shared.contains(words.lower[t]) || t + 1 < words.count && FirstNames.shared.contains(words.lower[t + 1])
    }

    /// The person whose full name (or, for one word, surname) an organisation or other name spells, when the
    /// text names that person in full elsewhere. Place names only count with two or more words
    /// ("Jordan" stays a country next to Michael Jordan).
    static func person(named span: NameSpan, words: Words, set: WorkingSet, personsByLast: [String: [Int]]) -> Int? {
        let first = span.tokens.lowerBound, last = span.tokens.upperBound - 1
        let candidates = personsByLast[NameKey.surname(words.text[last])] ?? []
        if span.tokens.count == 1 {
            guard span.type != .location, last + 1 >= words.count || !Lexicon.organizationHeads.contains(words.lower[last + 1]) else { return nil }
            return candidates.count == 1 ? candidates[0] : nil
        }
        guard span.tokens.count <= 3, !Lexicon.organizationHeads.contains(words.lower[last]) else { return nil }
        let firstKey = NameKey.word(words.text[first])
        return candidates.first { set.entities[$0].firstKey == firstKey }
    }

    /// Acronyms that are not the initials of the English name (transliterated or historical).
    static let acronymsOfNames: [String: String] = [
        "federal security service": "fsb", "main intelligence directorate": "gru", "foreign intelligence service": "svr",
        "anti-corruption foundation": "fbk", "committee for state security": "kgb", "doctors without borders": "msf",
        "international committee of the red cross": "icrc", "agence france-presse": "afp", "islamic state": "isis",
    ]

    static func groupName(_ key: String) -> String {
        key.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }
}

func range(_ tokens: Range<Int>, _ document: Document) -> TextRange {
    document.tokens[tokens.lowerBound].range.lowerBound..<document.tokens[tokens.upperBound - 1].range.upperBound
}

/// Spelling-insensitive keys for names: transliteration variants and female surname forms meet.
enum NameKey {
    /// "Alexey", "Alexei", "Aleksei" → "aleksi"; "Yulia", "Julia" → "iulia"; "Dmitry", "Dmitri" → "dmitri".
    static func word(_ word: String) -> String {
        var s = ""
        for scalar in word.lowercased().unicodeScalars {
            switch scalar {
            case "á", "à", "â", "ä", "ã", "å": s.append("a")
            case "é", "è", "ê", "ë": s.append("e")
            case "í", "ì", "î", "ï", "y", "ý", "j": s.append("i")
            case "ó", "ò", "ô", "ö", "õ", "ø": s.append("o")
            case "ú", "ù", "û", "ü": s.append("u")
            case "x": s.append("ks")
            case "ç": s.append("c")
            case "ñ": s.append("n")
            case "'", "’", ".", "-": continue
            default: s.unicodeScalars.append(scalar)
            }
        }
        // "ks" written "x", doubled letters and "ii" collapse; final "ei"/"ey"/"ii" → "i".
        var out = ""
        var previous: Character? = nil
        for c in s {
            if c == previous { continue }
            out.append(c)
            previous = c
        }
        if out.hasSuffix("ei") { out.removeLast(2); out.append("i") }
        return out
    }

    /// The surname key with female forms folded into the male one: Navalnaya → Navalny, Vasilyeva → Vasilyev.
    static func surname(_ word: String) -> String {
        var key = Self.word(word)
        if key.count > 5 {
            if key.hasSuffix("aia") { key.removeLast(3); key.append("i") }
            else if key.hasSuffix("ova") || key.hasSuffix("eva") || key.hasSuffix("ina") || key.hasSuffix("ska") { key.removeLast() }
        }
        return key
    }

    static func surnameGender(_ word: String) -> Gender {
        let lower = word.lowercased()
        if lower.count > 4, ["aya", "ova", "eva", "ina", "skaya", "ska"].contains(where: { lower.hasSuffix($0) }) { return .female }
        if lower.count > 4, ["ov", "ev", "in", "sky", "skiy", "skii", "ny", "nyi", "iy"].contains(where: { lower.hasSuffix($0) }) { return .male }
        return .unknown
    }

    /// "V." or "V" as an initial of a first-name key.
    static func isInitial(_ text: String, of key: String) -> Bool {
        let letters = text.filter { $0 != "." }
        guard letters.count == 1, let first = key.first else { return false }
        return NameKey.word(String(letters)).first == first
    }

    static func isInitial(_ key: String, ofKey other: String) -> Bool {
        key.count == 1 && other.first == key.first
    }
}
