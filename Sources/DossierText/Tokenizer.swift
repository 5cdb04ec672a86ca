/// Splits text into tokens in the style of CoNLL-2003 / Penn Treebank: punctuation apart,
/// possessive `'s` apart, abbreviations (Mr., U.S., Jan.) and numbers (3,900; 2.5) whole.
public enum Tokenizer {
    /// Longest token kept whole; longer runs (a 200,000-letter "word") are cut so later stages stay linear.
    public static let maximumTokenLength = 256

    public static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(text.utf8.count / 5)
        var chunk: [(Unicode.Scalar, Int)] = []   // scalars of the current whitespace-free run, with UTF-8 offsets
        var offset = 0
        for scalar in text.unicodeScalars {
            if isSpace(scalar) {
                if !chunk.isEmpty { split(chunk, end: offset, into: &tokens); chunk.removeAll(keepingCapacity: true) }
            } else {
                chunk.append((scalar, offset))
                if chunk.count >= maximumTokenLength && !isMark(scalar) {
                    split(chunk, end: offset + scalar.utf8.count, into: &tokens)
                    chunk.removeAll(keepingCapacity: true)
                }
            }
            offset += scalar.utf8.count
        }
        if !chunk.isEmpty { split(chunk, end: offset, into: &tokens) }
        return tokens
    }

    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xA0, 0x2028, 0x2029, 0x3000, 0x1680, 0x202F, 0x205F: return true
        case 0x2000...0x200A: return true
        default: return false
        }
    }

    static func isMark(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return s.value == 0x200D || (0xFE00...0xFE0F).contains(s.value)
        }
    }

    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 {
            let v = s.value
            return (0x30...0x39).contains(v) || (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v)
        }
        if isMark(s) { return true }
        return s.properties.isAlphabetic || s.properties.numericType != nil || s.properties.isEmojiPresentation
    }

    static let leadingPunctuation: Set<Unicode.Scalar> = ["\"", "'", "(", "[", "{", "“", "‘", "«", "‹", "„", "`", "¿", "¡", "*", "_", "-", "—", "–", "/", "#", "<", "…"]
    static let trailingPunctuation: Set<Unicode.Scalar> = ["\"", "'", ")", "]", "}", "”", "’", ",", ";", ":", "!", "?", "»", "›", "*", "_", "—", "–", "-", "/", ">", "…", "%"]
    static let innerBreakers: Set<Unicode.Scalar> = ["—", "–", "\"", "“", "”", "(", ")", "[", "]", "…", ";", "!", "?", "|", "/"]

    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "gov", "sen", "rep",
        "rev", "hon", "pres", "supt", "det", "insp", "maj", "cpl", "pvt", "brig", "atty", "messrs", "mt", "ft", "ave", "blvd",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "inc", "corp", "co", "ltd", "plc", "bros", "dept", "univ", "assn", "vs", "etc", "approx", "est", "fig", "vol",
        "a.m", "p.m", "e.g", "i.e", "u.s", "u.k", "u.n", "d.c", "u.s.a", "e.u",
    ]

    /// Splits one whitespace-free run into tokens.
    static func split(_ chunk: [(Unicode.Scalar, Int)], end: Int, into tokens: inout [Token]) {
        var lo = 0, hi = chunk.count
        var trailing: [Token] = []
        func offset(_ i: Int) -> Int { i < chunk.count ? chunk[i].1 : end }
        // Leading punctuation, one token each.
        while lo < hi, leadingPunctuation.contains(chunk[lo].0) || (!isWordScalar(chunk[lo].0) && chunk[lo].0 != "." && chunk[lo].0 != "$" && chunk[lo].0 != "@") {
            if chunk[lo].0 == "'" , lo + 1 < hi, chunk[lo + 1].0 == "s" || chunk[lo + 1].0 == "S", lo + 2 == hi { break }
            tokens.append(Token(offset(lo), offset(lo + 1)))
            lo += 1
        }
        // Trailing punctuation and the final period.
        while hi > lo {
            let last = chunk[hi - 1].0
            if last == "." {
                if hi - lo >= 3, chunk[hi - 2].0 == ".", chunk[hi - 3].0 == "." {
                    var start = hi - 3
                    while start > lo, chunk[start - 1].0 == "." { start -= 1 }
                    trailing.append(Token(offset(start), offset(hi))); hi = start; continue
                }
                if isAbbreviation(chunk[lo..<(hi - 1)].map { $0.0 }) { break }
                trailing.append(Token(offset(hi - 1), offset(hi))); hi -= 1; continue
            }
            if trailingPunctuation.contains(last) || (!isWordScalar(last) && !isMark(last) && last != "$" && last != "&") {
                // Keep a plural possessive apostrophe with nothing else: "protesters'" -> protesters '
                trailing.append(Token(offset(hi - 1), offset(hi))); hi -= 1; continue
            }
            break
        }
        // Possessive 's and contraction n't.
        if hi - lo > 2 {
            let a = chunk[hi - 2].0, b = chunk[hi - 1].0
            if (a == "'" || a == "’") && (b == "s" || b == "S") {
                trailing.append(Token(offset(hi - 2), offset(hi))); hi -= 2
            } else if hi - lo > 3, (b == "t" || b == "T"), (a == "'" || a == "’"), chunk[hi - 3].0 == "n" || chunk[hi - 3].0 == "N" {
                trailing.append(Token(offset(hi - 3), offset(hi))); hi -= 3
            }
        }
        // The core, broken at dashes and brackets inside it.
        var start = lo
        var i = lo
        while i < hi {
            if innerBreakers.contains(chunk[i].0) {
                if start < i { tokens.append(Token(offset(start), offset(i))) }
                tokens.append(Token(offset(i), offset(i + 1)))
                start = i + 1
            }
            i += 1
        }
        if start < hi { tokens.append(Token(offset(start), offset(hi))) }
        tokens.append(contentsOf: trailing.reversed())
    }

    static func isAbbreviation(_ scalars: [Unicode.Scalar]) -> Bool {
        guard !scalars.isEmpty else { return false }
        if scalars.count == 1, scalars[0].properties.isUppercase { return true }   // initials: "V."
        var word = ""
        for s in scalars { word.unicodeScalars.append(contentsOf: s.properties.lowercaseMapping.unicodeScalars) }
        if abbreviations.contains(word) { return true }
        // U.S, N.Y, e.g: single letters separated by periods.
        if scalars.count >= 3, scalars.count.isMultiple(of: 2) == false {
            for (i, s) in scalars.enumerated() {
                if i % 2 == 1 { if s != "." { return false } } else if !s.properties.isAlphabetic { return false }
            }
            return true
        }
        return false
    }
}
