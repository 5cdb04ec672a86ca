/// The on-disk table behind the gazetteer and the word classes: open addressing over 64-bit slots, each
/// holding the high bits of a word's or phrase's hash with a small value in the low bits; 0 is empty.
/// File: 4-byte magic, u32 format version, u32 entry count, u32 slot count (a power of two), u64 slots.
struct HashedSlotTable: @unchecked Sendable {
    // @unchecked: `slots` points into `file`'s read-only mapping (or at the shared empty slot), never written.
    private let file: MappedFile?
    private let slots: UnsafePointer<UInt64>
    let mask: Int

    /// Maps a table file (used in place: only the pages looked up are read), refusing another kind of file,
    /// another format version or a damaged one; `kind` names the file in messages ("gazetteer").
    init(path: String, magic: [UInt8], formatVersion: UInt32, kind: String) throws(ResourceFileError) {
        let file = try MappedFile(path: path, minimumSize: 16, kind: "\(kind) file")
        let header = file.prefix(16)
        guard Array(header[0..<4]) == magic else {
            throw ResourceFileError(path: path, reason: "not a Dossier \(kind) file")
        }
        let version = header.loadUInt32(at: 4)
        guard version == formatVersion else {
            throw ResourceFileError(path: path, reason: "\(kind) format version \(version), this build reads version \(formatVersion)")
        }
        let count = Int(header.loadUInt32(at: 12))
        guard count > 0, count & (count - 1) == 0, file.size == 16 + 8 * count else {
            throw ResourceFileError(path: path, reason: "truncated or damaged \(kind) file")
        }
        // Stored little-endian, as every supported machine is; 8-byte aligned after the 16-byte header.
        self.file = file
        slots = UnsafePointer(file.base.advanced(by: 16).assumingMemoryBound(to: UInt64.self))
        mask = count - 1
    }

    /// A table with nothing in it.
    init() {
        file = nil
        slots = Self.emptySlot
        mask = 0
    }

    nonisolated(unsafe) private static let emptySlot: UnsafePointer<UInt64> = {
        let slot = UnsafeMutablePointer<UInt64>.allocate(capacity: 1)
        slot.initialize(to: 0)
        return UnsafePointer(slot)
    }()

    /// The slot whose high bits (`~valueMask`) equal `key`, or 0 when there is none.
    @inline(__always)
    func entry(key: UInt64, valueMask: UInt64, hash: UInt64) -> UInt64 {
        var slot = Int(truncatingIfNeeded: (hash &* 0x9E3779B97F4A7C15) >> 40) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 || entry & ~valueMask == key { return entry }
            slot = (slot + 1) & mask
        }
    }
}
