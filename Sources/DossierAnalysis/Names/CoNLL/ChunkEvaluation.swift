/// Chunk-level precision, recall and F1, as conlleval computes them.
public struct ChunkEvaluation: Sendable, Equatable {
    public struct Counts: Sendable, Equatable {
        public var gold = 0, predicted = 0, correct = 0
        public var precision: Double { predicted == 0 ? 0 : 100 * Double(correct) / Double(predicted) }
        public var recall: Double { gold == 0 ? 0 : 100 * Double(correct) / Double(gold) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    }

    public var tokens = 0
    public var correctTags = 0
    public var overall = Counts()
    public var byType: [String: Counts] = [:]

    public init(gold: [NameSpan], predicted: [NameSpan], tokens: Int = 0, correctTags: Int = 0) {
        self.tokens = tokens
        self.correctTags = correctTags
        let goldSet = Set(gold.map(Key.init))
        for span in gold {
            overall.gold += 1
            byType[span.type.rawValue, default: Counts()].gold += 1
        }
        for span in predicted {
            overall.predicted += 1
            byType[span.type.rawValue, default: Counts()].predicted += 1
            if goldSet.contains(Key(span)) {
                overall.correct += 1
                byType[span.type.rawValue, default: Counts()].correct += 1
            }
        }
    }

    private struct Key: Hashable {
        var start: Int, end: Int, type: String
        init(_ span: NameSpan) { start = span.tokens.lowerBound; end = span.tokens.upperBound; type = span.type.rawValue }
    }

    /// The report in conlleval's layout.
    public var report: String {
        func pct(_ x: Double) -> String { Self.format(x, width: 6) }
        var lines = ["processed \(tokens) tokens with \(overall.gold) phrases; found: \(overall.predicted) phrases; correct: \(overall.correct)."]
        let accuracy = tokens == 0 ? 0 : 100 * Double(correctTags) / Double(tokens)
        lines.append("accuracy: \(pct(accuracy))%; precision: \(pct(overall.precision))%; recall: \(pct(overall.recall))%; FB1: \(pct(overall.f1))")
        for type in byType.keys.sorted() {
            let c = byType[type]!
            let name = String(repeating: " ", count: max(0, 17 - type.count)) + type
            lines.append("\(name): precision: \(pct(c.precision))%; recall: \(pct(c.recall))%; FB1: \(pct(c.f1))  \(c.predicted)")
        }
        return lines.joined(separator: "\n")
    }

    /// `x` with two decimals, right-aligned in `width` characters (no Foundation).
    static func format2(_ x: Double) -> String { format(x, width: 0) }

    static func format(_ x: Double, width: Int) -> String {
        let hundredths = Int((x * 100).rounded())
        let fraction = hundredths % 100
        let text = "\(hundredths / 100)." + (fraction < 10 ? "0" : "") + "\(fraction)"
        return String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
