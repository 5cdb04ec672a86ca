import AsyncHTTPClient
import NIOCore
import NIOHTTP1

/// Fetches http(s) pages over one shared, bounded connection pool.
///
/// Redirects are followed here, not by the HTTP client, so that every hop is scheme-checked
/// (http and https only), counted against `maxRedirects` and checked for loops, and so that
/// credentials never follow a redirect to another origin. The whole fetch (every hop and the
/// body) must finish within `totalTimeout`; the body is streamed and refused past `maxBytes`
/// (counted after gzip/deflate decoding, which the client caps at the same size).
///
/// Call `shutdown()` when done: the pool's connections are closed there.
public final class PageFetcher: Sendable {
    public let policy: FetchPolicy
    private let client: HTTPClient

    public init(policy: FetchPolicy = FetchPolicy()) {
        self.policy = policy
        var pool = HTTPClient.Configuration.ConnectionPool(
            idleTimeout: .seconds(60),
            concurrentHTTP1ConnectionsPerHostSoftLimit: max(1, policy.maxConnectionsPerHost))
        // A refused connection is an answer, not a reason to retry until the connect timeout.
        pool.retryConnectionEstablishment = false
        let configuration = HTTPClient.Configuration(
            redirectConfiguration: .disallow,
            timeout: .init(connect: TimeAmount(policy.connectTimeout)),
            connectionPool: pool,
            decompression: .enabled(limit: .size(policy.maxBytes)))
        client = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
    }

    /// Closes the pool's connections. Fetches after this fail.
    public func shutdown() async {
        try? await client.shutdown()
    }

    /// Fetches one page, following redirects; a 304 to a conditional request is `.notModified`.
    public func fetch(_ request: FetchRequest) async throws(FetchError) -> FetchOutcome {
        let start: WebAddress
        do {
            start = try WebAddress.parse(request.url)
        } catch .scheme(let scheme) {
            throw FetchError(url: request.url, reason: .schemeRefused(scheme: scheme))
        } catch {
            throw FetchError(url: request.url, reason: .invalidURL)
        }
        let timeout = policy.totalTimeout
        let timedOut = FetchError(url: start.url, reason: .timedOut(after: timeout))
        let result = await withTaskGroup(of: Result<FetchOutcome, FetchError>?.self) { group in
            group.addTask { await self.follow(from: start, request) }
            group.addTask {
                do { try await Task.sleep(for: timeout) } catch { return nil }
                return .failure(timedOut)
            }
            var first: Result<FetchOutcome, FetchError>?
            for await result in group where result != nil {
                first = result
                break
            }
            group.cancelAll()
            return first ?? .failure(FetchError(url: start.url, reason: .cancelled))
        }
        return try result.get()
    }

    // MARK: - Redirects

    private func follow(from start: WebAddress, _ request: FetchRequest) async -> Result<FetchOutcome, FetchError> {
        func failure(_ reason: FetchError.Reason) -> Result<FetchOutcome, FetchError> {
            .failure(FetchError(url: start.url, reason: reason))
        }
        let deadline = NIODeadline.now() + TimeAmount(policy.totalTimeout)
        var address = start
        var visited: Set<String> = [start.url]
        var redirects = 0
        while true {
            let response: HTTPClientResponse
            do {
                response = try await client.execute(httpRequest(for: address, from: start, request), deadline: deadline)
            } catch {
                return failure(FetchFailure.reason(for: error, policy: policy))
            }
            let status = Int(response.status.code)
            switch status {
            case 301, 302, 303, 307, 308:
                guard let location = response.headers.first(name: "location") else {
                    return failure(.invalidRedirect(status: status, location: nil))
                }
                let next: WebAddress
                do {
                    next = try address.resolving(location)
                } catch .scheme {
                    return failure(.redirectSchemeRefused(target: location))
                } catch {
                    return failure(.invalidRedirect(status: status, location: location))
                }
                if visited.contains(next.url) { return failure(.redirectLoop(at: next.url)) }
                if redirects >= policy.maxRedirects { return failure(.tooManyRedirects(max: policy.maxRedirects)) }
                redirects += 1
                visited.insert(next.url)
                address = next
            case 304:
                return .success(.notModified)
            case 200..<300:
                return await page(from: response, at: address, requested: start)
            default:
                return failure(.httpStatus(code: status, at: address == start ? nil : address.url))
            }
        }
    }

    private func httpRequest(for address: WebAddress, from start: WebAddress, _ request: FetchRequest) -> HTTPClientRequest {
        var http = HTTPClientRequest(url: address.url)
        http.method = .GET
        http.headers.add(name: "User-Agent", value: policy.userAgent)
        http.headers.add(name: "Accept", value: Self.accept)
        if let credentials = start.credentials, address.origin == start.origin {
            http.headers.add(name: "Authorization", value: credentials.basicAuthorization)
        }
        if let etag = request.etag, Self.isHeaderValue(etag) {
            http.headers.add(name: "If-None-Match", value: etag)
        }
        if let lastModified = request.lastModified, Self.isHeaderValue(lastModified) {
            http.headers.add(name: "If-Modified-Since", value: lastModified)
        }
        return http
    }

    private static let accept =
        "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,"
        + "application/xml;q=0.9,*/*;q=0.8"

    /// A stored validator goes back to the server only if it cannot split the request's headers.
    private static func isHeaderValue(_ value: String) -> Bool {
        !value.isEmpty && value.utf8.allSatisfy { $0 >= 0x20 && $0 != 0x7F }
    }

    // MARK: - Body

    private func page(
        from response: HTTPClientResponse, at address: WebAddress, requested start: WebAddress
    ) async -> Result<FetchOutcome, FetchError> {
        func failure(_ reason: FetchError.Reason) -> Result<FetchOutcome, FetchError> {
            .failure(FetchError(url: start.url, reason: reason))
        }
        let maxBytes = policy.maxBytes
        let declaredLength = response.headers.first(name: "content-length").flatMap { Int($0) }
        if let declaredLength, declaredLength > maxBytes { return failure(.bodyTooLarge(maxBytes: maxBytes)) }
        var body: [UInt8] = []
        body.reserveCapacity(min(declaredLength ?? 64 * 1024, maxBytes))
        do {
            for try await buffer in response.body {
                guard body.count + buffer.readableBytes <= maxBytes else {
                    return failure(.bodyTooLarge(maxBytes: maxBytes))
                }
                body.append(contentsOf: buffer.readableBytesView)
            }
        } catch {
            return failure(FetchFailure.reason(for: error, policy: policy))
        }
        let contentType = ContentType(header: response.headers.first(name: "content-type"))
        return .success(.fetched(FetchedPage(
            finalURL: address.url,
            status: Int(response.status.code),
            contentType: contentType.mediaType,
            charset: contentType.charset,
            etag: response.headers.first(name: "etag"),
            lastModified: response.headers.first(name: "last-modified"),
            body: body)))
    }
}

extension TimeAmount {
    init(_ duration: Duration) {
        let (seconds, attoseconds) = duration.components
        self = .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }
}
