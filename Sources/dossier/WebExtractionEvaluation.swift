import DossierCompression
import DossierText

/// `dossier eval --web DIR`: trafilatura's evaluation set (DIR/evaldata.json listing, for each
/// page in DIR/pages, snippets that must and must not be in the extract) scored on Dossier's
/// main-text extraction, with the time extraction takes.
struct WebExtractionEvaluation {
    struct Page {
        var file: String
        var expected: [String]
        var unwanted: [String]
    }

    struct Outcome {
        var score = ExtractionScore()
        var pages = 0
        var missingPages: [String] = []
        var extractionSeconds: [Double] = []
        var largestPage = (bytes: 0, seconds: 0.0)
        /// Pages of 250–350 KB, the size the issue's time budget is set for.
        var pagesNear300KB: [Double] = []
        /// Per page: file, snippets missed, unwanted snippets found.
        var misses: [(file: String, missed: [String], leaked: [String])] = []
        var extracts: [(file: String, text: String)] = []
    }

    static func pages(in directory: String) throws -> [Page] {
        let listing = directory + "/evaldata.json"
        let bytes = try FileLoading.readBytes(path: listing, limit: 64 * 1024 * 1024)
        let root: JSONValue
        do { root = try JSONParser.parse(bytes[...]) } catch {
            throw ArticleFileError(path: listing, reason: "is not valid JSON (byte \(error.offset): \(error.reason))")
        }
        guard case .object(let entries) = root else { throw ArticleFileError(path: listing, reason: "is not a JSON object of pages") }
        func strings(_ value: JSONValue?) -> [String] {
            guard case .array(let items)? = value else { return [] }
            return items.compactMap(\.stringValue)
        }
        return entries.keys.sorted().compactMap { key in
            guard let entry = entries[key], let file = entry["file"]?.stringValue else { return nil }
            return Page(file: file, expected: strings(entry["with"]), unwanted: strings(entry["without"]))
        }
    }

    enum Split: String, CaseIterable {
        case all, dev, test
    }

    /// Half of the pages, chosen by a hash of the file name, to tune on (dev) and the other half to report (test).
    static func belongs(_ file: String, to split: Split) -> Bool {
        guard split != .all else { return true }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in file.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return (hash & 1 == 0) == (split == .dev)
    }

    static func run(directory: String, split: Split, keepMisses: Bool, onlyPagesNamed name: String? = nil) throws -> Outcome {
        var outcome = Outcome()
        for page in try pages(in: directory) where belongs(page.file, to: split) && name.map(page.file.contains) != false {
            guard let bytes = pageBytes(directory: directory, file: page.file) else {
                outcome.missingPages.append(page.file)
                continue
            }
            let started = Stopwatch.threadCPU()
            let text: String
            if let decoded = try? HTMLCharset.decode(bytes) {
                let article = HTMLArticleReader.read(decoded.text)
                // The body only, as trafilatura scores its own extract: the title is metadata.
                text = article.text
            } else {
                text = ""
            }
            let elapsed = Stopwatch.threadCPU() - started
            outcome.extractionSeconds.append(elapsed)
            if bytes.count > outcome.largestPage.bytes { outcome.largestPage = (bytes.count, elapsed) }
            if (250_000...350_000).contains(bytes.count) { outcome.pagesNear300KB.append(elapsed) }
            let (missed, leaked) = outcome.score.add(extract: text, with: page.expected, without: page.unwanted)
            outcome.pages += 1
            if name != nil { outcome.extracts.append((page.file, text)) }
            if keepMisses, !missed.isEmpty || !leaked.isEmpty { outcome.misses.append((page.file, missed, leaked)) }
        }
        return outcome
    }

    /// DIR/pages/FILE.gz (as the shared corpus keeps them) or DIR/pages/FILE or DIR/FILE.
    static func pageBytes(directory: String, file: String) -> [UInt8]? {
        for candidate in ["\(directory)/pages/\(file).gz", "\(directory)/pages/\(file)", "\(directory)/\(file)"] {
            guard let bytes = try? FileLoading.readBytes(path: candidate, limit: 64 * 1024 * 1024) else { continue }
            if Zlib.isGzip(bytes) { return try? Zlib.inflate(bytes, limit: 64 * 1024 * 1024) }
            return bytes
        }
        return nil
    }

    static func report(_ outcome: Outcome) -> String {
        let score = outcome.score
        let times = outcome.extractionSeconds.sorted()
        var lines = [
            "pages scored: \(outcome.pages)" + (outcome.missingPages.isEmpty ? "" : " (\(outcome.missingPages.count) listed without a page, skipped)"),
            "snippets: \(score.truePositives) found, \(score.falseNegatives) missed, \(score.falsePositives) unwanted found, \(score.trueNegatives) unwanted left out",
            "precision \(format3(score.precision))  recall \(format3(score.recall))  F1 \(format3(score.f1))  accuracy \(format3(score.accuracy))",
        ]
        if !times.isEmpty {
            let total = times.reduce(0, +)
            lines.append("decode+extract processor time per page: median \(Stopwatch.milliseconds(times[times.count / 2])) ms, p99 \(Stopwatch.milliseconds(times[min(times.count - 1, times.count * 99 / 100)])) ms, max \(Stopwatch.milliseconds(times[times.count - 1])) ms, total \(Stopwatch.milliseconds(total)) ms; largest page \(outcome.largestPage.bytes / 1024) KB in \(Stopwatch.milliseconds(outcome.largestPage.seconds)) ms")
        }
        let near = outcome.pagesNear300KB.sorted()
        if !near.isEmpty {
            lines.append("pages of 250-350 KB (\(near.count)): median \(Stopwatch.milliseconds(near[near.count / 2])) ms, max \(Stopwatch.milliseconds(near[near.count - 1])) ms")
        }
        return lines.joined(separator: "\n")
    }

    static func format3(_ value: Double) -> String {
        let scaled = Int((value * 1000).rounded())
        let fraction = String(scaled % 1000)
        return "\(scaled / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)"
    }
}
