/// The line where each key and table of a TOML document is defined, by dotted path, for error messages
/// (TOMLKit gives source positions for syntax errors only). Elements of arrays of tables are counted
/// from 1: `feeds[2].url`. Runs on text that has already parsed, so it only needs to follow strings,
/// comments and brackets well enough not to take their contents for keys.
struct TOMLKeyLines {
    private var lines: [String: Int] = [:]

    init(_ text: String) {
        var scanner = Scanner()
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            scanner.scan(Array(line.utf8), number: index + 1, into: &lines)
        }
    }

    /// The line of `path`, else of its longest prefix that has one (a key inside an inline table is on
    /// its table's line).
    func line(of path: [String]) -> Int? {
        var path = path
        while !path.isEmpty {
            if let line = lines[path.joined(separator: ".")] { return line }
            path.removeLast()
        }
        return nil
    }

    private struct Scanner {
        /// The closing delimiter of a multi-line string that is still open.
        var openString: [UInt8]?
        /// Brackets and braces of a value still open.
        var depth = 0
        /// The current table's resolved path.
        var table: [String] = []
        /// Elements seen so far of each array of tables, by its resolved path.
        var arrayCounts: [String: Int] = [:]

        mutating func scan(_ line: [UInt8], number: Int, into lines: inout [String: Int]) {
            var index = 0
            guard openString == nil, depth == 0 else {
                scanValue(line, from: 0)
                return
            }
            skipBlanks(line, &index)
            guard index < line.count else { return }
            if line[index] == UInt8(ascii: "[") {
                let isArray = index + 1 < line.count && line[index + 1] == UInt8(ascii: "[")
                index += isArray ? 2 : 1
                let key = keyPath(line, &index)
                var resolved = resolve(Array(key.dropLast()))
                if let last = key.last {
                    if isArray {
                        let arrayPath = (resolved + [last]).joined(separator: ".")
                        let count = (arrayCounts[arrayPath] ?? 0) + 1
                        arrayCounts[arrayPath] = count
                        lines[arrayPath] = lines[arrayPath] ?? number
                        resolved.append("\(last)[\(count)]")
                    } else {
                        resolved = resolve(key)
                    }
                }
                table = resolved
                lines[table.joined(separator: ".")] = number
                return
            }
            let key = keyPath(line, &index)
            guard !key.isEmpty else { return }
            skipBlanks(line, &index)
            guard index < line.count, line[index] == UInt8(ascii: "=") else { return }
            for length in 1...key.count {
                let path = (table + key.prefix(length)).joined(separator: ".")
                if lines[path] == nil { lines[path] = number }
            }
            scanValue(line, from: index + 1)
        }

        /// A header's path with each array of tables in it replaced by its current element.
        func resolve(_ key: [String]) -> [String] {
            var resolved: [String] = []
            for component in key {
                let path = (resolved + [component]).joined(separator: ".")
                if let count = arrayCounts[path] { resolved.append("\(component)[\(count)]") } else { resolved.append(component) }
            }
            return resolved
        }

        /// Follows strings, comments and brackets to the end of the line.
        mutating func scanValue(_ line: [UInt8], from start: Int) {
            var index = start
            while index < line.count {
                if let delimiter = openString {
                    if matches(line, index, delimiter) {
                        openString = nil
                        index += 3
                    } else {
                        index += delimiter[0] == UInt8(ascii: "\"") && line[index] == UInt8(ascii: "\\") ? 2 : 1
                    }
                    continue
                }
                let byte = line[index]
                switch byte {
                case UInt8(ascii: "#"):
                    return
                case UInt8(ascii: "\""), UInt8(ascii: "'"):
                    let triple = [byte, byte, byte]
                    if matches(line, index, triple) {
                        openString = triple
                        index += 3
                    } else {
                        index = endOfString(line, from: index + 1, quote: byte)
                    }
                case UInt8(ascii: "["), UInt8(ascii: "{"):
                    depth += 1
                    index += 1
                case UInt8(ascii: "]"), UInt8(ascii: "}"):
                    depth = max(0, depth - 1)
                    index += 1
                default:
                    index += 1
                }
            }
        }

        func matches(_ line: [UInt8], _ index: Int, _ delimiter: [UInt8]) -> Bool {
            index + delimiter.count <= line.count && Array(line[index..<(index + delimiter.count)]) == delimiter
        }

        /// The index after the closing quote of a one-line string.
        func endOfString(_ line: [UInt8], from start: Int, quote: UInt8) -> Int {
            var index = start
            while index < line.count {
                if line[index] == quote { return index + 1 }
                index += quote == UInt8(ascii: "\"") && line[index] == UInt8(ascii: "\\") ? 2 : 1
            }
            return index
        }

        func skipBlanks(_ line: [UInt8], _ index: inout Int) {
            while index < line.count, line[index] == UInt8(ascii: " ") || line[index] == UInt8(ascii: "\t") || line[index] == UInt8(ascii: "\r") {
                index += 1
            }
        }

        /// A dotted key (`a`, `a.b`, `"quoted key".c`), its parts unquoted.
        func keyPath(_ line: [UInt8], _ index: inout Int) -> [String] {
            var parts: [String] = []
            while true {
                skipBlanks(line, &index)
                guard index < line.count else { return parts }
                let byte = line[index]
                if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                    let end = endOfString(line, from: index + 1, quote: byte)
                    let inside = line[(index + 1)..<max(index + 1, end - 1)]
                    parts.append(unescaped(Array(inside), basic: byte == UInt8(ascii: "\"")))
                    index = end
                } else {
                    let start = index
                    while index < line.count, isBareKeyByte(line[index]) { index += 1 }
                    guard index > start else { return parts }
                    parts.append(String(decoding: line[start..<index], as: UTF8.self))
                }
                skipBlanks(line, &index)
                guard index < line.count, line[index] == UInt8(ascii: ".") else { return parts }
                index += 1
            }
        }

        func isBareKeyByte(_ byte: UInt8) -> Bool {
            (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
        }

        /// A quoted key's text (the simple escapes; a key is a name, not prose).
        func unescaped(_ bytes: [UInt8], basic: Bool) -> String {
            guard basic else { return String(decoding: bytes, as: UTF8.self) }
            var result: [UInt8] = []
            var index = 0
            while index < bytes.count {
                if bytes[index] == UInt8(ascii: "\\"), index + 1 < bytes.count {
                    result.append(bytes[index + 1])
                    index += 2
                } else {
                    result.append(bytes[index])
                    index += 1
                }
            }
            return String(decoding: result, as: UTF8.self)
        }
    }
}
