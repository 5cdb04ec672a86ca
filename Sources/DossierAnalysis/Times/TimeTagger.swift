import DossierText

/// A time expression while the analysis runs, with its tokens.
struct WorkingTime: Sendable {
    var tokens: Range<Int>
    var expression: TimeExpression
    /// A calendar value (date, week, month, year, part of day), not a duration or a reference.
    var isPoint: Bool
    /// Modifies a noun ("a 2014 suspended sentence"): the time of that noun only.
    var isAttributive: Bool
}

/// Finds time expressions and normalises them TIMEX3-style against an anchor date.
/// News reports the past: a bare weekday is the most recent one on or before the anchor, unless the
/// sentence speaks of the future (plans, will, intend, called for, ahead of).
/// - Complexity: one pass over the tokens; each rule looks at a few tokens around the current one.
struct TimeTagger: Sendable {
    var anchor: CivilDate?
    var anchorInferred: Bool

    static let units: [String: (code: String, time: Bool)] = [
        "second": ("S", true), "seconds": ("S", true), "minute": ("M", true), "minutes": ("M", true),
        "hour": ("H", true), "hours": ("H", true), "day": ("D", false), "days": ("D", false),
        "week": ("W", false), "weeks": ("W", false), "month": ("M", false), "months": ("M", false),
        "year": ("Y", false), "years": ("Y", false), "decade": ("DE", false), "decades": ("DE", false),
        "century": ("CE", false), "centuries": ("CE", false), "quarter": ("Q", false), "quarters": ("Q", false),
    ]
    static let numberWords: [String: Int] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
        "fifty": 50, "hundred": 100,
    ]
    static let vagueQuantities: Set<String> = ["several", "few", "many", "some", "couple"]
    static let futureCues: Set<String> = [
        "will", "plans", "plan", "planned", "planning", "intend", "intends", "intended", "scheduled", "upcoming",
        "expected", "due", "ahead", "next", "called", "calls", "call", "going", "'ll", "shall", "awaiting", "coming",
    ]
    static let partsOfDay: [String: String] = ["morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"]

    init(anchor: CivilDate?, anchorInferred: Bool) {
        self.anchor = anchor
        self.anchorInferred = anchorInferred
    }

    /// The latest explicit full date in the text ("January 23, 2021"), used as the anchor when none is given.
    static func latestExplicitDate(words: Words) -> CivilDate? {
        var latest: CivilDate? = nil
        var i = 0
        while i < words.count {
            if let (date, end) = explicitDate(at: i, words: words) {
                if latest == nil || date > latest! { latest = date }
                i = end
            } else { i += 1 }
        }
        return latest
    }

    /// "January 23, 2021", "23 January 2021", "2021-01-23" at token i: the date and the end token.
    static func explicitDate(at i: Int, words: Words) -> (CivilDate, Int)? {
        let w = words.lower
        if let month = Lexicon.months[w[i]], i + 1 < w.count, let day = Int(w[i + 1]), (1...31).contains(day) {
            var j = i + 2
            if j < w.count, w[j] == "," { j += 1 }
            if j < w.count, let year = Int(w[j]), (1000...2999).contains(year), w[j].count == 4,
               day <= CivilDate.daysIn(month: month, year: year) {
                return (CivilDate(year: year, month: month, day: day), j + 1)
            }
        }
        if let day = Int(w[i]), (1...31).contains(day), i + 2 < w.count, let month = Lexicon.months[w[i + 1]],
           let year = Int(w[i + 2]), w[i + 2].count == 4, (1000...2999).contains(year), day <= CivilDate.daysIn(month: month, year: year) {
            return (CivilDate(year: year, month: month, day: day), i + 3)
        }
        if w[i].utf8.count == 10, let date = CivilDate(w[i]) { return (date, i + 1) }
        return nil
    }

    func tag(_ document: Document, words: Words) -> [WorkingTime] {
        var result: [WorkingTime] = []
        let w = words.lower
        // Financial news compares with "the quarter" it last named: "a year earlier" is that quarter a year before.
        var quarter: Quarter? = nil
        for sentence in document.sentences {
            var i = sentence.tokens.lowerBound
            let end = sentence.tokens.upperBound
            while i < end {
                if Self.mayStart(i, words: words),
                   let (matched, value, relative, isPoint) = match(at: i, sentence: sentence, words: words, quarter: quarter) {
                    // Only a quarter named outright sets the reference; "a year earlier" does not move it.
                    if let named = Quarter(value), !matched.contains(where: { Self.yearBefore.contains(w[$0]) }) { quarter = named }
                    let tokens = Self.extendLeft(matched, value: value, sentence: sentence, words: words)
                    let r = document.tokens[tokens.lowerBound].range.lowerBound..<document.tokens[tokens.upperBound - 1].range.upperBound
                    let attributive = isPoint && words.isPossessive(tokens.upperBound) || isPoint && tokens.lowerBound > sentence.tokens.lowerBound
                        && ["a", "an", "the"].contains(words.lower[tokens.lowerBound - 1])
                        && tokens.upperBound < end && words.isWord(tokens.upperBound) && !words.isCapitalized(tokens.upperBound)
                    result.append(WorkingTime(tokens: tokens,
                                              expression: TimeExpression(range: r, value: value, inferred: relative && anchorInferred),
                                              isPoint: isPoint, isAttributive: attributive))
                    i = tokens.upperBound
                } else {
                    i += 1
                }
            }
        }
        return result
    }

    // MARK: - Rules

    /// A calendar quarter such as 1989-Q3.
    struct Quarter: Sendable {
        var year: Int
        var number: Int

        init(year: Int, number: Int) {
            self.year = year
            self.number = number
        }

        /// Parses `YYYY-Qn`.
        init?(_ value: String) {
            let b = Array(value.utf8)
            guard b.count == 7, b[4] == UInt8(ascii: "-"), b[5] == UInt8(ascii: "Q"), let y = Int(value.prefix(4)),
                  (UInt8(ascii: "1")...UInt8(ascii: "4")).contains(b[6]) else { return nil }
            self.init(year: y, number: Int(b[6] - UInt8(ascii: "0")))
        }

        /// The quarter holding `date`.
        init(_ date: CivilDate) { self.init(year: date.year, number: (date.month - 1) / 3 + 1) }

        var previous: Quarter { number == 1 ? Quarter(year: year - 1, number: 4) : Quarter(year: year, number: number - 1) }
        var value: String { CivilDate.pad(year, 4) + "-Q" + String(number) }
    }

    /// (tokens, value, relative to the anchor, is a calendar point)
    func match(at i: Int, sentence: Sentence, words: Words, quarter: Quarter? = nil) -> (Range<Int>, String, Bool, Bool)? {
        let w = words.lower
        let end = sentence.tokens.upperBound
        func word(_ k: Int) -> String { k < end && k >= sentence.tokens.lowerBound ? w[k] : "" }

        // Absolute dates.
        if let (date, stop) = Self.explicitDate(at: i, words: words), stop <= end { return (i..<stop, date.iso, false, true) }
        if let month = Lexicon.months[w[i]], words.isCapitalized(i) {
            if let day = Int(word(i + 1)), (1...31).contains(day), word(i + 1).count <= 2 {
                guard let anchor else { return (i..<(i + 2), "XXXX-" + CivilDate.pad(month, 2) + "-" + CivilDate.pad(day, 2), false, true) }
                let year = year(of: month, day: day, near: i, sentence: sentence, words: words, anchor: anchor)
                guard day <= CivilDate.daysIn(month: month, year: year) else { return nil }
                return (i..<(i + 2), CivilDate(year: year, month: month, day: day).iso, true, true)
            }
            if let year = Int(word(i + 1)), word(i + 1).count == 4 { return (i..<(i + 2), String(year) + "-" + CivilDate.pad(month, 2), false, true) }
            if Self.undottedAbbreviations.contains(w[i]) { return nil }
            // "July last year", "February this year", "January nineteen ninety-seven".
            if let anchor, ["last", "this", "next"].contains(word(i + 1)), word(i + 2) == "year" {
                let year = anchor.year + (word(i + 1) == "last" ? -1 : word(i + 1) == "next" ? 1 : 0)
                return (i..<(i + 3), String(year) + "-" + CivilDate.pad(month, 2), true, true)
            }
            if let year = Self.spelledYear(at: i + 1, words: words, end: end) {
                return (i..<year.end, String(year.year) + "-" + CivilDate.pad(month, 2), false, true)
            }
            let before = word(i - 1)
            if ["in", "since", "until", "by", "last", "next", "this", "early", "late", "mid", "during", "from"].contains(before) || w[i] != "may" {
                guard let anchor else { return (i..<(i + 1), "XXXX-" + CivilDate.pad(month, 2), false, true) }
                var year = anchor.year
                switch before {
                case "last": if month >= anchor.month { year -= 1 }
                case "next": if month <= anchor.month { year += 1 }
                case "this": break
                default: year = self.year(of: month, day: nil, near: i, sentence: sentence, words: words, anchor: anchor)
                }
                let start = (before == "last" || before == "next" || before == "this") ? i - 1 : i
                return (start..<(i + 1), String(year) + "-" + CivilDate.pad(month, 2), true, true)
            }
        }
        // Years and decades.
        if words.isNumber(i), w[i].count == 4, let year = Int(w[i]), (1900...2099).contains(year) {
            let next = word(i + 1)
            let plural = next.hasSuffix("s") && next.count > 3 && words.isWord(i + 1) && !next.hasSuffix("ss")
            if !plural && !["people", "police", "troops", "men", "women", "children", "euros", "dollars", "pounds", "roubles"].contains(next)
                && !(word(i - 1) == "$" || word(i + 1) == "%") {
                // "the 1988 third quarter", "the 1989 period" (the quarter last named, in that year).
                let start = word(i - 1) == "the" ? i - 1 : i
                if let n = Self.ordinals[next], word(i + 2) == "quarter" { return (start..<(i + 3), Quarter(year: year, number: n).value, false, true) }
                if next == "quarter" || next == "period", start < i, let quarter {
                    return (start..<(i + 2), Quarter(year: year, number: quarter.number).value, false, true)
                }
                return (i..<(i + 1), String(year), false, true)
            }
        }
        if w[i].count == 5, w[i].hasSuffix("0s"), let decade = Int(w[i].dropLast()), (1900...2090).contains(decade) {
            return (i..<(i + 1), String(decade / 10), false, true)
        }
        if let year = Self.spelledYear(at: i, words: words, end: end) { return (i..<year.end, String(year.year), false, true) }
        // "mid-November", "late-1996", "mid-1990s": the month, year or decade.
        if let hyphen = w[i].firstIndex(of: "-"), ["mid", "late", "early"].contains(w[i][..<hyphen]) {
            let rest = String(w[i][w[i].index(after: hyphen)...])
            if let month = Lexicon.months[rest], month != 5 || rest == "may" {
                guard let anchor else { return (i..<(i + 1), "XXXX-" + CivilDate.pad(month, 2), false, true) }
                return (i..<(i + 1), String(year(of: month, day: nil, near: i, sentence: sentence, words: words, anchor: anchor)) + "-"
                        + CivilDate.pad(month, 2), true, true)
            }
            if rest.count == 4, let year = Int(rest), (1000...2999).contains(year) { return (i..<(i + 1), rest, false, true) }
            if rest.count == 5, rest.hasSuffix("0s"), let decade = Int(rest.dropLast()) { return (i..<(i + 1), String(decade / 10), false, true) }
        }
        // Weekdays.
        if let weekday = Lexicon.weekdays[w[i]] {
            // "Monday, Oct. 26": the date written next to the weekday decides.
            let dateAt = word(i + 1) == "," ? i + 2 : i + 1
            if dateAt < end, Lexicon.months[w[dateAt]] != nil, let inner = match(at: dateAt, sentence: sentence, words: words),
               inner.1.utf8.count == 10, inner.3 {
                return (i..<inner.0.upperBound, inner.1, inner.2, true)
            }
            guard let anchor else { return (i..<(i + 1), "XXXX-WXX-" + String(weekday == 0 ? 7 : weekday), false, true) }
            let before = word(i - 1)
            var start = i
            let date: CivilDate
            let diff = (anchor.weekday - weekday + 7) % 7
            if before == "last" || before == "past" {
                date = anchor.adding(days: diff == 0 ? -7 : -diff); start = i - 1
            } else if before == "next" || before == "coming" {
                date = anchor.adding(days: diff == 0 ? 7 : 7 - diff); start = i - 1
            } else if before == "this" {
                let mondayBased = (weekday + 6) % 7, anchorMondayBased = (anchor.weekday + 6) % 7
                date = anchor.adding(days: mondayBased - anchorMondayBased); start = i - 1
            } else if hasFutureCue(sentence, near: i, words: words) {
                date = anchor.adding(days: diff == 0 ? 0 : 7 - diff)
            } else {
                date = anchor.adding(days: -diff)
            }
            // "Thursday night" is the day (TimeBank's usual value); the span takes the part of day in.
            if Self.partsOfDay[word(i + 1)] != nil { return (start..<(i + 2), date.iso, true, true) }
            return (start..<(i + 1), date.iso, true, true)
        }
        // last/this/next week, month, year, weekend.
        if ["last", "this", "next", "past"].contains(w[i]), let anchor {
            let unit = word(i + 1)
            let step = w[i] == "last" || w[i] == "past" ? -1 : (w[i] == "next" ? 1 : 0)
            switch unit {
            case "week": return (i..<(i + 2), anchor.adding(days: 7 * step).isoWeekString, true, true)
            case "weekend": return (i..<(i + 2), anchor.adding(days: 7 * step).isoWeekString + "-WE", true, true)
            case "month":
                var m = anchor.month + step, y = anchor.year
                if m < 1 { m = 12; y -= 1 } else if m > 12 { m = 1; y += 1 }
                return (i..<(i + 2), String(y) + "-" + CivilDate.pad(m, 2), true, true)
            case "year":
                // "this year's third quarter", "last year's quarter".
                if ["'s", "’s"].contains(word(i + 2)) {
                    if let n = Self.ordinals[word(i + 3)], word(i + 4) == "quarter" {
                        return (i..<(i + 5), Quarter(year: anchor.year + step, number: n).value, true, true)
                    }
                    if word(i + 3) == "quarter", let quarter { return (i..<(i + 4), Quarter(year: anchor.year + step, number: quarter.number).value, true, true) }
                }
                return (i..<(i + 2), String(anchor.year + step), true, true)
            case "night" where step == -1: return (i..<(i + 2), anchor.adding(days: -1).iso + "TNI", true, true)
            default: break
            }
        }
        // Deictic days.
        if let anchor {
            switch w[i] {
            case "yesterday": return (i..<(i + 1), anchor.adding(days: -1).iso, true, true)
            case "today": return (i..<(i + 1), anchor.iso, true, true)
            case "tomorrow": return (i..<(i + 1), anchor.adding(days: 1).iso, true, true)
            case "tonight": return (i..<(i + 1), anchor.iso, true, true)
            case "overnight": return (i..<(i + 1), anchor.iso + "TNI", true, true)
            default: break
            }
        }
        if w[i] == "now" {
            if i == sentence.tokens.lowerBound, word(i + 1) == "," { return nil }
            return (i..<(i + 1), "PRESENT_REF", false, false)
        }
        if w[i] == "recently" { return (i..<(i + 1), "PAST_REF", false, false) }
        // "during the night", "in the morning".
        if w[i] == "the", let part = Self.partsOfDay[word(i + 1)], ["during", "in", "overnight", "through"].contains(word(i - 1)), let anchor {
            return (i..<(i + 2), anchor.iso + "T" + part, true, true)
        }
        if let rule = extraRules(at: i, sentence: sentence, words: words, quarter: quarter) { return rule }
        // Durations: "48 hours", "several years", "a few days", "two weeks"; "three years ago".
        var k = i
        var amount: String? = nil
        if words.isNumber(i), let n = Int(w[i].filter { $0 != "," }) { amount = String(n) }
        else if let n = Self.numberWords[w[i]] { amount = String(n) }
        else if Self.vagueQuantities.contains(w[i]) { amount = "X" }
        if amount != nil {
            if (w[i] == "a" || w[i] == "an"), word(i + 1) == "few" || word(i + 1) == "couple" {
                amount = "X"; k = i + 1
                if word(k + 1) == "of" { k += 1 }
            } else if w[i] == "couple", word(i + 1) == "of" { k = i + 1 }
            if let unit = Self.units[word(k + 1)], let amount, !(unit.code == "Q" && (word(k + 2) == "of" || amount == "1")), !words.isCapitalized(k + 1) || words.isCapitalized(i) {
                if (w[i] == "a" || w[i] == "an") && amount == "1" && k == i {
                    // "a year" alone is often not a duration ("a year ago", "once a year"): only with "for"/"ago"/"in".
                    let before = word(i - 1)
                    guard ["for", "in", "within", "over", "about", "nearly", "almost", "than", "after"].contains(before) || word(k + 2) == "ago" else { return nil }
                }
                let tokens = i..<(k + 2)
                if word(k + 2) == "ago", let anchor, let n = Int(amount) {
                    switch unit.code {
                    case "D": return (i..<(k + 3), anchor.adding(days: -n).iso, true, true)
                    case "W": return (i..<(k + 3), anchor.adding(days: -7 * n).isoWeekString, true, true)
                    case "Y": return (i..<(k + 3), String(anchor.year - n), true, true)
                    case "DE": return (i..<(k + 3), String(anchor.year - 10 * n), true, true)
                    case "M":
                        var m = anchor.month - n, y = anchor.year
                        while m < 1 { m += 12; y -= 1 }
                        return (i..<(k + 3), String(y) + "-" + CivilDate.pad(m, 2), true, true)
                    default: break
                    }
                }
                let value = unit.code == "DE" ? (amount == "X" ? "PXDE" : "P" + String((Int(amount) ?? 0) * 10) + "Y")
                    : "P" + (unit.time ? "T" : "") + amount + unit.code
                return (tokens, value, false, false)
            }
        }
        // "48-hour", "two-year".
        let hyphenParts = w[i].split(separator: "-")
        if hyphenParts.count == 2, let unit = Self.units[String(hyphenParts[1])], unit.code != "Q" {
            let first = String(hyphenParts[0])
            if let n = Int(first) ?? Self.numberWords[first] {
                return (i..<(i + 1), "P" + (unit.time ? "T" : "") + String(n) + unit.code, false, false)
            }
        }
        return nil
    }

    static let sets: [String: String] = ["daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y", "nightly": "P1D", "hourly": "PT1H"]
    static let seasons: [String: String] = ["spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"]
    static let ordinals: [String: Int] = ["first": 1, "second": 2, "third": 3, "fourth": 4, "first-quarter": 1, "second-quarter": 2,
                                         "third-quarter": 3, "fourth-quarter": 4]

    /// Clock times, references, recurrences, seasons and quarters.
    func extraRules(at i: Int, sentence: Sentence, words: Words, quarter: Quarter?) -> (Range<Int>, String, Bool, Bool)? {
        let w = words.lower
        let end = sentence.tokens.upperBound
        func word(_ k: Int) -> String { k < end && k >= sentence.tokens.lowerBound ? w[k] : "" }
        // "10:35 a.m.", "9 p.m."
        let bytes = Array(w[i].utf8)
        if let colon = bytes.firstIndex(of: UInt8(ascii: ":")), colon > 0, colon <= 2, bytes.count == colon + 3,
           let hour = Int(String(decoding: bytes[..<colon], as: UTF8.self)), let minute = Int(String(decoding: bytes[(colon + 1)...], as: UTF8.self)),
           hour <= 24, minute < 60 {
            var h = hour
            var stop = i + 1
            if ["p.m.", "pm", "p.m"].contains(word(i + 1)) { if h < 12 { h += 12 }; stop = i + 2 }
            else if ["a.m.", "am", "a.m"].contains(word(i + 1)) { if h == 12 { h = 0 }; stop = i + 2 }
            return clockTime(i..<stop, hour: h, minute: minute, sentence: sentence, words: words, quarter: quarter)
        }
        if words.isNumber(i), let hour = Int(w[i]), (1...12).contains(hour), ["p.m.", "a.m.", "pm", "am", "p.m", "a.m"].contains(word(i + 1)) {
            let h = word(i + 1).hasPrefix("p") ? (hour == 12 ? 12 : hour + 12) : (hour == 12 ? 0 : hour)
            return clockTime(i..<(i + 2), hour: h, minute: 0, sentence: sentence, words: words, quarter: quarter)
        }
        if w[i] == "noon" || w[i] == "midnight", i + 1 < end, Lexicon.weekdays[w[i + 1]] != nil || Lexicon.months[w[i + 1]] != nil {
            return clockTime(i..<(i + 1), hour: w[i] == "noon" ? 12 : 24, minute: 0, sentence: sentence, words: words, quarter: quarter)
        }
        // "Daily" inside a name ("New York Daily News") is not a recurrence.
        if let value = Self.sets[w[i]], !words.isCapitalized(i) || i == sentence.tokens.lowerBound { return (i..<(i + 1), value, false, false) }
        if w[i] == "every" || w[i] == "each", let unit = Self.units[word(i + 1)] {
            return (i..<(i + 2), "P" + (unit.time ? "T" : "") + "1" + unit.code, false, false)
        }
        switch w[i] {
        case "currently": return (i..<(i + 1), "PRESENT_REF", false, false)
        case "recent", "coming":
            // "in recent years", "in the coming weeks": an unknown number of them.
            if let unit = Self.units[word(i + 1)], word(i + 1).hasSuffix("s") {
                return (i..<(i + 2), "P" + (unit.time ? "T" : "") + "X" + unit.code, false, false)
            }
        case "future": if ["the", "near"].contains(word(i - 1)) { return (i..<(i + 1), "FUTURE_REF", false, false) }
        case "the":
            let next = word(i + 1)
            if next == "past", !words.isNumber(i + 2), Self.units[word(i + 2)] == nil, Self.numberWords[word(i + 2)] == nil,
               !Self.vagueQuantities.contains(word(i + 2)) {
                return (i..<(i + 2), "PAST_REF", false, false)
            }
            if next == "future" { return (i..<(i + 2), "FUTURE_REF", false, false) }
            // "the nineties": the decade of this century's nineteen hundreds.
            if next.hasSuffix("ies"), let tens = Self.tens[String(next.dropLast(3)) + "y"] { return (i..<(i + 2), "19" + String(tens / 10), false, true) }
            if next == "near", word(i + 2) == "future" { return (i..<(i + 3), "FUTURE_REF", false, false) }
            if let anchor {
                if next == "weekend" {
                    // "over the weekend": the one just past, unless the anchor is in it or the clause speaks of the future.
                    let past = anchor.weekday != 0 && anchor.weekday != 6 && !hasFutureCue(sentence, near: i, words: words)
                    return (i..<(i + 2), anchor.adding(days: past ? -7 : 0).isoWeekString + "-WE", true, true)
                }
                if next == "year", ["ended", "ending"].contains(word(i + 2)) { return (i..<(i + 2), "P1Y", false, false) }
                if next == "year", let year = Self.spelledYear(at: i + 2, words: words, end: end) { return (i..<year.end, String(year.year), false, true) }
                if next == "year", !["before", "after", "earlier", "later"].contains(word(i + 2)) { return (i..<(i + 2), String(anchor.year), true, true) }
            }
        default: break
        }
        guard let anchor else { return nil }
        // Seasons: "last fall", "this summer".
        if ["last", "this", "next"].contains(w[i]), let season = Self.seasons[word(i + 1)] {
            var year = anchor.year
            let current = anchor.month >= 3 && anchor.month <= 5 ? "SP" : anchor.month <= 8 && anchor.month >= 6 ? "SU" : anchor.month <= 11 && anchor.month >= 9 ? "FA" : "WI"
            let order = ["WI": 0, "SP": 1, "SU": 2, "FA": 3]
            if w[i] == "last", order[season]! >= order[current]! { year -= 1 }
            if w[i] == "next", order[season]! <= order[current]! { year += 1 }
            return (i..<(i + 2), String(year) + "-" + season, true, true)
        }
        // "the quarter", "this quarter", "the latest quarter": the quarter last named, else the one before the anchor's
        // (results are reported after the quarter ends); "the current quarter" is the anchor's.
        if w[i] == "the" || w[i] == "this" {
            var k = i + 1
            let current = word(k) == "current"
            if current || word(k) == "latest" { k += 1 }
            if word(k) == "quarter" || word(k) == "period" && word(i + 1) == "latest" && quarter != nil {
                let value = current ? Quarter(anchor) : quarter ?? Quarter(anchor).previous
                return (i..<(k + 1), value.value, true, true)
            }
        }
        // Quarters: "the third quarter", "third-quarter", "the fourth quarter of 1998", "the fiscal first quarter".
        var q = i
        if w[q] == "the", !word(q + 1).hasSuffix("-quarter") { q += 1 }
        if word(q) == "fiscal" { q += 1 }
        if let n = Self.ordinals[word(q)], word(q).hasSuffix("-quarter") || word(q + 1) == "quarter" {
            let stop = word(q).hasSuffix("-quarter") ? q + 1 : q + 2
            let currentQuarter = (anchor.month - 1) / 3 + 1
            var year = anchor.year
            if n > currentQuarter { year -= 1 }
            if word(stop) == "of", let y = Int(word(stop + 1)), word(stop + 1).count == 4 { return (i..<(stop + 2), String(y) + "-Q" + String(n), false, true) }
            return (i..<stop, String(year) + "-Q" + String(n), true, true)
        }
        // "a year earlier", "year-earlier", "year-ago".
        // After a quarter was named, the same quarter a year before: "the year-ago quarter", "a year earlier".
        let yearBefore = quarter.map { Quarter(year: $0.year - 1, number: $0.number).value } ?? String(anchor.year - 1)
        if w[i] == "year-earlier" || w[i] == "year-ago" {
            guard quarter != nil else { return (i..<(i + 1), yearBefore, true, true) }
            let start = word(i - 1) == "the" ? i - 1 : i
            if let n = Self.ordinals[word(i + 1)], word(i + 2) == "quarter", let quarter {
                return (start..<(i + 3), Quarter(year: quarter.year - 1, number: n).value, true, true)
            }
            if word(i + 1) == "quarter" || word(i + 1) == "period" { return (start..<(i + 2), yearBefore, true, true) }
            return (i..<(i + 1), yearBefore, true, true)
        }
        if (w[i] == "a" || w[i] == "one"), word(i + 1) == "year", ["earlier", "ago", "before"].contains(word(i + 2)) {
            return (i..<(i + 3), yearBefore, true, true)
        }
        if let holiday = holiday(at: i, sentence: sentence, words: words, anchor: anchor) { return holiday }
        if w[i] == "this", let part = Self.partsOfDay[word(i + 1)] { return (i..<(i + 2), anchor.iso + "T" + part, true, true) }
        return nil
    }

    static let timeZones: Set<String> = ["est", "edt", "cst", "cdt", "pst", "pdt", "gmt", "utc", "et", "bst", "cet"]

    /// A clock time on the day written after it ("10 p.m. Wednesday", "5 p.m. EST, Nov. 6"), else on the anchor.
    func clockTime(_ tokens: Range<Int>, hour: Int, minute: Int, sentence: Sentence, words: Words, quarter: Quarter?) -> (Range<Int>, String, Bool, Bool) {
        let end = sentence.tokens.upperBound
        var k = tokens.upperBound
        if k < end, Self.timeZones.contains(words.lower[k]) { k += 1 }
        if k < end, words.lower[k] == "," { k += 1 }
        let clock = "T" + CivilDate.pad(hour, 2) + ":" + CivilDate.pad(minute, 2)
        if k < end, Lexicon.weekdays[words.lower[k]] != nil || Lexicon.months[words.lower[k]] != nil,
           let day = match(at: k, sentence: sentence, words: words, quarter: quarter), day.1.utf8.count == 10, day.0.lowerBound == k {
            return (tokens.lowerBound..<day.0.upperBound, day.1 + clock, day.2, true)
        }
        return (tokens, (anchor?.iso ?? "XXXX-XX-XX") + clock, anchor != nil, true)
    }

    /// Month abbreviations that are also names or words ("Jan Egeland"): months only before a day or a year.
    static let yearBefore: Set<String> = ["ago", "earlier", "before", "year-ago", "year-earlier"]
    static let undottedAbbreviations: Set<String> = ["jan", "feb", "aug", "sept", "oct", "nov", "dec"]
    static let tens: [String: Int] = ["twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90]
    static let ones: [String: Int] = ["one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9]

    /// The year at `i` if it is spelled out: "nineteen ninety-six", "nineteen eighty", "two thousand".
    static func spelledYear(at i: Int, words: Words, end: Int) -> (year: Int, end: Int)? {
        guard i + 1 < end else { return nil }
        let w = words.lower
        if w[i] == "two", w[i + 1] == "thousand" { return (2000, i + 2) }
        guard w[i] == "nineteen" || w[i] == "eighteen" else { return nil }
        let century = w[i] == "nineteen" ? 1900 : 1800
        if let t = tens[w[i + 1]] { return (century + t, i + 2) }
        let parts = w[i + 1].split(separator: "-")
        if parts.count == 2, let t = tens[String(parts[0])], let o = ones[String(parts[1])] { return (century + t + o, i + 2) }
        return nil
    }

    /// The year of a month (and day) named without one: the nearest such month to the anchor (TempEval-3 and news
    /// schedules: "payable Dec. 15"), except that one four or more months ahead is last year's unless the clause speaks
    /// of the future, and with a future cue ("will be held in March") a month just past is next year's.
    func year(of month: Int, day: Int?, near i: Int, sentence: Sentence, words: Words, anchor: CivilDate) -> Int {
        var ahead = month - anchor.month            // months from the anchor's to the nearest such month, -5…6
        if ahead > 6 { ahead -= 12 } else if ahead < -5 { ahead += 12 }
        let nearest = anchor.year + (anchor.month + ahead > 12 ? 1 : anchor.month + ahead < 1 ? -1 : 0)
        let before = i > sentence.tokens.lowerBound ? words.lower[i - 1] : ""
        if ["ended", "since", "last"].contains(before) {
            return ahead > 0 || ahead == 0 && (day ?? 0) > anchor.day ? nearest - 1 : nearest
        }
        if hasFutureCue(sentence, near: i, words: words) {
            return ahead < 0 || ahead == 0 && (day ?? 99) < anchor.day ? nearest + 1 : nearest
        }
        return ahead >= 4 ? nearest - 1 : nearest
    }

    /// Fixed and weekday-rule holidays of US and British news: "Thanksgiving Day", "Christmas", "Election Day".
    func holiday(at i: Int, sentence: Sentence, words: Words, anchor: CivilDate) -> (Range<Int>, String, Bool, Bool)? {
        guard words.isCapitalized(i) else { return nil }
        let end = sentence.tokens.upperBound
        let w = words.lower
        func word(_ k: Int) -> String { k < end ? w[k] : "" }
        /// (month, day) in a year, for the holiday whose name starts at i, and the end of its name.
        var rule: ((Int) -> CivilDate, Int)? = nil
        func nth(_ n: Int, weekday: Int, month: Int, year: Int) -> CivilDate {
            let first = CivilDate(year: year, month: month, day: 1)
            return first.adding(days: (weekday - first.weekday + 7) % 7 + 7 * (n - 1))
        }
        switch w[i] {
        case "thanksgiving": rule = ({ nth(4, weekday: 4, month: 11, year: $0) }, word(i + 1) == "day" ? i + 2 : i + 1)
        case "christmas":
            if word(i + 1) == "eve" { rule = ({ CivilDate(year: $0, month: 12, day: 24) }, i + 2) }
            else { rule = ({ CivilDate(year: $0, month: 12, day: 25) }, word(i + 1) == "day" ? i + 2 : i + 1) }
        case "halloween": rule = ({ CivilDate(year: $0, month: 10, day: 31) }, i + 1)
        case "election" where word(i + 1) == "day" && words.isCapitalized(i + 1):
            rule = ({ nth(1, weekday: 1, month: 11, year: $0).adding(days: 1) }, i + 2)
        case "independence" where word(i + 1) == "day" && words.isCapitalized(i + 1):
            rule = ({ CivilDate(year: $0, month: 7, day: 4) }, i + 2)
        case "new" where word(i + 1) == "year" && ["'s", "’s"].contains(word(i + 2)):
            if word(i + 3) == "eve" { rule = ({ CivilDate(year: $0 - 1, month: 12, day: 31) }, i + 4) }
            else { rule = ({ CivilDate(year: $0, month: 1, day: 1) }, word(i + 3) == "day" ? i + 4 : i + 3) }
        default: return nil
        }
        guard let (date, stop) = rule else { return nil }
        let before = i > sentence.tokens.lowerBound ? w[i - 1] : ""
        // The occurrence nearest the anchor, or the one before or after it with "last" and "next".
        var value = [date(anchor.year - 1), date(anchor.year), date(anchor.year + 1)]
            .min { abs($0.daysSinceEpoch - anchor.daysSinceEpoch) < abs($1.daysSinceEpoch - anchor.daysSinceEpoch) }!
        if before == "last", value >= anchor { value = date(value.year - 1) }
        if before == "next", value <= anchor { value = date(value.year + 1) }
        let start = before == "last" || before == "next" || before == "this" ? i - 1 : i
        return (start..<stop, value.iso, true, true)
    }

    static let pointModifiers: Set<String> = ["early", "late", "earlier", "mid", "until", "since"]
    static let durationModifiers: Set<String> = ["past", "last", "first", "next", "previous", "coming"]

    /// TimeML spans take modifiers in: "early next year", "late November", "the past two months", "within 18 months".
    static func extendLeft(_ tokens: Range<Int>, value: String, sentence: Sentence, words: Words) -> Range<Int> {
        var start = tokens.lowerBound
        let floor = sentence.tokens.lowerBound
        if value.hasPrefix("P") && !value.hasSuffix("_REF") {
            if start > floor, durationModifiers.contains(words.lower[start - 1]) { start -= 1 }
            if start > floor, words.lower[start - 1] == "the" { start -= 1 }
        } else {
            if start > floor, ["early", "late", "mid"].contains(words.lower[start - 1]),
               !words.lower[tokens.lowerBound].hasPrefix("the") {
                start -= 1
            }
            // "fiscal 1989", "the 1990s", "the late 1970s", "the past year".
            if start > floor, words.lower[start - 1] == "fiscal" { start -= 1 }
            if start > floor, words.lower[start - 1] == "the", value.utf8.count == 3 || words.lower[start] == "past" { start -= 1 }
            // "the end of 1990", "the middle of October": the span takes the phrase in, the value stays.
            if start - 3 >= floor, words.lower[start - 1] == "of", ["end", "beginning", "middle", "start"].contains(words.lower[start - 2]),
               words.lower[start - 3] == "the" {
                start -= 3
            }
        }
        return start..<tokens.upperBound
    }

    static let starters: Set<String> = {
        var set = Set<String>(Lexicon.months.keys)
        set.formUnion(Lexicon.weekdays.keys)
        set.formUnion(numberWords.keys)
        set.formUnion(vagueQuantities)
        set.formUnion(["last", "this", "next", "past", "yesterday", "today", "tomorrow", "tonight", "overnight", "now",
                       "recently", "the", "couple", "currently", "future", "every", "year-earlier", "year-ago", "each", "recent",
                       "coming", "nineteen", "eighteen", "noon", "midnight", "thanksgiving", "christmas", "halloween", "election", "independence", "new"])
        set.formUnion(sets.keys)
        set.formUnion(ordinals.keys)
        return set
    }()

    /// A cheap test that rules out most tokens before the rules run.
    @inline(__always) static func mayStart(_ i: Int, words: Words) -> Bool {
        if words.isNumber(i) { return true }
        let w = words.lower[i]
        if starters.contains(w) { return true }
        return w.utf8.contains(UInt8(ascii: "-"))
    }

    /// Does the clause around token `i` (ten words before, four after, up to a clause break) speak of the future?
    func hasFutureCue(_ sentence: Sentence, near i: Int, words: Words) -> Bool {
        var stop = i + 1
        while stop < min(sentence.tokens.upperBound, i + 5), !["that", "said", "says", ",", ";", "but", "and"].contains(words.lower[stop]) { stop += 1 }
        return hasFutureCue(sentence, from: max(sentence.tokens.lowerBound, i - 10), to: stop, words: words)
    }

    /// Does the sentence, up to token `i`, speak of the future? "will", "plans to", "called for", "ahead of", "due to"…
    func hasFutureCue(_ sentence: Sentence, before i: Int, words: Words) -> Bool {
        hasFutureCue(sentence, from: sentence.tokens.lowerBound, to: i, words: words)
    }

    func hasFutureCue(_ sentence: Sentence, from start: Int, to stop: Int, words: Words) -> Bool {
        var k = start
        let i = stop
        while k < i {
            let w = words.lower[k]
            let next = k + 1 < sentence.tokens.upperBound ? words.lower[k + 1] : ""
            switch w {
            case "will", "'ll", "shall", "upcoming", "scheduled", "intend", "intends", "planning", "postponed", "adjourned", "effective":
                return true
            case "plan", "plans", "planned", "intended", "is", "are": if next == "to" { return true }
            case "soon", "early": if k > start, words.lower[k - 1] == "as", next == "as" { return true }
            case "called", "calls", "call": if next == "for" { return true }
            case "ahead": if next == "of" { return true }
            case "due", "expected", "going", "set": if next == "to" { return true }
            case "awaiting", "await", "awaits": return true
            default: break
            }
            k += 1
        }
        return false
    }
}
