#if canImport(Glibc)
import Glibc
#endif
import DossierAnalysis
import DossierTestSupport
import DossierText
import Testing

/// Within-document linking of human participants on ECB+: MUC and B-cubed over the gold mentions.
/// A measurement, not a gate: runs only when `DOSSIER_ECBPLUS` names the `ECB+` folder.
///     DOSSIER_ECBPLUS=../shared/corpora/ecbplus/ECB+ swift test --filter ECBPlusMeasurement
/// Alignment: the document text is its tokens joined by spaces (a newline between sentences); a gold mention
/// (HUMAN_PART_*) is matched by the system mention of a person or group sharing the most UTF-8 bytes with it;
/// unmatched gold mentions are singletons of the response; system mentions with no gold mention are ignored.
/// Only gold mentions in the sentences listed in `ECBplus_coreference_sentences.csv` are scored (the whole document is analysed).
@Suite struct ECBPlusMeasurement {
    /// A gold action mention (ACTION_* or NEG_ACTION_*): its UTF-8 range in `text`, its sentence number and its tag.
    struct Action { var range: Range<Int>; var sentence: String; var tag: String }

    struct Parsed {
        var text: String
        var mentions: [(range: Range<Int>, chain: String, sentence: String)]
        var actions: [Action] = []
        /// Sentence number → the UTF-8 range of its tokens in `text`.
        var sentences: [String: Range<Int>] = [:]
    }

    static func attribute(_ name: String, in tag: Substring) -> String? {
        guard let r = tag.utf8.firstRange(of: (name + "=\"").utf8) else { return nil }
        return String(tag[r.upperBound...].prefix { $0 != "\"" })
    }

