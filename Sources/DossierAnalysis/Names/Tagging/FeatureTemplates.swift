/// The feature templates. Changing any template, or how its value is computed, changes what a
/// trained weight means: bump `version` so old models are refused instead of silently misread.
enum FeatureTemplates {
    static let version: UInt32 = 2

    // Static templates: computed once per token from the document.
    static let bias: UInt64 = 1, exact: UInt64 = 2, lower: UInt64 = 3, shape: UInt64 = 4, shortShape: UInt64 = 5
    static let prefix: UInt64 = 6       // 6...9 for lengths 1...4
    static let suffix: UInt64 = 10      // 10...13
    static let previousWord: UInt64 = 14, nextWord: UInt64 = 15, secondPreviousWord: UInt64 = 16, secondNextWord: UInt64 = 17
    static let previousShape: UInt64 = 18, nextShape: UInt64 = 19, secondPreviousShape: UInt64 = 20, secondNextShape: UInt64 = 21
    static let previousBigram: UInt64 = 22, nextBigram: UInt64 = 23, shapeTrigram: UInt64 = 24
    static let position: UInt64 = 25, casingShape: UInt64 = 26, restoration: UInt64 = 27, ownCasingShape: UInt64 = 31
    static let gazetteer: UInt64 = 28, previousGazetteer: UInt64 = 29, nextGazetteer: UInt64 = 30
    static let previousExact: UInt64 = 32, nextExact: UInt64 = 33, nextWordShape: UInt64 = 34, hyphenPart: UInt64 = 35
    static let previousWordShape: UInt64 = 36, numericSentence: UInt64 = 37, appositive: UInt64 = 38
    static let cluster: UInt64 = 50, coarseCluster: UInt64 = 51, previousCluster: UInt64 = 52, nextCluster: UInt64 = 53
    static let clusterPair: UInt64 = 54, middleCluster: UInt64 = 55, previousFineCluster: UInt64 = 56, nextFineCluster: UInt64 = 57
    // Dynamic templates: depend on the tags already chosen.
    static let previousTag: UInt64 = 40, previousTagWord: UInt64 = 42, previousTagShape: UInt64 = 43
    static let historyMajority: UInt64 = 44, historyLast: UInt64 = 45, historyShape: UInt64 = 46

    static let comma = FeatureHash.fnv(Array(",".utf8))
    static let article = FeatureHash.fnv(Array("a".utf8)), articleAn = FeatureHash.fnv(Array("an".utf8)), articleThe = FeatureHash.fnv(Array("the".utf8))
    static let boundary: UInt64 = 0x5EA7_0F_5E17E7CE

