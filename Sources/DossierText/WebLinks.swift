/// Web addresses written in article text ("https://…", "http://…", "www.…").
///
/// Article text is untrusted, so a link is only ever printable ASCII: it ends at the first space,
/// control, non-ASCII character (no bidi overrides or look-alike letters inside a target), quote or
/// angle bracket. Only http and https targets exist; nothing here is ever handed to a shell.
public enum WebLinks {
    /// Targets longer than this are shown as text but not linked (browsers cap URLs near 2 KB too).
    public static let maxTargetLength = 2048

    /// The links in `text`, in order, as UTF-8 ranges relative to the start of `text`.
    /// - Complexity: O(n).
    public static func find<S: StringProtocol>(in text: S) -> [TextRange] {
        var result: [TextRange] = []
        let bytes = Array(text.utf8)
        var position = 0
        while let start = nextStart(in: bytes[position...]) {
            let end = linkEnd(bytes[...], from: start)
            if isLink(bytes[start..<end]) { result.append(start..<end) }
            position = max(end, start + 1)
        }
        return result
    }

    /// The address a browser should open for a link found in text ("www.x.org" gains "https://").
    /// Nil when the text is not a link Dossier would open.
    public static func target<S: StringProtocol>(of text: S) -> String? {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty, bytes.count <= maxTargetLength, isLink(bytes[...]),
              bytes.allSatisfy({ isLinkByte($0) }) else { return nil }
        let string = String(decoding: bytes, as: UTF8.self)
        return hasPrefix(bytes[...], "www.") ? "https://" + string : string
    }

    // MARK: - Scanning

    private static func nextStart(in bytes: ArraySlice<UInt8>) -> Int? {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "h") || byte == UInt8(ascii: "H") || byte == UInt8(ascii: "w") || byte == UInt8(ascii: "W"),
               index == bytes.startIndex || !isWordByte(bytes[index - 1]) {
                let rest = bytes[index...]
                if hasPrefix(rest, "https://") || hasPrefix(rest, "http://") || hasPrefix(rest, "www.") { return index }
            }
            index += 1
        }
        return nil
    }

    /// Where a link starting at `start` ends: at the first byte that cannot be in one, minus trailing
    /// sentence punctuation and a closing bracket that was not opened inside the link.
    private static func linkEnd(_ bytes: ArraySlice<UInt8>, from start: Int) -> Int {
        var end = start
        while end < bytes.endIndex, isLinkByte(bytes[end]) { end += 1 }
        while end > start {
            let last = bytes[end - 1]
            if ".,;:!?'*".utf8.contains(last) {
                end -= 1
            } else if last == UInt8(ascii: ")") || last == UInt8(ascii: "]") {
                let open = last == UInt8(ascii: ")") ? UInt8(ascii: "(") : UInt8(ascii: "[")
                let opened = bytes[start..<end].filter { $0 == open }.count
                let closed = bytes[start..<end].filter { $0 == last }.count
                if closed > opened { end -= 1 } else { break }
            } else {
                break
            }
        }
        return end
    }

    /// A scheme or "www." followed by at least a host with a dot.
    private static func isLink(_ bytes: ArraySlice<UInt8>) -> Bool {
        var rest = bytes
        if hasPrefix(rest, "https://") { rest = rest.dropFirst(8) }
        else if hasPrefix(rest, "http://") { rest = rest.dropFirst(7) }
        else if !hasPrefix(rest, "www.") { return false }
        let host = rest.prefix { $0 != UInt8(ascii: "/") && $0 != UInt8(ascii: "?") && $0 != UInt8(ascii: "#") }
        guard let dot = host.firstIndex(of: UInt8(ascii: ".")), dot > host.startIndex, dot + 1 < host.endIndex else { return false }
        return bytes.count <= maxTargetLength
    }

    private static func isLinkByte(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte < 0x7F && !"<>\"`{}|\\^".utf8.contains(byte)
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            || ((byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z"))
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
    }

    private static func hasPrefix(_ bytes: ArraySlice<UInt8>, _ prefix: String) -> Bool {
        var index = bytes.startIndex
        for expected in prefix.utf8 {
            guard index < bytes.endIndex, lowercased(bytes[index]) == expected else { return false }
            index += 1
        }
        return true
    }
}
