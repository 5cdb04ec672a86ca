import DossierReader
import DossierText
import TOMLKit

/// Reads the text of `config.toml` over the defaults. Every key is checked: an unknown key, a value of
/// the wrong kind or out of range is an error naming its line and dotted key; of several, the first in
/// the file is reported.
public enum ConfigurationParser {
    /// - Parameter file: the file as users know it, for the messages.
    public static func parse(_ text: String, file: String) throws(ConfigurationError) -> Configuration {
        if let nul = text.utf8.firstIndex(of: 0) {
            let line = text.utf8[..<nul].reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
            throw ConfigurationError(file: file, line: line, key: nil, message: "contains a NUL byte")
        }
        let root: TOMLTable
        do {
            root = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            let oneLine = String(error.description.map { $0.isNewline || $0 == "\t" ? " " : $0 })
            throw ConfigurationError(file: file, line: max(1, error.source.begin.line), key: nil, message: oneLine)
        } catch {
            throw ConfigurationError(file: file, line: nil, key: nil, message: "\(error)")
        }
        var reading = Reading(lines: TOMLKeyLines(text), file: file)
        let configuration = reading.configuration(root)
        if let first = reading.errors.enumerated().min(by: { ($0.element.line ?? 0, $0.offset) < ($1.element.line ?? 0, $1.offset) }) {
            throw first.element
        }
        return configuration
    }
}

/// One pass over a parsed document, collecting errors with their lines.
private struct Reading {
    let lines: TOMLKeyLines
    let file: String
    var errors: [ConfigurationError] = []

    mutating func fail(_ path: [String], _ message: String) {
        errors.append(ConfigurationError(file: file, line: lines.line(of: path) ?? 1, key: path.joined(separator: "."), message: message))
    }

    mutating func unknown(_ path: [String], expected: [String]) {
        fail(path, "unknown key (expected " + expected.joined(separator: ", ") + ")")
    }

    mutating func configuration(_ root: TOMLTable) -> Configuration {
        var configuration = Configuration()
        for (name, value) in root {
            let path = [name]
            switch name {
            case "network":
                if let table = table(value, path) { configuration.network = network(table, path) }
            case "keys":
                if let table = table(value, path) { configuration.keys = keys(table, path) }
            case "colors":
                if let table = table(value, path) { configuration.theme = colors(table, path) }
            case "feeds":
                configuration.feeds = feeds(value, path)
            default:
                unknown(path, expected: ["network", "keys", "colors", "feeds"])
            }
        }
        return configuration
    }

    // MARK: - [network]

    mutating func network(_ table: TOMLTable, _ section: [String]) -> NetworkSettings {
        var network = NetworkSettings()
        for (name, value) in table {
            let path = section + [name]
            switch name {
            case "connect_timeout": if let seconds = seconds(value, path) { network.connectTimeout = seconds }
            case "timeout": if let seconds = seconds(value, path) { network.timeout = seconds }
            case "max_size": if let bytes = size(value, path) { network.maxSize = bytes }
            case "max_connections":
                if let count = value.int, (1...64).contains(count) {
                    network.maxConnections = count
                } else {
                    fail(path, "expected a whole number from 1 to 64, got \(describe(value))")
                }
            case "user_agent":
                if let text = value.string, !text.isEmpty, text.unicodeScalars.allSatisfy({ (0x20...0x7E).contains($0.value) }) {
                    network.userAgent = text
                } else {
                    fail(path, "expected printable ASCII text, got \(describe(value))")
                }
            default:
                unknown(path, expected: ["connect_timeout", "timeout", "max_size", "max_connections", "user_agent"])
            }
        }
        return network
    }

    mutating func seconds(_ value: TOMLValueConvertible, _ path: [String]) -> Duration? {
        guard let number = value.int.map(Double.init) ?? value.double else {
            fail(path, "expected seconds, got \(describe(value))")
            return nil
        }
        guard number.isFinite, number > 0, number <= 86_400 else {
            fail(path, "expected seconds above 0 (at most a day), got \(describe(value))")
            return nil
        }
        return .milliseconds(Int64((number * 1000).rounded()))
    }

