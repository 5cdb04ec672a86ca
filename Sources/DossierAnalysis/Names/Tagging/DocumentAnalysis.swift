/// Per-document token analysis shared by every pass: spellings, sentence casing, case restoration
/// from elsewhere in the document, and gazetteer matches.
struct DocumentAnalysis {
    /// Where a token's features come from when its own capitalisation says nothing (headline, sentence start).
    enum Restoration: UInt8 { case own = 0, lower = 1, capitalised = 2, unknown = 3 }

    var tokenRange: Range<Int> = 0..<0
    var forms: [WordForm] = []           // own spelling, indexed from tokenRange.lowerBound
    var effective: [Int] = []            // index (into forms) of the token whose spelling stands for this one
    var restoration: [Restoration] = []
    var casing: [SentenceCasing] = []    // per token, the casing of its sentence
    var sentenceStart: [Bool] = []
    var sentenceEnd: [Bool] = []
    var gazetteer: [UInt32] = []         // bit (category * 4 + BILU position)
    var clusters: [UInt32] = []          // word classes of the effective spelling (see `WordClusters`)
    var numericSentence: [Bool] = []     // a results or table line: a third or more of its tokens are numbers

    init(_ input: TaggerInput, bytes: UnsafeBufferPointer<UInt8>, sentences: Range<Int>, lexicon: NameLexicon) {
        let gaz = lexicon.gazetteer
        let first = sentences.isEmpty ? 0 : input.sentences[sentences.lowerBound].lowerBound
        let last = sentences.isEmpty ? 0 : input.sentences[sentences.upperBound - 1].upperBound
        tokenRange = first..<last
        let n = last - first
        var lowered: [UInt8] = []
        lowered.reserveCapacity(n * 8)
        var lowerRanges = [Range<Int>]()
        lowerRanges.reserveCapacity(n)
        forms = []
        forms.reserveCapacity(n)
        var lengths = [Int]()
        lengths.reserveCapacity(n)
        for t in tokenRange {
            let start = lowered.count
            let range = input.tokens[t]
            forms.append(WordForm(bytes, range, lowered: &lowered))
            lowerRanges.append(start..<lowered.count)
            lengths.append(range.count)
        }
        lowered.withUnsafeBufferPointer { low in
            for i in 0..<n { forms[i].lower = FeatureHash.fnv(low, lowerRanges[i]) }
        }
        numericSentence = [Bool](repeating: false, count: n)
        casing = [SentenceCasing](repeating: .normal, count: n)
        sentenceStart = [Bool](repeating: false, count: n)
        sentenceEnd = [Bool](repeating: false, count: n)
        for s in sentences {
            let r = (input.sentences[s].lowerBound - first)..<(input.sentences[s].upperBound - first)
            guard !r.isEmpty else { continue }
            let mode = SentenceCasing.of(forms[r], lengths: lengths[r])
            var numbers = 0
            for i in r {
                casing[i] = mode
                let b = bytes[input.tokens[first + i].lowerBound]
                if b >= 0x30 && b <= 0x39 { numbers += 1 }
            }
            if numbers * 3 >= r.count && r.count >= 3 { for i in r { numericSentence[i] = true } }
            if mode == .normal { Self.markCapitalRuns(&casing, r, forms, lengths) }
            sentenceStart[r.lowerBound] = true
            sentenceEnd[r.upperBound - 1] = true
        }
        // Evidence: how each word is spelt where its capitalisation is informative.
        var evidence: [UInt64: (lower: Int32, capital: Int32, lowerIndex: Int32, capitalIndex: Int32)] = [:]
        for i in 0..<n where forms[i].hasLetter && casing[i] == .normal && !sentenceStart[i] {
            var entry = evidence[forms[i].lower] ?? (0, 0, -1, -1)
            if forms[i].initialUpper {
                entry.capital += 1
                if entry.capitalIndex < 0 { entry.capitalIndex = Int32(i) }
            } else {
                entry.lower += 1
                if entry.lowerIndex < 0 { entry.lowerIndex = Int32(i) }
            }
            evidence[forms[i].lower] = entry
        }
        effective = Array(0..<n)
        restoration = [Restoration](repeating: .own, count: n)
        for i in 0..<n where forms[i].hasLetter && (casing[i] != .normal || sentenceStart[i]) {
            guard let entry = evidence[forms[i].lower] else { restoration[i] = .unknown; continue }
            if entry.capital > entry.lower {
                effective[i] = Int(entry.capitalIndex)
                restoration[i] = .capitalised
            } else {
                effective[i] = Int(entry.lowerIndex)
                restoration[i] = .lower
            }
        }
        clusters = (0..<n).map { lexicon.clusters.lookup(forms[effective[$0]].exact) }
        gazetteer = [UInt32](repeating: 0, count: n)
        lowered.withUnsafeBufferPointer { low in
            for s in sentences {
                let r = (input.sentences[s].lowerBound - first)..<(input.sentences[s].upperBound - first)
                for i in r where forms[i].hasLetter {
                    var hash = FeatureHash.fnvOffset
                    var j = i
                    while j < r.upperBound && j - i < 5 {
                        if j > i { hash = FeatureHash.fnv(byte: 0x20, from: hash) }
                        hash = FeatureHash.fnv(low, lowerRanges[j], from: hash)
                        let found = gaz.lookup(hash)
                        if found.isEmpty { break }
                        let categories = found.rawValue >> 1
                        if categories != 0 { Self.mark(&gazetteer, i...j, categories: categories) }
                        if !found.contains(.prefix) { break }
                        j += 1
                    }
                }
            }
        }
    }

    /// A run of two or more ALL CAPS words inside a sentence ("READ MORE: Russia arrests …") is read as a headline.
    private static func markCapitalRuns(_ casing: inout [SentenceCasing], _ r: Range<Int>, _ forms: [WordForm], _ lengths: [Int]) {
        var i = r.lowerBound
        while i < r.upperBound {
            var j = i
            while j < r.upperBound && forms[j].allUpper && lengths[j] >= 2 { j += 1 }
            if j - i >= 2 { for k in i..<j { casing[k] = .allCaps } }
            i = max(j, i + 1)
        }
    }

    private static func mark(_ flags: inout [UInt32], _ span: ClosedRange<Int>, categories: UInt8) {
        for c in 0..<5 where categories & (1 << c) != 0 {
            if span.count == 1 { flags[span.lowerBound] |= 1 << (c * 4 + 3); continue }
            flags[span.lowerBound] |= 1 << (c * 4)
            for k in span.dropFirst().dropLast() { flags[k] |= 1 << (c * 4 + 1) }
            flags[span.upperBound] |= 1 << (c * 4 + 2)
        }
    }
}
