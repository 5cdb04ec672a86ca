import DossierText
import Testing

@Suite struct DecodingTests {
    @Test func utf16WithByteOrderMarkIsDecodedAndNoted() throws {
        let bytes: [UInt8] = [0xFF, 0xFE] + Array("Navalny\r\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let article = try FileLoading.article(from: bytes, path: "a.txt")
        #expect(article.text == "Navalny\n")
        #expect(article.notes == ["decoded as UTF-16LE"])
    }

    @Test func invalidUTF8FallsBackToLatin1() throws {
        let article = try FileLoading.article(from: Array("Caf".utf8) + [0xE9, 0x20, 0x93, 0x71, 0x94], path: "a.txt")
        #expect(article.text == "Café “q”")
        #expect(article.notes == ["not UTF-8: decoded as Latin-1"])
    }

    @Test func binaryAndEmptyFilesAreRefusedNamingTheFile() {
        #expect(throws: ArticleFileError(path: "x.bin", reason: "looks like a binary file, not an article")) {
            try FileLoading.article(from: [0x7F, 0x45, 0x4C, 0x46, 0, 0, 1], path: "x.bin")
        }
        #expect(throws: ArticleFileError(path: "e.txt", reason: "is empty")) {
            try FileLoading.article(from: Array(" \n\n".utf8), path: "e.txt")
        }
    }

    @Test func missingFilesAndDirectoriesGiveOneLineErrors() {
        #expect(throws: ArticleFileError(path: "/nonexistent/a.txt", reason: "no such file or directory")) {
            try FileLoading.loadArticle(path: "/nonexistent/a.txt")
        }
        #expect(throws: ArticleFileError(path: "/tmp", reason: "is a directory")) {
            try FileLoading.loadArticle(path: "/tmp")
        }
    }

    @Test func crlfAndLoneCRBecomeLineFeeds() {
        #expect(TextDecoding.normalizeNewlines("a\r\nb\rc\n") == "a\nb\nc\n")
    }
}
