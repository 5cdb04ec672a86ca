/// Training data for headlines: CoNLL-2003 has ALL CAPS headlines but hardly any in Title Case, so every
/// document is shown a second time with some sentences capitalised word by word ("Police Detained Allies Of Navalny").
/// The tagger then learns to read such sentences from word identity, lists and the rest of the document
/// instead of from capital letters.
enum HeadlineAugmentation {
    static let functionWords: Set<String> = ["a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "by", "as", "is"]

    /// `input` with every `every`-th sentence (not a document's first) in Title Case; byte lengths are unchanged.
    static func titleCase(_ input: TaggerInput, every: Int) -> TaggerInput {
        guard every > 0 else { return input }
        var result = input
        var count = 0
        for document in input.documents {
            for s in document.dropFirst() {
                count += 1
                guard count % every == 0, input.sentences[s].count >= 4 else { continue }
                for t in input.sentences[s] {
                    let range = input.tokens[t]
                    let first = input.bytes[range.lowerBound]
                    guard first >= 0x61 && first <= 0x7A else { continue }
                    let word = String(decoding: input.bytes[range], as: UTF8.self)
                    if functionWords.contains(word) && t != input.sentences[s].lowerBound { continue }
                    result.bytes[range.lowerBound] = first - 0x20
                }
            }
        }
        return result
    }

    /// `input` followed by a copy of it with every `every`-th sentence in Title Case, and the gold tags likewise.
    static func withTitleCaseCopy(_ input: TaggerInput, gold: [UInt8], every: Int) -> (TaggerInput, [UInt8]) {
        guard every > 0 else { return (input, gold) }
        let copy = titleCase(input, every: every)
        var result = input
        let byteShift = input.bytes.count, tokenShift = input.tokens.count, sentenceShift = input.sentences.count
        result.bytes += copy.bytes
        result.tokens += copy.tokens.map { ($0.lowerBound + byteShift)..<($0.upperBound + byteShift) }
        result.sentences += copy.sentences.map { ($0.lowerBound + tokenShift)..<($0.upperBound + tokenShift) }
        result.documents += copy.documents.map { ($0.lowerBound + sentenceShift)..<($0.upperBound + sentenceShift) }
        return (result, gold + gold)
    }
}
