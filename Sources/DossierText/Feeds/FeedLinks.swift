/// Resolving a feed's relative links against the feed's address, and escaping text into HTML/XML.
public enum FeedLinks {
    /// RFC 3986 reference resolution for the forms feeds use: absolute, `//host/p`, `/p`, `p`, `?q`, `#f`.
    public static func resolve(_ reference: String, against base: String?) -> String {
        let reference = String(reference.trimmingSpaces())
        if scheme(of: reference) != nil { return String(reference) }
        guard let base, let baseScheme = scheme(of: base) else { return String(reference) }
        if reference.hasPrefix("//") { return baseScheme + ":" + String(reference) }
        let afterScheme = base.dropFirst(baseScheme.count + 3)
        let authorityEnd = afterScheme.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) ?? afterScheme.endIndex
        let origin = String(base[..<authorityEnd])
        let baseNoFragment = base.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
        if reference.isEmpty { return String(baseNoFragment) }
        if reference.hasPrefix("#") { return String(baseNoFragment) + reference }
        let basePath = String(afterScheme[authorityEnd...].prefix(while: { $0 != "?" && $0 != "#" }))
        if reference.hasPrefix("?") { return origin + (basePath.isEmpty ? "/" : basePath) + reference }
        let merged: String
        if reference.hasPrefix("/") {
            merged = String(reference)
        } else {
            let directory = basePath.lastIndex(of: "/").map { String(basePath[...$0]) } ?? "/"
            merged = directory + reference
        }
        return origin + removingDotSegments(merged)
    }

    static func scheme(of text: some StringProtocol) -> String? {
        guard let colon = text.firstIndex(of: ":"), colon != text.startIndex else { return nil }
        let name = text[..<colon]
        guard name.first!.isLetter, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }) else { return nil }
        return String(name).lowercased()
    }

    static func removingDotSegments(_ path: String) -> String {
        let queryStart = path.firstIndex(where: { $0 == "?" || $0 == "#" }) ?? path.endIndex
        var output: [Substring] = []
        let segments = path[..<queryStart].split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        for (index, segment) in segments.enumerated() {
            let last = index == segments.count - 1
            if segment == "." { if last { output.append("") }; continue }
            if segment == ".." { if !output.isEmpty { output.removeLast() }; if last { output.append("") }; continue }
            output.append(segment)
        }
        return "/" + output.joined(separator: "/") + path[queryStart...]
    }

    /// Text made safe inside HTML or XML content and attribute values.
    public static func escaped(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            default: output.append(character)
            }
        }
        return output
    }
}
