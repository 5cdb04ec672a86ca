import DossierTestSupport
import Testing

/// The who's-who line in the real binary: select a person, follow a relation, the side pane follows.
@Suite(.serialized) struct WhoIsWhoEndToEndTests {
    @Test func olegsBrotherLeadsToAlexeyNavalny() throws {
        let session = try TmuxSession("\(DossierBinary.path) Articles/navalny-allies-detained.txt")
        #expect(session.waitForAnalysedArticle(showing: "Several allies").ok)
        // Filter the entity list to Oleg and select him.
        try session.send("Tab", "/")
        try session.type("Oleg")
        try session.send("Enter", "Enter")
        var (ok, screen) = session.wait(for: "Oleg Navalny · brother of Alexey Navalny")
        #expect(ok, "\(screen)")
        #expect(screen.contains("▸Oleg Navalny"), "\(screen)")
        // Choose the relation and follow it.
        try session.send("o", "Enter")
        (ok, screen) = session.wait(for: "▸Alexey Navalny")
        #expect(ok, "\(screen)")
        #expect(screen.contains("Events · Alexey Navalny"), "\(screen)")
        #expect(screen.split(separator: "\n").first?.hasPrefix(" Alexey Navalny · opposition leader") == true, "\(screen)")
    }
}
