import DossierAnalysis
import DossierText
import Testing

/// TIMEX3 values of time expressions against an anchor date.
@Suite struct TimeNormalizationTests {
    /// The times of `text` analysed with `anchor` as the article date.
    func times(_ text: String, anchor: String?) -> [(String, String)] {
        let document = Analyzer().analyze(Article(text: text), date: anchor)
        return document.times.map { (String(document.article.slice($0.range)), $0.value) }
    }

    // Anchor 2021-01-28 is a Thursday (ISO week 2021-W04).
    @Test(arguments: [
        ("The rally took place on January 23, 2021.", "2021-01-28", "January 23, 2021", "2021-01-23"),
        ("It happened on 23 January 2021 in Moscow.", "2021-01-28", "23 January 2021", "2021-01-23"),
        ("Peskov told reporters on Thursday that nothing changed.", "2021-01-28", "Thursday", "2021-01-28"),
        ("Police carried out searches on Wednesday.", "2021-01-28", "Wednesday", "2021-01-27"),
        ("More than 3,900 people were detained last Saturday.", "2021-01-28", "last Saturday", "2021-01-23"),
        ("The opposition plans to hold more rallies on Sunday.", "2021-01-28", "Sunday", "2021-01-31"),
        ("Protests took place last week.", "2021-01-28", "last week", "2021-W03"),
        ("Russians rallied last weekend.", "2021-01-28", "last weekend", "2021-W03-WE"),
        ("They were detained for 48 hours.", "2021-01-28", "48 hours", "PT48H"),
        ("He could be imprisoned for several years.", "2021-01-28", "several years", "PXY"),
        ("He violated a 2014 suspended sentence.", "2021-01-28", "2014", "2014"),
        ("They were questioned during the night.", "2021-01-28", "the night", "2021-01-28TNI"),
        ("He spoke yesterday.", "2021-01-28", "yesterday", "2021-01-27"),
        ("She was released three years ago.", "2021-01-28", "three years ago", "2018"),
        ("The law changed last month.", "2021-01-28", "last month", "2020-12"),
        ("The vote is next year.", "2021-01-28", "next year", "2022"),
        ("It was signed on March 3.", "2021-01-28", "March 3", "2021-03-03"),
        // A month far from the anchor's: last year's unless the clause speaks of the future.
        ("The company was sold in November.", "2021-01-28", "November", "2020-11"),
        ("The company was sold in July.", "2021-01-28", "July", "2020-07"),
        ("Elections will be held in November.", "2021-01-28", "November", "2021-11"),
        ("A shooting on Oct. 23 killed him.", "1999-05-06", "Oct. 23", "1998-10-23"),
        ("The dividend is payable Dec. 15.", "1989-11-02", "Dec. 15", "1989-12-15"),
        ("Officials met over the weekend.", "2021-01-28", "the weekend", "2021-W03-WE"),
        ("It happened in December.", "2021-01-28", "December", "2020-12"),
        ("He stayed for two weeks.", "2021-01-28", "two weeks", "P2W"),
        // Anchor on a Sunday: "on Thursday" in the past is three days before.
        ("Officials said on Thursday they were ready.", "2021-01-31", "Thursday", "2021-01-28"),
        ("The appeal will be heard on Monday.", "2021-01-31", "Monday", "2021-02-01"),
        ("Last week was quiet.", "2021-01-04", "Last week", "2020-W53"),
        // Quarters, fiscal years, decades, holidays and spelled-out years.
        ("Profit rose in the third quarter. A year earlier it earned $5 million.", "1989-11-02", "A year earlier", "1988-Q3"),
        ("Profit rose in the third quarter. In the year-ago quarter it lost money.", "1989-11-02", "the year-ago quarter", "1988-Q3"),
        ("Sales fell 20% in the quarter.", "1989-11-02", "the quarter", "1989-Q3"),
        ("Sales should recover in the current quarter.", "1989-11-02", "the current quarter", "1989-Q4"),
        ("Sales rose in this year's third quarter.", "1989-11-02", "this year's third quarter", "1989-Q3"),
        ("Losses grew in fiscal 1989.", "1989-11-02", "fiscal 1989", "1989"),
        ("Rents doubled in the 1990s.", "2001-05-01", "the 1990s", "199"),
        ("Rents doubled in the nineties.", "2001-05-01", "the nineties", "199"),
        ("He was arrested in July last year.", "1998-02-19", "July last year", "1997-07"),
        ("Ratification began in February this year.", "1998-12-03", "February this year", "1998-02"),
        ("Prices peaked in mid-November.", "1989-12-01", "mid-November", "1989-11"),
        ("Rates will rise by the end of 1990.", "1989-11-02", "the end of 1990", "1990"),
        ("Shops were busy before Thanksgiving Day.", "1999-12-02", "Thanksgiving Day", "1999-11-25"),
        ("It was founded in nineteen ninety-six.", "1999-12-02", "nineteen ninety-six", "1996"),
        ("The company had revenue of $76 million for the year ended March 31.", "1989-11-01", "the year", "P1Y"),
        ("Losses mounted over the past few weeks.", "2021-01-28", "the past few weeks", "PXW"),
        ("Protests spread in recent years.", "2021-01-28", "recent years", "PXY"),
        ("They meet every week.", "2021-01-28", "every week", "P1W"),
        ("She spoke to reporters last night.", "2021-01-28", "last night", "2021-01-27TNI"),
        ("He said that now the movement is stronger.", "2021-01-28", "now", "PRESENT_REF"),
        ("Prisoners are currently held in Pokrov.", "2021-01-28", "currently", "PRESENT_REF"),
        ("Navalny recently returned.", "2021-01-28", "recently", "PAST_REF"),
        // TimeBank leaves "earlier" out of the span: the time is the month.
        ("Prices rose earlier this month.", "2021-01-28", "this month", "2021-01"),
        ("Trading resumed Friday, Oct. 13.", "1989-10-27", "Friday, Oct. 13", "1989-10-13"),
        ("Police returned later on Thursday.", "2021-01-31", "Thursday", "2021-01-28"),
        ("A store was robbed at 10 p.m. Wednesday.", "2021-01-28", "10 p.m. Wednesday", "2021-01-27T22:00"),
        ("The offer expires at 5 p.m. EST, Nov. 6.", "1989-10-30", "5 p.m. EST, Nov. 6", "1989-11-06T17:00"),
        ("Talks broke off at noon Thursday.", "2021-01-29", "noon Thursday", "2021-01-28T12:00"),
        ("In the fiscal year ended Jan. 31, sales rose.", "1989-10-31", "Jan. 31", "1989-01-31"),
        ("The pact is effective June 1.", "1989-10-26", "June 1", "1990-06-01"),
        ("Flights leave twice a week and daily in summer.", "2021-01-28", "daily", "P1D"),
        // Future weekdays: "as soon as", "is to", "planned to".
        ("The family could leave as soon as Tuesday.", "2000-04-03", "Tuesday", "2000-04-04"),
        ("The team planned to leave Nairobi on Thursday.", "1998-09-30", "Thursday", "1998-10-01"),
        ("The bank is to resume trading in Paris Tuesday.", "1989-10-27", "Tuesday", "1989-10-31"),
    ])
    func normalises(text: String, anchor: String, expression: String, value: String) {
        let found = times(text, anchor: anchor)
        #expect(found.contains { $0.0 == expression && $0.1 == value }, "\(found)")
    }

