/// Greedy left-to-right part-of-speech tagging with an averaged perceptron over hashed features
/// (Collins 2002; the two previous tags are features). Generic over the weights so that training
/// (Float) and the shipped model (Int8) decode with the same code.
struct PartOfSpeechTagger<Weights: ScoreRows> {
    let weights: Weights
    static var featureCount: Int { 28 }

    /// Writes the feature keys of word `i` given the tags chosen before it; returns how many.
    @inline(__always)
    static func features(_ i: Int, _ w: SyntaxWords, previous: UInt64, beforePrevious: UInt64,
                         into keys: UnsafeMutablePointer<UInt64>) -> Int {
        var n = 0
        @inline(__always) func add(_ template: UInt64, _ value: UInt64) { keys[n] = FeatureHash.mix(template, value); n += 1 }
        let count = w.count
        @inline(__always) func word(_ j: Int) -> UInt64 { j < 0 || j >= count ? SyntaxWords.none : w.word[j] }
        @inline(__always) func suffix3(_ j: Int) -> UInt64 { j < 0 || j >= count ? SyntaxWords.none : w.suffix[j * 3 + 2] }
        @inline(__always) func cluster(_ j: Int) -> UInt64 { j < 0 || j >= count ? 0xFFFF_FFFF : w.cluster[j] }
        add(101, 0)
        add(102, w.word[i])
        add(103, w.suffix[i * 3])
        add(104, w.suffix[i * 3 + 1])
        add(105, w.suffix[i * 3 + 2])
        add(106, w.prefix[i])
        add(107, w.shape[i])
        add(108, word(i - 1))
        add(109, word(i + 1))
        add(110, word(i - 2))
        add(111, word(i + 2))
        add(112, suffix3(i - 1))
        add(113, suffix3(i + 1))
        add(114, previous)
        add(115, beforePrevious << 8 | previous)
        add(116, FeatureHash.combine(previous, w.word[i]))
        add(117, cluster(i))
        add(118, cluster(i) >> 8)
        add(119, cluster(i + 1))
        add(120, cluster(i - 1))
        add(121, FeatureHash.combine(w.word[i], word(i + 1)))
        add(122, FeatureHash.combine(w.shape[i], UInt64(i == 0 ? 2 : 0) | (w.capitalised[i] ? 1 : 0)))
        add(123, FeatureHash.combine(previous, cluster(i)))
        add(124, FeatureHash.combine(word(i - 1), w.word[i]))
        add(125, FeatureHash.combine(previous, word(i + 1)))
        add(126, w.exact[i])
        add(127, w.longPrefix[i * 2])
        add(128, w.longPrefix[i * 2 + 1])
        return n
    }

    static var start: UInt64 { 0xFF }
    /// No fixed tag.
    static var free: UInt8 { 0xFF }

    /// Tags the words of one sentence into `tags` (one per word); `keys` and `scores` are scratch space.
    /// A word whose `fixed` tag is not `free` keeps it (names found by the name tagger are `PROPN`).
    func tag(_ w: SyntaxWords, fixed: UnsafePointer<UInt8>?, into tags: UnsafeMutablePointer<UInt8>, keys: UnsafeMutablePointer<UInt64>,
             scores: UnsafeMutablePointer<Weights.Score>) {
        var previous = Self.start, beforePrevious = Self.start
        for i in 0..<w.count {
            if let fixed, fixed[i] != Self.free {
                tags[i] = fixed[i]
                beforePrevious = previous
                previous = UInt64(fixed[i])
                continue
            }
            let n = Self.features(i, w, previous: previous, beforePrevious: beforePrevious, into: keys)
            weights.score(UnsafeBufferPointer(start: keys, count: n), into: scores)
            var best = 0
            for c in 1..<weights.width where scores[c] > scores[best] { best = c }
            tags[i] = UInt8(best)
            beforePrevious = previous
            previous = UInt64(best)
        }
    }
}
