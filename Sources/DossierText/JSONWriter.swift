/// A minimal JSON writer with a fixed key order, so output is byte-for-byte deterministic.
public struct JSONWriter {
    public private(set) var output: String = ""
    private var needsComma: [Bool] = [false]

    public init() { output.reserveCapacity(4096) }

    private mutating func separator() {
        if needsComma[needsComma.count - 1] { output += "," }
        needsComma[needsComma.count - 1] = true
    }

    public mutating func beginObject() { separator(); output += "{"; needsComma.append(false) }
    public mutating func endObject() { output += "}"; needsComma.removeLast() }
    public mutating func beginArray() { separator(); output += "["; needsComma.append(false) }
    public mutating func endArray() { output += "]"; needsComma.removeLast() }

    /// Writes `"key":` and leaves the value to the next call.
    public mutating func key(_ key: String) {
        separator()
        JSONWriter.appendQuoted(key, to: &output)
        output += ":"
        needsComma[needsComma.count - 1] = false
    }

    public mutating func value(_ string: String?) {
        separator()
        if let string { JSONWriter.appendQuoted(string, to: &output) } else { output += "null" }
    }
    public mutating func value(_ int: Int) { separator(); output += String(int) }
    public mutating func value(_ bool: Bool) { separator(); output += bool ? "true" : "false" }
    public mutating func value(_ double: Double) {
        separator()
        output += double.isFinite ? String(double) : "null"
    }

    public mutating func field(_ name: String, _ string: String?) { key(name); value(string) }
    public mutating func field(_ name: String, _ int: Int) { key(name); value(int) }
    public mutating func field(_ name: String, _ bool: Bool) { key(name); value(bool) }

    /// Control characters are escaped: article text is untrusted and must never reach a terminal raw.
    public static func appendQuoted(_ string: String, to out: inout String) {
        out += "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
