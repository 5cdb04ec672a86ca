/// Trains the syntax model: the part-of-speech tagger first, then the parser on tags predicted by
/// taggers that never saw the sentence (jackknifing), with Goldberg & Nivre's dynamic oracle and
/// exploration. The epoch with the best dev accuracy (tagger) and dev LAS (parser) is kept.
/// Deterministic for a given seed.
public struct SyntaxTrainer {
    public struct Options: Sendable {
        public var tagEpochs = 8
        public var parseEpochs = 15
        public var seed: UInt64 = 1
        public var rows = SyntaxModel.Rows(tags: 65_536, transitions: 262_144, relations: 32_768)
        /// Parts the training data is cut into to tag each with a tagger trained on the others (≤ 1: gold tags).
        public var folds = 4
        public init() {}
    }

    /// A trained, quantised model ready to be written.
    public struct Result: Sendable {
        public var rows: SyntaxModel.Rows
        public var scales: [Float]
        public var weights: [Int8]
        public var tagEpoch: Int
        public var parseEpoch: Int
        public var dev: AttachmentScore?

        /// Writes the model, recording the word classes it was trained with.
        public func write(to path: String, clustersFingerprint: UInt64) throws(ResourceFileError) {
            try SyntaxModel.write(rows: rows, scales: scales, weights: weights, clustersFingerprint: clustersFingerprint, to: path)
        }
    }

    public var clusters: WordClusters
    public var options: Options

    public init(clusters: WordClusters, options: Options) {
        self.clusters = clusters
        self.options = options
    }

    public func train(_ file: CoNLLUFile, dev: CoNLLUFile?, log: (String) -> Void) -> Result {
        var random = SplitMix64(seed: options.seed)
        let all = Array(file.input.sentences.indices)
        let (tagWeights, tagEpoch) = trainTagger(file, sentences: all, epochs: options.tagEpochs, dev: dev, random: &random, log: log)
        // Tags for parser training, each sentence tagged by a tagger that did not train on it.
        var tags = file.tags
        if options.folds > 1 {
            for fold in 0..<options.folds {
                let held = all.filter { $0 % options.folds == fold }
                let (weights, _) = trainTagger(file, sentences: all.filter { $0 % options.folds != fold }, epochs: tagEpoch,
                                               dev: nil, random: &random, log: { _ in })
                let predicted = tagOnly(file.input, sentences: held, weights)
                for s in held { for i in file.input.sentences[s] { tags[i] = predicted.tags[i] } }
            }
            var correct = 0
            for i in tags.indices where tags[i] == file.tags[i] { correct += 1 }
            log("jackknifed training tags: \(ChunkEvaluation.format2(100 * Double(correct) / Double(max(1, tags.count))))% correct")
        }
        let (transitions, relations, parseEpoch, score) = trainParser(file, tags: tags, tagWeights: tagWeights, dev: dev, random: &random, log: log)
        let tables = [tagWeights, transitions, relations].map(Quantisation.int8)
        return Result(rows: options.rows, scales: tables.map(\.scale), weights: tables.flatMap(\.weights),
                      tagEpoch: tagEpoch, parseEpoch: parseEpoch, dev: score)
    }

    // MARK: - Tagger

