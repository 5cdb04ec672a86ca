#if canImport(Glibc)
import Glibc
#endif
import DossierAnalysis
import DossierTestSupport
import DossierText
import Testing

/// Time expressions against TempEval-3 (TBAQ-cleaned): extraction strict and relaxed F1 and value F1.
/// A measurement, not a gate: runs only when `DOSSIER_TEMPEVAL` names the TBAQ-cleaned folder, and prints figures.
///     DOSSIER_TEMPEVAL=../shared/corpora/tempeval3/TBAQ-cleaned swift test --filter TempEvalMeasurement
@Suite struct TempEvalMeasurement {
    struct Gold { var range: Range<Int>; var value: String }

    /// The TEXT section without tags, and the TIMEX3 spans in UTF-8 offsets of that text.
    static func parse(_ tml: String) -> (dct: String?, text: String, timexes: [Gold]) {
        var dct: String? = nil
        if let d = tml.utf8.firstRange(of: "<DCT>".utf8) {
            let rest = tml[d.upperBound...]
            if let v = rest.utf8.firstRange(of: "value=\"".utf8) { dct = String(rest[v.upperBound...].prefix(10)) }
        }
        guard let open = tml.utf8.firstRange(of: "<TEXT>".utf8), let close = tml.utf8.firstRange(of: "</TEXT>".utf8) else { return (dct, "", []) }
        let body = Array(tml.utf8[open.upperBound..<close.lowerBound])
        var out: [UInt8] = []
        var timexes: [Gold] = []
        var openTimex: (start: Int, value: String)? = nil
        var i = 0
        while i < body.count {
            if body[i] == UInt8(ascii: "<") {
                var j = i
                while j < body.count, body[j] != UInt8(ascii: ">") { j += 1 }
                let tag = String(decoding: body[i..<min(j + 1, body.count)], as: UTF8.self)
                if tag.hasPrefix("<TIMEX3") {
                    var value = ""
                    if let v = tag.utf8.firstRange(of: "value=\"".utf8) {
                        value = String(tag[v.upperBound...].prefix { $0 != "\"" })
                    }
                    openTimex = (out.count, value)
                } else if tag.hasPrefix("</TIMEX3"), let t = openTimex {
                    timexes.append(Gold(range: t.start..<out.count, value: t.value))
                    openTimex = nil
                }
                i = j + 1
                continue
            }
            if body[i] == UInt8(ascii: "&") {
                let entities: [(String, UInt8)] = [("&amp;", UInt8(ascii: "&")), ("&lt;", UInt8(ascii: "<")), ("&gt;", UInt8(ascii: ">")), ("&quot;", UInt8(ascii: "\"")), ("&apos;", UInt8(ascii: "'"))]
                if let (name, byte) = entities.first(where: { e in Array(body[i..<min(body.count, i + e.0.utf8.count)]) == Array(e.0.utf8) }) {
                    out.append(byte); i += name.utf8.count; continue
                }
            }
            out.append(body[i])
            i += 1
        }
        // Gold spans are trimmed of surrounding spaces like ours.
        return (dct, String(decoding: out, as: UTF8.self), timexes)
    }

    /// Forty bytes either side of a span, on one line, for reading the errors.
    static func context(of range: Range<Int>, in text: String) -> String {
        let bytes = Array(text.utf8)
        let lo = max(0, range.lowerBound - 40), hi = min(bytes.count, range.upperBound + 40)
        return String(decoding: bytes[lo..<hi], as: UTF8.self).split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    static func files(in folder: String) -> [String] {
        var result: [String] = []
        for sub in ["TimeBank", "AQUAINT"] {
            guard let dir = opendir(folder + "/" + sub) else { continue }
            while let entry = readdir(dir) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                if name.hasSuffix(".tml") { result.append(folder + "/" + sub + "/" + name) }
            }
            closedir(dir)
        }
        return result.sorted()
    }

    @Test func timeExpressionsOnTempEval3() throws {
        guard let env = getenv("DOSSIER_TEMPEVAL") else { return }
        let folder = String(cString: env)
        let paths = Self.files(in: folder)
        #expect(!paths.isEmpty)
        var gold = 0, system = 0, strict = 0, relaxedGold = 0, relaxedSystem = 0, valueCorrect = 0, relaxedPairs = 0
        var words = 0
        var clock = timespec()
        clock_gettime(CLOCK_MONOTONIC, &clock)
        let started = Double(clock.tv_sec) + Double(clock.tv_nsec) / 1e9
        var misses: [String] = []
        for path in paths {
            let bytes = try FileLoading.readBytes(path: path)
            let (dct, text, timexes) = Self.parse(String(decoding: bytes, as: UTF8.self))
            let document = Analyzer().analyze(Article(text: text), date: dct)
            words += document.tokens.count
            let found = document.times
            gold += timexes.count
            system += found.count
            for g in timexes {
                if found.contains(where: { $0.range == g.range }) { strict += 1 }
                if let match = found.first(where: { $0.range.overlaps(g.range) }) {
                    if match.range != g.range, misses.count < 4000 {
                        misses.append("span gold=[\(document.article.slice(g.range))] ours=[\(document.article.slice(match.range))]")
                    }
                    relaxedGold += 1
                    relaxedPairs += 1
                    if match.value == g.value { valueCorrect += 1 }
                    else if misses.count < 4000 { misses.append("value \(document.article.slice(g.range)) gold=\(g.value) ours=\(match.value) [\(document.article.slice(match.range))] dct=\(dct ?? "-") | \(Self.context(of: g.range, in: text))") }
                } else if misses.count < 4000 {
                    misses.append("missed \(document.article.slice(g.range)) gold=\(g.value)")
                }
            }
            for s in found {
                if timexes.contains(where: { $0.range.overlaps(s.range) }) { relaxedSystem += 1 }
                else if misses.count < 4000 { misses.append("spurious \(document.article.slice(s.range)) ours=\(s.value)") }
            }
        }
        clock_gettime(CLOCK_MONOTONIC, &clock)
        let seconds = Double(clock.tv_sec) + Double(clock.tv_nsec) / 1e9 - started
        func f1(_ p: Double, _ r: Double) -> Double { p + r == 0 ? 0 : 2 * p * r / (p + r) }
        let sp = Double(strict) / Double(max(system, 1)), sr = Double(strict) / Double(max(gold, 1))
        let rp = Double(relaxedSystem) / Double(max(system, 1)), rr = Double(relaxedGold) / Double(max(gold, 1))
        let vp = Double(valueCorrect) / Double(max(system, 1)), vr = Double(valueCorrect) / Double(max(gold, 1))
        func pct(_ x: Double) -> String { String(Double(Int(x * 1000)) / 10) }
        print("TempEval-3 TBAQ-cleaned: \(paths.count) files, \(gold) gold TIMEX3, \(system) found")
        print("strict   P \(pct(sp)) R \(pct(sr)) F1 \(pct(f1(sp, sr)))")
        print("relaxed  P \(pct(rp)) R \(pct(rr)) F1 \(pct(f1(rp, rr)))")
        print("value    P \(pct(vp)) R \(pct(vr)) F1 \(pct(f1(vp, vr))) (accuracy on relaxed matches \(pct(Double(valueCorrect) / Double(max(relaxedPairs, 1)))))")
        print("whole analysis: \(words) tokens in \(pct(seconds / 100)) s (debug or release as built)")
        if getenv("DOSSIER_TEMPEVAL_ERRORS") != nil { for m in misses { print("  " + m) } }
    }
}
