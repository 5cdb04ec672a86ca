#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import DossierAnalysis
import DossierText
import GRDB

/// Brings the index up to date with files and folders: new and changed files are read and their
/// new or changed articles analysed (in parallel), removed files dropped, unchanged files (same
/// size and time) not even opened. Writes go in one transaction per batch, so an interrupted run
/// leaves a usable index and the next run carries on where it stopped. When the analysis itself has
/// changed (a new model or rule, `Analyzer.version`), every indexed article is analysed again, read
/// marks kept.
public struct Indexer: Sendable {
    public typealias Analysis = @Sendable (Article) -> Document

    public var index: LibraryIndex
    public var workers: Int
    public var batchSize: Int
    /// What `analyze` gives for an unchanged article depends on (see `Analyzer.version`).
    public var analysisVersion: String
    private let analyze: Analysis

    public init(index: LibraryIndex, workers: Int = 2, batchSize: Int = 256, analysisVersion: String = Analyzer.version,
                analyze: @escaping Analysis = { Analyzer().analyze($0) }) {
        self.index = index
        self.workers = max(1, workers)
        self.batchSize = max(1, batchSize)
        self.analysisVersion = analysisVersion
        self.analyze = analyze
    }

    /// Indexes `paths` (files and folders); with no paths, re-checks every file already indexed.
    public func run(_ paths: [RawPath], progress: (IndexProgress) -> Void = { _ in }) throws -> IndexSummary {
        let started = Self.now()
        var summary = IndexSummary()
        progress(IndexProgress(phase: .scanning, done: 0, total: 0))
        let (known, storedVersion) = try index.database.read { db in (try IndexWriter.knownFiles(db), try IndexWriter.analysisVersion(db)) }
        // Articles analysed another way are analysed again, those of files outside `paths` included.
        let reanalyse = !known.isEmpty && storedVersion != analysisVersion
        summary.analysisChanged = reanalyse
        var scan = paths.isEmpty ? rescan(known) : FileScanner.scan(paths)
        if reanalyse && !paths.isEmpty {
            let scanned = Set(scan.files.map(\.path))
            scan.files += rescan(known).files.filter { !scanned.contains($0.path) }
        }
        summary.problems = scan.problems
        summary.filesFound = scan.files.count

        // Which files changed, by size and modification time (and a hash once read).
        var candidates: [ScannedFile] = []
        for file in scan.files {
            if !reanalyse, let old = known[file.path], old.hash != nil, old.size == file.status.size, old.modified == file.status.modified {
                summary.filesUnchanged += 1
            } else {
                candidates.append(file)
            }
        }
        let scannedPaths = Set(scan.files.map(\.path))
        let removed = known.values.filter { file in
            !scannedPaths.contains(file.path)
                && (scan.roots.contains { file.path.isInside($0) } || FileSystem.status(file.path) == nil)
        }

        progress(IndexProgress(phase: .reading, done: 0, total: candidates.count))
        let readingStarted = Self.now()
        let knownHashes = candidates.map { reanalyse ? nil : known[$0.path]?.hash }
        let readings = ParallelWork.map(Array(zip(candidates, knownHashes)), workers: workers) { file, knownHash in
            Self.read(file, knownHash: knownHash)
        }
        summary.secondsReading = Self.now() - readingStarted
        summary.filesRead = candidates.count
        summary.filesRemoved = removed.count

        // One transaction: removed files dropped, touched files updated, changed files prepared.
        let prepared = try index.database.write { db in
            try Self.prepare(candidates: candidates, readings: readings, known: known, removed: removed, reanalyse: reanalyse, db)
        }
        summary.articlesRemoved = prepared.articlesRemoved
        summary.articlesUnchanged = prepared.articlesUnchanged
        summary.problems += prepared.problems

        try analyseAndWrite(prepared.work, finalizations: prepared.finalizations, summary: &summary, progress: progress)
        summary.articlesAnalysed = prepared.work.count - summary.linesRejected

        let needsCleanup = !removed.isEmpty || prepared.articlesRemoved > 0 || prepared.work.contains { $0.existingArticleID != nil }
        summary.articlesInIndex = try index.database.write { db in
            if needsCleanup { try IndexWriter.deleteOrphanEntities(db) }
            // Only now: a run stopped before this point analyses everything again next time.
            try IndexWriter.setAnalysisVersion(analysisVersion, db)
            return try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0
        }
        summary.seconds = Self.now() - started
        return summary
    }

    // MARK: - Reading

    /// Known files re-checked in place (`dossier index` with no path).
    private func rescan(_ known: [RawPath: KnownFile]) -> FileScanner.Result {
        var result = FileScanner.Result(files: [], roots: [], problems: [])
        for path in known.keys.sorted() {
            if let status = FileSystem.status(path), status.isRegularFile { result.files.append(ScannedFile(path: path, status: status)) }
        }
        return result
    }

    private static func read(_ file: ScannedFile, knownHash: Int64?) -> FileReading {
        let bytes: [UInt8]
        do {
            bytes = try FileSystem.readBytes(file.path, limit: ArticleFiles.collectionSizeLimit)
        } catch {
            return .failed(hash: nil, problem: error.reason)
        }
        let hash = ContentHash.stored(bytes)
        if hash == knownHash { return .sameContent(hash: hash) }
        do {
            let format = ArticleFormat.detect(fileName: file.path.fileName, bytes: bytes)
            if format == .jsonLines {
                let lines = JSONLinesReader.lines(bytes)
                guard !lines.isEmpty else { return .failed(hash: hash, problem: "has no JSON lines") }
                return .articles(format: format.rawValue, hash: hash,
                                 entries: lines.map { ($0.number, ContentHash.stored($0.bytes), .jsonLine($0.bytes)) })
            }
            let entries = try ArticleFiles.entries(bytes: bytes, fileName: file.path.fileName)
            return .articles(format: format.rawValue, hash: hash,
                             entries: entries.map { ($0.part, ContentHash.of($0.article), .parsed($0.article)) })
        } catch {
            return .failed(hash: hash, problem: error.reason)
        }
    }