    static func parse(_ xml: String) -> Parsed {
        var text = ""
        var tokenRanges: [String: Range<Int>] = [:]
        var tokenSentence: [String: String] = [:]
        var lastSentence = ""
        var mentionTokens: [String: [String]] = [:]   // m_id → t_ids, HUMAN_PART only
        var sentenceRanges: [String: Range<Int>] = [:]
        var actionTokens: [(tag: String, tokens: [String])] = []
        var inAction = false
        var chainOf: [String: String] = [:]            // source m_id → target m_id
        var currentMarkable: String? = nil
        var currentRelationSources: [String] = []
        var inRelation = false
        var utf8Count = 0
        for line in xml.split(separator: "\n") {
            let trimmed = line.drop { $0 == " " }
            if trimmed.hasPrefix("<token ") {
                guard let id = attribute("t_id", in: trimmed), let sentence = attribute("sentence", in: trimmed),
                      let close = trimmed.firstIndex(of: ">"), let end = trimmed.range(of: "</token>") else { continue }
                var word = String(trimmed[trimmed.index(after: close)..<end.lowerBound])
                word = word.replacingAll("&amp;", "&").replacingAll("&quot;", "\"").replacingAll("&lt;", "<").replacingAll("&gt;", ">").replacingAll("&apos;", "'")
                if !text.isEmpty { let sep = sentence != lastSentence ? "\n" : " "; text += sep; utf8Count += 1 }
                lastSentence = sentence
                let range = utf8Count..<(utf8Count + word.utf8.count)
                tokenRanges[id] = range
                tokenSentence[id] = sentence
                sentenceRanges[sentence] = (sentenceRanges[sentence]?.lowerBound ?? range.lowerBound)..<range.upperBound
                text += word
                utf8Count += word.utf8.count
            } else if trimmed.hasPrefix("<HUMAN_PART"), !trimmed.contains("instance_id") {
                currentMarkable = attribute("m_id", in: trimmed)
                if let m = currentMarkable { mentionTokens[m] = [] }
            } else if trimmed.hasPrefix("<ACTION_") || trimmed.hasPrefix("<NEG_ACTION_"), !trimmed.contains("instance_id"), !trimmed.hasSuffix("/>") {
                let tag = trimmed.dropFirst().prefix { $0 != " " && $0 != ">" }
                actionTokens.append((String(tag), []))
                inAction = true
            } else if inAction, trimmed.hasPrefix("<token_anchor"), let t = attribute("t_id", in: trimmed) {
                actionTokens[actionTokens.count - 1].tokens.append(t)
            } else if inAction, trimmed.hasPrefix("</") {
                inAction = false
            } else if trimmed.hasPrefix("<token_anchor"), let m = currentMarkable, let t = attribute("t_id", in: trimmed) {
                mentionTokens[m, default: []].append(t)
            } else if trimmed.hasPrefix("</HUMAN_PART") {
                currentMarkable = nil
            } else if trimmed.hasPrefix("<") && !trimmed.hasPrefix("<token_anchor") && !trimmed.hasPrefix("</") && currentMarkable != nil {
                currentMarkable = nil
            } else if trimmed.hasPrefix("<CROSS_DOC_COREF") || trimmed.hasPrefix("<INTRA_DOC_COREF") {
                inRelation = true; currentRelationSources = []
            } else if inRelation, trimmed.hasPrefix("<source"), let m = attribute("m_id", in: trimmed) {
                currentRelationSources.append(m)
            } else if inRelation, trimmed.hasPrefix("<target"), let m = attribute("m_id", in: trimmed) {
                for s in currentRelationSources { chainOf[s] = m }
            } else if trimmed.hasPrefix("</CROSS_DOC_COREF") || trimmed.hasPrefix("</INTRA_DOC_COREF") {
                inRelation = false
            }
        }
        var mentions: [(range: Range<Int>, chain: String, sentence: String)] = []
        for (m, tokens) in mentionTokens {
            let ranges = tokens.compactMap { tokenRanges[$0] }
            guard let lo = ranges.map(\.lowerBound).min(), let hi = ranges.map(\.upperBound).max(), let first = tokens.first else { continue }
            mentions.append((lo..<hi, chainOf[m] ?? "single-" + m, tokenSentence[first] ?? ""))
        }
        mentions.sort { $0.range.lowerBound < $1.range.lowerBound }
        var actions: [Action] = []
        for (tag, tokens) in actionTokens {
            let ranges = tokens.compactMap { tokenRanges[$0] }
            guard let lo = ranges.map(\.lowerBound).min(), let hi = ranges.map(\.upperBound).max(), let first = tokens.first else { continue }
            actions.append(Action(range: lo..<hi, sentence: tokenSentence[first] ?? "", tag: tag))
        }
        actions.sort { $0.range.lowerBound < $1.range.lowerBound }
        return Parsed(text: text, mentions: mentions, actions: actions, sentences: sentenceRanges)
    }

    /// "3_1ecb" → the sentence numbers listed in ECBplus_coreference_sentences.csv.
    static func annotatedSentences(_ folder: String) throws -> [String: Set<String>] {
        let csv = String(decoding: try FileLoading.readBytes(path: folder + "/../ECBplus_coreference_sentences.csv"), as: UTF8.self)
        var annotated: [String: Set<String>] = [:]
        for line in csv.split(separator: "\n").dropFirst() {
            let parts = line.split(separator: ",")
            guard parts.count >= 3 else { continue }
            annotated[parts[0] + "_" + parts[1], default: []].insert(String(parts[2]).filter { !$0.isWhitespace })
        }
        return annotated
    }

