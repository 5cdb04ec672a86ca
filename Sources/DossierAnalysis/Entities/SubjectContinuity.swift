import DossierText

/// "Rod Blagojevich was jailed … after Obama was elected president. He was sentenced …": a he or she that
/// opens a sentence as the subject of its main verb continues the main subject of the sentence before
/// (centering), when that subject is a person whose gender agrees. Runs after `Coreference`, whose
/// nearest-person choice stands everywhere else. Needs the dependency tree; without one it does nothing.
struct SubjectContinuity {
    func apply(_ set: inout WorkingSet, document: Document, words: Words, tree: SyntaxTree) {
        guard tree.heads.count == words.count else { return }
        var mentionAt = [Int32](repeating: -1, count: words.count)
        for (index, mention) in set.mentions.enumerated() {
            for t in mention.tokens where mentionAt[t] < 0 { mentionAt[t] = Int32(index) }
        }
        var previousSubject: Int? = nil
        for sentence in document.sentences {
            let subject = mainSubject(sentence.tokens, tree)
            defer {
                previousSubject = subject.flatMap { s in
                    let m = mentionAt[s]
                    guard m >= 0, !set.mentions[Int(m)].isPossessor else { return nil }
                    let entity = set.mentions[Int(m)].entity
                    return set.entities[entity].type == .person ? entity : nil
                }
            }
            guard let s = subject, s == sentence.tokens.lowerBound, let previous = previousSubject, mentionAt[s] >= 0 else { continue }
            let gender: Gender
            switch words.lower[s] {
            case "he": gender = .male
            case "she": gender = .female
            default: continue
            }
            let m = Int(mentionAt[s])
            guard set.mentions[m].kind == .pronoun, set.mentions[m].entity != previous else { continue }
            let g = set.entities[previous].gender
            if g == gender || g == .unknown { set.mentions[m].entity = previous }
        }
    }

    /// Marks the sentences whose tree `apply` reads: each opening with he or she, and the one before it.
    static func markSentencesNeedingSyntax(_ needed: inout [Bool], document: Document, words: Words) {
        for (s, sentence) in document.sentences.enumerated() where !sentence.tokens.isEmpty {
            let first = words.lower[sentence.tokens.lowerBound]
            guard first == "he" || first == "she" else { continue }
            needed[s] = true
            if s > 0 { needed[s - 1] = true }
        }
    }

    /// The subject of the first root of a sentence.
    func mainSubject(_ tokens: Range<Int>, _ tree: SyntaxTree) -> Int? {
        guard let root = tokens.first(where: { tree.heads[$0] < 0 }) else { return nil }
        return tokens.first { tree.heads[$0] == Int32(root) && (tree.relations[$0] == UniversalTags.nsubj || tree.relations[$0] == UniversalTags.nsubjPass) }
    }
}
