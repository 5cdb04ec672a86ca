/// A block that is only a date ("16 marca 2021", "03.04.2020, 12:35", "Monday, March 16, 2021"): the page's
/// dateline, metadata and not article text.
enum DateLine {
    static func isDateOnly(_ text: String) -> Bool {
        guard text.utf8.count <= 40 else { return false }
        var words = 0
        var hasYear = false
        var hasNumber = false
        for token in text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\u{A0}" }) {
            let digits = token.filter(\.isNumber)
            if digits.count == token.count || (digits.count > 0 && token.allSatisfy({ $0.isNumber || ".:/-h".contains($0) })) {
                hasNumber = true
                if token.split(whereSeparator: { !$0.isNumber }).contains(where: { $0.count == 4 }) { hasYear = true }
                continue
            }
            guard token.allSatisfy({ $0.isLetter || $0 == "." }), token.count <= 12 else { return false }
            words += 1
        }
        return hasYear && hasNumber && words <= 2
    }
}
