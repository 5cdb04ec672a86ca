/// The CoNLL-2012 coreference metrics over chains of mention keys: MUC (links), B³ (mentions) and CEAF-e
/// (entities, aligned by the Kuhn–Munkres assignment), each as recall and precision totals summed over
/// documents, and their F1 average (the CoNLL score).
public struct CoreferenceScores: Sendable, Equatable {
    public struct Ratio: Sendable, Equatable {
        public var recallNumerator = 0.0, recallDenominator = 0.0
        public var precisionNumerator = 0.0, precisionDenominator = 0.0
        public var recall: Double { recallDenominator == 0 ? 0 : recallNumerator / recallDenominator }
        public var precision: Double { precisionDenominator == 0 ? 0 : precisionNumerator / precisionDenominator }
        public var f1: Double { recall + precision == 0 ? 0 : 2 * recall * precision / (recall + precision) }
    }

    public var muc = Ratio()
    public var bCubed = Ratio()
    public var ceafE = Ratio()
    public init() {}

    public var conll: Double { (muc.f1 + bCubed.f1 + ceafE.f1) / 3 }

    /// Adds one document: the gold chains (`key`) and the system's (`response`), as sets of mention keys.
    public mutating func add(key: [Set<String>], response: [Set<String>]) {
        let key = key.filter { !$0.isEmpty }, response = response.filter { !$0.isEmpty }
        let (mucRecall, mucRecallTotal) = Self.mucCounts(key, partitionedBy: response)
        let (mucPrecision, mucPrecisionTotal) = Self.mucCounts(response, partitionedBy: key)
        muc.recallNumerator += mucRecall; muc.recallDenominator += mucRecallTotal
        muc.precisionNumerator += mucPrecision; muc.precisionDenominator += mucPrecisionTotal

        bCubed.recallNumerator += Self.bCubedSum(key, against: response)
        bCubed.recallDenominator += Double(key.reduce(0) { $0 + $1.count })
        bCubed.precisionNumerator += Self.bCubedSum(response, against: key)
        bCubed.precisionDenominator += Double(response.reduce(0) { $0 + $1.count })

        let similarity = key.map { k in response.map { r in 2 * Double(k.intersection(r).count) / Double(k.count + r.count) } }
        let best = Self.bestAssignment(similarity)
        ceafE.recallNumerator += best; ceafE.recallDenominator += Double(key.count)
        ceafE.precisionNumerator += best; ceafE.precisionDenominator += Double(response.count)
    }

    /// MUC: for each chain, its size minus the number of pieces the other side cuts it into.
    static func mucCounts(_ chains: [Set<String>], partitionedBy other: [Set<String>]) -> (Double, Double) {
        var owner: [String: Int] = [:]
        for (index, chain) in other.enumerated() { for mention in chain { owner[mention] = index } }
        var numerator = 0.0, denominator = 0.0
        for chain in chains {
            var pieces = Set<Int>(), unowned = 0
            for mention in chain { if let index = owner[mention] { pieces.insert(index) } else { unowned += 1 } }
            numerator += Double(chain.count - (pieces.count + unowned))
            denominator += Double(chain.count - 1)
        }
        return (numerator, denominator)
    }

    static func bCubedSum(_ chains: [Set<String>], against other: [Set<String>]) -> Double {
        var owner: [String: Int] = [:]
        for (index, chain) in other.enumerated() { for mention in chain { owner[mention] = index } }
        var sum = 0.0
        for chain in chains {
            var overlap: [Int: Int] = [:]
            for mention in chain { if let index = owner[mention] { overlap[index, default: 0] += 1 } }
            sum += overlap.values.reduce(0.0) { $0 + Double($1 * $1) } / Double(chain.count)
        }
        return sum
    }

    /// The largest total similarity of a one-to-one assignment of rows to columns (Kuhn–Munkres, O(n³)).
    static func bestAssignment(_ similarity: [[Double]]) -> Double {
        let rows = similarity.count, columns = similarity.first?.count ?? 0
        let size = max(rows, columns)
        guard size > 0 else { return 0 }
        // Minimise cost = -similarity on a square matrix padded with zeros; 1-based potentials as in the classic form.
        var u = [Double](repeating: 0, count: size + 1), v = [Double](repeating: 0, count: size + 1)
        var match = [Int](repeating: 0, count: size + 1), way = [Int](repeating: 0, count: size + 1)
        func cost(_ row: Int, _ column: Int) -> Double {
            row <= rows && column <= columns ? -similarity[row - 1][column - 1] : 0
        }
        for row in 1...size {
            match[0] = row
            var column0 = 0
            var minimum = [Double](repeating: .infinity, count: size + 1)
            var used = [Bool](repeating: false, count: size + 1)
            repeat {
                used[column0] = true
                let row0 = match[column0]
                var delta = Double.infinity, column1 = 0
                for column in 1...size where !used[column] {
                    let reduced = cost(row0, column) - u[row0] - v[column]
                    if reduced < minimum[column] { minimum[column] = reduced; way[column] = column0 }
                    if minimum[column] < delta { delta = minimum[column]; column1 = column }
                }
                for column in 0...size {
                    if used[column] { u[match[column]] += delta; v[column] -= delta } else { minimum[column] -= delta }
                }
                column0 = column1
            } while match[column0] != 0
            repeat {
                let column1 = way[column0]
                match[column0] = match[column1]
                column0 = column1
            } while column0 != 0
        }
        var total = 0.0
        for column in 1...size where match[column] >= 1 && match[column] <= rows && column <= columns {
            total += similarity[match[column] - 1][column - 1]
        }
        return total
    }
}
