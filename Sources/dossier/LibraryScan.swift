import DossierReader
import DossierText
#if canImport(Glibc)
import Glibc
#endif

/// The article list of a folder, from each file's metadata (a SQLite index may supply this later).
enum LibraryScan {
    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Summaries of the readable articles in `folder` (not recursive; hidden files skipped).
    static func summaries(in folder: String) -> [ArticleSummary] {
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name.hasPrefix(".") { continue }
            names.append(name)
        }
        return names.sorted().compactMap { name in
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            guard !isDirectory(path), let article = try? ReaderOpening.firstArticle(path: path, articleLimit: FileLoading.defaultSizeLimit) else { return nil }
            return ArticleSummary(path: path, title: title(of: article, fileName: name), date: article.date,
                                  source: article.source)
        }
    }

    /// The metadata title, else the first line of the text, shortened.
    static func title(of article: Article, fileName: String) -> String {
        if let title = article.title, !title.isEmpty { return title }
        if let first = article.visibleBlocks.first {
            let line = article.slice(first.range)
            return line.count > 100 ? String(line.prefix(99)) + "…" : String(line)
        }
        return fileName
    }
}
