/// The syntax of a text, per token: its UPOS tag, its head (a token index, -1 for the root of its
/// sentence) and the relation to that head. Empty when no syntax model could be loaded. In a sentence
/// left out of parsing every token reads as an `X` root.
public struct SyntaxTree: Sendable {
    public var tags: [UInt8] = []
    public var heads: [Int32] = []
    public var relations: [UInt8] = []

    public init() {}

    public var isEmpty: Bool { heads.isEmpty }

    /// The dependents of token `head` inside `sentence`, left to right.
    public func dependents(of head: Int, in sentence: Range<Int>) -> [Int] {
        sentence.filter { heads[$0] == Int32(head) }
    }

    /// The dependents of `head` with relation `relation`.
    public func dependents(of head: Int, _ relation: UInt8, in sentence: Range<Int>) -> [Int] {
        sentence.filter { heads[$0] == Int32(head) && relations[$0] == relation }
    }

    public func tagName(_ i: Int) -> String { UniversalTags.partsOfSpeech[Int(tags[i])] }
    public func relationName(_ i: Int) -> String { UniversalTags.relations[Int(relations[i])] }
}

/// Tags and parses every sentence of an input; shared by the shipped parser and by training's evaluation.
enum SyntaxDecoding {
    /// `parser` nil: tags only. `fixed`: per token, a tag to keep, or `PartOfSpeechTagger.free`. `only`: per
    /// sentence, whether to tag and parse it (nil: all).
    static func run<W: ScoreRows>(_ input: TaggerInput, tagger: PartOfSpeechTagger<W>, parser: ArcEagerParser<W>?,
                                  clusters: WordClusters, fixed: [UInt8]? = nil, only: [Bool]? = nil) -> SyntaxTree {
        precondition(only == nil || only!.count == input.sentences.count)
        let count = input.tokens.count
        var tree = SyntaxTree()
        tree.tags = [UInt8](repeating: UniversalTags.x, count: count)
        tree.heads = [Int32](repeating: -1, count: parser == nil ? 0 : count)
        tree.relations = [UInt8](repeating: 0, count: parser == nil ? 0 : count)
        var words = SyntaxWords()
        let scratch = ArcEagerParser<W>.Scratch(width: max(UniversalTags.posCount, UniversalTags.relationCount))
        let fixedTags = fixed ?? []
        fixedTags.withUnsafeBufferPointer { fixedBuffer in
        input.bytes.withUnsafeBufferPointer { bytes in
            tree.tags.withUnsafeMutableBufferPointer { tags in
                tree.heads.withUnsafeMutableBufferPointer { heads in
                    tree.relations.withUnsafeMutableBufferPointer { relations in
                        for (s, sentence) in input.sentences.enumerated() where !sentence.isEmpty && only?[s] != false {
                            words.load(input, bytes, sentence: sentence, clusters: clusters)
                            let first = sentence.lowerBound
                            let fixedTags = fixedBuffer.isEmpty ? nil : UnsafePointer(fixedBuffer.baseAddress! + first)
                            tagger.tag(words, fixed: fixedTags, into: tags.baseAddress! + first, keys: scratch.keys, scores: scratch.scores)
                            guard let parser else { continue }
                            parser.parse(words, tags: tags.baseAddress! + first, heads: heads.baseAddress! + first,
                                         relations: relations.baseAddress! + first, scratch)
                            // Node numbers (1-based within the sentence, 0 the root) to token indices.
                            for i in sentence { heads[i] = heads[i] == 0 ? -1 : Int32(first) + heads[i] - 1 }
                        }
                    }
                }
            }
        }
        }
        return tree
    }
}
