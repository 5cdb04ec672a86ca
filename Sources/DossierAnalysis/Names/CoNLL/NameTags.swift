/// Writes name spans as per-token tag strings.
public enum NameTags {
    /// BIO (IOB2): every chunk starts with B-.
    public static func bio(_ spans: [NameSpan], count: Int) -> [String] {
        var tags = [String](repeating: "O", count: count)
        for span in spans {
            for i in span.tokens { tags[i] = "I-" + span.type.rawValue }
            tags[span.tokens.lowerBound] = "B-" + span.type.rawValue
        }
        return tags
    }

    /// IOB1 (CoNLL-2003's own scheme): B- only for a chunk right after a chunk of the same type.
    public static func iob1(_ spans: [NameSpan], count: Int) -> [String] {
        var tags = [String](repeating: "O", count: count)
        var previous: NameSpan? = nil
        for span in spans.sorted(by: { $0.tokens.lowerBound < $1.tokens.lowerBound }) {
            for i in span.tokens { tags[i] = "I-" + span.type.rawValue }
            if let previous, previous.tokens.upperBound == span.tokens.lowerBound, previous.type == span.type {
                tags[span.tokens.lowerBound] = "B-" + span.type.rawValue
            }
            previous = span
        }
        return tags
    }
}

/// Scores CoNLL files the way conlleval does.
public enum CoNLLScoring {
    /// Scores predicted spans against the file's last column.
    public static func score(_ file: CoNLLFile, predicted: [NameSpan]) -> ChunkEvaluation {
        let gold = file.lastColumn.map { $0 ?? "O" }
        let guessed = NameTags.iob1(predicted, count: gold.count)
        let correct = zip(gold, guessed).reduce(0) { $0 + ($1.0 == $1.1 ? 1 : 0) }
        let sentences = file.input.sentences
        return ChunkEvaluation(gold: ChunkReader.chunks(gold, sentences: sentences),
                               predicted: ChunkReader.chunks(guessed, sentences: sentences),
                               tokens: gold.count, correctTags: correct)
    }

    /// Scores a file holding gold (second-to-last column) and predicted (last column) tags.
    public static func scorePredicted(_ file: CoNLLFile) -> ChunkEvaluation {
        let gold = file.previousColumn.map { $0 ?? "O" }
        let guessed = file.lastColumn.map { $0 ?? "O" }
        let correct = zip(gold, guessed).reduce(0) { $0 + ($1.0 == $1.1 ? 1 : 0) }
        let sentences = file.input.sentences
        return ChunkEvaluation(gold: ChunkReader.chunks(gold, sentences: sentences),
                               predicted: ChunkReader.chunks(guessed, sentences: sentences),
                               tokens: gold.count, correctTags: correct)
    }
}
