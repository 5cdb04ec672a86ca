import Dispatch
import DossierTestSupport
import FlyingFox
import Foundation
import Testing

/// The real binary given an http address served by a real server on 127.0.0.1: the page's main text
/// in plain output and in the reader, a feed's items, and one-line errors.
@Suite(.serialized) struct OpeningAWebAddressTests {
    static let page = Array("""
        <html><head><title>Allies detained | Example News</title></head><body>
        <nav><a href="/">Home</a> <a href="/world">World news</a></nav>
        <article><h1>Allies detained</h1>
        <p>Police in Moscow detained several allies of Alexey Navalny on Thursday, his team said in a statement.</p>
        <p>The caf\u{E9} where they met was searched, and Lyubov Sobol was questioned for hours by investigators.</p>
        </article><footer><p>Copyright Example News, all rights reserved, terms and privacy.</p></footer></body></html>
        """.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) })

    static let feed = Array("""
        <?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Example Wire</title>
        <item><title>Allies detained</title><link>/allies</link><description>Police detained allies of Alexey Navalny.</description></item>
        </channel></rss>
        """.utf8)

    /// Blocking work (the child process, tmux polling) off Swift's cooperative threads, which serve the server.
    func offPool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Result { try work() }) }
        }
    }

    func withServer(_ body: (LocalHTTPServer) async throws -> Void) async throws {
        try await LocalHTTPServer.with(routes: { routes in
            await routes.add("GET /allies", status: .ok, headers: ["Content-Type": "text/html; charset=ISO-8859-1"], body: Self.page)
            await routes.add("GET /wire", status: .ok, headers: ["Content-Type": "application/rss+xml"], body: Self.feed)
            await routes.redirect("GET /short", to: "/allies")
            await routes.add("GET /empty", status: .ok, headers: ["Content-Type": "text/html"], body: Array("<html><body><nav>Home</nav></body></html>".utf8))
        }, body)
    }

    @Test func plainOutputIsThePagesArticleDecodedByItsHeaderCharset() async throws {
        try await withServer { server in
            let url = server.url("/short")
            let result = try await offPool { try CommandResult.run("\(DossierBinary.path) --plain '\(url)'") }
            #expect(result.status == 0)
            #expect(result.standardOutput.hasPrefix("Allies detained | Example News"))
            #expect(result.standardOutput.contains("The café where they met was searched"))
            #expect(!result.standardOutput.contains("World news"))
            #expect(!result.standardOutput.contains("Copyright"))
            #expect(result.standardOutput.contains("Lyubov Sobol"))
        }
    }

    @Test func analyzeReadsAFeedsItemsWithLinksResolved() async throws {
        try await withServer { server in
            let url = server.url("/wire")
            let result = try await offPool { try CommandResult.run("\(DossierBinary.path) analyze --format json '\(url)'") }
            #expect(result.status == 0)
            #expect(result.standardOutput.contains(server.url("/allies")))
            #expect(result.standardOutput.contains("Alexey Navalny"))
        }
    }

    @Test func aMissingPageOrAClosedPortIsOneLineAndExitOne() async throws {
        try await withServer { server in
            let missing = server.url("/nowhere")
            let result = try await offPool { try CommandResult.run("\(DossierBinary.path) --plain '\(missing)'") }
            #expect(result.status == 1)
            #expect(result.standardError == "\(missing): HTTP 404 Not Found\n")
            // A page without an article is named by its address as the user gave it, nothing appended.
            let empty = server.url("/empty")
            let emptyResult = try await offPool { try CommandResult.run("\(DossierBinary.path) --plain '\(empty)'") }
            #expect(emptyResult.status == 1)
            #expect(emptyResult.standardError == "\(empty): has no article text\n")
        }
        let refused = try await offPool { try CommandResult.run("\(DossierBinary.path) --plain http://127.0.0.1:1/x") }
        #expect(refused.status == 1)
        #expect(refused.standardError == "http://127.0.0.1:1/x: cannot connect (connection refused)\n")
        let file = try await offPool { try CommandResult.run("\(DossierBinary.path) analyze file:///etc/passwd") }
        #expect(file.status != 0)
        #expect(!file.standardOutput.contains("root:"))
    }

    @Test func theReaderOpensAnAddressAndAnalysesThePage() async throws {
        try await withServer { server in
            let url = server.url("/allies")
            let (ok, screen) = try await offPool {
                let session = try TmuxSession("\(DossierBinary.path) '\(url)'")
                return session.waitForAnalysedArticle(showing: "Police in Moscow detained several allies", timeout: 20)
            }
            #expect(ok, "\(screen)")
            #expect(screen.contains("Alexey Navalny"))
        }
    }
}
