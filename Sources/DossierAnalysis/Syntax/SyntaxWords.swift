/// What the tagger and the parser know about the words of one sentence, computed once per sentence
/// into reused buffers: hashes of the lower-cased spelling (numbers by their shape), affixes, shape, word class.
struct SyntaxWords {
    var count = 0
    var word: [UInt64] = []
    var shape: [UInt64] = []
    /// The spelling as written (case kept).
    var exact: [UInt64] = []
    /// The first two and three bytes of the lower-cased spelling.
    var longPrefix: [UInt64] = []
    var prefix: [UInt64] = []
    /// Three per word: the last one, two and three bytes of the lower-cased spelling.
    var suffix: [UInt64] = []
    var cluster: [UInt64] = []
    var capitalised: [Bool] = []
    private var lowered: [UInt8] = []

    static let none: UInt64 = 0x5EA7_0F_5E17E7CE
    static let root: UInt64 = 0x2007_2007_2007

    mutating func load(_ input: TaggerInput, _ bytes: UnsafeBufferPointer<UInt8>, sentence: Range<Int>, clusters: WordClusters) {
        count = sentence.count
        word.removeAll(keepingCapacity: true)
        shape.removeAll(keepingCapacity: true)
        exact.removeAll(keepingCapacity: true)
        longPrefix.removeAll(keepingCapacity: true)
        prefix.removeAll(keepingCapacity: true)
        suffix.removeAll(keepingCapacity: true)
        cluster.removeAll(keepingCapacity: true)
        capitalised.removeAll(keepingCapacity: true)
        for t in sentence {
            let range = input.tokens[t]
            lowered.removeAll(keepingCapacity: true)
            let form = WordForm(bytes, range, lowered: &lowered)
            var hasDigit = false
            for k in range where bytes[k] >= 0x30 && bytes[k] <= 0x39 { hasDigit = true; break }
            let n = lowered.count
            lowered.withUnsafeBufferPointer { low in
                word.append(hasDigit ? form.shape : FeatureHash.fnv(low, 0..<n))
                prefix.append(n > 0 ? FeatureHash.fnv(low, 0..<1) : Self.none)
                for k in 1...3 { suffix.append(n >= k ? FeatureHash.fnv(low, (n - k)..<n) : Self.none) }
                for k in 2...3 { longPrefix.append(n > k ? FeatureHash.fnv(low, 0..<k) : Self.none) }
            }
            shape.append(form.shape)
            exact.append(hasDigit ? form.shape : form.exact)
            cluster.append(UInt64(clusters.lookup(form.exact)))
            capitalised.append(form.initialUpper)
        }
    }
}
