import DossierFetch
import FlyingFox
import Foundation
import Testing

@Suite("Redirects, followed and refused")
struct RedirectTests {
    @Test("a chain of relative and absolute redirects is followed and the final URL reported")
    func chainFollowed() async throws {
        try await LocalHTTPServer.with(routes: { routes in
            await routes.redirect("GET /start", to: "/two", status: .movedPermanently)
            await routes.redirect("GET /two", to: "three", status: .found)
            await routes.redirect("GET /three", to: "/four?x=1", status: .seeOther)
            await routes.redirect("GET /four", to: "/final#section", status: .permanentRedirect)
            await routes.add("GET /final", status: .ok, headers: ["Content-Type": "text/html"], body: Array("arrived".utf8))
        }) { server in
            let page = try await withFetcher { await $0.page(server.url("/start")) }
            #expect(page?.body == Array("arrived".utf8))
            #expect(page?.finalURL == server.url("/final"))
            #expect(await server.requests.paths == ["/start", "/two", "/three", "/four", "/final"])
        }
    }

    @Test("five redirects are followed, a sixth is refused before it is requested")
    func redirectLimit() async throws {
        try await LocalHTTPServer.with(routes: { routes in
            for hop in 0..<6 { await routes.redirect("GET /hop\(hop)", to: "/hop\(hop + 1)", status: .temporaryRedirect) }
            await routes.add("GET /hop6", status: .ok, body: Array("end".utf8))
        }) { server in
            try await withFetcher { fetcher in
                let five = await fetcher.page(server.url("/hop1"))
                #expect(five?.finalURL == server.url("/hop6"))
                let six = try #require(await fetcher.failure(server.url("/hop0")))
                #expect(six.reason == .tooManyRedirects(max: 5))
                #expect(six.description == "\(server.url("/hop0")): more than 5 redirects")
            }
            // The second fetch stopped at /hop5's redirect: /hop6 was only requested by the first.
            #expect(await server.requests.paths.filter { $0 == "/hop6" }.count == 1)
        }
    }

    @Test("a redirect loop is named")
    func loopRefused() async throws {
        try await LocalHTTPServer.with(routes: { routes in
            await routes.redirect("GET /a", to: "/b")
            await routes.redirect("GET /b", to: "/a")
            await routes.redirect("GET /self", to: "/self")
        }) { server in
            try await withFetcher { fetcher in
                let loop = try #require(await fetcher.failure(server.url("/a")))
                #expect(loop.reason == .redirectLoop(at: server.url("/a")))
                #expect(loop.description == "\(server.url("/a")): redirect loop at \(server.url("/a"))")
                let selfLoop = try #require(await fetcher.failure(server.url("/self")))
                #expect(selfLoop.reason == .redirectLoop(at: server.url("/self")))
            }
            #expect(await server.requests.paths == ["/a", "/b", "/self"])
        }
    }

    @Test("a redirect to file:, ftp: or javascript: is refused")
    func otherSchemesRefused() async throws {
        try await LocalHTTPServer.with(routes: { routes in
            await routes.redirect("GET /evil", to: "file:///etc/passwd")
            await routes.redirect("GET /ftp", to: "ftp://127.0.0.1/pub")
            await routes.redirect("GET /script", to: "javascript:alert(1)")
        }) { server in
            try await withFetcher { fetcher in
                let file = try #require(await fetcher.failure(server.url("/evil")))
                #expect(file.description == "\(server.url("/evil")): redirect to file:///etc/passwd refused (only http and https)")
                let ftp = try #require(await fetcher.failure(server.url("/ftp")))
                #expect(ftp.reason == .redirectSchemeRefused(target: "ftp://127.0.0.1/pub"))
                let script = try #require(await fetcher.failure(server.url("/script")))
                #expect(script.reason == .redirectSchemeRefused(target: "javascript:alert(1)"))
            }
        }
    }

    @Test("only http and https addresses are fetched at all")
    func firstURLChecked() async throws {
        try await withFetcher { fetcher in
            let file = try #require(await fetcher.failure("file:///etc/passwd"))
            #expect(file.reason == .schemeRefused(scheme: "file"))
            #expect(file.description == "file:///etc/passwd: only http and https addresses are fetched, not file:")
            #expect(await fetcher.failure("FTP://example.org/")?.reason == .schemeRefused(scheme: "ftp"))
            #expect(await fetcher.failure("not a web address")?.reason == .invalidURL)
            #expect(await fetcher.failure("http:///no-host")?.reason == .invalidURL)
        }
    }

    @Test("credentials in the URL go to their own origin only, never to a redirect's or an error line")
    func credentialsStayHome() async throws {
        try await LocalHTTPServer.with(routes: { other in
            await other.add("GET /elsewhere", status: .ok, body: Array("other site".utf8))
        }) { otherServer in
            try await LocalHTTPServer.with(routes: { routes in
                await routes.redirect("GET /private", to: "/inside")
                await routes.redirect("GET /inside", to: otherServer.url("/elsewhere"))
                await routes.add("GET /gone", status: .notFound)
            }) { server in
                let withCredentials = "http://reader:s3cret@127.0.0.1:\(server.port)"
                try await withFetcher { fetcher in
                    let page = await fetcher.page(withCredentials + "/private")
                    #expect(page?.finalURL == otherServer.url("/elsewhere"))
                    let gone = try #require(await fetcher.failure(withCredentials + "/gone"))
                    #expect(gone.description == "\(server.url("/gone")): HTTP 404 Not Found")
                }
                let basic = "Basic " + Data("reader:s3cret".utf8).base64EncodedString()
                #expect(await server.requests.entries.map { $0.header("Authorization") } == [basic, basic, basic])
                #expect(await otherServer.requests.entries.map { $0.header("Authorization") } == [nil])
            }
        }
    }
}
