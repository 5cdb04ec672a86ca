import DossierFetch
import FlyingFox
import Foundation
import Testing

@Suite("Fetching a page from a real server")
struct PageFetchTests {
    @Test("a 200 page comes back byte for byte, with its type, charset and validators")
    func pageWithCharset() async throws {
        let html = Array("<html><head><title>Caf\u{E9}</title></head><body><p>Le caf".utf8) + [0xE9] + Array("</p></body></html>".utf8)
        try await LocalHTTPServer.with(routes: { routes in
            await routes.add("GET /article", status: .ok, headers: [
                "Content-Type": "Text/HTML; Charset=\"ISO-8859-1\"",
                "ETag": "\"v1\"",
                "Last-Modified": "Mon, 07 Dec 2026 08:00:00 GMT",
            ], body: html)
        }) { server in
            let page = try await withFetcher { await $0.page(server.url("/article")) }
            let fetched = try #require(page)
            #expect(fetched.body == html)
            #expect(fetched.status == 200)
            #expect(fetched.finalURL == server.url("/article"))
            #expect(fetched.contentType == "text/html")
            #expect(fetched.charset == "iso-8859-1")
            #expect(fetched.etag == "\"v1\"")
            #expect(fetched.lastModified == "Mon, 07 Dec 2026 08:00:00 GMT")
            let sent = await server.requests.entries
            #expect(sent.count == 1)
            #expect(sent.first?.header("User-Agent") == FetchPolicy.defaultUserAgent)
            #expect(FetchPolicy.defaultUserAgent.hasPrefix("Dossier/"))
        }
    }

    @Test("a matching ETag or Last-Modified gets 304 and .notModified; a stale one gets the page")
    func conditionalGet() async throws {
        let lastModified = "Mon, 07 Dec 2026 08:00:00 GMT"
        try await LocalHTTPServer.with(routes: { routes in
            await routes.add("GET /feed") { request in
                if request.headers[HTTPHeader("If-None-Match")] == "\"v2\"" { return HTTPResponse(statusCode: .notModified) }
                return HTTPResponse(statusCode: .ok, headers: [.eTag: "\"v2\""], body: Data("<rss/>".utf8))
            }
            await routes.add("GET /dated") { request in
                if request.headers[HTTPHeader("If-Modified-Since")] == lastModified { return HTTPResponse(statusCode: .notModified) }
                return HTTPResponse(statusCode: .ok, headers: [HTTPHeader("Last-Modified"): lastModified], body: Data("page".utf8))
            }
        }) { server in
            try await withFetcher { fetcher in
                let first = try await fetcher.fetch(FetchRequest(url: server.url("/feed")))
                guard case .fetched(let page) = first else {
                    Issue.record("expected the page on a first fetch, got \(first)")
                    return
                }
                #expect(page.etag == "\"v2\"")
                let again = try await fetcher.fetch(FetchRequest(url: server.url("/feed"), etag: page.etag))
                #expect(again == .notModified)
                let stale = try await fetcher.fetch(FetchRequest(url: server.url("/feed"), etag: "\"v1\""))
                #expect(stale != .notModified)

                let dated = try await fetcher.fetch(FetchRequest(url: server.url("/dated"), lastModified: lastModified))
                #expect(dated == .notModified)
                let older = try await fetcher.fetch(FetchRequest(url: server.url("/dated"), lastModified: "Sun, 06 Dec 2026 08:00:00 GMT"))
                #expect(older != .notModified)
            }
            let sent = await server.requests.entries
            #expect(sent.map { $0.header("If-None-Match") } == [nil, "\"v2\"", "\"v1\"", nil, nil])
        }
    }

    @Test("404 and 500 fail with one line naming the URL and the status")
    func errorStatuses() async throws {
        try await LocalHTTPServer.with(routes: { routes in
            await routes.add("GET /missing", status: .notFound, body: Array("no such page".utf8))
            await routes.add("GET /broken", status: .internalServerError, body: Array("oops".utf8))
            await routes.add("GET /odd", status: HTTPStatusCode(599, phrase: "\u{1B}[31mEvil"))
        }) { server in
            try await withFetcher { fetcher in
                let missing = try #require(await fetcher.failure(server.url("/missing")))
                #expect(missing.reason == .httpStatus(code: 404, at: nil))
                #expect(missing.description == "\(server.url("/missing")): HTTP 404 Not Found")
                let broken = try #require(await fetcher.failure(server.url("/broken")))
                #expect(broken.description == "\(server.url("/broken")): HTTP 500 Internal Server Error")
                // The server's own reason phrase never reaches the terminal.
                let odd = try #require(await fetcher.failure(server.url("/odd")))
                #expect(odd.description == "\(server.url("/odd")): HTTP 599")
            }
        }
    }

    @Test("gzip and deflate bodies are decoded", arguments: ["gzip", "deflate"])
    func compressedBody(encoding: String) async throws {
        let text = Array((1...2000).map { "Paragraph \($0) of a long article.\n" }.joined().utf8)
        let encoded = encoding == "gzip" ? try Compressed.gzip(text) : try Compressed.deflate(text)
        #expect(encoded.count < text.count / 4)
        try await LocalHTTPServer.with(routes: { routes in
            await routes.add("GET /zipped", status: .ok, headers: [
                "Content-Type": "text/plain; charset=utf-8", "Content-Encoding": encoding,
            ], body: encoded)
        }) { server in
            let page = try await withFetcher { await $0.page(server.url("/zipped")) }
            // Compared as counts and equality, so a failure does not print 70 KB of bytes.
            #expect(page?.body.count == text.count)
            let decodedMatches = page?.body == text
            #expect(decodedMatches, "the decoded body differs from the original")
            let accepted = await server.requests.entries.first?.header("Accept-Encoding") ?? ""
            #expect(accepted.contains(encoding))
        }
    }
}
