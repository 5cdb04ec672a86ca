/// Tags sentence by sentence with Viterbi search over BILOU tags. Scores are per-token features
/// (from `FeatureTemplates`) plus first-order features of the previous tag; document-level history
/// (how the same word was tagged in earlier sentences, after Ratinov & Roth 2009) is static within a sentence.
struct ViterbiDecoder<Weights: WeightTable> {
    let weights: Weights
    let lexicon: NameLexicon

    /// Feature rows of one sentence, for training updates.
    struct SentenceFeatures {
        /// Flat rows per token: static and history rows, `offsets[i]..<offsets[i + 1]`.
        var rows: [Int]
        var offsets: [Int]
        /// Rows of the previous-tag-class features of token `i` for class `q` (see `TagSet.previousClass`):
        /// `transitionRows[(i * TagSet.previousClasses + q) * 2 ..< +2]`.
        var transitionRows: [Int]
        /// The row of the previous-tag feature for each previous tag (`TagSet.count` is the sentence start).
        var previousTagRows: [Int]
    }

    /// Called once per sentence while training: (its features, the chosen tags, first token index in the input).
    typealias Observer = (_ features: SentenceFeatures, _ predicted: [UInt8], _ first: Int) -> Void

    func tag(_ input: TaggerInput) -> [UInt8] {
        var tags = [UInt8](repeating: 0, count: input.tokens.count)
        input.bytes.withUnsafeBufferPointer { bytes in
            for document in input.documents { tagDocument(input, bytes, document, &tags, nil) }
        }
        return tags
    }

    func tagDocument(_ input: TaggerInput, _ bytes: UnsafeBufferPointer<UInt8>, _ document: Range<Int>,
                     _ tags: inout [UInt8], _ observer: Observer?) {
        let analysis = DocumentAnalysis(input, bytes: bytes, sentences: document, lexicon: lexicon)
        var history: [UInt64: History] = [:]
        var keys: [UInt64] = []
        keys.reserveCapacity(96)
        let width = TagSet.count
        let states = width + 1
        let first = analysis.tokenRange.lowerBound
        let previousTagRows = (0..<states).map { weights.row(of: FeatureHash.mix(FeatureTemplates.previousTag, UInt64($0))) }
        var features = SentenceFeatures(rows: [], offsets: [], transitionRows: [], previousTagRows: previousTagRows)
        var emissions: [Weights.Score] = []
        var transition = [Weights.Score](repeating: .zero, count: width)
        // Scores of the previous-tag feature, the same for every token: one small matrix.
        var tagMatrix = [Weights.Score](repeating: .zero, count: states * width)
        let classes = TagSet.previousClasses
        var best: [Double] = []
        var back: [UInt8] = []
        for s in document {
            let sentence = input.sentences[s]
            let r = (sentence.lowerBound - first)..<(sentence.upperBound - first)
            let n = r.count
            guard n > 0 else { continue }
            // Per-token features and scores.
            features.rows.removeAll(keepingCapacity: true)
            features.offsets.removeAll(keepingCapacity: true)
            features.transitionRows.removeAll(keepingCapacity: true)
            features.offsets.append(0)
            emissions.removeAll(keepingCapacity: true)
            emissions.append(contentsOf: repeatElement(.zero, count: n * width))
            for (k, i) in r.enumerated() {
                keys.removeAll(keepingCapacity: true)
                FeatureTemplates.appendStatic(i, analysis, input, bytes, into: &keys)
                let form = analysis.forms[i]
                let effective = analysis.forms[analysis.effective[i]]
                if effective.initialUpper && form.hasLetter, let entry = history[form.lower] {
                    let majority = entry.majority
                    keys.append(FeatureHash.mix(FeatureTemplates.historyMajority, UInt64(majority)))
                    keys.append(FeatureHash.mix(FeatureTemplates.historyLast, UInt64(entry.last)))
                    keys.append(FeatureHash.mix(FeatureTemplates.historyShape, FeatureHash.combine(UInt64(majority), effective.shortShape)))
                }
                for key in keys { features.rows.append(weights.row(of: key)) }
                features.offsets.append(features.rows.count)
                for q in 0..<classes {
                    features.transitionRows.append(weights.row(of: FeatureHash.mix(FeatureTemplates.previousTagWord, FeatureHash.combine(UInt64(q), form.lower))))
                    features.transitionRows.append(weights.row(of: FeatureHash.mix(FeatureTemplates.previousTagShape, FeatureHash.combine(UInt64(q), effective.shortShape))))
                }
            }
            // Fetch every row first (the loads overlap), then sum: the table is bigger than the caches.
            for row in features.rows { weights.prefetch(row: row) }
            for row in features.transitionRows { weights.prefetch(row: row) }
            emissions.withUnsafeMutableBufferPointer { e in
                for k in 0..<n {
                    let target = e.baseAddress! + k * width
                    for j in features.offsets[k]..<features.offsets[k + 1] { weights.add(row: features.rows[j], into: target) }
                }
            }
            tagMatrix.withUnsafeMutableBufferPointer { m in
                for p in 0..<states {
                    for c in 0..<width { m[p * width + c] = .zero }
                    weights.add(row: previousTagRows[p], into: m.baseAddress! + p * width)
                }
            }
            // Viterbi over (token, tag); state `width` is the sentence start.
            best.removeAll(keepingCapacity: true)
            best.append(contentsOf: repeatElement(-Double.infinity, count: n * width))
            back.removeAll(keepingCapacity: true)
            back.append(contentsOf: repeatElement(0, count: n * width))
            for k in 0..<n {
                let isLast = k == n - 1 ? 1 : 0
                let previousStates = k == 0 ? width..<states : 0..<width
                var computedClass = -1
                for p in previousStates {
                    let before = k == 0 ? 0 : best[(k - 1) * width + p]
                    if before == -Double.infinity { continue }
                    let mask = TagSet.allowed[p * 2 + isLast]
                    let q = TagSet.previousClass[p]
                    if q != computedClass {
                        computedClass = q
                        for c in 0..<width { transition[c] = .zero }
                        transition.withUnsafeMutableBufferPointer { t in
                            let base = (k * classes + q) * 2
                            weights.add(row: features.transitionRows[base], into: t.baseAddress!)
                            weights.add(row: features.transitionRows[base + 1], into: t.baseAddress!)
                        }
                    }
                    for c in 0..<width where mask & (1 << c) != 0 {
                        let score = before + (emissions[k * width + c] + transition[c] + tagMatrix[p * width + c]).asDouble
                        if score > best[k * width + c] {
                            best[k * width + c] = score
                            back[k * width + c] = UInt8(p)
                        }
                    }
                }
            }
            var c = 0
            for t in 1..<width where best[(n - 1) * width + t] > best[(n - 1) * width + c] { c = t }
            var predicted = [UInt8](repeating: 0, count: n)
            for k in stride(from: n - 1, through: 0, by: -1) {
                predicted[k] = UInt8(c)
                c = Int(back[k * width + c])
            }
            observer?(features, predicted, first + r.lowerBound)
            for (k, i) in r.enumerated() {
                tags[first + i] = predicted[k]
                if analysis.forms[analysis.effective[i]].initialUpper && analysis.forms[i].hasLetter {
                    history[analysis.forms[i].lower, default: History()].record(predicted[k])
                }
            }
        }
    }

}