    func trainTagger(_ file: CoNLLUFile, sentences: [Int], epochs: Int, dev: CoNLLUFile?, random: inout SplitMix64,
                     log: (String) -> Void) -> (weights: [Float], epoch: Int) {
        let width = UniversalTags.posCount, rows = options.rows.tags
        let averaged = AveragedWeights(count: rows * width)
        let weights = FloatRows(rows: rows, width: width, base: averaged.current)
        var order = sentences
        var best: (accuracy: Double, epoch: Int, weights: [Float])? = nil
        var words = SyntaxWords()
        let keys = UnsafeMutablePointer<UInt64>.allocate(capacity: 64), scores = UnsafeMutablePointer<Float>.allocate(capacity: width)
        defer { keys.deallocate(); scores.deallocate() }
        for epoch in 1...max(1, epochs) {
            random.shuffle(&order)
            var errors = 0
            file.input.bytes.withUnsafeBufferPointer { bytes in
                for s in order {
                    let sentence = file.input.sentences[s]
                    words.load(file.input, bytes, sentence: sentence, clusters: clusters)
                    var previous = PartOfSpeechTagger<FloatRows>.start, beforePrevious = previous
                    for i in 0..<sentence.count {
                        let n = PartOfSpeechTagger<FloatRows>.features(i, words, previous: previous, beforePrevious: beforePrevious, into: keys)
                        weights.score(UnsafeBufferPointer(start: keys, count: n), into: scores)
                        var guess = 0
                        for c in 1..<width where scores[c] > scores[guess] { guess = c }
                        let truth = Int(file.tags[sentence.lowerBound + i])
                        averaged.tick()
                        if guess != truth {
                            errors += 1
                            for k in 0..<n {
                                let row = weights.row(of: keys[k]) * width
                                averaged.update(row + truth, by: 1)
                                averaged.update(row + guess, by: -1)
                            }
                        }
                        beforePrevious = previous
                        previous = UInt64(guess)
                    }
                }
            }
            let result = averaged.averages()
            var line = "tagger epoch \(epoch): \(errors) errors"
            if let dev {
                let accuracy = AttachmentScore(gold: dev, predicted: tagOnly(dev.input, sentences: nil, result)).tagAccuracy
                line += ", dev UPOS \(ChunkEvaluation.format2(accuracy))"
                if best == nil || accuracy > best!.accuracy { best = (accuracy, epoch, result) }
                log(line)
            } else {
                best = (0, epoch, result)
            }
        }
        return (best!.weights, best!.epoch)
    }

    /// Tags the given sentences (all when nil) with float tagger weights.
    func tagOnly(_ input: TaggerInput, sentences: [Int]?, _ weights: [Float]) -> SyntaxTree {
        var subset = input
        if let sentences { subset.sentences = sentences.map { input.sentences[$0] } }
        var copy = weights
        return copy.withUnsafeMutableBufferPointer {
            SyntaxDecoding.run(subset, tagger: PartOfSpeechTagger(weights: FloatRows(rows: options.rows.tags, width: UniversalTags.posCount, base: $0.baseAddress!)),
                               parser: nil, clusters: clusters)
        }
    }

    // MARK: - Parser

