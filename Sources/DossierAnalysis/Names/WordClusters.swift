/// Word classes learnt from unlabelled text (`Scripts/build_clusters.py`) for the 80,000 most frequent spellings,
/// at three nested granularities (1,024 fine classes within 256 middle ones within 32 coarse ones, like prefixes
/// of a Brown-cluster path), so that names never seen in CoNLL-2003 get the classes of words used alike.
/// File: magic `DSWC`, u32 version, u32 word count, u32 slot count (power of two), then u64 slots.
public struct WordClusters: Sendable {
    public static let magic: [UInt8] = Array("DSWC".utf8)
    public static let formatVersion: UInt32 = 2
    public static let fileName = "clusters.bin"
    /// The value of a word without classes; `fine`, `middle` and `coarse` give it a class of its own.
    static let unknown: UInt32 = 0

    let table: HashedSlotTable

    public init(path: String) throws(ResourceFileError) {
        table = try HashedSlotTable(path: path, magic: Self.magic, formatVersion: Self.formatVersion, kind: "word-cluster")
    }

    /// FNV-1a of the bundled word-class file's bytes. Models record the one they were trained with: features
    /// built from other classes would silently degrade them, so a test checks that the bundled files agree.
    public static func bundledFingerprint() throws(ResourceFileError) -> UInt64 {
        try BinaryFile.fingerprint(ofFileAt: try ResourceLocator.require(fileName))
    }

    /// No classes: every word is unknown.
    public init() {
        table = HashedSlotTable()
    }

    /// `coarse << 19 | middle << 11 | (fine + 1)` for the word whose FNV-1a hash (of its exact UTF-8 bytes) is `hash`; 0 if unknown.
    @inline(__always)
    func lookup(_ hash: UInt64) -> UInt32 {
        UInt32(truncatingIfNeeded: table.entry(key: hash & ~0xFF_FFFF, valueMask: 0xFF_FFFF, hash: hash))
    }

    /// The classes of a looked-up value at each granularity (unknown words share one extra class).
    @inline(__always) static func fine(_ value: UInt32) -> UInt64 { UInt64(value & 0x7FF) }
    @inline(__always) static func middle(_ value: UInt32) -> UInt64 { value == unknown ? 0x100 : UInt64((value >> 11) & 0xFF) }
    @inline(__always) static func coarse(_ value: UInt32) -> UInt64 { value == unknown ? 0x20 : UInt64(value >> 19) }
}
