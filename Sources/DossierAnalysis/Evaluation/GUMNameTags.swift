/// GUM's named mentions as CoNLL-2003 name tags, to train the name tagger on modern text beside CoNLL.
///
/// A mention is a name when its head is a proper noun and its type maps to ours (see `GUMEvaluation`); the
/// tagged words are the proper nouns around the head, with the small words joining them ("University of New
/// South Wales", "Food Standards Australia New Zealand"), without a leading title of a person ("Professor").
/// Nested names give way to the name that contains them, as CoNLL tags one level.
extension GUMDocument {
    static let conllTypes = ["person": "PER", "organization": "ORG", "place": "LOC", "other": "MISC"]
    static let joiningWords: Set<String> = ["of", "for", "and", "&", "de", "du", "la", "von", "van", "der", "del", "on", "the"]

    /// The name's words of a mention, nil when it holds no name.
    func nameWords(of mention: Mention) -> Range<Int>? {
        guard words[mention.head].upos == "PROPN", GUMEvaluation.mappedType(gum: mention.type) != nil else { return nil }
        func isName(_ index: Int) -> Bool { words[index].upos == "PROPN" }
        var start = mention.head, end = mention.head + 1
        while start > mention.words.lowerBound {
            if isName(start - 1) { start -= 1; continue }
            // A joining word counts only between two proper nouns.
            if start - 2 >= mention.words.lowerBound, Self.joiningWords.contains(words[start - 1].form.lowercased()), isName(start - 2) {
                start -= 2
                continue
            }
            break
        }
        while end < mention.words.upperBound {
            if isName(end) { end += 1; continue }
            if end + 1 < mention.words.upperBound, Self.joiningWords.contains(words[end].form.lowercased()), isName(end + 1) {
                end += 2
                continue
            }
            break
        }
        if mention.type == "person" {
            while end - start > 1, Lexicon.titles[words[start].form.lowercased()] != nil || Lexicon.roles[words[start].form.lowercased()] != nil {
                start += 1
            }
        }
        return start..<end
    }

    /// The document in CoNLL-2003 columns (word, tag, chunk placeholder, name tag in IOB1), one sentence per block.
    public func conll2003Text() -> String {
        var tags = [String](repeating: "O", count: words.count)
        var names = mentions.compactMap { mention in
            nameWords(of: mention).map { (words: $0, type: Self.conllTypes[GUMEvaluation.mappedType(gum: mention.type)!]!) }
        }
        names.sort { $0.words.count > $1.words.count }
        var taken = [Bool](repeating: false, count: words.count)
        var previousChunk = [Int](repeating: -1, count: words.count)
        for (number, name) in names.enumerated() where !name.words.contains(where: { taken[$0] }) {
            for index in name.words {
                taken[index] = true
                tags[index] = "I-" + name.type
                previousChunk[index] = number
            }
        }
        // IOB1: B- only where a name follows another of the same type directly.
        for index in words.indices.dropFirst() where tags[index] != "O" && tags[index] == tags[index - 1]
            && previousChunk[index] != previousChunk[index - 1] {
            tags[index] = "B-" + tags[index].dropFirst(2)
        }
        var lines = ["-DOCSTART- -X- -X- O", ""]
        let starts = Set(sentenceStarts)
        for (index, word) in words.enumerated() {
            if index > 0, starts.contains(index) { lines.append("") }
            let form = String(word.form.map { $0 == " " ? "_" : $0 })
            lines.append("\(form) \(word.upos) O \(tags[index])")
        }
        lines.append("")
        return lines.joined(separator: "\n") + "\n"
    }
}