    // MARK: - Preparing

    struct Prepared: Sendable {
        var work: [IndexWork] = []
        /// Index of the last work item of a file → the file's final state, written with that item.
        var finalizations: [Int: [(fileID: Int64, status: FileStatus, hash: Int64)]] = [:]
        var articlesRemoved = 0
        var articlesUnchanged = 0
        var problems: [String] = []
    }

    private static func prepare(candidates: [ScannedFile], readings: [FileReading], known: [RawPath: KnownFile],
                                removed: [KnownFile], reanalyse: Bool, _ db: Database) throws -> Prepared {
        var prepared = Prepared()
        // Names and aliases found by the old analysis would otherwise outlive it ("the longest name seen").
        if reanalyse { try IndexWriter.deleteAnalyses(db) }
        for file in removed {
            prepared.articlesRemoved += try Int.fetchOne(db, sql: "SELECT count(*) FROM article WHERE fileId = ?", arguments: [file.id]) ?? 0
            try IndexWriter.deleteFile(id: file.id, db)
        }
        for (file, reading) in zip(candidates, readings) {
            let old = known[file.path]
            switch reading {
            case .sameContent(let hash):
                if let old { try IndexWriter.updateStatus(fileID: old.id, status: file.status, hash: hash, db) }
                prepared.articlesUnchanged += try Int.fetchOne(db, sql: "SELECT count(*) FROM article WHERE fileId = ?", arguments: [old?.id]) ?? 0
            case .failed(let hash, let problem):
                prepared.problems.append("\(file.path.string): \(problem)")
                let fileID = try IndexWriter.saveFile(file.path, status: file.status, hash: hash, format: "none", problem: problem, known: old, db)
                prepared.articlesRemoved += try Int.fetchOne(db, sql: "SELECT count(*) FROM article WHERE fileId = ?", arguments: [fileID]) ?? 0
                try db.execute(sql: "DELETE FROM article WHERE fileId = ?", arguments: [fileID])
            case .articles(let format, let hash, let entries):
                // The hash stays NULL until the last article is written: an interrupted run is resumed.
                let fileID = try IndexWriter.saveFile(file.path, status: file.status, hash: nil, format: format, problem: nil, known: old, db)
                var existing = old == nil ? [:] : try IndexWriter.articles(ofFile: fileID, db)
                for entry in entries {
                    let stored = existing.removeValue(forKey: entry.part)
                    if let stored, stored.hash == entry.hash, !reanalyse { prepared.articlesUnchanged += 1; continue }
                    prepared.work.append(IndexWork(fileID: fileID, part: entry.part, hash: entry.hash,
                                                   existingArticleID: stored?.id, source: entry.source))
                }
                for stale in existing.values { try IndexWriter.deleteArticle(id: stale.id, db) }
                prepared.articlesRemoved += existing.count
                let final = (fileID: fileID, status: file.status, hash: hash)
                if let last = prepared.work.last, last.fileID == fileID {
                    prepared.finalizations[prepared.work.count - 1, default: []].append(final)
                } else {
                    try IndexWriter.updateStatus(fileID: fileID, status: file.status, hash: hash, db)
                }
            }
        }
        return prepared
    }

    // MARK: - Analysing

    /// Analyses on `workers` threads, a few batches ahead of the writer, which writes one
    /// transaction per batch.
    private func analyseAndWrite(_ work: [IndexWork], finalizations: [Int: [(fileID: Int64, status: FileStatus, hash: Int64)]],
                                 summary: inout IndexSummary, progress: (IndexProgress) -> Void) throws {
        guard !work.isEmpty else { return }
        progress(IndexProgress(phase: .analysing, done: 0, total: work.count))
        let analyze = self.analyze
        let cache = EntityIDCache()
        let pipeline = AnalysisPipeline(work, workers: workers, window: batchSize * 4) { item in
            item.source.article.map { AnalyzedArticle(work: item, document: analyze($0)) }
        }
        defer { pipeline.finish() }
        for batchStart in stride(from: 0, to: work.count, by: batchSize) {
            let batch = batchStart..<min(batchStart + batchSize, work.count)
            let waitStarted = Self.now()
            let analyzed = pipeline.take(batch)
            let writeStarted = Self.now()
            let writeProcessorStarted = Self.threadProcessorTime()
            summary.secondsWaitingForAnalysis += writeStarted - waitStarted
            let finals = batch.flatMap { finalizations[$0] ?? [] }
            summary.linesRejected += analyzed.count { $0 == nil }
            let batchWork = work[batch]
            summary.articlesRemoved += zip(batchWork, analyzed).count { $1 == nil && $0.existingArticleID != nil }
            try index.database.write { db in
                for (item, article) in zip(batchWork, analyzed) {
                    if let article {
                        try IndexWriter.write(article, entityIDs: cache, db)
                    } else if let stale = item.existingArticleID {
                        // The line was an article and no longer is.
                        try IndexWriter.deleteArticle(id: stale, db)
                    }
                }
                for final in finals { try IndexWriter.updateStatus(fileID: final.fileID, status: final.status, hash: final.hash, db) }
            }
            summary.secondsWriting += Self.now() - writeStarted
            summary.processorSecondsWriting += Self.threadProcessorTime() - writeProcessorStarted
            progress(IndexProgress(phase: .analysing, done: batch.upperBound, total: work.count))
        }
    }

    static func threadProcessorTime() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
