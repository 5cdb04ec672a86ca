import Dispatch
import DossierConfiguration
import DossierFetch
import DossierText

/// `dossier URL` and `dossier analyze URL`: the page fetched over http(s) with the configured
/// network limits, then read as a file of that content would be (main text of a page, items of a feed).
enum WebPageLoading {
    static func isWebAddress(_ target: String) -> Bool {
        let lower = target.prefix(8).lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }

    static func policy(_ network: NetworkSettings) -> FetchPolicy {
        FetchPolicy(connectTimeout: network.connectTimeout, totalTimeout: network.timeout, maxBytes: network.maxSize,
                    userAgent: network.userAgent, maxConnectionsPerHost: min(network.maxConnections, 8))
    }

    /// The articles at `url`; a failure is one line naming the address.
    static func articles(at url: String, network: NetworkSettings, articleLimit: Int) throws(ArticleFileError) -> [Article] {
        let page: FetchedPage
        switch fetch(url, policy: policy(network)) {
        case .success(.fetched(let fetched)): page = fetched
        case .success(.notModified): throw ArticleFileError(path: url, reason: "the server answered 304 Not Modified to a plain request")
        case .failure(let error): throw ArticleFileError(path: error.url, reason: error.reason.description)
        }
        var entries = try ArticleFiles.entries(bytes: page.body, fileName: page.finalURL, articleLimit: articleLimit,
                                               headerCharset: page.charset, declaredFormat: format(of: page))
        // A feed's item links, and a page's canonical address, may be relative to where they were fetched from.
        for index in entries.indices {
            entries[index].article.url = entries[index].article.url.map { FeedLinks.resolve($0, against: page.finalURL) } ?? page.finalURL
        }
        return entries.map(\.article)
    }

    /// The format the server's content type says, when it says one (a page's path often has no extension).
    private static func format(of page: FetchedPage) -> ArticleFormat? {
        switch page.contentType {
        case "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json": .feed
        case "text/html", "application/xhtml+xml": .html
        case "text/plain": .text
        default: nil
        }
    }

    /// Runs the asynchronous fetch to its end on the calling thread (the reader has nothing to show before it).
    private static func fetch(_ url: String, policy: FetchPolicy) -> Result<FetchOutcome, FetchError> {
        let box = OutcomeBox()
        let done = DispatchSemaphore(value: 0)
        Task {
            let fetcher = PageFetcher(policy: policy)
            do throws(FetchError) {
                box.result = .success(try await fetcher.fetch(FetchRequest(url: url)))
            } catch {
                box.result = .failure(error)
            }
            await fetcher.shutdown()
            done.signal()
        }
        done.wait()
        return box.result ?? .failure(FetchError(url: url, reason: .cancelled))
    }
}

/// Written once by the fetching task before the semaphore is signalled, read after the wait.
private final class OutcomeBox: @unchecked Sendable {
    var result: Result<FetchOutcome, FetchError>?
}
