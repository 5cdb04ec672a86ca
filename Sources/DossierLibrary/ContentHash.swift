import DossierText

/// FNV-1a, 64 bits: a stable content hash (the standard library's `Hasher` is seeded per process).
/// Not cryptographic: it only tells whether a file or an article changed.
enum ContentHash {
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    static func of<Bytes: Sequence>(_ bytes: Bytes, seed: UInt64 = offsetBasis) -> UInt64 where Bytes.Element == UInt8 {
        var hash = seed
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* prime }
        return hash
    }

    /// The hash of an article's content and metadata, as stored (SQLite integers are signed).
    static func of(_ article: Article) -> Int64 {
        var hash = offsetBasis
        for field in [article.title, article.date, article.source, article.url, article.text] {
            hash = of((field ?? "").utf8, seed: hash)
            hash = (hash ^ 0xFF) &* prime   // field separator: no text byte is 0xFF
        }
        return Int64(bitPattern: hash)
    }

    static func stored<Bytes: Sequence>(_ bytes: Bytes) -> Int64 where Bytes.Element == UInt8 { Int64(bitPattern: of(bytes)) }
}
