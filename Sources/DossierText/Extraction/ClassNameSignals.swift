/// What an element's class and id say about it, worked out once per distinct value (pages repeat
/// the same class on hundreds of elements) on ASCII-lower-cased bytes, without building strings.
struct ClassNameSignals {
    /// One attribute value's findings.
    struct Part {
        var boilerplateWord = false
        var headerWord = false
        var boilerplateFragment = false
        var contentFragment = false
        var weight = 0.0
    }

    private var cache: [String: Part] = [:]

    private static let words = WordSet(BoilerplateRules.boilerplateWords)
    private static let fragments = FragmentTable([
        (BoilerplateRules.boilerplateFragments, FragmentTable.boilerplate),
        (BoilerplateRules.contentFragments, FragmentTable.content),
        (BoilerplateRules.negativeFragments, FragmentTable.negative),
        (BoilerplateRules.positiveFragments, FragmentTable.positive),
    ])

    mutating func part(_ value: String?) -> Part {
        guard let value, !value.isEmpty else { return Part() }
        if let known = cache[value] { return known }
        let found = Self.analyse(value)
        cache[value] = found
        return found
    }

    /// True when class or id names boilerplate, unless either also names content.
    mutating func marksBoilerplate(_ attributes: [String: String]) -> Bool {
        let names = part(attributes["class"]), id = part(attributes["id"])
        if names.boilerplateWord || id.boilerplateWord { return true }
        return (names.boilerplateFragment || id.boilerplateFragment) && !(names.contentFragment || id.contentFragment)
    }

    mutating func marksHeader(_ attributes: [String: String]) -> Bool {
        part(attributes["class"]).headerWord || part(attributes["id"]).headerWord
    }

    /// Readability's class weight: −25 for a boilerplate name, +25 for a content name, for class and id each.
    mutating func weight(_ attributes: [String: String]) -> Double {
        var weight = part(attributes["class"]).weight + part(attributes["id"]).weight
        if attributes["itemprop"]?.lowercased() == "articlebody" { weight += 50 }
        return weight
    }

    private static func analyse(_ value: String) -> Part {
        let bytes = value.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        var part = Part()
        var start = 0
        for end in 0...bytes.count {
            let isWordByte = end < bytes.count && (bytes[end] >= 0x80 || (bytes[end] >= 0x61 && bytes[end] <= 0x7A) || (bytes[end] >= 0x30 && bytes[end] <= 0x39))
            if isWordByte { continue }
            if end > start {
                let word = bytes[start..<end]
                if words.contains(word) { part.boilerplateWord = true }
                if word.elementsEqual("header".utf8) || word.elementsEqual("masthead".utf8) { part.headerWord = true }
            }
            start = end + 1
        }
        let found = fragments.kinds(in: bytes)
        part.boilerplateFragment = found & FragmentTable.boilerplate != 0
        part.contentFragment = found & FragmentTable.content != 0
        if found & FragmentTable.negative != 0 { part.weight -= 25 }
        if found & FragmentTable.positive != 0 { part.weight += 25 }
        return part
    }
}

/// Substrings of several kinds found in one pass: the patterns are filed by their first byte.
private struct FragmentTable {
    static let boilerplate: UInt8 = 1, content: UInt8 = 2, negative: UInt8 = 4, positive: UInt8 = 8
    private var byFirstByte = [[(pattern: [UInt8], kinds: UInt8)]](repeating: [], count: 256)

    init(_ lists: [([String], UInt8)]) {
        for (fragments, kind) in lists {
            for fragment in fragments {
                let pattern = Array(fragment.utf8)
                guard let first = pattern.first else { continue }
                if let existing = byFirstByte[Int(first)].firstIndex(where: { $0.pattern == pattern }) {
                    byFirstByte[Int(first)][existing].kinds |= kind
                } else {
                    byFirstByte[Int(first)].append((pattern, kind))
                }
            }
        }
    }

    /// The union of the kinds of every pattern that occurs in `bytes`.
    func kinds(in bytes: [UInt8]) -> UInt8 {
        var found: UInt8 = 0
        for start in bytes.indices {
            for entry in byFirstByte[Int(bytes[start])] where entry.kinds & ~found != 0 && start + entry.pattern.count <= bytes.count {
                var matched = 1
                while matched < entry.pattern.count && bytes[start + matched] == entry.pattern[matched] { matched += 1 }
                if matched == entry.pattern.count { found |= entry.kinds }
            }
            if found == 15 { break }
        }
        return found
    }
}

/// A set of short ASCII words looked up by their bytes.
private struct WordSet {
    private let byLength: [[[UInt8]]]

    init(_ words: Set<String>) {
        var byLength = [[[UInt8]]](repeating: [], count: 33)
        for word in words where word.utf8.count < 33 { byLength[word.utf8.count].append(Array(word.utf8)) }
        self.byLength = byLength
    }

    func contains(_ word: ArraySlice<UInt8>) -> Bool {
        guard word.count < byLength.count else { return false }
        return byLength[word.count].contains { $0.elementsEqual(word) }
    }
}

extension Array where Element == UInt8 {
    func containsSubsequence(_ pattern: [UInt8]) -> Bool { firstIndex(ofSubsequence: pattern) != nil }

    func firstIndex(ofSubsequence pattern: [UInt8]) -> Int? {
        guard let first = pattern.first else { return 0 }
        guard pattern.count <= count else { return nil }
        var index = 0
        let last = count - pattern.count
        while index <= last {
            if self[index] == first {
                var matched = 1
                while matched < pattern.count && self[index + matched] == pattern[matched] { matched += 1 }
                if matched == pattern.count { return index }
            }
            index += 1
        }
        return nil
    }
}
