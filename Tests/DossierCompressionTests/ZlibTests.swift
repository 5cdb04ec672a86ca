import DossierCompression
import Testing

@Suite struct ZlibTests {
    @Test func gzipRoundTripsAndIsRecognised() throws {
        let text = Array(String(repeating: "Navalny's supporters were detained on Saturday. ", count: 200).utf8)
        let compressed = Zlib.gzip(text)
        #expect(Zlib.isGzip(compressed))
        #expect(compressed.count < text.count / 10)
        #expect(try Zlib.inflate(compressed, limit: 1 << 20) == text)
    }

    @Test func aBombStopsAtTheLimit() {
        let compressed = Zlib.gzip([UInt8](repeating: 0, count: 10_000_000))
        #expect(compressed.count < 20_000)
        #expect(throws: Zlib.Failure.tooLarge(limit: 1_000_000)) { try Zlib.inflate(compressed, limit: 1_000_000) }
    }

    @Test func truncatedOrForeignBytesAreCorrupt() {
        let compressed = Zlib.gzip(Array("a whole sentence of article text".utf8))
        #expect(throws: Zlib.Failure.corrupt) { try Zlib.inflate(Array(compressed.prefix(compressed.count - 6)), limit: 1 << 20) }
        #expect(throws: Zlib.Failure.corrupt) { try Zlib.inflate(Array("<html>not compressed</html>".utf8), limit: 1 << 20) }
    }
}
