/// UPOS accuracy and unlabelled / labelled attachment scores of predicted syntax against a treebank,
/// over every word, punctuation included.
public struct AttachmentScore: Sendable {
    public var words = 0
    public var correctTags = 0
    public var correctHeads = 0
    public var correctArcs = 0

    public init(gold: CoNLLUFile, predicted: SyntaxTree) {
        words = gold.tags.count
        for i in 0..<words {
            if predicted.tags[i] == gold.tags[i] { correctTags += 1 }
            guard !predicted.heads.isEmpty else { continue }
            if predicted.heads[i] == gold.heads[i] {
                correctHeads += 1
                if predicted.relations[i] == gold.relations[i] { correctArcs += 1 }
            }
        }
    }

    public var tagAccuracy: Double { percent(correctTags) }
    public var unlabelled: Double { percent(correctHeads) }
    public var labelled: Double { percent(correctArcs) }

    func percent(_ count: Int) -> Double { words == 0 ? 0 : 100 * Double(count) / Double(words) }

    /// "UPOS 95.12  UAS 86.40  LAS 83.05 (25094 words, punctuation included)"
    public var report: String {
        "UPOS \(ChunkEvaluation.format2(tagAccuracy))  UAS \(ChunkEvaluation.format2(unlabelled))  LAS \(ChunkEvaluation.format2(labelled))"
            + " (\(words) words, punctuation included)"
    }
}
