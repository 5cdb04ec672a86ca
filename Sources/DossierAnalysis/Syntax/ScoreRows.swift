import CMemoryHints

/// Rows of per-class weights addressed by hashed feature keys, for any number of classes
/// (the syntax model's three tables: tags, transitions, relations).
protocol ScoreRows {
    associatedtype Score: TagScore
    var rows: Int { get }
    var width: Int { get }
    /// Adds row `row` (one weight per class) to `scores`.
    func add(row: Int, into scores: UnsafeMutablePointer<Score>)
    /// Starts loading row `row` into the cache.
    func prefetch(row: Int)
}

extension ScoreRows {
    /// The row a feature key lands in (multiply-shift, so any row count works).
    @inline(__always)
    func row(of key: UInt64) -> Int { Int(truncatingIfNeeded: ((key >> 32) &* UInt64(rows)) >> 32) }

    /// Sums the rows of `keys` into `scores` (cleared first).
    @inline(__always)
    func score(_ keys: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutablePointer<Score>) {
        // Every row's load starts before any is summed: the rows are scattered over megabytes, and
        // summing them one by one waits for each cache miss in turn.
        for key in keys { prefetch(row: row(of: key)) }
        for c in 0..<width { scores[c] = .zero }
        for key in keys { add(row: row(of: key), into: scores) }
    }
}

/// A weight type of a table and how it adds into a score: Int8 into Int32 (the shipped model: no rounding
/// differences between machines), Float into Float (while training).
protocol RowWeight {
    associatedtype Score: TagScore
    static func add(_ weight: Self, to score: inout Score)
}

extension Int8: RowWeight {
    @inline(__always) static func add(_ weight: Int8, to score: inout Int32) { score &+= Int32(weight) }
}

extension Float: RowWeight {
    @inline(__always) static func add(_ weight: Float, to score: inout Float) { score += weight }
}

/// A flat `rows × width` table (row-major) of weights: the mapped model file's, or those being trained.
struct WeightRows<Weight: RowWeight>: ScoreRows {
    let rows: Int
    let width: Int
    let base: UnsafePointer<Weight>

    @inline(__always)
    func add(row: Int, into scores: UnsafeMutablePointer<Weight.Score>) {
        let weights = base + row * width
        for c in 0..<width { Weight.add(weights[c], to: &scores[c]) }
    }

    @inline(__always)
    func prefetch(row: Int) {
        let first = base + row * width
        dossier_prefetch(first)
        dossier_prefetch(first + (width - 1))
    }
}

typealias Int8Rows = WeightRows<Int8>
typealias FloatRows = WeightRows<Float>
