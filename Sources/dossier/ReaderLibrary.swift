import DossierAnalysis
import DossierLibrary
import DossierReader
import DossierText

/// The index behind the reader: the article list of a folder (painted from the index at once, then
/// brought up to date in the background) and the answers for the `a` view. Read marks are kept in the
/// index (`article.isRead`): it is a cache, so a damaged index that is rebuilt forgets them.
struct ReaderLibrary: Sendable {
    let index: LibraryIndex

    /// The index for a folder, created when missing; nil when it cannot be opened (the list then comes
    /// from the files themselves).
    static func open() -> ReaderLibrary? {
        (try? LibraryIndex.open(at: IndexLocation.resolve(explicit: nil))).map(ReaderLibrary.init)
    }

    /// The index when there is one already (for `a` on a single article).
    static func openExisting() -> ReaderLibrary? {
        (try? LibraryIndex.openExisting(at: IndexLocation.resolve(explicit: nil))).flatMap { $0 }.map(ReaderLibrary.init)
    }

    /// The folder's indexed articles as the list shows them (`limit`: the newest only).
    func summaries(in folder: String, limit: Int? = nil) -> [ArticleSummary] {
        let listings = (try? index.articles(under: folder, limit: limit)) ?? []
        return listings.map { listing in
            let title = listing.title.flatMap { $0.isEmpty ? nil : $0 } ?? SearchCommand.location(RawPath(listing.path.fileName), part: listing.part)
            return ArticleSummary(path: listing.path.string, part: listing.part, title: title, date: listing.date,
                                  source: listing.source, isUnread: !listing.isRead)
        }
    }

    func count(in folder: String) -> Int { (try? index.articleCount(under: folder)) ?? 0 }

    /// Lists the whole folder (the first screen was painted from its first page), then indexes its new
    /// and changed files, on a worker thread; the list is posted again after each batch of analysed
    /// articles and at the end.
    func startIndexing(_ folder: String, analyzer: Analyzer, mailbox: InputMailbox) {
        let library = self
        WorkerThread.start {
            mailbox.post(.libraryListed(articles: library.summaries(in: folder), progress: "looking for new files"))
            let indexer = Indexer(index: library.index, workers: 2) { analyzer.analyze($0) }
            var lastPosted = 0
            let finished = (try? indexer.run([RawPath(folder)]) { progress in
                switch progress.phase {
                case .scanning:
                    return
                case .reading:
                    guard progress.total > 0 else { return }
                    mailbox.post(.libraryListed(articles: library.summaries(in: folder), progress: "reading \(progress.total) new or changed files"))
                case .analysing:
                    guard progress.done == 0 || progress.done > lastPosted else { return }
                    lastPosted = progress.done
                    mailbox.post(.libraryListed(articles: library.summaries(in: folder), progress: "indexing \(progress.done)/\(progress.total)"))
                }
            }) != nil
            mailbox.post(.libraryListed(articles: library.summaries(in: folder), progress: finished ? nil : "indexing failed"))
        }
    }

    /// The articles mentioning the entity with `key` (and its aliases), the open one marked.
    func appearances(ofEntityKey key: String, openPath: String, openPart: Int) -> [LibraryAppearance] {
        guard let match = try? index.appearances(ofEntityKey: key) else { return [] }
        let open = RawArguments.path(openPath)
        let openCanonical = open.canonical ?? open
        return match.articles.map { appearance in
            LibraryAppearance(
                path: appearance.path.string, part: appearance.part,
                title: appearance.title.flatMap { $0.isEmpty ? nil : $0 } ?? appearance.path.fileName,
                date: appearance.date, source: appearance.source, nameInArticle: appearance.nameInArticle,
                mentionCount: appearance.mentionCount, firstOffset: appearance.firstOffset,
                events: appearance.events.map { event in
                    LibraryEvent(type: event.type, role: event.role, trigger: event.trigger,
                                 triggerOffset: event.triggerOffset, date: event.dateValue)
                },
                isOpen: appearance.part == openPart && appearance.path == openCanonical)
        }
    }

    /// Marks an article read off the terminal's thread (a write waits for the indexer's batch).
    func markRead(path: String, part: Int) {
        let index = index
        WorkerThread.start { _ = try? index.markRead(path: path, part: part) }
    }
}
