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

    let table: HashedSlotTable

    public init(path: String) throws(ResourceFileError) {
        table = try HashedSlotTable(path: path, magic: Self.magic, formatVersion: Self.formatVersion, kind: "gazetteer")
    }

    /// An empty gazetteer (no feature ever fires).
    public init() {
        table = HashedSlotTable()
    }

    /// The categories of the phrase whose FNV-1a hash (of the lowercased, space-joined words) is `hash`.
    @inline(__always)
    func lookup(_ hash: UInt64) -> Category {
        var key = hash & ~0xFF
        if key == 0 { key = 0x100 }
        return Category(rawValue: UInt8(truncatingIfNeeded: table.entry(key: key, valueMask: 0xFF, hash: hash)))
    }
}
