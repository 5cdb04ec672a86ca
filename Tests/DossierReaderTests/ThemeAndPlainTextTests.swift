import DossierReader
import DossierText
import Testing

@Suite struct ThemeTests {
    /// Without colour (vt100, NO_COLOR), text marks must still differ from each other and from plain text.
    @Test func monochromeKeepsTextMarksDistinguishable() {
        let marks: [Style] = EntityType.allCases.map { .entity($0) } + [.selectedMention, .pronounMention, .currentMention]
        let looks = marks.map { Theme.standard.appearance(of: $0, colors: .none) }
        #expect(Set(looks).count == marks.count)
        #expect(!looks.contains(Theme.standard.appearance(of: .normal, colors: .none)))
        for look in looks { #expect(look.foreground == nil && look.background == nil) }
    }

    @Test func eightColourThemeUsesOnlyTheFirstEightColours() {
        for style in Style.all {
            let look = Theme.standard.appearance(of: style, colors: .eight)
            #expect((look.foreground ?? 0) < 8 && (look.background ?? 0) < 8, "\(style)")
        }
    }

    @Test func entityTypesHaveTheirOwnColours() {
        let colours = EntityType.allCases.map { Theme.standard.appearance(of: .entity($0), colors: .full256).foreground }
        #expect(Set(colours).count == colours.count)
    }

    @Test func configuredEntityColoursReplaceTheForegroundAndKeepTheAttributes() {
        let theme = Theme(entityColors: [.person: EntityColor(color256: 196, color8: 1)])
        let full = theme.appearance(of: .entity(.person), colors: .full256)
        #expect(full.foreground == 196 && full.bold)
        let eight = theme.appearance(of: .entity(.person), colors: .eight)
        #expect(eight.foreground == 1 && eight.bold)
        #expect(theme.appearance(of: .entity(.person), colors: .none) == Theme.standard.appearance(of: .entity(.person), colors: .none))
        #expect(theme.appearance(of: .entity(.place), colors: .full256) == Theme.standard.appearance(of: .entity(.place), colors: .full256))
    }
}

@Suite struct PlainTextTests {
    @Test func articleThenEntitySummaryMostMentionedPeopleFirst() {
        #expect(PlainText.render(Sample.document) == """
            Alexey Navalny was detained in Moscow on Thursday. His aide Lyubov Sobol said police raided the FBK office.

            Real counterweight

            Sobol was questioned by police. Navalny said he would appeal.

            Supporters rallied in Moscow on Sunday.

            Entities
              Alexey Navalny  person       3
              Lyubov Sobol    person       2
              FBK             organization 1
              Moscow          place        2

            """)
    }
}