    /// A number of bytes, or "20 MB", "512 KB", "1 GB" (binary units, as `--max-size` counts).
    mutating func size(_ value: TOMLValueConvertible, _ path: [String]) -> Int? {
        let expected = "expected a size such as \"20 MB\" or a number of bytes"
        var bytes: Int?
        if let number = value.int {
            bytes = number
        } else if let text = value.string {
            bytes = Reading.bytes(text)
        }
        guard let bytes else {
            fail(path, "\(expected), got \(describe(value))")
            return nil
        }
        guard bytes >= 1024 else {
            fail(path, "expected at least 1 KB, got \(describe(value))")
            return nil
        }
        return bytes
    }

    static func bytes(_ text: String) -> Int? {
        let trimmed = text.trimmed(" ")
        let digits = trimmed.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
        let unit = trimmed.dropFirst(digits.count).trimmed(" ").lowercased()
        let multipliers: [String: Double] = ["": 1, "b": 1, "kb": 1024, "kib": 1024, "k": 1024, "mb": 1_048_576, "mib": 1_048_576, "m": 1_048_576,
                                             "gb": 1_073_741_824, "gib": 1_073_741_824, "g": 1_073_741_824]
        guard let number = Double(digits), let multiplier = multipliers[unit] else { return nil }
        let bytes = number * multiplier
        guard bytes.isFinite, bytes < Double(Int.max / 2) else { return nil }
        return Int(bytes.rounded())
    }

    // MARK: - [keys]

    mutating func keys(_ table: TOMLTable, _ section: [String]) -> KeyBindings {
        var bindings = KeyBindings.standard
        var claims: [Key: [(action: String, text: String)]] = [:]
        for (name, value) in table {
            let path = section + [name]
            guard let action = Action(rawValue: name) else {
                unknown(path, expected: Action.allCases.map(\.rawValue))
                continue
            }
            let texts: [String]
            if let text = value.string {
                texts = [text]
            } else if let array = value.array, array.allSatisfy({ $0.string != nil }) {  // [] unbinds the action
                texts = array.compactMap(\.string)
            } else {
                fail(path, "expected a key or a list of keys, got \(describe(value))")
                continue
            }
            var keys: [Key] = []
            for text in texts {
                switch KeyNames.key(text) {
                case .success(let key):
                    if !keys.contains(key) {
                        keys.append(key)
                        claims[key, default: []].append((name, text))
                    }
                case .failure(let error):
                    fail(path, "\(TOMLText.quoted(text)) is not a key" + (error.reason.map { " (\($0))" } ?? ""))
                }
            }
            // Unchanged keys keep the table's own help label ("Space PgDn").
            if keys != bindings.keys(for: action) { bindings.rebind(action, to: keys) }
        }
        // A key named for two actions: the later line is the mistake.
        for (_, claimants) in claims where claimants.count > 1 {
            let inFileOrder = claimants.sorted { (lines.line(of: section + [$0.action]) ?? 0) < (lines.line(of: section + [$1.action]) ?? 0) }
            for later in inFileOrder.dropFirst() {
                fail(section + [later.action], "\(TOMLText.quoted(later.text)) is also bound to keys.\(inFileOrder[0].action)")
            }
        }
        return bindings
    }

    // MARK: - [colors]

    mutating func colors(_ table: TOMLTable, _ section: [String]) -> Theme {
        var colors = Theme.standardEntityColors
        for (name, value) in table {
            let path = section + [name]
            guard let type = EntityType(rawValue: name) else {
                unknown(path, expected: EntityType.allCases.map(\.rawValue))
                continue
            }
            guard let entry = self.table(value, path) else { continue }
            var color = colors[type] ?? EntityColor(color256: nil, color8: nil)
            for (field, fieldValue) in entry {
                let fieldPath = path + [field]
                switch field {
                case "color256":
                    if let index = paletteIndex(fieldValue, fieldPath, limit: 255) { color.color256 = index }
                case "color8":
                    if let index = paletteIndex(fieldValue, fieldPath, limit: 7) { color.color8 = index }
                default:
                    unknown(fieldPath, expected: ["color256", "color8"])
                }
            }
            colors[type] = color
        }
        return Theme(entityColors: colors)
    }

    static let colorNames = TOMLText.colorNames

