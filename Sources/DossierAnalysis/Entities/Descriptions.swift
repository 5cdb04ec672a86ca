import DossierText

/// A noun phrase that describes a person or a group without naming them: "a Michigan man", "the driver",
/// "his mother", "two plainclothes officers". `tokens` is the mention (a possessive determiner is a mention
/// of its own, so "his mother" gives "mother"); `head` is the head noun in the singular.
struct DescriptionPhrase: Sendable {
    var tokens: Range<Int>
    var head: String
    var plural: Bool
    var gender: Gender
    /// "the", "this", a possessive: the phrase refers back (or to someone the reader knows).
    var definite: Bool
}

/// Finds description phrases: a determiner, a few modifiers, a person noun.
enum Descriptions {
    /// Singular nouns for one person, with a gender hint: the coreference nouns, roles and kin, and more.
    static let singular: [String: Gender] = {
        var table = Coreference.personNouns.merging(Lexicon.roles) { a, _ in a }
        for (noun, gender) in [
            ("mother", Gender.female), ("father", .male), ("mom", .female), ("dad", .male), ("grandmother", .female),
            ("grandfather", .male), ("child", .unknown), ("baby", .unknown), ("toddler", .unknown), ("teen", .unknown),
            ("maid", .female), ("climber", .unknown), ("host", .unknown), ("coach", .unknown), ("inmate", .unknown),
            ("prisoner", .unknown), ("worker", .unknown), ("employee", .unknown), ("receptionist", .unknown),
            ("salesman", .male), ("saleswoman", .female), ("nurse", .unknown), ("soldier", .unknown), ("guard", .unknown),
            ("neighbor", .unknown), ("neighbour", .unknown), ("friend", .unknown), ("witness", .unknown),
            ("passenger", .unknown), ("pedestrian", .unknown), ("cyclist", .unknown), ("owner", .unknown),
            ("robber", .unknown), ("thief", .unknown), ("attacker", .unknown), ("assailant", .unknown), ("shooter", .unknown),
            ("murderer", .unknown), ("fugitive", .unknown), ("boss", .unknown), ("champion", .unknown), ("person", .unknown),
            ("sheriff", .unknown), ("trooper", .unknown), ("detective", .unknown), ("heiress", .female), ("celebrity", .unknown),
            ("gentleman", .male), ("lady", .female), ("patient", .unknown), ("resident", .unknown), ("fan", .unknown),
            ("mobster", .unknown), ("gangster", .unknown), ("rancher", .unknown), ("farmer", .unknown), ("officer", .unknown),
        ] { table[noun] = gender }
        // Occupations and situations that describe one person.
        for noun in ["accountant", "engineer", "teacher", "banker", "executive", "surgeon", "dentist", "pharmacist",
                     "mechanic", "electrician", "plumber", "contractor", "consultant", "clerk", "cashier", "janitor", "chef",
                     "cook", "bartender", "athlete", "boxer", "swimmer", "runner", "quarterback", "pitcher", "musician",
                     "drummer", "guitarist", "dancer", "photographer", "filmmaker", "novelist", "poet", "artist", "priest",
                     "pastor", "sailor", "veteran", "hacker", "terrorist", "bomber", "sniper", "kidnapper", "hostage",
                     "smuggler", "trafficker", "burglar", "rapist", "offender", "convict", "detainee", "refugee", "migrant",
                     "immigrant", "tourist", "hiker", "skier", "diver", "survivor", "volunteer", "tenant", "landlord",
                     "homeowner", "shopkeeper", "customer", "client", "firefighter", "paramedic", "lobbyist", "diplomat",
                     "lawmaker", "legislator", "juror", "prosecutor", "mafioso", "doctor", "comedian", "presenter"] {
            if table[noun] == nil { table[noun] = noun == "mafioso" ? .male : .unknown }
        }
        for (noun, gender) in [("waiter", Gender.male), ("waitress", .female), ("monk", .male), ("nun", .female),
                               ("priestess", .female), ("hostess", .female), ("mafiosa", .female)] { table[noun] = gender }
        return table
    }()

