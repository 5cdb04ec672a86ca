/// The words of a name as the index compares them: lower-cased letters and digits, diacritics of
/// Latin letters folded, a possessive `'s` dropped. "Navalny's" and "NAVALNY" are both `navalny`.
enum NameWords {
    static func words(_ name: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        func finish() {
            var scalars = Array(current)
            if scalars.count >= 2, scalars[scalars.count - 1] == "s", isApostrophe(scalars[scalars.count - 2]) { scalars.removeLast(2) }
            while let last = scalars.last, isApostrophe(last) { scalars.removeLast() }
            if !scalars.isEmpty { words.append(String(String.UnicodeScalarView(scalars))) }
            current = String.UnicodeScalarView()
        }
        for scalar in name.unicodeScalars {
            let value = scalar.value
            if (0x61...0x7A).contains(value) || (0x30...0x39).contains(value) {
                current.append(scalar)
            } else if (0x41...0x5A).contains(value) {
                current.append(Unicode.Scalar(value + 0x20)!)
            } else if isApostrophe(scalar) {
                if !current.isEmpty { current.append(scalar) }
            } else if value >= 0x80, isCombiningMark(scalar) {
                continue
            } else if value >= 0x80, scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                    if let folded = foldedLatin[lower] { current.append(contentsOf: folded.unicodeScalars) } else { current.append(lower) }
                }
            } else {
                finish()
            }
        }
        finish()
        return words
    }

    private static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool { scalar == "'" || scalar == "’" }

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
