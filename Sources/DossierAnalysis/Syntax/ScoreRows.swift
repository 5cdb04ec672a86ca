/// Rows of per-class weights addressed by hashed feature keys, for any number of classes
/// (the syntax model's three tables: tags, transitions, relations).
protocol ScoreRows {
    associatedtype Score: TagScore
    var rows: Int { get }
    var width: Int { get }
    /// Adds row `row` (one weight per class) to `scores`.
    func add(row: Int, into scores: UnsafeMutablePointer<Score>)
}

extension ScoreRows {
    /// The row a feature key lands in (multiply-shift, so any row count works).
    @inline(__always)
    func row(of key: UInt64) -> Int { Int(truncatingIfNeeded: ((key >> 32) &* UInt64(rows)) >> 32) }

    /// Sums the rows of `keys` into `scores` (cleared first).
    @inline(__always)
    func score(_ keys: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutablePointer<Score>) {
        for c in 0..<width { scores[c] = .zero }
        for key in keys { add(row: row(of: key), into: scores) }
    }
}

/// Shipped weights: Int16 from the mapped file, summed in Int32.
struct Int16Rows: ScoreRows {
    let rows: Int
    let width: Int
    let base: UnsafePointer<Int16>

    @inline(__always)
    func add(row: Int, into scores: UnsafeMutablePointer<Int32>) {
        let weights = base + row * width
        for c in 0..<width { scores[c] &+= Int32(weights[c]) }
    }
}

/// Weights being trained.
struct FloatRows: ScoreRows {
    let rows: Int
    let width: Int
    let base: UnsafeMutablePointer<Float>

    @inline(__always)
    func add(row: Int, into scores: UnsafeMutablePointer<Float>) {
        let weights = base + row * width
        for c in 0..<width { scores[c] += weights[c] }
    }
}