    /// The writing day is on or after the latest explicit date: Wednesday is the one after January 23.
    @Test func withoutADateTheWritingDayFollowsTheLatestExplicitDateAndIsMarkedInferred() {
        let text = "Rallies were held on January 23, 2021. Police searched flats on Wednesday."
        let document = Analyzer().analyze(Article(text: text))
        let wednesday = document.times.first { document.article.slice($0.range) == "Wednesday" }
        #expect(wednesday?.value == "2021-01-27")
        #expect(wednesday?.inferred == true)
        let absolute = document.times.first { document.article.slice($0.range) == "January 23, 2021" }
        #expect(absolute?.inferred == false)
    }

    @Test func theFrontMatterDateIsTheAnchor() {
        let article = ArticleParser.parse("---\ntitle: Rallies\ndate: 2021-01-28\n---\nPolice searched flats on Wednesday. More than 3,900 people were detained last Saturday.\n")
        let document = Analyzer().analyze(article)
        let values = document.times.map { (String(document.article.slice($0.range)), $0.value, $0.inferred) }
        #expect(values.contains { $0 == ("Wednesday", "2021-01-27", false) }, "\(values)")
        #expect(values.contains { $0 == ("last Saturday", "2021-01-23", false) }, "\(values)")
    }

    @Test func theDateOptionOverridesTheInferredAnchor() {
        let text = "Rallies were held on January 23, 2021. Police searched flats on Wednesday."
        let document = Analyzer().analyze(Article(text: text), date: "2021-01-28")
        let wednesday = document.times.first { document.article.slice($0.range) == "Wednesday" }
        #expect(wednesday?.value == "2021-01-27")
        #expect(wednesday?.inferred == false)
    }

    @Test func namesAndFractionsThatLookLikeTimesAreLeftAlone() {
        let found = times("Jan Egeland told the New York Daily News three quarters of the aid arrived; the march was peaceful.", anchor: "2021-01-28")
        #expect(found.isEmpty, "\(found)")
    }

    @Test func numbersThatAreNotTimesAreLeftAlone() {
        let found = times("Police carried out at least 18 searches; 3,900 people and 2000 protesters were held.", anchor: "2021-01-28")
        #expect(found.isEmpty, "\(found)")
    }
}
