/// Word classes learnt from unlabelled text (`Scripts/build_clusters.py`): 256 classes and 32 coarse ones
/// for the 45,000 most frequent spellings, so that names never seen in CoNLL-2003 get the class of words used alike.
/// File: magic `DSWC`, u32 version, u32 word count, u32 slot count (power of two), then u64 slots.
public struct WordClusters: Sendable {
    public static let magic: [UInt8] = Array("DSWC".utf8)
    public static let formatVersion: UInt32 = 1
    public static let fileName = "clusters.bin"

    let slots: [UInt64]
    let mask: Int

    public init(path: String) throws(ResourceFileError) {
        let bytes = try BinaryFile.read(path: path)
        guard bytes.count >= 16, Array(bytes[0..<4]) == Self.magic else {
            throw ResourceFileError(path: path, reason: "not a Dossier word-cluster file")
        }
        let version = bytes.loadUInt32(at: 4)
        guard version == Self.formatVersion else {
            throw ResourceFileError(path: path, reason: "word-cluster format version \(version), this build reads version \(Self.formatVersion)")
        }
        let count = Int(bytes.loadUInt32(at: 12))
        guard count > 0, count & (count - 1) == 0, bytes.count == 16 + 8 * count else {
            throw ResourceFileError(path: path, reason: "truncated or damaged word-cluster file")
        }
        slots = [UInt64](unsafeUninitializedCapacity: count) { buffer, initialized in
            bytes.withUnsafeBytes { raw in
                UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[16..<(16 + 8 * count)]))
            }
            initialized = count
        }
        mask = count - 1
    }

    /// No classes: every word is unknown.
    public init() {
        slots = [0]
        mask = 0
    }

    /// `(coarse + 1) << 8 | (class + 1)` for the word whose FNV-1a hash (of its exact UTF-8 bytes) is `hash`; 0 if unknown.
    @inline(__always)
    func lookup(_ hash: UInt64) -> UInt16 {
        let key = hash & ~0xFFFF
        var slot = Int(truncatingIfNeeded: (hash &* 0x9E3779B97F4A7C15) >> 40) & mask
        return slots.withUnsafeBufferPointer { table in
            while true {
                let entry = table[slot]
                if entry == 0 { return 0 }
                if entry & ~0xFFFF == key { return UInt16(truncatingIfNeeded: entry) }
                slot = (slot + 1) & mask
            }
        }
    }
}
