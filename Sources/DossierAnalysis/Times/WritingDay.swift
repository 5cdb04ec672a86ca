import DossierText

/// The day an undated article was written, inferred from its own text.
///
/// News dates the past by weekday within the week of writing ("police searched homes on Wednesday",
/// "Peskov told reporters on Thursday"), and names a full date for what is older or needs it
/// ("January 23, 2021"). With the latest explicit date as a floor, the writing day is the first day on
/// or after it by which every weekday the text reports in the past has happened. "last Saturday" naming
/// the explicit date's own weekday puts the writing day after that date.
enum WritingDay {
    /// The inferred writing day, or `explicit` itself when no weekday in the text moves it.
    /// - Complexity: one pass over the tokens.
    static func infer(after explicit: CivilDate, document: Document, words: Words) -> CivilDate {
        let w = words.lower
        let cues = TimeTagger(anchor: nil, anchorInferred: false)
        var pastWeekdays = Set<Int>()
        var lastNamesExplicitDay = false
        for sentence in document.sentences {
            for i in sentence.tokens {
                guard let weekday = Lexicon.weekdays[w[i]] else { continue }
                let start = sentence.tokens.lowerBound
                let before = i > start ? w[i - 1] : ""
                // "Monday, Oct. 26": the date beside the weekday decides, not the week of writing.
                let dateAt = i + 1 < sentence.tokens.upperBound && w[i + 1] == "," ? i + 2 : i + 1
                if dateAt < sentence.tokens.upperBound, Lexicon.months[w[dateAt]] != nil { continue }
                switch before {
                case "last", "past":
                    if weekday == explicit.weekday { lastNamesExplicitDay = true }
                case "next", "coming", "this", "every", "each":
                    continue
                default:
                    if !cues.hasFutureCue(sentence, near: i, words: words) { pastWeekdays.insert(weekday) }
                }
            }
        }
        guard !pastWeekdays.isEmpty else { return explicit }
        let first = lastNamesExplicitDay ? explicit.adding(days: 1) : explicit
        var day = first
        var remaining = pastWeekdays
        remaining.remove(day.weekday)
        while !remaining.isEmpty {
            day = day.adding(days: 1)
            remaining.remove(day.weekday)
        }
        return day
    }
}
