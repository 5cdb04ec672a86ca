/// Turns a file's bytes into text, never failing on encoding: UTF-8, UTF-16 with a byte-order mark,
/// and Latin-1 (Windows-1252) as the fallback, said in `note`.
public enum TextDecoding {
    public struct Decoded: Sendable {
        public var text: String
        public var note: String?
    }

    public enum Failure: Error, Equatable, Sendable {
        case binary
        case empty
    }

    public static func decode(_ bytes: [UInt8]) throws(Failure) -> Decoded {
        if bytes.starts(with: [0xFF, 0xFE]) { return Decoded(text: utf16(bytes.dropFirst(2), bigEndian: false), note: "decoded as UTF-16LE") }
        if bytes.starts(with: [0xFE, 0xFF]) { return Decoded(text: utf16(bytes.dropFirst(2), bigEndian: true), note: "decoded as UTF-16BE") }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if body.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { throw .empty }
        if looksBinary(body) { throw .binary }
        if let text = String(validating: body, as: UTF8.self) {
            return Decoded(text: normalizeNewlines(text), note: nil)
        }
        let text = String(decoding: body.map(windows1252), as: UTF16.self)
        return Decoded(text: normalizeNewlines(text), note: "not UTF-8: decoded as Latin-1")
    }

    /// NUL bytes in more than a trace, or many C0 controls, mean this is not an article.
    static func looksBinary(_ bytes: ArraySlice<UInt8>) -> Bool {
        let sample = bytes.prefix(8192)
        var controls = 0
        for byte in sample {
            if byte == 0 { return true }
            if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x1B && byte != 0x0C { controls += 1 }
        }
        return controls * 10 > sample.count
    }

    static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let a = UInt16(bytes[index]), b = UInt16(bytes[index + 1])
            units.append(bigEndian ? a << 8 | b : b << 8 | a)
            index += 2
        }
        return normalizeNewlines(String(decoding: units, as: UTF16.self))
    }

    /// CRLF and lone CR become LF so that lines and offsets mean one thing.
    public static func normalizeNewlines(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes -> String? in
            guard let firstCR = bytes.firstIndex(of: 0x0D) else { return nil }
            var out = [UInt8]()
            out.reserveCapacity(bytes.count)
            out.append(contentsOf: bytes[..<firstCR])
            var index = firstCR
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 0x0D {
                    out.append(0x0A)
                    if index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
                } else {
                    out.append(byte)
                }
                index += 1
            }
            return String(decoding: out, as: UTF8.self)
        } ?? text
    }

    private static let cp1252High: [UInt16] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    static func windows1252(_ byte: UInt8) -> UInt16 {
        (0x80...0x9F).contains(byte) ? cp1252High[Int(byte - 0x80)] : UInt16(byte)
    }
}