    /// Plural nouns for groups of people → their singular.
    static let plural: [String: String] = {
        var table: [String: String] = ["men": "man", "women": "woman", "children": "child", "people": "person",
                                       "thieves": "thief", "gunmen": "gunman", "businessmen": "businessman"]
        for noun in singular.keys where !noun.hasSuffix("man") && !noun.hasSuffix("s") {
            table[noun.hasSuffix("y") && noun != "boy" && noun != "attorney" ? String(noun.dropLast()) + "ies" : noun + "s"] = noun
        }
        for noun in ["protester", "protestor", "militant", "rebel", "pirate", "troop", "official", "investigator",
                     "student", "player", "fan", "teammate", "parent", "relative", "voter", "lawmaker", "juror"] {
            table[noun + "s"] = noun
        }
        table["troops"] = "troop"
        return table
    }()

    static let modifierNouns: Set<String> = ["child", "star", "fan", "family", "student", "patient", "guard", "host",
                                             "worker", "owner", "resident", "player", "member", "police"]

    static let articles: Set<String> = ["the", "a", "an", "this", "that", "these", "those"]
    static let quantities: Set<String> = [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "some", "many", "both", "other",
    ]
    static let possessivePronouns: Set<String> = ["his", "her", "their"]

    /// Words that end a noun phrase before its head.
    static let stops: Set<String> = Lexicon.prepositions.union(Lexicon.beForms).union(Lexicon.clauseBreakers).union(articles).union([
        "and", "or", "has", "have", "had", "not", "will", "would", "could", "should", "can", "may", "might", "did", "does",
        ",", ".", "(", ")", "he", "she", "they", "it", "his", "her", "their", "its", "him", "them", "who", "which",
    ])

    /// The description phrase after a determiner or possessive at `d`: up to five modifiers (lower-case words,
    /// numbers, hyphens, names: "a Nixon administration official", "a Michigan man") and a person noun head,
    /// the last of a run of them ("the woman suspect"). Not a title before a name ("the actress Lindsay Lohan"),
    /// not a role of something ("the head of the party"). `coordinated`: `d` is the "and" of "his mother and
    /// sister", the phrase shares the determiner before it.
    static func phrase(after d: Int, words: Words, isName: (Int) -> Bool, nameStartsAt: (Int) -> Bool,
                       coordinated: Bool = false) -> DescriptionPhrase? {
        let determiner = words.lower[d]
        let isPossessive = coordinated || possessivePronouns.contains(determiner) || words.isPossessive(d)
        guard isPossessive || articles.contains(determiner) || quantities.contains(determiner) || words.isNumber(d) else { return nil }
        var t = d + 1
        var head: Int? = nil
        while t < words.count, t <= d + 6 {
            let w = words.lower[t]
            if singular[w] != nil || plural[w] != nil {
                head = t
                // "the woman suspect": the last noun of the run is the head.
                while t + 1 < words.count, singular[words.lower[t + 1]] != nil || plural[words.lower[t + 1]] != nil { t += 1; head = t }
                break
            }
            if stops.contains(w) || coordinated { return nil }
            if words.isCapitalized(t), !isName(t), !(Lexicon.places.contains(w) || Lexicon.demonyms[w] != nil) { return nil }
            guard words.isWord(t) || words.isNumber(t) || w == "-" else { return nil }
            t += 1
        }
        guard let h = head else { return nil }
        let noun = words.lower[h]
        if h + 1 < words.count {
            let next = words.lower[h + 1]
            if nameStartsAt(h + 1) || words.isCapitalized(h + 1) && next != "i" { return nil }
            if next == "of", Lexicon.kin[noun] == nil, Coreference.personNouns[noun] == nil { return nil }
            // "child abuse", "star player": a noun that often modifies another noun, followed by a word that is
            // neither a phrase boundary nor verb-like.
            if modifierNouns.contains(noun), words.isWord(h + 1), !stops.contains(next), !words.isPossessive(h + 1),
               !["ed", "s", "ing", "ly"].contains(where: { next.hasSuffix($0) }) {
                return nil
            }
        }
        let isPlural = singular[noun] == nil
        let start = isPossessive ? d + 1 : d
        return DescriptionPhrase(tokens: start..<(h + 1), head: isPlural ? plural[noun]! : noun, plural: isPlural,
                                 gender: singular[noun] ?? .unknown,
                                 definite: isPossessive || ["the", "this", "that", "these", "those"].contains(determiner))
    }
}
