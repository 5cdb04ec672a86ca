/// A photo or source credit that ends a caption or paragraph ("… Lee Elder. | © Augusta National/Getty Images",
/// "… angekommen. (Foto: Privat)", "… Marinin kanssa. Kuva: ALEXANDER BECHER"): the credit is not article text,
/// the caption before it is.
enum TrailingCredit {
    /// Labels that open a credit, lower-cased, each followed by a colon in the text.
    static let labels: [String] = [
        "foto", "fotos", "photo", "photos", "bild", "bilder", "kuva", "quelle", "source", "fuente", "źródło", "zdjęcie",
        "credit", "crédit", "crédito", "bildquelle", "photograph", "image", "fot", "copyright",
    ]
    /// The longest credit this strips, in characters: longer tails are prose.
    static let longestCredit = 80

    /// The text without a credit at its end, or the text itself when it has none.
    static func removed(from text: String) -> String {
        // Only the tail can hold the credit: look at it alone, and only when it has a credit's marks.
        let tailBytes = text.utf8.suffix(4 * longestCredit)
        guard tailBytes.contains(0xA9) || tailBytes.contains(UInt8(ascii: ":")) || tailBytes.contains(UInt8(ascii: ")")) else {
            return text
        }
        let characters = Array(text.suffix(longestCredit + 2))
        let isWholeText = characters.count == text.count
        guard characters.count > 12 || !isWholeText else { return text }
        var index = characters.count - 1
        while index > 0 {
            if let start = creditStart(in: characters, at: index) {
                var end = start
                while end > 0, characters[end - 1] == " " || characters[end - 1] == "|" || characters[end - 1] == "–" {
                    end -= 1
                }
                guard end > 0 || !isWholeText else { return text }
                var kept = text.dropLast(characters.count - end)
                while let last = kept.last, last == " " || last == "|" || last == "–" { kept = kept.dropLast() }
                return String(kept)
            }
            index -= 1
        }
        return text
    }

    /// Where a credit begins if one begins at `index`: "©", "(Foto:", "Kuva:" after a sentence's end, or a
    /// closing parenthesis that holds an agency ("(mlharing / iStock.com)").
    private static func creditStart(in characters: [Character], at index: Int) -> Int? {
        let previous: Character? = index > 0 ? characters[index - 1] : nil
        guard previous == " " || previous == "(" else { return nil }
        if characters[index] == "©" { return previous == "(" ? index - 1 : index }
        guard characters[index].isLetter else { return nil }
        let afterSentence = index >= 2 && (".!?|)\"”".contains(characters[index - 2]))
        let openedParenthesis = previous == "("
        guard afterSentence || openedParenthesis else { return nil }
        let tail = String(characters[index...]).lowercased()
        for label in labels where tail.hasPrefix(label) {
            let rest = tail.dropFirst(label.count).drop(while: { $0 == " " || $0 == "." })
            if rest.first == ":" { return openedParenthesis ? index - 1 : index }
        }
        if openedParenthesis, characters.last == ")",
           BoilerplateRules.creditAgencies.contains(where: { tail.dropLast().hasSuffix($0) }) {
            return index - 1
        }
        return nil
    }
}
