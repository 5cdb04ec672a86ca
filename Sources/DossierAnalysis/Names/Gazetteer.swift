/// Compact name lists (countries, demonyms, cities, regions, first names) as a hash table of phrases.
///
/// Built by `Scripts/build_gazetteer.py` from `../shared/gazetteers/`; see `Resources/LICENSES.md`.
/// File: magic `DSGZ`, u32 version, u32 phrase count, u32 slot count (power of two), then u64 slots.
public struct Gazetteer: Sendable {
    public struct Category: OptionSet, Sendable, Hashable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// A proper prefix of a longer phrase: keep extending the match.
        public static let prefix = Category(rawValue: 1)
        public static let country = Category(rawValue: 2)
        public static let demonym = Category(rawValue: 4)
        public static let city = Category(rawValue: 8)
        public static let region = Category(rawValue: 16)
        public static let firstName = Category(rawValue: 32)
        public static let names: [Category] = [.country, .demonym, .city, .region, .firstName]
    }

    public static let magic: [UInt8] = Array("DSGZ".utf8)
    public static let formatVersion: UInt32 = 1
    public static let fileName = "gazetteer.bin"

    let slots: [UInt64]
    let mask: Int

    public init(path: String) throws(ResourceFileError) {
        let bytes = try BinaryFile.read(path: path)
        guard bytes.count >= 16, Array(bytes[0..<4]) == Self.magic else {
            throw ResourceFileError(path: path, reason: "not a Dossier gazetteer file")
        }
        let version = bytes.loadUInt32(at: 4)
        guard version == Self.formatVersion else {
            throw ResourceFileError(path: path, reason: "gazetteer format version \(version), this build reads version \(Self.formatVersion)")
        }
        let count = Int(bytes.loadUInt32(at: 12))
        guard count > 0, count & (count - 1) == 0, bytes.count == 16 + 8 * count else {
            throw ResourceFileError(path: path, reason: "truncated or damaged gazetteer file")
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

    /// An empty gazetteer (no feature ever fires).
    public init() {
        slots = [0]
        mask = 0
    }

    /// The categories of the phrase whose FNV-1a hash (of the lowercased, space-joined words) is `hash`.
    @inline(__always)
    func lookup(_ hash: UInt64) -> Category {
        var key = hash & ~0xFF
        if key == 0 { key = 0x100 }
        var slot = Int(truncatingIfNeeded: (hash &* 0x9E3779B97F4A7C15) >> 40) & mask
        return slots.withUnsafeBufferPointer { table in
            while true {
                let entry = table[slot]
                if entry == 0 { return [] }
                if entry & ~0xFF == key { return Category(rawValue: UInt8(truncatingIfNeeded: entry)) }
                slot = (slot + 1) & mask
            }
        }
    }
}
