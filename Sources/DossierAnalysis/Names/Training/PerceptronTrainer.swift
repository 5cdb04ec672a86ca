/// Trains the name tagger: an averaged perceptron updated on each wrongly tagged sentence
/// (Collins' structured perceptron over the Viterbi decoder). Deterministic for a given seed.
public struct PerceptronTrainer {
    public struct Options: Sendable {
        public var epochs = 12
        public var seed: UInt64 = 1
        /// Rows of the hashed weight table; the model file holds `rows × 17` Int8 weights.
        public var rows = 131_072
        /// Every n-th training sentence is shown in Title Case (see `HeadlineAugmentation`); 0 for none.
        public var titleCaseEvery = 5
        public init(epochs: Int = 12, seed: UInt64 = 1, rows: Int = 131_072, titleCaseEvery: Int = 5) {
            self.epochs = epochs
            self.seed = seed
            self.rows = rows
            self.titleCaseEvery = titleCaseEvery
        }
    }

    /// A trained, quantised model ready to be written.
    public struct Result: Sendable {
        public var rows: Int
        public var scale: Float
        public var weights: [Int8]
        public var bestEpoch: Int
        public var devF1: Double?

        /// Writes the model, recording the word classes it was trained with.
        public func write(to path: String, clustersFingerprint: UInt64) throws(ResourceFileError) {
            try NameModel.write(rows: rows, scale: scale, weights: weights, clustersFingerprint: clustersFingerprint, to: path)
        }
    }

    public var lexicon: NameLexicon
    public var options: Options

    public init(lexicon: NameLexicon, options: Options) {
        self.lexicon = lexicon
        self.options = options
    }

    public func train(_ file: CoNLLFile, dev: CoNLLFile?, log: (String) -> Void) -> Result {
        let (input, gold) = HeadlineAugmentation.withTitleCaseCopy(
            file.input, gold: TagSet.encode(file.goldChunks, count: file.input.tokens.count), every: options.titleCaseEvery)
        let width = TagSet.count
        let size = options.rows * width
        let averaged = AveragedWeights(count: size)
        var random = SplitMix64(seed: options.seed)
        var order = Array(input.documents.indices)
        var best: (f1: Double, epoch: Int, weights: [Float])? = nil
        for epoch in 1...max(1, options.epochs) {
            random.shuffle(&order)
            var errors = 0
            let decoder = ViterbiDecoder(weights: FloatWeights(rows: options.rows, base: averaged.current), lexicon: lexicon)
            input.bytes.withUnsafeBufferPointer { bytes in
                var scratch = [UInt8](repeating: 0, count: input.tokens.count)
                for d in order {
                    decoder.tagDocument(input, bytes, input.documents[d], &scratch) { features, predicted, first in
                        averaged.tick()
                        for k in predicted.indices {
                            let truth = Int(gold[first + k]), guess = Int(predicted[k])
                            let truthBefore = k == 0 ? TagSet.count : Int(gold[first + k - 1])
                            let guessBefore = k == 0 ? TagSet.count : Int(predicted[k - 1])
                            if truth == guess && truthBefore == guessBefore { continue }
                            if truth != guess {
                                errors += 1
                                for j in features.offsets[k]..<features.offsets[k + 1] {
                                    averaged.update(features.rows[j] * width + truth, by: 1)
                                    averaged.update(features.rows[j] * width + guess, by: -1)
                                }
                            }
                            averaged.update(features.previousTagRows[truthBefore] * width + truth, by: 1)
                            averaged.update(features.previousTagRows[guessBefore] * width + guess, by: -1)
                            let classes = TagSet.previousClasses
                            for j in 0..<2 {
                                averaged.update(features.transitionRows[(k * classes + TagSet.previousClass[truthBefore]) * 2 + j] * width + truth, by: 1)
                                averaged.update(features.transitionRows[(k * classes + TagSet.previousClass[guessBefore]) * 2 + j] * width + guess, by: -1)
                            }
                        }
                    }
                }
            }
            var line = "epoch \(epoch): \(errors) token errors"
            let weights = averaged.averages()
            if let dev {
                let f1 = Self.evaluate(weights, rows: options.rows, lexicon: lexicon, on: dev).overall.f1
                line += ", dev F1 \(ChunkEvaluation.format2(f1))"
                if best == nil || f1 > best!.f1 { best = (f1, epoch, weights) }
            } else {
                best = (0, epoch, weights)
            }
            log(line)
        }
        let chosen = best!
        let (scale, quantised) = Quantisation.int8(chosen.weights)
        return Result(rows: options.rows, scale: scale, weights: quantised, bestEpoch: chosen.epoch, devF1: dev == nil ? nil : chosen.f1)
    }

    /// Tags a file with float weights and scores it against its gold column.
    static func evaluate(_ weights: [Float], rows: Int, lexicon: NameLexicon, on file: CoNLLFile) -> ChunkEvaluation {
        var copy = weights
        let tags = copy.withUnsafeMutableBufferPointer {
            ViterbiDecoder(weights: FloatWeights(rows: rows, base: $0.baseAddress!), lexicon: lexicon).tag(file.input)
        }
        var predicted: [NameSpan] = []
        for sentence in file.input.sentences { TagSet.decode(tags[sentence], into: &predicted) }
        return ChunkEvaluation(gold: file.goldChunks, predicted: predicted)
    }
}

/// Perceptron weights with lazy averaging (totals brought up to date only when a weight changes).
/// A class over raw buffers: the decoder reads `current` while the observer updates it.
final class AveragedWeights {
    let count: Int
    let current: UnsafeMutablePointer<Float>
    let totals: UnsafeMutablePointer<Double>
    let stamps: UnsafeMutablePointer<Int32>
    var clock: Int32 = 0

    init(count: Int) {
        self.count = count
        current = .allocate(capacity: count)
        current.initialize(repeating: 0, count: count)
        totals = .allocate(capacity: count)
        totals.initialize(repeating: 0, count: count)
        stamps = .allocate(capacity: count)
        stamps.initialize(repeating: 0, count: count)
    }

    deinit {
        current.deallocate()
        totals.deallocate()
        stamps.deallocate()
    }

    func tick() { clock += 1 }

    @inline(__always)
    func update(_ k: Int, by delta: Float) {
        totals[k] += Double(clock - stamps[k]) * Double(current[k])
        stamps[k] = clock
        current[k] += delta
    }

    func averages() -> [Float] {
        let t = Double(max(clock, 1))
        var result = [Float](repeating: 0, count: count)
        for k in 0..<count {
            let pending = Double(clock - stamps[k]) * Double(current[k])
            result[k] = Float((totals[k] + pending) / t)
        }
        return result
    }
}

/// A small deterministic random number generator (the standard library's default one is seeded randomly).
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
    mutating func shuffle(_ array: inout [Int]) {
        guard array.count > 1 else { return }
        for i in stride(from: array.count - 1, to: 0, by: -1) {
            let j = Int(next() % UInt64(i + 1))
            array.swapAt(i, j)
        }
    }
}
