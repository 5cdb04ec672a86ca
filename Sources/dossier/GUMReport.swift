import ArgumentParser
import DossierAnalysis
import DossierText
import Foundation

/// `dossier eval --gum DIR`: analyses GUM's documents of one split (splits.md beside DIR/dep) and prints name,
/// person-linking and pronoun scores for the news genre and for all genres.
enum GUMReport {
    enum Split: String { case train, dev, test }

    static func documentIDs(splitsFile: String) throws -> (dev: Set<String>, test: Set<String>) {
        guard let text = try? String(contentsOfFile: splitsFile, encoding: .utf8) else {
            throw ValidationError("cannot read GUM's split list \(splitsFile)")
        }
        var dev = Set<String>(), test = Set<String>()
        var section = ""
        for line in text.split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("## ") { section = String(trimmed.dropFirst(3)); continue }
            guard trimmed.hasPrefix("* ") else { continue }
            let id = String(trimmed.dropFirst(2))
            if section == "dev" { dev.insert(id) } else if section == "test" { test.insert(id) }
        }
        return (dev, test)
    }

    /// The documents of a split; Reddit documents (their words are underscores without Reddit's text) and
    /// GENTLE's out-of-domain test2 documents are left out.
    static func documents(directory: String, split: Split) throws -> [GUMDocument] {
        let splits = try documentIDs(splitsFile: directory + "/splits.md")
        let folder = directory + "/dep"
        guard let listing = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            throw ValidationError("cannot read the GUM folder \(folder)")
        }
        let files = listing.filter { $0.hasSuffix(".conllu") }.sorted()
        var documents: [GUMDocument] = []
        for file in files where file.hasPrefix("GUM_") && !file.hasPrefix("GUM_reddit_") {
            let id = String(file.dropLast(".conllu".count))
            let belongs = switch split {
            case .dev: splits.dev.contains(id)
            case .test: splits.test.contains(id)
            case .train: !splits.dev.contains(id) && !splits.test.contains(id)
            }
            guard belongs else { continue }
            let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
            documents.append(GUMDocument(conllu: text, id: id))
        }
        return documents
    }

    static func run(directory: String, split: Split, analyzer: Analyzer, showMisses: Bool) throws -> String {
        let documents = try documents(directory: directory, split: split)
        guard !documents.isEmpty else { throw ValidationError("no GUM documents of the \(split.rawValue) split in \(directory)/dep") }
        var news = GUMEvaluation(), all = GUMEvaluation(keepsMisses: showMisses)
        let started = Stopwatch.threadCPU()
        var wordCount = 0
        for document in documents {
            let analysis = analyzer.analyze(document.article)
            wordCount += document.words.count
            all.add(document, analysis: analysis)
            if document.genre == "news" { news.add(document, analysis: analysis) }
        }
        let seconds = Stopwatch.threadCPU() - started
        var lines = all.misses
        lines.append("GUM \(split.rawValue): \(documents.count) documents, \(wordCount) words, analysed in \(Stopwatch.milliseconds(seconds)) ms")
        lines += section("news", news)
        lines += section("all genres", all)
        return lines.joined(separator: "\n")
    }

    static func section(_ title: String, _ evaluation: GUMEvaluation) -> [String] {
        var lines = ["", "\(title) (\(evaluation.documents) documents)", "names          found  gold  right  precision  recall  F1"]
        for type in GUMEvaluation.scoredTypes + ["all"] {
            let counts = type == "all" ? evaluation.allNames : evaluation.names[type] ?? .init()
            lines.append("  " + [pad(type, 12), pad("\(counts.found)", 6, left: true), pad("\(counts.gold)", 5, left: true),
                                 pad("\(counts.correct)", 6, left: true), pad(percent(counts.precision), 10, left: true),
                                 pad(percent(counts.recall), 7, left: true), pad(percent(counts.f1), 6, left: true)].joined(separator: " "))
        }
        let linking = evaluation.linking
        lines.append("person linking   recall  precision  F1")
        for (name, ratio) in [("MUC", linking.muc), ("B3", linking.bCubed), ("CEAF-e", linking.ceafE)] {
            lines.append("  " + pad(name, 14) + pad(percent(ratio.recall), 7, left: true) + pad(percent(ratio.precision), 11, left: true)
                         + pad(percent(ratio.f1), 6, left: true))
        }
        lines.append("  CoNLL-2012 F1 \(percent(linking.conll))")
        let pronouns = evaluation.pronouns
        lines.append("third-person pronouns of people: \(pronouns.correct) of \(pronouns.gold) resolved (accuracy \(percent(pronouns.recall))); \(pronouns.found) given to a person")
        return lines
    }

    static func percent(_ value: Double) -> String { String(format: "%.2f", value * 100) }

    static func pad(_ text: String, _ width: Int, left: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, width - text.count))
        return left ? padding + text : text + padding
    }
}
