/// Word classes learnt from unlabelled text (`Scripts/build_clusters.py`): 256 classes and 32 coarse ones
/// for the 45,000 most frequent spellings, so that names never seen in CoNLL-2003 get the class of words used alike.
/// File: magic `DSWC`, u32 version, u32 word count, u32 slot count (power of two), then u64 slots.
public struct WordClusters: Sendable {
    public static let magic: [UInt8] = Array("DSWC".utf8)
    public static let formatVersion: UInt32 = 1
    public static let fileName = "clusters.bin"

    let table: HashedSlotTable

    public init(path: String) throws(ResourceFileError) {
        table = try HashedSlotTable(path: path, magic: Self.magic, formatVersion: Self.formatVersion, kind: "word-cluster")
    }

    /// No classes: every word is unknown.
    public init() {
        table = HashedSlotTable()
    }

    /// `(coarse + 1) << 8 | (class + 1)` for the word whose FNV-1a hash (of its exact UTF-8 bytes) is `hash`; 0 if unknown.
    @inline(__always)
    func lookup(_ hash: UInt64) -> UInt16 {
        UInt16(truncatingIfNeeded: table.entry(key: hash & ~0xFFFF, valueMask: 0xFFFF, hash: hash))
    }
}