    static func files(in folder: String) -> [String] {
        var result: [String] = []
        guard let top = opendir(folder) else { return [] }
        var subs: [String] = []
        while let entry = readdir(top) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if !name.hasPrefix(".") { subs.append(name) }
        }
        closedir(top)
        for sub in subs {
            guard let dir = opendir(folder + "/" + sub) else { continue }
            while let entry = readdir(dir) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                if name.hasSuffix(".xml") { result.append(folder + "/" + sub + "/" + name) }
            }
            closedir(dir)
        }
        return result.sorted()
    }

    @Test func personLinkingOnECBPlus() throws {
        guard let env = getenv("DOSSIER_ECBPLUS") else { return }
        let folder = String(cString: env)
        let paths = Self.files(in: folder)
        #expect(!paths.isEmpty)
        let annotated = try Self.annotatedSentences(folder)
        var mucRecallNum = 0, mucRecallDen = 0, mucPrecisionNum = 0, mucPrecisionDen = 0
        var b3P = 0.0, b3R = 0.0, b3Count = 0
        var aligned = 0, goldTotal = 0
        for path in paths {
            var parsed = Self.parse(String(decoding: try FileLoading.readBytes(path: path), as: UTF8.self))
            // Only the sentences ECB+ annotated for coreference: elsewhere mentions are left unlinked by the annotators.
            let name = String(path.split(separator: "/").last!.dropLast(4))
            guard let sentences = annotated[name] else { continue }
            parsed.mentions = parsed.mentions.filter { sentences.contains($0.sentence) }
            guard !parsed.mentions.isEmpty else { continue }
            let document = Analyzer().analyze(Article(text: parsed.text))
            var systemMentions: [(range: Range<Int>, entity: String)] = []
            for entity in document.entities where entity.type == .person || entity.type == .group {
                for mention in entity.mentions { systemMentions.append((mention.range, entity.id)) }
            }
            // Response cluster of each gold mention.
            let response: [String] = parsed.mentions.enumerated().map { n, gold in
                // The system mention sharing the most bytes with the gold mention (the earliest on a tie).
                var best: (entity: String, overlap: Int)? = nil
                for s in systemMentions where s.range.overlaps(gold.range) {
                    let overlap = min(s.range.upperBound, gold.range.upperBound) - max(s.range.lowerBound, gold.range.lowerBound)
                    if best == nil || overlap > best!.overlap { best = (s.entity, overlap) }
                }
                if let best { aligned += 1; return best.entity }
                return "unaligned-\(n)"
            }
            goldTotal += parsed.mentions.count
            let key = parsed.mentions.map(\.chain)
            // MUC: links in each chain minus the parts the other side splits it into.
            func muc(_ a: [String], _ b: [String]) -> (Int, Int) {
                var groups: [String: [Int]] = [:]
                for (i, c) in a.enumerated() { groups[c, default: []].append(i) }
                var num = 0, den = 0
                for members in groups.values {
                    let parts = Set(members.map { b[$0] }).count
                    num += members.count - parts
                    den += members.count - 1
                }
                return (num, den)
            }
            let (rn, rd) = muc(key, response)
            let (pn, pd) = muc(response, key)
            mucRecallNum += rn; mucRecallDen += rd; mucPrecisionNum += pn; mucPrecisionDen += pd
            for i in key.indices {
                let sameKey = key.indices.filter { key[$0] == key[i] }
                let sameResponse = key.indices.filter { response[$0] == response[i] }
                let both = Double(sameKey.filter { response[$0] == response[i] }.count)
                b3P += both / Double(sameResponse.count)
                b3R += both / Double(sameKey.count)
                b3Count += 1
            }
        }
        func f1(_ p: Double, _ r: Double) -> Double { p + r == 0 ? 0 : 2 * p * r / (p + r) }
        func pct(_ x: Double) -> String { String(Double(Int(x * 1000)) / 10) }
        let mp = Double(mucPrecisionNum) / Double(max(mucPrecisionDen, 1)), mr = Double(mucRecallNum) / Double(max(mucRecallDen, 1))
        let bp = b3P / Double(max(b3Count, 1)), br = b3R / Double(max(b3Count, 1))
        print("ECB+: \(paths.count) documents (annotated sentences), \(goldTotal) gold human-participant mentions, \(aligned) aligned to a system person/group mention")
        print("MUC  P \(pct(mp)) R \(pct(mr)) F1 \(pct(f1(mp, mr)))")
        print("B3   P \(pct(bp)) R \(pct(br)) F1 \(pct(f1(bp, br)))")
    }
}

extension String {
    func replacingAll(_ target: String, _ replacement: String) -> String {
        guard !target.isEmpty, self.utf8.firstRange(of: target.utf8) != nil else { return self }
        var result = ""
        var rest = Substring(self)
        while let r = rest.utf8.firstRange(of: target.utf8) {
            result += rest[..<r.lowerBound]
            result += replacement
            rest = rest[r.upperBound...]
        }
        return result + rest
    }
}
