import DossierReader
import DossierTestSupport
import DossierText
import Testing

/// Times in the events pane and the timeline: a part of the day in words, an inferred anchor marked,
/// and the summaries kept in one column whatever the time's width.
@Suite struct TimeLabelTests {
    static var state: ReaderState {
        var sample = SampleDocument("Sobol was detained on Saturday. She was questioned during the night.")
        sample.entity("e1", .person, "Lyubov Sobol", names: ["Sobol"], pronouns: [("She", 0)])
        sample.event("v1", "arrest", trigger: "detained", participants: [("e1", "patient")], time: "2021-01-23")
        sample.event("v2", "investigate", trigger: "questioned", participants: [("e1", "patient")], time: "2021-01-23TNI")
        var document = sample.document
        document.events[0].time?.inferred = true
        var state = ReaderState(document: document, path: "night.txt", size: Size(width: 100, height: 12))
        press(&state, .tab, .enter)
        return state
    }

    @Test func theEventsPaneSpellsThePartOfTheDayAndKeepsOneColumn() {
        let lines = render(Self.state, size: Self.state.size).trimmedLines
        let arrest = lines.first { $0.contains("2021-01-23?") }, night = lines.first { $0.contains("2021-01-23 night") }
        #expect(arrest != nil && night != nil, "\(lines.joined(separator: "\n"))")
        #expect(!lines.contains { $0.contains("TNI") })
        #expect(arrest?.range(of: "detained")?.lowerBound.utf16Offset(in: arrest!) == night?.range(of: "questioned")?.lowerBound.utf16Offset(in: night!))
    }

    @Test func theTimelineUsesTheSameLabels() {
        var state = Self.state
        press(&state, .character("t"))
        let screen = render(state, size: state.size).trimmedLines.joined(separator: "\n")
        #expect(screen.contains("2021-01-23?") && screen.contains("2021-01-23 night"))
        #expect(!screen.contains("TNI"))
    }
}
