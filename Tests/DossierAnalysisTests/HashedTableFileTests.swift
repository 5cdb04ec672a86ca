@testable import DossierAnalysis
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The gazetteer and word-class files are mapped and looked up in place; damaged ones are refused by name.
@Suite struct HashedTableFileTests {
    func temporaryPath(_ name: String) -> String { "/tmp/dossier-table-test-\(getpid())-\(name)" }

    /// A gazetteer file of `slots` slots holding one phrase hash with `category`.
    func gazetteerBytes(slots: Int = 8, hash: UInt64, category: Gazetteer.Category, version: UInt32 = Gazetteer.formatVersion,
                        magic: [UInt8] = Gazetteer.magic) -> [UInt8] {
        var table = [UInt64](repeating: 0, count: slots)
        let slot = Int(truncatingIfNeeded: (hash &* 0x9E3779B97F4A7C15) >> 40) & (slots - 1)
        table[slot] = hash & ~0xFF | UInt64(category.rawValue)
        var bytes = magic
        bytes.appendLittleEndian(version)
        bytes.appendLittleEndian(UInt32(1))
        bytes.appendLittleEndian(UInt32(slots))
        for value in table { bytes.appendLittleEndian(value) }
        return bytes
    }

    @Test func aPhraseWrittenToTheFileIsFoundAndOthersAreNot() throws {
        let path = temporaryPath("good.bin")
        defer { unlink(path) }
        let hash: UInt64 = 0x1234_5678_9ABC_DE00
        try BinaryFile.write(gazetteerBytes(hash: hash, category: .city), path: path)
        let gazetteer = try Gazetteer(path: path)
        #expect(gazetteer.lookup(hash) == .city)
        #expect(gazetteer.lookup(0x0FED_CBA9_8765_4300).isEmpty)
    }

    @Test func damagedFilesAreRefusedWithTheirPathAndReason() throws {
        let hash: UInt64 = 0x1234_5678_9ABC_DE00
        let good = gazetteerBytes(hash: hash, category: .city)
        let cases: [(String, [UInt8], String)] = [
            ("short.bin", Array(good.prefix(8)), "not a Dossier gazetteer file (too short)"),
            ("magic.bin", gazetteerBytes(hash: hash, category: .city, magic: Array("DSWC".utf8)), "not a Dossier gazetteer file"),
            ("version.bin", gazetteerBytes(hash: hash, category: .city, version: 9), "gazetteer format version 9, this build reads version \(Gazetteer.formatVersion)"),
            ("truncated.bin", Array(good.dropLast(8)), "truncated or damaged gazetteer file"),
        ]
        for (name, bytes, reason) in cases {
            let path = temporaryPath(name)
            defer { unlink(path) }
            try BinaryFile.write(bytes, path: path)
            let error = #expect(throws: ResourceFileError.self) { try Gazetteer(path: path) }
            #expect(error?.description == "\(path): \(reason)")
        }
    }
}
