import DossierFetch
import FlyingFox
import Foundation
import Testing

@Suite("Size caps, timeouts and dead servers")
struct FetchLimitTests {
    @Test("a body declared larger than the cap is refused")
    func declaredTooLarge() async throws {
        try await LocalHTTPServer.with(routes: { routes in
            await routes.add("GET /huge", status: .ok, body: [UInt8](repeating: 0x61, count: 1024 * 1024 + 1))
        }) { server in
            let error = try await withFetcher(patientPolicy) { await $0.failure(server.url("/huge")) }
            #expect(error?.reason == .bodyTooLarge(maxBytes: 1024 * 1024))
            #expect(error?.description == "\(server.url("/huge")): body larger than 1 MB")
        }
    }

    @Test("an endless body with no length is cut at the cap, not buffered")
    func streamedTooLarge() async throws {
        var policy = quickPolicy
        policy.totalTimeout = .seconds(20)
        try await LocalHTTPServer.with(routes: { routes in
            await routes.add("GET /endless") { _ in StreamedBody(totalBytes: nil).response }
            await routes.add("GET /exact") { _ in StreamedBody(totalBytes: 1024 * 1024).response }
        }) { server in
            try await withFetcher(policy) { fetcher in
                let endless = await fetcher.failure(server.url("/endless"))
                #expect(endless?.reason == .bodyTooLarge(maxBytes: 1024 * 1024))
                let exact = await fetcher.page(server.url("/exact"))
                #expect(exact?.body.count == 1024 * 1024)
            }
        }
    }

    @Test("a gzip bomb is refused at the cap on the decoded size")
    func decompressionBomb() async throws {
        let bomb = try Compressed.gzip([UInt8](repeating: 0, count: 16 * 1024 * 1024))
        #expect(bomb.count < 100 * 1024)
        var policy = quickPolicy
        policy.totalTimeout = .seconds(20)
        try await LocalHTTPServer.with(routes: { routes in
            await routes.add("GET /bomb", status: .ok, headers: ["Content-Encoding": "gzip"], body: bomb)
        }) { server in
            let error = try await withFetcher(policy) { await $0.failure(server.url("/bomb")) }
            #expect(error?.reason == .bodyTooLarge(maxBytes: 1024 * 1024))
        }
    }

    @Test("a server that never answers hits the whole-fetch timeout")
    func stalledHeaders() async throws {
        try await LocalHTTPServer.with(routes: { routes in
            await routes.add("GET /stall") { _ in
                try await Task.sleep(for: .seconds(60))
                return HTTPResponse(statusCode: .ok)
            }
        }) { server in
            let clock = ContinuousClock()
            let start = clock.now
            let url = server.url("/stall")
            let error = try await finishing(within: .seconds(10)) {
                try await withFetcher(quickPolicy) { await $0.failure(url) }
            } ?? nil
            #expect(error?.reason == .timedOut(after: .seconds(1)))
            #expect(error?.description == "\(server.url("/stall")): timed out after 1 s")
            #expect(clock.now - start < .seconds(5))
        }
    }

    @Test("a body that stops arriving hits the whole-fetch timeout")
    func stalledBody() async throws {
        try await LocalHTTPServer.with(routes: { routes in
            await routes.add("GET /half") { _ in StreamedBody(totalBytes: nil, stallAfter: 100 * 1024).response }
        }) { server in
            let clock = ContinuousClock()
            let start = clock.now
            let url = server.url("/half")
            let error = try await finishing(within: .seconds(10)) {
                try await withFetcher(quickPolicy) { await $0.failure(url) }
            } ?? nil
            #expect(error?.reason == .timedOut(after: .seconds(1)))
            #expect(clock.now - start < .seconds(5))
        }
    }

    @Test("a slow server that finishes in time is waited for")
    func slowButInTime() async throws {
        var policy = quickPolicy
        policy.totalTimeout = .seconds(5)
        try await LocalHTTPServer.with(routes: { routes in
            await routes.add("GET /slow") { _ in
                StreamedBody(totalBytes: 500, pause: .milliseconds(100), chunkSize: 100).response
            }
        }) { server in
            let page = try await withFetcher(policy) { await $0.page(server.url("/slow")) }
            #expect(page?.body.count == 500)
        }
    }

    @Test("a closed port is a refused connection, named")
    func connectionRefused() async throws {
        let server = try await LocalHTTPServer.start(routes: { _ in })
        let url = server.url("/article")
        await server.stop()
        let error = try await withFetcher(patientPolicy) { await $0.failure(url) }
        #expect(error?.reason == .cannotConnect(detail: "connection refused"))
        #expect(error?.description == "\(url): cannot connect (connection refused)")
    }
}
