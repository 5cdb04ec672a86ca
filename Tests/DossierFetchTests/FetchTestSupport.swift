import DossierFetch
import Testing

/// Runs `body` with a fetcher and always shuts it down (its connection pool is closed).
func withFetcher<T>(
    _ policy: FetchPolicy = FetchPolicy(), _ body: (PageFetcher) async throws -> T
) async throws -> T {
    let fetcher = PageFetcher(policy: policy)
    do {
        let result = try await body(fetcher)
        await fetcher.shutdown()
        return result
    } catch {
        await fetcher.shutdown()
        throw error
    }
}

extension PageFetcher {
    /// The page, or nil when the fetch failed or was not modified.
    func page(_ url: String) async -> FetchedPage? {
        if case .fetched(let page)? = try? await fetch(FetchRequest(url: url)) { return page }
        return nil
    }

    /// The error a fetch ends with, or nil when it succeeded.
    func failure(_ request: FetchRequest) async -> FetchError? {
        do {
            _ = try await fetch(request)
            return nil
        } catch {
            return error
        }
    }

    func failure(_ url: String) async -> FetchError? { await failure(FetchRequest(url: url)) }
}

/// Short limits, so the tests of limits are fast.
let quickPolicy = FetchPolicy(connectTimeout: .seconds(1), totalTimeout: .seconds(1), maxBytes: 1024 * 1024)
/// The same cap with time to spare, for tests that are not about timeouts (the suite runs beside others on a busy machine).
let patientPolicy = FetchPolicy(connectTimeout: .seconds(10), totalTimeout: .seconds(20), maxBytes: 1024 * 1024)

/// The result of `operation`, or nil (and a recorded issue) when it takes longer than `limit`:
/// a broken timeout must fail its test, not hang the run.
func finishing<T: Sendable>(
    within limit: Duration, _ operation: @escaping @Sendable () async throws -> T
) async throws -> T? {
    try await withThrowingTaskGroup(of: T?.self) { group in
        group.addTask { try await operation() }
        group.addTask {
            try await Task.sleep(for: limit)
            return nil
        }
        let first = try await group.next() ?? nil
        group.cancelAll()
        if first == nil { Issue.record("still running after \(limit)") }
        return first
    }
}
