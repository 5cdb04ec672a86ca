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
            if String(validating: bytes, as: UTF8.self) == nil, TextDecoding.looksBinary(bytes[...]) { throw .binary }
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

    /// The charset named in the page's first 2 KB, lower-cased.
    static func declaredInPage(_ bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(2048), as: UTF8.self).lowercased()
        guard let marker = head.firstRange(of: "charset=") else { return nil }
        var name = ""
        for character in head[marker.upperBound...].drop(while: { $0 == "\"" || $0 == "'" || $0 == " " }) {
            guard character.isLetter || character.isNumber || character == "-" || character == "_" else { break }
            name.append(character)
        }
        return name.isEmpty ? nil : name
    }
}

private extension String {
    var trimmingSpaces: String {
        String(drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
    }
}