    func trainParser(_ file: CoNLLUFile, tags: [UInt8], tagWeights: [Float], dev: CoNLLUFile?, random: inout SplitMix64,
                     log: (String) -> Void) -> (transitions: [Float], relations: [Float], epoch: Int, dev: AttachmentScore?) {
        typealias Parser = ArcEagerParser<FloatRows>
        let rows = options.rows
        let transitionWidth = ArcEagerState.transitionCount, relationWidth = UniversalTags.relationCount
        let averagedTransitions = AveragedWeights(count: rows.transitions * transitionWidth)
        let averagedRelations = AveragedWeights(count: rows.relations * relationWidth)
        let transitionWeights = FloatRows(rows: rows.transitions, width: transitionWidth, base: averagedTransitions.current)
        let relationWeights = FloatRows(rows: rows.relations, width: relationWidth, base: averagedRelations.current)
        var order = Array(file.input.sentences.indices)
        var best: (las: Double, epoch: Int, transitions: [Float], relations: [Float], score: AttachmentScore?)? = nil
        var words = SyntaxWords()
        var state = ArcEagerState()
        var gold: [Int32] = []
        let keys = UnsafeMutablePointer<UInt64>.allocate(capacity: 128)
        let scores = UnsafeMutablePointer<Float>.allocate(capacity: max(relationWidth, transitionWidth))
        defer { keys.deallocate(); scores.deallocate() }
        for epoch in 1...max(1, options.parseEpochs) {
            random.shuffle(&order)
            var errors = 0, transitionsSeen = 0
            file.input.bytes.withUnsafeBufferPointer { bytes in
                tags.withUnsafeBufferPointer { tagBuffer in
                    for s in order {
                        let sentence = file.input.sentences[s]
                        let first = sentence.lowerBound
                        words.load(file.input, bytes, sentence: sentence, clusters: clusters)
                        gold.removeAll(keepingCapacity: true)
                        gold.append(0)
                        for i in sentence { gold.append(file.heads[i] < 0 ? 0 : file.heads[i] - Int32(first) + 1) }
                        let sentenceTags = tagBuffer.baseAddress! + first
                        state.reset(words: sentence.count)
                        gold.withUnsafeBufferPointer { g in
                            while !state.isFinal {
                                let n = Parser.transitionFeatures(state, words, sentenceTags, into: keys)
                                transitionWeights.score(UnsafeBufferPointer(start: keys, count: n), into: scores)
                                var costs = (Int.max, Int.max, Int.max, Int.max)
                                var minimum = Int.max
                                withUnsafeMutableBytes(of: &costs) { raw in
                                    let c = raw.bindMemory(to: Int.self)
                                    for t in 0..<transitionWidth where state.isLegal(ArcEagerState.Transition(rawValue: t)!) {
                                        c[t] = state.cost(ArcEagerState.Transition(rawValue: t)!, gold: g.baseAddress!)
                                        minimum = min(minimum, c[t])
                                    }
                                }
                                let cost = [costs.0, costs.1, costs.2, costs.3]
                                let predicted = Parser.best(state, scores)
                                var target = -1
                                for t in 0..<transitionWidth where cost[t] == minimum {
                                    if target < 0 || scores[t] > scores[target] { target = t }
                                }
                                transitionsSeen += 1
                                averagedTransitions.tick()
                                if cost[predicted.rawValue] > minimum {
                                    errors += 1
                                    for k in 0..<n {
                                        let row = transitionWeights.row(of: keys[k]) * transitionWidth
                                        averagedTransitions.update(row + target, by: 1)
                                        averagedTransitions.update(row + predicted.rawValue, by: -1)
                                    }
                                }
                                let explore = epoch > 1 && random.next() % 10 != 0
                                let next = explore ? predicted : ArcEagerState.Transition(rawValue: target)!
                                var label = ArcEagerState.noLabel
                                if next == .left || next == .right {
                                    let (h, d) = state.arc(next)
                                    let m = Parser.relationFeatures(state, head: h, dependent: d, words, sentenceTags, into: keys)
                                    relationWeights.score(UnsafeBufferPointer(start: keys, count: m), into: scores)
                                    label = Parser.bestRelation(head: h, scores, width: relationWidth)
                                    if g[d] == Int32(h), h != 0 {
                                        let truth = Int(file.relations[first + d - 1])
                                        averagedRelations.tick()
                                        if truth != Int(label) {
                                            for k in 0..<m {
                                                let row = relationWeights.row(of: keys[k]) * relationWidth
                                                averagedRelations.update(row + truth, by: 1)
                                                averagedRelations.update(row + Int(label), by: -1)
                                            }
                                        }
                                        label = UInt8(truth)
                                    }
                                }
                                state.apply(next, label: label)
                            }
                        }
                    }
                }
            }
            let t = averagedTransitions.averages(), r = averagedRelations.averages()
            var line = "parser epoch \(epoch): \(errors) wrong transitions of \(transitionsSeen)"
            if let dev {
                let score = evaluate(dev, tagWeights: tagWeights, transitions: t, relations: r)
                line += ", dev \(score.report)"
                if best == nil || score.labelled > best!.las { best = (score.labelled, epoch, t, r, score) }
            } else {
                best = (0, epoch, t, r, nil)
            }
            log(line)
        }
        return (best!.transitions, best!.relations, best!.epoch, best!.score)
    }

    /// Tags and parses a treebank with float weights and scores it.
    func evaluate(_ file: CoNLLUFile, tagWeights: [Float], transitions: [Float], relations: [Float]) -> AttachmentScore {
        var tagCopy = tagWeights, transitionCopy = transitions, relationCopy = relations
        let rows = options.rows
        let tree = tagCopy.withUnsafeMutableBufferPointer { tw in
            transitionCopy.withUnsafeMutableBufferPointer { trw in
                relationCopy.withUnsafeMutableBufferPointer { rw in
                    SyntaxDecoding.run(file.input,
                                       tagger: PartOfSpeechTagger(weights: FloatRows(rows: rows.tags, width: UniversalTags.posCount, base: tw.baseAddress!)),
                                       parser: ArcEagerParser(transitions: FloatRows(rows: rows.transitions, width: ArcEagerState.transitionCount, base: trw.baseAddress!),
                                                              relations: FloatRows(rows: rows.relations, width: UniversalTags.relationCount, base: rw.baseAddress!)),
                                       clusters: clusters)
                }
            }
        }
        return AttachmentScore(gold: file, predicted: tree)
    }
}
