import DossierText

/// The text of every token, as typed and lowercased, computed once per document for the rule stages.
struct Words: Sendable {
    let text: [String]
    let lower: [String]
    /// Per token: bit 0 starts with a letter, bit 1 starts with an upper-case letter, bit 2 starts with a digit.
    private let flags: [UInt8]

    init(_ document: Document) {
        var text: [String] = []
        var lower: [String] = []
        var flags: [UInt8] = []
        text.reserveCapacity(document.tokens.count)
        lower.reserveCapacity(document.tokens.count)
        flags.reserveCapacity(document.tokens.count)
        for token in document.tokens {
            let word = String(document.string(token))
            var f: UInt8 = 0
            if let first = word.unicodeScalars.first {
                let v = first.value
                if v < 0x80 {
                    if (0x41...0x5A).contains(v) { f = 3 } else if (0x61...0x7A).contains(v) { f = 1 } else if (0x30...0x39).contains(v) { f = 4 }
                } else if first.properties.isAlphabetic {
                    f = first.properties.isUppercase ? 3 : 1
                }
            }
            flags.append(f)
            text.append(word)
            var isLower = true
            for b in word.utf8 where (0x41...0x5A).contains(b) || b >= 0x80 { isLower = false; break }
            lower.append(isLower ? word : word.lowercased())
        }
        self.text = text
        self.lower = lower
        self.flags = flags
    }

    var count: Int { text.count }

    /// Starts with an upper-case letter.
    @inline(__always) func isCapitalized(_ i: Int) -> Bool { flags[i] & 2 != 0 }

    /// All letters upper case, at least two of them ("FBK", "FSB").
    func isAcronym(_ i: Int) -> Bool {
        var letters = 0
        for s in text[i].unicodeScalars {
            if s.properties.isLowercase { return false }
            if s.properties.isAlphabetic { letters += 1 }
        }
        return letters >= 2
    }

    @inline(__always) func isWord(_ i: Int) -> Bool { flags[i] & 1 != 0 }

    @inline(__always) func isNumber(_ i: Int) -> Bool { flags[i] & 4 != 0 }

    /// Possessive clitic token: 's, ’s or a lone apostrophe after a plural.
    func isPossessive(_ i: Int) -> Bool {
        guard i < count else { return false }
        let w = lower[i]
        return w == "'s" || w == "’s" || w == "'" || w == "’"
    }
}
