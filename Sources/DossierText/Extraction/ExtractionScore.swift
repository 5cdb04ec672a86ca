/// Trafilatura's evaluation of a main-text extractor: each page lists snippets that must appear in
/// the extract ("with") and snippets that must not ("without"); a found "with" snippet is a true
/// positive, a missing one a false negative, a found "without" snippet a false positive.
public struct ExtractionScore: Sendable, Equatable {
    public var truePositives = 0
    public var falseNegatives = 0
    public var falsePositives = 0
    public var trueNegatives = 0

    public init() {}

    /// Scores one extract. Snippets match as substrings after whitespace runs (and no-break
    /// spaces) are made single spaces on both sides, since the extract joins blocks with blank lines.
    /// Returns the expected snippets missed and the unwanted ones found.
    @discardableResult
    public mutating func add(extract: String, with expected: [String], without unwanted: [String]) -> (missed: [String], leaked: [String]) {
        let text = ArticleBuilder.collapsingWhitespace(extract)
        var missed: [String] = []
        var leaked: [String] = []
        for snippet in expected {
            if text.contains(ArticleBuilder.collapsingWhitespace(snippet)) { truePositives += 1 } else { falseNegatives += 1; missed.append(snippet) }
        }
        for snippet in unwanted {
            if text.contains(ArticleBuilder.collapsingWhitespace(snippet)) { falsePositives += 1; leaked.append(snippet) } else { trueNegatives += 1 }
        }
        return (missed, leaked)
    }

    public static func + (a: ExtractionScore, b: ExtractionScore) -> ExtractionScore {
        var sum = a
        sum.truePositives += b.truePositives
        sum.falseNegatives += b.falseNegatives
        sum.falsePositives += b.falsePositives
        sum.trueNegatives += b.trueNegatives
        return sum
    }

    public var precision: Double { ratio(truePositives, truePositives + falsePositives) }
    public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    public var accuracy: Double {
        ratio(truePositives + trueNegatives, truePositives + trueNegatives + falsePositives + falseNegatives)
    }

    private func ratio(_ part: Int, _ whole: Int) -> Double { whole == 0 ? 0 : Double(part) / Double(whole) }
}
