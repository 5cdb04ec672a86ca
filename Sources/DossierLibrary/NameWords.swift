/// The words of a name as the index compares them: lower-cased letters and digits, diacritics of
/// Latin letters folded, a possessive `'s` dropped. "Navalny's" and "NAVALNY" are both `navalny`.
enum NameWords {
    static func words(_ name: String) -> [String] {
        var words: [String] = []
        var current = ""
        func finish() {
            if current.hasSuffix("'s") || current.hasSuffix("’s") { current.removeLast(2) }
            while current.last == "'" || current.last == "’" { current.removeLast() }
            if !current.isEmpty { words.append(current) }
            current = ""
        }
        for character in name {
            if character.isLetter || character.isNumber {
                for scalar in character.lowercased().unicodeScalars where !isCombiningMark(scalar) {
                    current += foldedLatin[scalar] ?? String(scalar)
                }
            } else if (character == "'" || character == "’"), !current.isEmpty {
                current.append(character)
            } else {
                finish()
            }
        }
        finish()
        return words
    }

    /// The name as one comparable string: its words joined by single spaces.
    static func normalized(_ name: String) -> String { words(name).joined(separator: " ") }

    private static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        (0x0300...0x036F).contains(scalar.value)
    }

    private static let foldedLatin: [Unicode.Scalar: String] = {
        let groups: [(String, String)] = [
            ("a", "àáâãäåāăą"), ("c", "çćĉċč"), ("d", "ďđ"), ("e", "èéêëēĕėęě"), ("g", "ĝğġģ"), ("h", "ĥħ"),
            ("i", "ìíîïĩīĭįı"), ("j", "ĵ"), ("k", "ķ"), ("l", "ĺļľŀł"), ("n", "ñńņňŉ"), ("o", "òóôõöøōŏő"),
            ("r", "ŕŗř"), ("s", "śŝşšș"), ("t", "ţťŧț"), ("u", "ùúûüũūŭůűų"), ("w", "ŵ"), ("y", "ýÿŷ"), ("z", "źżž"),
            ("ss", "ß"), ("ae", "æ"), ("oe", "œ"),
        ]
        var table: [Unicode.Scalar: String] = [:]
        for (plain, accented) in groups { for scalar in accented.unicodeScalars { table[scalar] = plain } }
        return table
    }()
}
