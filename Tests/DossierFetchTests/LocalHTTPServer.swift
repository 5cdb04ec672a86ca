import FlyingFox
import FlyingSocks
import Foundation

/// A real HTTP server on 127.0.0.1, on a port the system picks, for the length of one test.
///
/// Routes are FlyingFox handlers; every request that reaches the server is recorded, so a test can
/// check what the client sent (conditional headers, User-Agent, credentials).
final class LocalHTTPServer: Sendable {
    let port: UInt16
    let requests: RequestLog
    private let server: HTTPServer
    private let task: Task<Void, any Error>

    private init(server: HTTPServer, port: UInt16, requests: RequestLog, task: Task<Void, any Error>) {
        self.server = server
        self.port = port
        self.requests = requests
        self.task = task
    }

    /// "http://127.0.0.1:PORT/path".
    func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    /// Starts a server with the routes `configure` adds, runs `body`, and always stops the server.
    static func with<T>(
        routes configure: (Routes) async -> Void,
        _ body: (LocalHTTPServer) async throws -> T
    ) async throws -> T {
        let server = try await start(routes: configure)
        do {
            let result = try await body(server)
            await server.stop()
            return result
        } catch {
            await server.stop()
            throw error
        }
    }

    static func start(routes configure: (Routes) async -> Void) async throws -> LocalHTTPServer {
        let requests = RequestLog()
        let server = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: 0), timeout: 30, logger: .disabled)
        await configure(Routes(server: server, requests: requests))
        let task = Task { try await server.run() }
        try await server.waitUntilListening(timeout: 10)
        guard case .ip4(_, let port) = await server.listeningAddress else {
            await server.stop()
            task.cancel()
            throw SocketError.unsupportedAddress
        }
        return LocalHTTPServer(server: server, port: port, requests: requests, task: task)
    }

    /// Closes the listening socket and every connection (a handler that is still waiting is cancelled).
    func stop() async {
        await server.stop(timeout: 0)
        task.cancel()
        _ = await task.result
    }

    /// Adds routes to the server, recording each request before its handler runs.
    struct Routes: Sendable {
        fileprivate let server: HTTPServer
        fileprivate let requests: RequestLog

        func add(_ route: String, _ handler: @Sendable @escaping (HTTPRequest) async throws -> HTTPResponse) async {
            let requests = self.requests
            await server.appendRoute(HTTPRoute(stringLiteral: route)) { request in
                await requests.record(request)
                return try await handler(request)
            }
        }

        /// A route answering with a fixed status, headers and body.
        func add(_ route: String, status: HTTPStatusCode, headers: [String: String] = [:], body: [UInt8] = []) async {
            let response = HTTPResponse(statusCode: status, headers: HTTPHeaders(headers), body: Data(body))
            await add(route) { _ in response }
        }

        /// A route redirecting to `location` with `status` (302 unless told).
        func redirect(_ route: String, to location: String, status: HTTPStatusCode = .found) async {
            await add(route, status: status, headers: ["Location": location])
        }
    }
}

extension HTTPHeaders {
    init(_ headers: [String: String]) {
        self.init(Dictionary(uniqueKeysWithValues: headers.map { (HTTPHeader($0.key), $0.value) }))
    }
}

/// The requests a server received, in order.
actor RequestLog {
    struct Entry: Sendable {
        let path: String
        let headers: HTTPHeaders

        func header(_ name: String) -> String? { headers[HTTPHeader(name)] }
    }

    private(set) var entries: [Entry] = []

    func record(_ request: HTTPRequest) {
        entries.append(Entry(path: request.path, headers: request.headers))
    }

    var paths: [String] { entries.map(\.path) }
}
