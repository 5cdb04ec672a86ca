/// Retypes a name by the words that describe it: after an apposition, "Mediazona, a news website" is an
/// organisation and "Kursk, a city" a place; after a kinship or personal role, "his wife Yulia" is a person,
/// whatever the name's spelling suggested. Only unambiguous nouns count, and only right next to the name.
/// A name the model called "other" whose own last word is an organisation's head noun ("the Investigative
/// Committee") is an organisation.
enum AppositionTyping {
    /// Last words of names that are organisations, never "other", in the CoNLL-2003 training data
    /// ("Committee" is 6 to 2): "Interior Ministry", "European Commission", "Labour Party".
    static let organizationHeads: Set<String> = [
        "Ministry", "Council", "Commission", "Committee", "Party", "Agency", "Institute", "University", "Department",
        "Bureau", "Authority", "Board", "Office", "Service", "Foundation", "Corp", "Inc", "Group",
    ]

    static let organizationNouns: Set<String> = [
        "website", "site", "newspaper", "paper", "agency", "company", "firm", "group", "organisation", "organization",
        "party", "bank", "broadcaster", "channel", "network", "outlet", "publication", "daily", "weekly", "magazine",
        "union", "foundation", "charity", "ministry", "committee", "movement", "platform", "club", "team", "university",
        "institute", "council", "court", "airline", "insurer", "retailer", "manufacturer", "maker", "carrier", "think-tank",
    ]
    static let placeNouns: Set<String> = [
        "city", "town", "village", "region", "province", "district", "country", "state", "island", "suburb", "capital",
        "port", "county", "republic", "neighbourhood", "neighborhood",
    ]
    static let determiners: Set<String> = ["a", "an", "the"]
    static let personNouns: Set<String> = [
        "wife", "husband", "brother", "sister", "son", "daughter", "mother", "father", "widow", "widower",
        "spokesman", "spokeswoman", "aide", "lawyer", "attorney", "cousin", "nephew", "niece", "uncle", "aunt",
        "grandson", "granddaughter", "fiancee", "fiancée", "girlfriend", "boyfriend", "stepson", "stepdaughter",
    ]

    /// Roles that only a person holds: "Park Won-soon, the mayor of Seoul", "Mayor Park Won-soon".
    /// They settle a name the model typed as an organisation or "other"; never a place ("Seoul, the capital").
    static let personRoles: Set<String> = [
        "mayor", "president", "governor", "senator", "minister", "judge", "chancellor", "premier", "sheriff",
        "spokesman", "spokeswoman", "leader", "chairman", "chairwoman", "director", "founder", "actor", "actress",
        "singer", "player", "politician", "candidate", "activist", "journalist", "analyst", "prosecutor",
        "lawmaker", "mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms.", "dr.", "sen.", "gov.", "rep.",
    ]

    /// Retypes `spans[indices]`, the names of one sentence.
    static func apply(_ spans: inout [NameSpan], _ indices: Range<Int>, sentence: Range<Int>, _ input: TaggerInput) {
        for index in indices {
            let start = spans[index].tokens.lowerBound
            if spans[index].type == .miscellaneous, organizationHeads.contains(word(spans[index].tokens.upperBound - 1, input)) {
                spans[index].type = .organization
                continue
            }
            if start > sentence.lowerBound, personNouns.contains(word(start - 1, input)) {
                spans[index].type = .person
                continue
            }
            let settled = spans[index].type == .person || spans[index].type == .location
            if !settled, start > sentence.lowerBound, personRoles.contains(word(start - 1, input).lowercased()) {
                spans[index].type = .person
                continue
            }
            let end = spans[index].tokens.upperBound
            guard end + 2 < sentence.upperBound, word(end, input) == ",", determiners.contains(word(end + 1, input)) else { continue }
            var k = end + 2
            while k < min(end + 5, sentence.upperBound) {
                let text = word(k, input)
                guard let first = text.utf8.first, first >= 0x61 && first <= 0x7A else { break }
                if organizationNouns.contains(text) { spans[index].type = .organization; break }
                if placeNouns.contains(text) { spans[index].type = .location; break }
                if !settled, personRoles.contains(text) { spans[index].type = .person; break }
                k += 1
            }
        }
    }

    /// The token's text (ASCII letters lower-cased; descriptions are matched only in lower case).
    static func word(_ token: Int, _ input: TaggerInput) -> String {
        let range = input.tokens[token]
        guard range.count <= 24 else { return "" }
        return String(decoding: input.bytes[range], as: UTF8.self)
    }
}