    /// Appends the static feature keys of token `i` (an index into `analysis.forms`).
    static func appendStatic(_ i: Int, _ a: DocumentAnalysis, _ input: TaggerInput,
                             _ bytes: UnsafeBufferPointer<UInt8>, into keys: inout [UInt64]) {
        let form = a.forms[i]
        let source = a.effective[i]
        let eff = a.forms[source]
        let range = input.tokens[a.tokenRange.lowerBound + source]
        let n = a.forms.count
        @inline(__always) func add(_ t: UInt64, _ v: UInt64) { keys.append(FeatureHash.mix(t, v)) }
        add(bias, 0)
        add(exact, eff.exact)
        add(lower, form.lower)
        add(shape, eff.shape)
        add(shortShape, eff.shortShape)
        let length = range.count
        for k in 1...4 where length >= k {
            add(prefix + UInt64(k - 1), FeatureHash.fnv(bytes, range.lowerBound..<(range.lowerBound + k)))
            if length > k { add(suffix + UInt64(k - 1), FeatureHash.fnv(bytes, (range.upperBound - k)..<range.upperBound)) }
        }
        let start = a.sentenceStart[i], end = a.sentenceEnd[i]
        let p1 = start ? -1 : i - 1
        let p2 = start || p1 < 0 || a.sentenceStart[p1] ? -1 : i - 2
        let n1 = end ? -1 : i + 1
        let n2 = end || n1 >= n || a.sentenceEnd[n1] ? -1 : i + 2
        @inline(__always) func word(_ j: Int) -> UInt64 { j < 0 ? boundary : a.forms[j].lower }
        @inline(__always) func wshape(_ j: Int) -> UInt64 { j < 0 ? boundary : a.forms[a.effective[j]].shortShape }
        add(previousWord, word(p1))
        add(nextWord, word(n1))
        add(secondPreviousWord, word(p2))
        add(secondNextWord, word(n2))
        add(previousShape, wshape(p1))
        add(nextShape, wshape(n1))
        add(secondPreviousShape, wshape(p2))
        add(secondNextShape, wshape(n2))
        add(previousBigram, FeatureHash.combine(word(p1), form.lower))
        add(nextBigram, FeatureHash.combine(form.lower, word(n1)))
        add(shapeTrigram, FeatureHash.combine(FeatureHash.combine(wshape(p1), eff.shortShape), wshape(n1)))
        @inline(__always) func exactWord(_ j: Int) -> UInt64 { j < 0 ? boundary : a.forms[a.effective[j]].exact }
        add(previousExact, exactWord(p1))
        add(nextExact, exactWord(n1))
        add(nextWordShape, FeatureHash.combine(word(n1), eff.shortShape))
        add(previousWordShape, FeatureHash.combine(word(p1), eff.shortShape))
        add(numericSentence, UInt64(a.numericSentence[i] ? 1 : 0) << 32 | (eff.shortShape & 0xFFFF_FFFF))
        var partStart = range.lowerBound
        if length > 2 {
            for k in range where bytes[k] == 0x2D {
                if k > partStart { add(hyphenPart, lowerFNV(bytes, partStart..<k)) }
                partStart = k + 1
            }
            if partStart > range.lowerBound && partStart < range.upperBound { add(hyphenPart, lowerFNV(bytes, partStart..<range.upperBound)) }
        }
        // An apposition names the kind of thing: "Mediazona, a news website", "Kursk, the city".
        if n1 >= 0, n2 >= 0, a.forms[n1].lower == comma, n2 + 1 < n, !a.sentenceEnd[n2] {
            let determiner = a.forms[n2].lower
            if determiner == article || determiner == articleAn || determiner == articleThe {
                add(appositive, a.forms[n2 + 1].lower)
                if n2 + 2 < n && !a.sentenceEnd[n2 + 1] { add(appositive, a.forms[n2 + 2].lower) }
            }
        }
        // Word classes: fine, middle and coarse for the token, middle and fine for its neighbours.
        let classBoundary: UInt64 = 0xFFFF
        @inline(__always) func classes(_ j: Int, _ level: (UInt32) -> UInt64) -> UInt64 { j < 0 ? classBoundary : level(a.clusters[j]) }
        add(cluster, classes(i, WordClusters.fine))
        add(middleCluster, classes(i, WordClusters.middle))
        add(coarseCluster, classes(i, WordClusters.coarse))
        add(previousCluster, classes(p1, WordClusters.middle))
        add(nextCluster, classes(n1, WordClusters.middle))
        add(previousFineCluster, classes(p1, WordClusters.fine))
        add(nextFineCluster, classes(n1, WordClusters.fine))
        add(clusterPair, classes(p1, WordClusters.coarse) << 16 | classes(i, WordClusters.coarse))
        let place: UInt64 = start ? 0 : (p2 < 0 ? 1 : 2)
        add(position, place * 2 + (end ? 1 : 0))
        let casing = UInt64(a.casing[i].rawValue)
        add(casingShape, FeatureHash.combine(casing, eff.shortShape))
        add(ownCasingShape, FeatureHash.combine(casing &+ 7, form.shortShape))
        add(restoration, UInt64(a.restoration[i].rawValue) << 8 | casing << 4 | (eff.initialUpper ? 1 : 0) | (start ? 2 : 0))
        var bits = a.gazetteer[i]
        while bits != 0 {
            add(gazetteer, UInt64(bits.trailingZeroBitCount))
            bits &= bits - 1
        }
        if p1 >= 0 { addCategories(previousGazetteer, a.gazetteer[p1], add) }
        if n1 >= 0 { addCategories(nextGazetteer, a.gazetteer[n1], add) }
    }

    /// FNV-1a of ASCII-lowercased bytes.
    @inline(__always)
    static func lowerFNV(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        var h = FeatureHash.fnvOffset
        for k in range {
            let b = bytes[k]
            h = FeatureHash.fnv(byte: (b >= 0x41 && b <= 0x5A) ? b | 0x20 : b, from: h)
        }
        return h
    }

    @inline(__always)
    private static func addCategories(_ template: UInt64, _ bits: UInt32, _ add: (UInt64, UInt64) -> Void) {
        for c in 0..<5 where bits & (0xF << (c * 4)) != 0 { add(template, UInt64(c)) }
    }
}
