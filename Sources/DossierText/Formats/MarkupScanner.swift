/// One piece of HTML or XML source: a tag, text between tags, or the inside of a CDATA section.
/// Comments, doctypes and processing instructions are dropped by the scanner.
struct MarkupToken: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        /// An opening tag (`<p class="x">`), with `selfClosing` for `<br/>`.
        case start(name: String, attributes: [String: String], selfClosing: Bool)
        case end(name: String)
        /// Raw text as written: entities are still encoded.
        case text(String)
        /// Literal text from `<![CDATA[ … ]]>`: never entity-decoded.
        case cdata(String)
    }

    var kind: Kind
    /// UTF-8 range of the token in the source.
    var range: Range<Int>
}

/// A tolerant scanner for HTML and XML: never fails, never looks back, linear in the input.
/// Tag and attribute names are lower-cased; attribute values are entity-decoded.
/// The contents of `<script>` and `<style>` are skipped as raw text, as browsers do.
enum MarkupScanner {
    static func scan(_ source: String) -> [MarkupToken] {
        let bytes = Array(source.utf8)
        var tokens: [MarkupToken] = []
        var index = 0
        var textStart = 0
        func flushText(upTo end: Int) {
            if end > textStart {
                tokens.append(MarkupToken(kind: .text(string(bytes, textStart..<end)), range: textStart..<end))
            }
        }
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<"), index + 1 < bytes.count else { index += 1; continue }
            let next = bytes[index + 1]
            if next == UInt8(ascii: "!") {
                flushText(upTo: index)
                if hasPrefix(bytes, at: index, "<!--") {
                    index = find(bytes, "-->", from: index + 4).map { $0 + 3 } ?? bytes.count
                } else if hasPrefix(bytes, at: index, "<![CDATA[") {
                    let contentStart = index + 9
                    let contentEnd = find(bytes, "]]>", from: contentStart) ?? bytes.count
                    tokens.append(MarkupToken(kind: .cdata(string(bytes, contentStart..<contentEnd)), range: index..<min(contentEnd + 3, bytes.count)))
                    index = min(contentEnd + 3, bytes.count)
                } else {
                    index = find(bytes, ">", from: index).map { $0 + 1 } ?? bytes.count
                }
                textStart = index
            } else if next == UInt8(ascii: "?") {
                flushText(upTo: index)
                index = find(bytes, ">", from: index).map { $0 + 1 } ?? bytes.count
                textStart = index
            } else if next == UInt8(ascii: "/") || isNameStart(next) {
                flushText(upTo: index)
                let (token, end) = scanTag(bytes, at: index)
                tokens.append(token)
                index = end
                textStart = index
                if case .start(let name, _, false) = token.kind, name == "script" || name == "style" {
                    // Raw text: everything up to the matching end tag is skipped.
                    let close = findCaseInsensitive(bytes, "</" + name, from: index) ?? bytes.count
                    index = close
                    textStart = index
                }
            } else {
                index += 1
            }
        }
        flushText(upTo: bytes.count)
        return tokens
    }

    // MARK: - Tags

    private static func scanTag(_ bytes: [UInt8], at start: Int) -> (MarkupToken, Int) {
        var index = start + 1
        let isEnd = bytes[index] == UInt8(ascii: "/")
        if isEnd { index += 1 }
        let nameStart = index
        while index < bytes.count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">"), bytes[index] != UInt8(ascii: "/") { index += 1 }
        let name = lowercased(bytes, nameStart..<index)
        var attributes: [String: String] = [:]
        var selfClosing = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: ">") { index += 1; break }
            if isSpace(byte) { index += 1; continue }
            if byte == UInt8(ascii: "/") { selfClosing = true; index += 1; continue }
            selfClosing = false
            let attributeStart = index
            while index < bytes.count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: "="), bytes[index] != UInt8(ascii: ">") { index += 1 }
            let attribute = lowercased(bytes, attributeStart..<index)
            while index < bytes.count, isSpace(bytes[index]) { index += 1 }
            var value = ""
            if index < bytes.count, bytes[index] == UInt8(ascii: "=") {
                index += 1
                while index < bytes.count, isSpace(bytes[index]) { index += 1 }
                if index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") {
                    let quote = bytes[index]
                    let valueStart = index + 1
                    index = valueStart
                    while index < bytes.count, bytes[index] != quote { index += 1 }
                    value = string(bytes, valueStart..<index)
                    if index < bytes.count { index += 1 }
                } else {
                    let valueStart = index
                    while index < bytes.count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") { index += 1 }
                    value = string(bytes, valueStart..<index)
                }
            }
            if !attribute.isEmpty, attributes[attribute] == nil { attributes[attribute] = HTMLEntities.decode(value) }
        }
        let kind: MarkupToken.Kind = isEnd ? .end(name: name) : .start(name: name, attributes: attributes, selfClosing: selfClosing)
        return (MarkupToken(kind: kind, range: start..<index), index)
    }

    // MARK: - Bytes

    private static func string(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    private static func lowercased(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        let slice = bytes[range]
        guard slice.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return String(decoding: slice, as: UTF8.self) }
        return String(decoding: slice.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
    }

    private static func isNameStart(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    private static func hasPrefix(_ bytes: [UInt8], at index: Int, _ prefix: String) -> Bool {
        let utf8 = Array(prefix.utf8)
        guard index + utf8.count <= bytes.count else { return false }
        return bytes[index..<(index + utf8.count)].elementsEqual(utf8)
    }

    private static func find(_ bytes: [UInt8], _ needle: String, from start: Int) -> Int? {
        let utf8 = Array(needle.utf8)
        guard let first = utf8.first, start < bytes.count else { return nil }
        var index = start
        while index + utf8.count <= bytes.count {
            if bytes[index] == first, bytes[index..<(index + utf8.count)].elementsEqual(utf8) { return index }
            index += 1
        }
        return nil
    }

    private static func findCaseInsensitive(_ bytes: [UInt8], _ needle: String, from start: Int) -> Int? {
        let utf8 = Array(needle.utf8)
        func lower(_ b: UInt8) -> UInt8 { (0x41...0x5A).contains(b) ? b + 0x20 : b }
        var index = start
        while index + utf8.count <= bytes.count {
            var matched = true
            for offset in 0..<utf8.count where lower(bytes[index + offset]) != utf8[offset] { matched = false; break }
            if matched { return index }
            index += 1
        }
        return nil
    }
}
