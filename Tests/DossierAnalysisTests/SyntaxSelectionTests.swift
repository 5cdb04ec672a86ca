@testable import DossierAnalysis
import DossierTestSupport
import DossierText
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The analysis parses only the sentences whose tree a later stage reads; that must not change its result.
@Suite struct SyntaxSelectionTests {
    static let parser = Result { try SyntaxParser.loadBundled() }
    static let names = Result { try PerceptronNameTagger.loadBundled() }

    @Test func sentencesLeftOutAreUnparsedAndTheOthersParseAsInAFullParse() throws {
        let document = Document.prepare(ArticleParser.parse("""
        The weather was mild. Police detained Lyubov Sobol on Wednesday. She said nothing.
        """))
        let input = TaggerInput(document)
        let parser = try Self.parser.get()
        let full = parser.parse(input)
        let partial = parser.parse(input, only: [false, true, false])
        let first = document.sentences[0].tokens, second = document.sentences[1].tokens, third = document.sentences[2].tokens
        for t in Array(first) + Array(third) {
            #expect(partial.heads[t] == -1 && partial.tags[t] == UniversalTags.x)
        }
        #expect(first.contains { full.heads[$0] >= 0 })
        #expect(second.map { partial.heads[$0] } == second.map { full.heads[$0] })
        #expect(second.map { partial.relations[$0] } == second.map { full.relations[$0] })
        #expect(second.map { partial.tags[$0] } == second.map { full.tags[$0] })
    }

    @Test func theChosenSentencesAreThoseWithATriggerAndThoseAroundASentenceOpeningHeOrShe() throws {
        let document = Document.prepare(ArticleParser.parse("""
        The weather was mild. Sobol spoke to reporters. He left early. The square was quiet. Police detained him.
        """))
        let words = Words(document)
        var needed = [Bool](repeating: false, count: document.sentences.count)
        SubjectContinuity.markSentencesNeedingSyntax(&needed, document: document, words: words)
        #expect(needed == [false, true, true, false, false])
        EventExtractor.markSentencesNeedingSyntax(&needed, document: document, words: words)
        #expect(needed == [false, true, true, false, true])
    }

    @Test func aHeOpeningASentenceContinuesTheMainSubjectOfASentenceWithoutATrigger() throws {
        let analyzer = Analyzer(names: try Self.names.get(), syntax: try Self.parser.get())
        let document = analyzer.analyze(ArticleParser.parse("""
        As Barack Obama watched, Rod Blagojevich stood up. He was sentenced to 14 years in prison.
        """), date: "2011-12-07")
        let sentencing = try #require(document.events.first { $0.type == "sentence" })
        let patients = sentencing.participants.filter { $0.role == "patient" }.compactMap { document.entity(id: $0.entityID)?.name }
        #expect(patients == ["Rod Blagojevich"])
    }

    @Test func analysingTheBundledArticlesGivesTheSameResultAsParsingEverySentence() throws {
        let selective = Analyzer(names: try Self.names.get(), syntax: try Self.parser.get())
        var everySentence = selective
        everySentence.parsesEverySentence = true
        let files = Self.files(in: Fixtures.articlesDirectory)
        #expect(files.count >= 10)
        for path in files {
            let article = try FileLoading.loadArticle(path: path)
            let a = selective.analyze(article), b = everySentence.analyze(article)
            #expect(a.entities == b.entities, "\(path)")
            #expect(a.events == b.events, "\(path)")
        }
    }

    static func files(in folder: String) -> [String] {
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        var paths: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if !name.hasPrefix(".") { paths.append(folder + "/" + name) }
        }
        return paths.sorted()
    }
}
