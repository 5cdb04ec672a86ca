import DossierText

/// The text of every token, as typed and lowercased, computed once per document for the rule stages.
struct Words: Sendable {
    let text: [String]
    let lower: [String]

    init(_ document: Document) {
        var text: [String] = []
        var lower: [String] = []
        text.reserveCapacity(document.tokens.count)
        lower.reserveCapacity(document.tokens.count)
        for token in document.tokens {
            let word = String(document.string(token))
            text.append(word)
            lower.append(word.lowercased())
        }
        self.text = text
        self.lower = lower
    }

    var count: Int { text.count }

    /// Starts with an upper-case letter.
    func isCapitalized(_ i: Int) -> Bool {
        guard let first = text[i].unicodeScalars.first else { return false }
        return first.properties.isUppercase
    }

    /// All letters upper case, at least two of them ("FBK", "FSB").
    func isAcronym(_ i: Int) -> Bool {
        var letters = 0
        for s in text[i].unicodeScalars {
            if s.properties.isLowercase { return false }
            if s.properties.isAlphabetic { letters += 1 }
        }
        return letters >= 2
    }

    func isWord(_ i: Int) -> Bool {
        guard let first = text[i].unicodeScalars.first else { return false }
        return first.properties.isAlphabetic
    }

    func isNumber(_ i: Int) -> Bool {
        guard let first = text[i].unicodeScalars.first else { return false }
        return ("0"..."9").contains(first)
    }

    /// Possessive clitic token: 's, ’s or a lone apostrophe after a plural.
    func isPossessive(_ i: Int) -> Bool {
        guard i < count else { return false }
        let w = lower[i]
        return w == "'s" || w == "’s" || w == "'" || w == "’"
    }
}
