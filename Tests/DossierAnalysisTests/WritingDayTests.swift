import DossierAnalysis
import DossierTestSupport
import DossierText
import Testing

/// The day an undated article was written, inferred from its weekdays and its latest explicit date.
@Suite struct WritingDayTests {
    /// (text, value) of each time of an article analysed without a date.
    func times(_ text: String) -> [(String, String)] {
        let document = Analyzer().analyze(Article(text: text))
        return document.times.map { (String(document.article.slice($0.range)), $0.value) }
    }

    /// The seed states no date; its "last Saturday" is the January 23, 2021 of its caption, and its
    /// Wednesday searches and Thursday statements put the writing on Thursday, January 28.
    @Test func theSeedReadsAsWrittenOnThursdayTheTwentyEighth() throws {
        let article = try FileLoading.loadArticle(path: Fixtures.seedArticlePath)
        #expect(article.date == nil)
        let document = Analyzer().analyze(article)
        func value(_ text: String) -> [String] {
            document.times.filter { document.article.slice($0.range) == text }.map(\.value)
        }
        #expect(value("last Saturday") == ["2021-01-23"])
        #expect(value("Wednesday") == ["2021-01-27"])
        #expect(value("Thursday") == ["2021-01-28", "2021-01-28"])
        #expect(value("Sunday") == ["2021-01-31", "2021-01-31", "2021-01-31"])
        let thursdays = document.times.filter { document.article.slice($0.range) == "Thursday" }
        #expect(thursdays.allSatisfy { $0.inferred })

        let peskov = try #require(document.entities.first { $0.name == "Dmitry Peskov" })
        let statement = try #require(document.events.first { event in
            event.type == "statement" && event.participants.contains { $0.entityID == peskov.id }
        })
        #expect(statement.time?.value == "2021-01-28")
        #expect(statement.time?.inferred == true)
        let detentions = try #require(document.events.first { event in
            event.type == "arrest" && document.article.slice(event.sentence).contains("3,900")
        })
        #expect(detentions.time?.value == "2021-01-23")
        // An event with no time of its own takes the inferred writing day.
        let searches = try #require(document.events.first { $0.type == "search" && document.article.slice($0.trigger) == "raided" })
        #expect(searches.time?.value == "2021-01-28")
    }

    /// Without "last", the explicit date may be the writing day itself or before it: the first day on
    /// or after it by which every past weekday has come.
    @Test func pastWeekdaysCarryTheWritingDayPastTheExplicitDate() {
        // March 1, 2021 is a Monday.
        let text = "Talks began on March 1, 2021. Delegates met again on Tuesday. The minister resigned on Wednesday."
        #expect(times(text).map(\.1) == ["2021-03-01", "2021-03-02", "2021-03-03"])
    }

    @Test func futureAndDatedWeekdaysDoNotMoveTheWritingDay() {
        let text = "Talks began on March 1, 2021. Delegates will meet again on Friday. Trading resumed Thursday, March 4, 2021."
        // The anchor stays the latest explicit date, March 4 (a Thursday): Friday is the next day.
        #expect(times(text).map(\.1) == ["2021-03-01", "2021-03-05", "2021-03-04"])
    }

    @Test func aStatedDateIsNeverOverridden() {
        let document = Analyzer().analyze(Article(text: "Police searched homes on Wednesday after the rally of January 23, 2021."), date: "2021-02-05")
        #expect(document.times.map(\.value) == ["2021-02-03", "2021-01-23"])
    }
}
