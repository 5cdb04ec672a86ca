import DossierText

/// A file found under the paths given to the indexer.
struct ScannedFile: Sendable {
    var path: RawPath
    var status: FileStatus
}

/// Walks files and folders for article files. Files named explicitly are taken whatever their
/// name; in folders, hidden entries are skipped and only known article extensions are taken
/// (a corpus's README, LICENSE or SOURCE notes are not articles).
enum FileScanner {
    static let corpusNotes: Set<String> = ["readme", "license", "licence", "source", "sources", "provenance", "changelog", "copying", "notice", "authors"]

    struct Result: Sendable {
        var files: [ScannedFile]
        /// The roots as absolute paths, for telling which known files were removed.
        var roots: [RawPath]
        var problems: [String]
    }

    static func scan(_ paths: [RawPath]) -> Result {
        var result = Result(files: [], roots: [], problems: [])
        var seenFiles: Set<RawPath> = []
        var seenDirectories: Set<[UInt64]> = []
        for path in paths {
            guard let root = FileSystem.canonical(path), let status = FileSystem.status(root) else {
                result.problems.append("\(path.string): \(FileSystem.lastError())")
                continue
            }
            result.roots.append(root)
            if status.isDirectory {
                walk(root, status: status, into: &result, seenFiles: &seenFiles, seenDirectories: &seenDirectories)
            } else if status.isRegularFile {
                if seenFiles.insert(root).inserted { result.files.append(ScannedFile(path: root, status: status)) }
            } else {
                result.problems.append("\(path.string): not a regular file or folder")
            }
        }
        result.files.sort { $0.path < $1.path }
        return result
    }

    private static func walk(_ directory: RawPath, status: FileStatus, into result: inout Result,
                             seenFiles: inout Set<RawPath>, seenDirectories: inout Set<[UInt64]>) {
        // Symbolic links can make cycles: each folder is walked once.
        guard seenDirectories.insert([status.device, status.inode]).inserted else { return }
        guard let names = FileSystem.directoryEntries(directory) else {
            result.problems.append("\(directory.string): \(FileSystem.lastError())")
            return
        }
        for name in names.sorted(by: { $0.lexicographicallyPrecedes($1) }) where name.first != UInt8(ascii: ".") {
            let path = directory.appending(name)
            guard let status = FileSystem.status(path) else { continue }
            if status.isDirectory {
                walk(path, status: status, into: &result, seenFiles: &seenFiles, seenDirectories: &seenDirectories)
            } else if status.isRegularFile, isArticleFileName(path.fileName), seenFiles.insert(path).inserted {
                result.files.append(ScannedFile(path: path, status: status))
            }
        }
    }

    static func isArticleFileName(_ name: String) -> Bool {
        let fileExtension = ArticleFormat.fileExtension(name)
        guard ArticleFormat.knownExtensions.contains(fileExtension) else { return false }
        let stem = name.dropLast(fileExtension.count + 1).lowercased()
        return !corpusNotes.contains(stem)
    }
}
