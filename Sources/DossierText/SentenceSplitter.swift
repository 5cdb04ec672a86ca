/// Groups tokens into sentences. Sentences never cross block boundaries; a period ends a sentence
/// unless it belongs to an abbreviation token or the next word starts in lower case.
public enum SentenceSplitter {
    /// Long unpunctuated runs are cut so that per-sentence work stays bounded.
    public static let maximumSentenceTokens = 150

    public static func split(_ text: String, tokens: [Token], blocks: [Block]) -> [Sentence] {
        let utf8 = Array(text.utf8)
        var sentences: [Sentence] = []
        var tokenIndex = 0
        let regions = blocks.isEmpty ? [0..<utf8.count] : blocks.map(\.range)
        for region in regions {
            while tokenIndex < tokens.count, tokens[tokenIndex].range.lowerBound < region.lowerBound { tokenIndex += 1 }
            var start = tokenIndex
            var i = tokenIndex
            while i < tokens.count, tokens[i].range.lowerBound < region.upperBound {
                let isLast = i + 1 >= tokens.count || tokens[i + 1].range.lowerBound >= region.upperBound
                if isLast || i - start + 1 >= maximumSentenceTokens
                    || (endsSentence(at: i, tokens: tokens, utf8: utf8) && !isTrailingCredit(after: i, tokens: tokens, utf8: utf8, regionEnd: region.upperBound)) {
                    var end = i + 1
                    // Closing quotes and brackets stay with the sentence they close.
                    while !isLast, end < tokens.count, tokens[end].range.lowerBound < region.upperBound, isCloser(tokens[end], utf8), end - start < maximumSentenceTokens + 4 { end += 1 }
                    sentences.append(Sentence(range: tokens[start].range.lowerBound..<tokens[end - 1].range.upperBound, tokens: start..<end))
                    start = end
                    i = end
                    continue
                }
                i += 1
            }
            tokenIndex = i
        }
        return sentences
    }

    /// "… 2021. (Reuters)": a short parenthesis closing the paragraph belongs to the sentence before it.
    static func isTrailingCredit(after i: Int, tokens: [Token], utf8: [UInt8], regionEnd: Int) -> Bool {
        guard i + 1 < tokens.count, utf8[tokens[i + 1].range] == [UInt8(ascii: "(")] else { return false }
        var j = i + 2
        while j < tokens.count, j - i < 8, tokens[j].range.upperBound <= regionEnd {
            if utf8[tokens[j].range] == [UInt8(ascii: ")")] { return j + 1 >= tokens.count || tokens[j + 1].range.lowerBound >= regionEnd }
            j += 1
        }
        return false
    }

    static func isCloser(_ token: Token, _ utf8: [UInt8]) -> Bool {
        let bytes = utf8[token.range]
        return ["\"", "'", ")", "]", "”", "’", "»"].contains { Array($0.utf8) == Array(bytes) }
    }

    static func endsSentence(at i: Int, tokens: [Token], utf8: [UInt8]) -> Bool {
        let bytes = utf8[tokens[i].range]
        guard let last = bytes.last else { return false }
        let isTerminal = bytes.count <= 3 && (last == UInt8(ascii: ".") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?"))
            && bytes.allSatisfy({ $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "!") || $0 == UInt8(ascii: "?") })
        guard isTerminal else { return false }
        var next = i + 1
        while next < tokens.count, isCloser(tokens[next], utf8) { next += 1 }
        guard next < tokens.count, let first = utf8[tokens[next].range].first else { return true }
        // "… said. the" is rare in news: a lower-case start continues the sentence.
        return !(first >= UInt8(ascii: "a") && first <= UInt8(ascii: "z"))
    }
}
