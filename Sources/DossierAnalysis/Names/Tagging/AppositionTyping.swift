/// Retypes a name by the apposition that describes it: "Mediazona, a news website" is an organisation,
/// "Kursk, a city" a place, whatever the name's spelling suggested. Only unambiguous head nouns count,
/// and only a description right after the name (", a/an/the" then at most three lower-case words).
enum AppositionTyping {
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

    /// Retypes `spans[indices]`, the names of one sentence.
    static func apply(_ spans: inout [NameSpan], _ indices: Range<Int>, sentence: Range<Int>, _ input: TaggerInput) {
        for index in indices {
            let end = spans[index].tokens.upperBound
            guard end + 2 < sentence.upperBound, word(end, input) == ",", determiners.contains(word(end + 1, input)) else { continue }
            var k = end + 2
            while k < min(end + 5, sentence.upperBound) {
                let text = word(k, input)
                guard let first = text.utf8.first, first >= 0x61 && first <= 0x7A else { break }
                if organizationNouns.contains(text) { spans[index].type = .organization; break }
                if placeNouns.contains(text) { spans[index].type = .location; break }
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
