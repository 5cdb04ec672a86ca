import DossierFetch

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
