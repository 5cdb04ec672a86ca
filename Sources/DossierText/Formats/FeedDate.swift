/// Normalises the dates found in feeds and meta tags to `YYYY-MM-DD`: ISO 8601 (`2021-01-28T10:00:00Z`),
/// RFC 822 (`Thu, 28 Jan 2021 10:00:00 +0300`, two-digit years included) and written dates
/// (`January 28, 2021`, `28 January 2021`). The calendar date is kept as written, in the
/// publisher's own time zone.
public enum FeedDate {
    public static func normalize(_ raw: String) -> String? {
        let value = raw.trimmingSpaces()
        if let iso = ArticleParser.normalizedDate(String(value)) { return validated(iso) }
        if let compact = compactISO(value) { return compact }
        return writtenDate(value)
    }

    /// `20210128` or `20210128T100000Z`.
    private static func compactISO(_ value: Substring) -> String? {
        let digits = value.prefix(8)
        guard digits.count == 8, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        if value.count > 8, let next = value.dropFirst(8).first, next.isNumber { return nil }
        let text = String(digits)
        return validated("\(text.prefix(4))-\(text.dropFirst(4).prefix(2))-\(text.suffix(2))")
    }

    /// RFC 822 and written dates: a day, a month name and a year in either order.
    private static func writtenDate(_ value: Substring) -> String? {
        let words = value.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." || $0 == "-" || $0 == "/" })
        var day: Int?, month: Int?, year: Int?
        for word in words {
            let lower = word.lowercased()
            if month == nil, let index = monthIndex(lower) { month = index; continue }
            if word.contains(":") { continue }
            var digits = Substring(lower)
            for suffix in ["st", "nd", "rd", "th"] where digits.hasSuffix(suffix) { digits = digits.dropLast(2) }
            guard let number = Int(digits), digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { continue }
            if digits.count == 4, year == nil { year = number }
            else if day == nil, (1...31).contains(number), digits.count <= 2 { day = number }
            else if year == nil, digits.count == 2 { year = number < 70 ? 2000 + number : 1900 + number }
        }
        guard let day, let month, let year else { return nil }
        return validated(format(year: year, month: month, day: day))
    }

    private static func monthIndex(_ word: String) -> Int? {
        let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        guard word.count >= 3, let index = months.firstIndex(where: { word.hasPrefix($0) }) else { return nil }
        let full = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"][index]
        return full.hasPrefix(word) || word == "sept" ? index + 1 : nil
    }

    private static func format(year: Int, month: Int, day: Int) -> String {
        func pad(_ n: Int, _ width: Int) -> String {
            let digits = String(n)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// Keeps a `YYYY-MM-DD` string only when month and day are possible.
    private static func validated(_ date: String) -> String? {
        let parts = date.split(separator: "-")
        guard parts.count == 3, let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), (1...31).contains(day) else { return nil }
        return date
    }
}
