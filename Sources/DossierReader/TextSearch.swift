/// Case-insensitive search (ASCII letters fold; other characters match exactly, so offsets stay exact).
public enum TextSearch {
    /// Every non-overlapping match of `query` in `text`, as UTF-8 ranges.
    /// - Complexity: O(n·m); queries are typed by hand.
    public static func matches(of query: String, in text: String) -> [Range<Int>] {
        let needle = Array(query.utf8).map(fold)
        guard !needle.isEmpty else { return [] }
        if let found = text.utf8.withContiguousStorageIfAvailable({ search(needle, in: $0) }) { return found }
        return search(needle, in: Array(text.utf8))
    }

    private static func search<C: RandomAccessCollection>(_ needle: [UInt8], in haystack: C) -> [Range<Int>]
    where C.Element == UInt8, C.Index == Int {
        var result: [Range<Int>] = []
        guard haystack.count >= needle.count else { return result }
        var start = haystack.startIndex
        let last = haystack.endIndex - needle.count
        while start <= last {
            if fold(haystack[start]) == needle[0] {
                var matched = true
                for k in 1..<needle.count where fold(haystack[start + k]) != needle[k] {
                    matched = false
                    break
                }
                if matched {
                    result.append((start - haystack.startIndex)..<(start - haystack.startIndex + needle.count))
                    start += needle.count
                    continue
                }
            }
            start += 1
        }
        return result
    }

    public static func containsIgnoringCase(_ text: String, _ query: String) -> Bool {
        query.isEmpty || !matches(of: query, in: text).isEmpty
    }

    @inline(__always) static func fold(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }
}
