/// Turns what a user types into an FTS5 query that cannot be a syntax error: each word is
/// quoted (all words must match), `"…"` keeps a phrase, a trailing `*` asks for a prefix.
enum FullTextQuery {
    static func make(_ input: String) -> String? {
        var terms: [String] = []
        var word = ""
        var phrase: String? = nil
        func finishWord() {
            let isPrefix = word.hasSuffix("*")
            let core = String(word.filter { $0.isLetter || $0.isNumber || $0 == "'" || $0 == "’" || $0 == "-" || $0 == "." })
            let cleaned = core.trimmingCharacters(in: "-.'’")
            if !cleaned.isEmpty { terms.append(quoted(cleaned) + (isPrefix ? "*" : "")) }
            word = ""
        }
        for character in input {
            if var open = phrase {
                if character == "\"" {
                    let words = open.split(whereSeparator: { !($0.isLetter || $0.isNumber) })
                    if !words.isEmpty { terms.append(quoted(words.joined(separator: " "))) }
                    phrase = nil
                } else {
                    open.append(character)
                    phrase = open
                }
            } else if character == "\"" {
                finishWord()
                phrase = ""
            } else if character.isWhitespace {
                finishWord()
            } else {
                word.append(character)
            }
        }
        finishWord()
        // An unclosed quote: its words count one by one.
        for part in (phrase ?? "").split(separator: " ") { word = String(part); finishWord() }
        return terms.isEmpty ? nil : terms.joined(separator: " ")
    }

    /// Terms hold no `"` (only letters, digits and inner punctuation are kept), so quoting is safe.
    private static func quoted(_ text: String) -> String { "\"" + text + "\"" }
}

private extension String {
    func trimmingCharacters(in set: String) -> String {
        var slice = Substring(self)
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
