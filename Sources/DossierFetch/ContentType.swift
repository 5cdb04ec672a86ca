import Foundation

/// The parts of a `Content-Type` header a reader needs: the media type and the charset.
struct ContentType: Sendable, Equatable {
    /// Lower-cased, without parameters ("text/html").
    let mediaType: String?
    /// Lower-cased, unquoted ("utf-8"), when the header names one.
    let charset: String?

    init(header: String?) {
        guard let header else {
            mediaType = nil
            charset = nil
            return
        }
        let parts = header.split(separator: ";", omittingEmptySubsequences: false)
        let type = parts.first.map { ContentType.clean($0) } ?? ""
        mediaType = type.isEmpty || !type.utf8.allSatisfy(ContentType.isMediaTypeByte) ? nil : type
        var charset: String?
        for parameter in parts.dropFirst() {
            guard let equals = parameter.firstIndex(of: "=") else { continue }
            let name = ContentType.clean(parameter[..<equals])
            guard name == "charset" else { continue }
            var value = Substring(ContentType.clean(parameter[parameter.index(after: equals)...]))
            if value.count >= 2, value.first == "\"", value.last == "\"" { value = value.dropFirst().dropLast() }
            if !value.isEmpty, value.utf8.allSatisfy(ContentType.isTokenByte) { charset = String(value) }
            break
        }
        self.charset = charset
    }

    private static func clean(_ text: Substring) -> String {
        text.trimmingCharacters(in: .whitespaces).lowercased()
    }

    private static func isMediaTypeByte(_ byte: UInt8) -> Bool {
        isTokenByte(byte) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "+")
    }

    /// Charset names are short tokens ("iso-8859-1", "windows-1252"); anything else is ignored.
    private static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: ":"): true
        default: false
        }
    }
}
