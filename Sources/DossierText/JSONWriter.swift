/// A minimal JSON writer with a fixed key order, so output is byte-for-byte deterministic.
/// Works on UTF-8 bytes: escaping scans bytes, not Unicode scalars.
public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []
    private var needsComma: [Bool] = [false]

    public init() { bytes.reserveCapacity(4096) }

    public var output: String { String(decoding: bytes, as: UTF8.self) }

    private mutating func separator() {
        if needsComma[needsComma.count - 1] { bytes.append(UInt8(ascii: ",")) }
        needsComma[needsComma.count - 1] = true
    }

    public mutating func beginObject() { separator(); bytes.append(UInt8(ascii: "{")); needsComma.append(false) }
    public mutating func endObject() { bytes.append(UInt8(ascii: "}")); needsComma.removeLast() }
    public mutating func beginArray() { separator(); bytes.append(UInt8(ascii: "[")); needsComma.append(false) }
    public mutating func endArray() { bytes.append(UInt8(ascii: "]")); needsComma.removeLast() }

    /// Writes `"key":` and leaves the value to the next call.
    public mutating func key(_ key: String) {
        separator()
        JSONWriter.appendQuoted(key, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        needsComma[needsComma.count - 1] = false
    }

    public mutating func value(_ string: String?) {
        separator()
        if let string { JSONWriter.appendQuoted(string, to: &bytes) } else { bytes.append(contentsOf: "null".utf8) }
    }
    public mutating func value<S: StringProtocol>(_ string: S) {
        separator()
        JSONWriter.appendQuoted(string, to: &bytes)
    }
    public mutating func value(_ int: Int) { separator(); JSONWriter.appendInteger(int, to: &bytes) }
    public mutating func value(_ bool: Bool) { separator(); bytes.append(contentsOf: (bool ? "true" : "false").utf8) }
    public mutating func value(_ double: Double) {
        separator()
        bytes.append(contentsOf: (double.isFinite ? String(double) : "null").utf8)
    }

    public mutating func field(_ name: String, _ string: String?) { key(name); value(string) }
    public mutating func field<S: StringProtocol>(_ name: String, _ string: S) { key(name); value(string) }
    public mutating func field(_ name: String, _ int: Int) { key(name); value(int) }
    public mutating func field(_ name: String, _ bool: Bool) { key(name); value(bool) }

    static func appendInteger(_ int: Int, to out: inout [UInt8]) {
        if int < 0 { out.append(UInt8(ascii: "-")) }
        var magnitude = int.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            for index in stride(from: count - 1, through: 0, by: -1) { out.append(buffer[index]) }
        }
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// Control characters (C0, DEL, C1) and line separators are escaped: article text is untrusted and
    /// must never reach a terminal raw.
    public static func appendQuoted<S: StringProtocol>(_ string: S, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var utf8 = string.utf8.makeIterator()
        var pending: UInt8? = nil
        func escape(_ value: UInt32, _ out: inout [UInt8]) {
            out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
            if value > 0xFF {   // U+2028 / U+2029
                out.removeLast(2)
                out.append(hexDigits[Int(value >> 12) & 0xF]); out.append(hexDigits[Int(value >> 8) & 0xF])
            }
            out.append(hexDigits[Int(value >> 4) & 0xF]); out.append(hexDigits[Int(value) & 0xF])
        }
        while let byte = pending ?? utf8.next() {
            pending = nil
            switch byte {
            case UInt8(ascii: "\""): out.append(UInt8(ascii: "\\")); out.append(byte)
            case UInt8(ascii: "\\"): out.append(UInt8(ascii: "\\")); out.append(byte)
            case UInt8(ascii: "\n"): out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "n"))
            case UInt8(ascii: "\t"): out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "t"))
            case UInt8(ascii: "\r"): out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "r"))
            case 0..<0x20, 0x7F: escape(UInt32(byte), &out)
            case 0xC2:
                guard let next = utf8.next() else { out.append(byte); break }
                if (0x80...0x9F).contains(next) { escape(UInt32(next), &out) } else { out.append(byte); pending = next }
            case 0xE2:
                guard let second = utf8.next() else { out.append(byte); break }
                guard second == 0x80, let third = utf8.next() else { out.append(byte); pending = second; break }
                if third == 0xA8 || third == 0xA9 { escape(0x2000 | UInt32(third - 0xA8 + 0x28), &out) }
                else { out.append(byte); out.append(second); pending = third }
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// The same escaping into a `String`.
    public static func appendQuoted<S: StringProtocol>(_ string: S, to out: inout String) {
        var bytes: [UInt8] = []
        appendQuoted(string, to: &bytes)
        out += String(decoding: bytes, as: UTF8.self)
    }
}
