import CMemoryHints

/// A per-tag score: Int32 sums of quantised weights, or Float while training.
protocol TagScore: Comparable, AdditiveArithmetic {
    var asDouble: Double { get }
}
extension Int32: TagScore { var asDouble: Double { Double(self) } }
extension Float: TagScore { var asDouble: Double { Double(self) } }

/// Rows of per-tag weights addressed by hashed feature keys.
protocol WeightTable {
    associatedtype Score: TagScore
    var rows: Int { get }
    /// Adds row `row` (one weight per tag) to `scores`.
    func add(row: Int, into scores: UnsafeMutablePointer<Score>)
    /// Starts loading a row into the cache, so that many rows are fetched from memory at once before they are summed.
    func prefetch(row: Int)
}

extension WeightTable {
    /// The row a feature key lands in (multiply-shift, so any row count works).
    @inline(__always)
    func row(of key: UInt64) -> Int { Int(truncatingIfNeeded: ((key >> 32) &* UInt64(rows)) >> 32) }
}

/// The shipped weights: Int8, summed in Int32 (no rounding differences between machines).
struct QuantizedWeights: WeightTable {
    let rows: Int
    let base: UnsafePointer<Int8>

    @inline(__always)
    func add(row: Int, into scores: UnsafeMutablePointer<Int32>) {
        let weights = base + row * TagSet.count
        for c in 0..<TagSet.count { scores[c] &+= Int32(weights[c]) }
    }

    @inline(__always)
    func prefetch(row: Int) {
        let weights = base + row * TagSet.count
        dossier_prefetch(weights)
        dossier_prefetch(weights + (TagSet.count - 1))
    }
}

/// Weights being trained.
struct FloatWeights: WeightTable {
    let rows: Int
    let base: UnsafeMutablePointer<Float>

    @inline(__always)
    func add(row: Int, into scores: UnsafeMutablePointer<Float>) {
        let weights = base + row * TagSet.count
        for c in 0..<TagSet.count { scores[c] += weights[c] }
    }

    @inline(__always)
    func prefetch(row: Int) {}
}
