/// The character set a page declares for itself: the HTTP header's when given, else a
/// `<meta charset>` or `<meta http-equiv="Content-Type">` in the first 2 KB (where HTML requires it).
public enum HTMLCharset {
    public enum Known: Sendable, Equatable {
        case utf8
        case windows1252
        case utf16
    }

    /// Decodes a page: a byte-order mark wins, then the header's charset, then the page's own
    /// declaration, then UTF-8 with Windows-1252 as the fallback (`TextDecoding`'s rule).
    public static func decode(_ bytes: [UInt8], headerCharset: String? = nil) throws(TextDecoding.Failure) -> TextDecoding.Decoded {
        let hasMark = bytes.starts(with: [0xEF, 0xBB, 0xBF]) || bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
        let declared = headerCharset.flatMap(known) ?? declaredInPage(bytes).flatMap(known)
        guard !hasMark, let declared else { return try TextDecoding.decode(bytes) }
        switch declared {
        case .utf8, .utf16:
            // A page that says UTF-8 but carries a stray invalid byte is still UTF-8 (not Latin-1).
            if TextDecoding.looksBinary(bytes[...]) { throw .binary }
            let text = String(decoding: bytes, as: UTF8.self)
            return TextDecoding.Decoded(text: TextDecoding.normalizeNewlines(text), note: nil)
        case .windows1252:
            if String(validating: bytes, as: UTF8.self) != nil { return try TextDecoding.decode(bytes) }
            if TextDecoding.looksBinary(bytes[...]) { throw .binary }
            let text = String(decoding: bytes.map(TextDecoding.windows1252), as: UTF16.self)
            return TextDecoding.Decoded(text: TextDecoding.normalizeNewlines(text), note: "decoded as Windows-1252, as the page declares")
        }
    }

    static func known(_ name: String) -> Known? {
        switch name.lowercased().trimmingSpaces {
        case "utf-8", "utf8", "unicode-1-1-utf-8": .utf8
        case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "windows-1252", "cp1252", "us-ascii", "ascii",
             "iso-8859-15", "iso8859-15", "l1": .windows1252
        case "utf-16", "utf-16le", "utf-16be": .utf16
        default: nil
        }
    }

    /// The charset named in the page's first 2 KB (`charset=`, or an XML declaration's `encoding=`), lower-cased.
    static func declaredInPage(_ bytes: [UInt8]) -> String? {
        let head = bytes.prefix(2048).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        var marker = Array("charset=".utf8)
        var found = head.firstIndex(ofSubsequence: marker)
        if found == nil, head.starts(with: Array("<?xml".utf8)) {
            marker = Array("encoding=".utf8)
            found = head.firstIndex(ofSubsequence: marker)
        }
        guard let start = found else { return nil }
        var name = [UInt8]()
        for byte in head[(start + marker.count)...].drop(while: { $0 == 0x22 || $0 == 0x27 || $0 == 0x20 }) {
            let isNameByte = (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x5F
            guard isNameByte else { break }
            name.append(byte)
        }
        return name.isEmpty ? nil : String(decoding: name, as: UTF8.self)
    }
}

private extension String {
    var trimmingSpaces: String {
        String(drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
    }
}
