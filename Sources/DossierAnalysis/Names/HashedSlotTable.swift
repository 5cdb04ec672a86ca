/// The on-disk table behind the gazetteer and the word classes: open addressing over 64-bit slots, each
/// holding the high bits of a word's or phrase's hash with a small value in the low bits; 0 is empty.
/// File: 4-byte magic, u32 format version, u32 entry count, u32 slot count (a power of two), u64 slots.
struct HashedSlotTable: Sendable {
    let slots: [UInt64]
    let mask: Int

    /// Reads a table file, refusing another kind of file, another format version or a damaged one;
    /// `kind` names the file in messages ("gazetteer").
    init(path: String, magic: [UInt8], formatVersion: UInt32, kind: String) throws(ResourceFileError) {
        let bytes = try BinaryFile.read(path: path)
        guard bytes.count >= 16, Array(bytes[0..<4]) == magic else {
            throw ResourceFileError(path: path, reason: "not a Dossier \(kind) file")
        }
        let version = bytes.loadUInt32(at: 4)
        guard version == formatVersion else {
            throw ResourceFileError(path: path, reason: "\(kind) format version \(version), this build reads version \(formatVersion)")
        }
        let count = Int(bytes.loadUInt32(at: 12))
        guard count > 0, count & (count - 1) == 0, bytes.count == 16 + 8 * count else {
            throw ResourceFileError(path: path, reason: "truncated or damaged \(kind) file")
        }
        // One copy of the table (stored little-endian, as every supported machine is).
        slots = [UInt64](unsafeUninitializedCapacity: count) { buffer, initialized in
            bytes.withUnsafeBytes { raw in
                UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[16..<(16 + 8 * count)]))
            }
            initialized = count
        }
        mask = count - 1
    }

    /// A table with nothing in it.
    init() {
        slots = [0]
        mask = 0
    }

    /// The slot whose high bits (`~valueMask`) equal `key`, or 0 when there is none.
    @inline(__always)
    func entry(key: UInt64, valueMask: UInt64, hash: UInt64) -> UInt64 {
        var slot = Int(truncatingIfNeeded: (hash &* 0x9E3779B97F4A7C15) >> 40) & mask
        return slots.withUnsafeBufferPointer { table in
            while true {
                let entry = table[slot]
                if entry == 0 || entry & ~valueMask == key { return entry }
                slot = (slot + 1) & mask
            }
        }
    }
}
