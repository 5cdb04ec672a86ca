/// Left-to-right tagging with BILOU constraints, previous tags and the document's prediction history
/// (how the same word was tagged earlier in the document, after Ratinov & Roth 2009).
struct GreedyDecoder<Weights: WeightTable> {
    let weights: Weights
    let gazetteer: Gazetteer

    /// Called on every token while training: (feature rows, chosen tag, index into the whole input).
    typealias Observer = (_ rows: UnsafeBufferPointer<Int>, _ predicted: UInt8, _ token: Int) -> UInt8

    /// Tags every token of `input` (BILOU tag ids). `observer`, when given, may replace the chosen tag
    /// (training uses it to update weights); the returned tag is what the history remembers.
    func tag(_ input: TaggerInput, observer: Observer? = nil) -> [UInt8] {
        var tags = [UInt8](repeating: 0, count: input.tokens.count)
        input.bytes.withUnsafeBufferPointer { bytes in
            for document in input.documents {
                tagDocument(input, bytes, document, &tags, observer)
            }
        }
        return tags
    }

    /// Static feature rows of every token of a document (flat, with per-token offsets).
    func staticRows(_ input: TaggerInput, _ bytes: UnsafeBufferPointer<UInt8>, _ analysis: DocumentAnalysis)
        -> (rows: [Int], offsets: [Int]) {
        var keys: [UInt64] = []
        keys.reserveCapacity(48)
        var rows: [Int] = []
        rows.reserveCapacity(analysis.forms.count * 44)
        var offsets = [0]
        offsets.reserveCapacity(analysis.forms.count + 1)
        for i in 0..<analysis.forms.count {
            keys.removeAll(keepingCapacity: true)
            FeatureTemplates.appendStatic(i, analysis, input, bytes, into: &keys)
            for key in keys { rows.append(weights.row(of: key)) }
            offsets.append(rows.count)
        }
        return (rows, offsets)
    }

    func tagDocument(_ input: TaggerInput, _ bytes: UnsafeBufferPointer<UInt8>, _ document: Range<Int>,
                             _ tags: inout [UInt8], _ observer: Observer?) {
        let analysis = DocumentAnalysis(input, bytes: bytes, sentences: document, gazetteer: gazetteer)
        let (rows, offsets) = staticRows(input, bytes, analysis)
        var history: [UInt64: History] = [:]
        var features = [Int](repeating: 0, count: 160)
        let scores = UnsafeMutablePointer<Weights.Score>.allocate(capacity: TagSet.count)
        defer { scores.deallocate() }
        let first = analysis.tokenRange.lowerBound
        var previous = UInt8(TagSet.count), secondPrevious = UInt8(TagSet.count)
        for i in 0..<analysis.forms.count {
            if analysis.sentenceStart[i] { previous = UInt8(TagSet.count); secondPrevious = previous }
            let form = analysis.forms[i]
            let effective = analysis.forms[analysis.effective[i]]
            var count = 0
            for k in offsets[i]..<offsets[i + 1] { features[count] = rows[k]; count += 1 }
            @inline(__always) func add(_ t: UInt64, _ v: UInt64) {
                features[count] = weights.row(of: FeatureHash.mix(t, v)); count += 1
            }
            add(FeatureTemplates.previousTag, UInt64(previous))
            add(FeatureTemplates.previousTags, UInt64(secondPrevious) << 8 | UInt64(previous))
            add(FeatureTemplates.previousTagWord, FeatureHash.combine(UInt64(previous), form.lower))
            add(FeatureTemplates.previousTagShape, FeatureHash.combine(UInt64(previous), effective.shortShape))
            let remembered = effective.initialUpper && form.hasLetter
            if remembered, let entry = history[form.lower] {
                let majority = entry.majority
                add(FeatureTemplates.historyMajority, UInt64(majority))
                add(FeatureTemplates.historyLast, UInt64(entry.last))
                add(FeatureTemplates.historyShape, FeatureHash.combine(UInt64(majority), effective.shortShape))
            }
            for c in 0..<TagSet.count { scores[c] = .zero }
            for k in 0..<count { weights.add(row: features[k], into: scores) }
            let mask = TagSet.allowed[Int(previous) * 2 + (analysis.sentenceEnd[i] ? 1 : 0)]
            var best = 0
            var bestScore = scores[0]
            var found = false
            for c in 0..<TagSet.count where mask & (1 << c) != 0 {
                if !found || scores[c] > bestScore { best = c; bestScore = scores[c]; found = true }
            }
            var chosen = UInt8(best)
            if let observer {
                chosen = features.withUnsafeBufferPointer { observer(UnsafeBufferPointer(rebasing: $0[0..<count]), chosen, first + i) }
            }
            tags[first + i] = chosen
            if remembered { history[form.lower, default: History()].record(chosen) }
            secondPrevious = previous
            previous = chosen
        }
    }
}

/// How one word has been tagged so far in a document.
struct History {
    var counts: (UInt16, UInt16, UInt16, UInt16, UInt16) = (0, 0, 0, 0, 0)
    var last: UInt8 = 0

    /// 0 for O, 1 + type index otherwise; ties go to the earlier type.
    var majority: UInt8 {
        var best: UInt8 = 0, top = counts.0
        if counts.1 > top { best = 1; top = counts.1 }
        if counts.2 > top { best = 2; top = counts.2 }
        if counts.3 > top { best = 3; top = counts.3 }
        if counts.4 > top { best = 4 }
        return best
    }

    mutating func record(_ tag: UInt8) {
        let type = tag == 0 ? 0 : Int((tag - 1) / 4) + 1
        switch type {
        case 0: counts.0 &+= 1
        case 1: counts.1 &+= 1
        case 2: counts.2 &+= 1
        case 3: counts.3 &+= 1
        default: counts.4 &+= 1
        }
        last = tag
    }
}
