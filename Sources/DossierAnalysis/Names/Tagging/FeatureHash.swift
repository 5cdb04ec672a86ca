/// Hashing shared by the tagger, the trainer and the gazetteer builder (Scripts/build_gazetteer.py).
enum FeatureHash {
    static let fnvOffset: UInt64 = 0xcbf29ce484222325
    static let fnvPrime: UInt64 = 0x100000001b3

    /// FNV-1a, continuing from `hash`.
    @inline(__always)
    static func fnv(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, from hash: UInt64 = fnvOffset) -> UInt64 {
        var h = hash
        for i in range { h = (h ^ UInt64(bytes[i])) &* fnvPrime }
        return h
    }

    @inline(__always)
    static func fnv(byte: UInt8, from hash: UInt64) -> UInt64 { (hash ^ UInt64(byte)) &* fnvPrime }

    static func fnv<S: Sequence>(_ bytes: S, from hash: UInt64 = fnvOffset) -> UInt64 where S.Element == UInt8 {
        var h = hash
        for b in bytes { h = (h ^ UInt64(b)) &* fnvPrime }
        return h
    }

    /// The murmur3 finaliser: spreads a template and value into a well-mixed 64-bit feature key.
    @inline(__always)
    static func mix(_ template: UInt64, _ value: UInt64) -> UInt64 {
        var k = value &+ (template &* 0x9E3779B97F4A7C15)
        k ^= k >> 33
        k = k &* 0xff51afd7ed558ccd
        k ^= k >> 33
        k = k &* 0xc4ceb9fe1a85ec53
        k ^= k >> 33
        return k
    }

    @inline(__always)
    static func combine(_ a: UInt64, _ b: UInt64) -> UInt64 { (a ^ (b &+ 0x9E3779B97F4A7C15 &+ (a << 6) &+ (a >> 2))) }
}