    /// A palette index up to `limit`, a colour name (the first eight), or "default" (the terminal's own).
    mutating func paletteIndex(_ value: TOMLValueConvertible, _ path: [String], limit: Int) -> Int?? {
        if let number = value.int, (0...limit).contains(number) { return .some(number) }
        if let name = value.string?.lowercased() {
            if name == "default" { return .some(nil) }
            if let index = Reading.colorNames.firstIndex(of: name) { return .some(index) }
        }
        fail(path, "expected a colour from 0 to \(limit), a name (\(Reading.colorNames.joined(separator: ", "))) or \"default\", got \(describe(value))")
        return nil
    }

    // MARK: - [[feeds]]

    mutating func feeds(_ value: TOMLValueConvertible, _ path: [String]) -> [FeedSettings] {
        guard let array = value.array, array.allSatisfy({ $0.table != nil }) else {
            fail(path, "expected [[feeds]] tables, got \(describe(value))")
            return []
        }
        var feeds: [FeedSettings] = []
        var seen: [String: Int] = [:]
        for (index, element) in array.enumerated() {
            guard let table = element.table else { continue }
            let feedPath = path.dropLast() + ["\(path.last ?? "feeds")[\(index + 1)]"]
            if let feed = feed(table, Array(feedPath)) {
                if let first = seen[feed.url] {
                    fail(feedPath + ["url"], "\(TOMLText.quoted(feed.url)) is already feeds[\(first)]")
                }
                seen[feed.url] = seen[feed.url] ?? index + 1
                feeds.append(feed)
            }
        }
        return feeds
    }

    mutating func feed(_ table: TOMLTable, _ path: [String]) -> FeedSettings? {
        var feed = FeedSettings(url: "")
        for (name, value) in table {
            let fieldPath = path + [name]
            switch name {
            case "url":
                if let url = value.string, Reading.isWebAddress(url) {
                    feed.url = url
                } else {
                    fail(fieldPath, "expected an http or https address, got \(describe(value))")
                    return nil
                }
            case "title":
                if let title = value.string { feed.title = title } else { fail(fieldPath, "expected text, got \(describe(value))") }
            case "tags":
                if let array = value.array, array.allSatisfy({ $0.string != nil }) {
                    feed.tags = array.compactMap(\.string)
                } else {
                    fail(fieldPath, "expected a list of tags such as [\"news\"], got \(describe(value))")
                }
            case "full_text":
                if let text = value.string, let policy = FeedSettings.FullText(rawValue: text) {
                    feed.fullText = policy
                } else {
                    fail(fieldPath, "expected \"always\", \"never\" or \"auto\", got \(describe(value))")
                }
            default:
                unknown(fieldPath, expected: ["url", "title", "tags", "full_text"])
            }
        }
        guard !feed.url.isEmpty else {
            fail(path, "a feed needs a url")
            return nil
        }
        return feed
    }

    /// http(s) with a host, printable ASCII only: the only addresses Dossier fetches.
    static func isWebAddress(_ text: String) -> Bool {
        let lowered = text.lowercased()
        guard text.unicodeScalars.allSatisfy({ (0x21...0x7E).contains($0.value) }) else { return false }
        for scheme in ["http://", "https://"] where lowered.hasPrefix(scheme) {
            let host = lowered.dropFirst(scheme.count).prefix { $0 != "/" && $0 != "?" && $0 != "#" }
            return !host.isEmpty
        }
        return false
    }

    // MARK: - Values

    mutating func table(_ value: TOMLValueConvertible, _ path: [String]) -> TOMLTable? {
        if let table = value.table { return table }
        fail(path, "expected a table, got \(describe(value))")
        return nil
    }

    /// A value as the messages quote it: strings in quotes (escaped), numbers as written, else its kind.
    func describe(_ value: TOMLValueConvertible) -> String {
        switch value.type {
        case .string: TOMLText.quoted(value.string ?? "")
        case .int: value.int.map(String.init) ?? "a number"
        case .double: value.double.map { String($0) } ?? "a number"
        case .bool: value.bool.map { String($0) } ?? "a boolean"
        case .table: "a table"
        case .array: "a list"
        case .date, .time, .dateTime: "a date"
        }
    }
}

private extension String {
    func trimmed(_ character: Character) -> String {
        String(drop { $0 == character }.reversed().drop { $0 == character }.reversed())
    }
}

private extension Substring {
    func trimmed(_ character: Character) -> String { String(self).trimmed(character) }
}
