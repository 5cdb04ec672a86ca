import DossierAnalysis
import DossierText
import FuzzDriver

/// The whole analysis on arbitrary text: must never trap; every mention must lie inside the text.
let fuzzAnalyze: FuzzCallback = { data, size in
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    guard let article = try? FileLoading.article(from: bytes, path: "fuzz") else { return 0 }
    let document = Analyzer().analyze(article, date: "2021-01-28")
    let length = article.text.utf8.count
    for entity in document.entities {
        for mention in entity.mentions where mention.range.upperBound > length { fatalError("mention outside text") }
    }
    for event in document.events where event.trigger.upperBound > length { fatalError("trigger outside text") }
    _ = DocumentJSON.encode(document)
    return 0
}

@_cdecl("FuzzAnalyze_main")
func fuzzAnalyzeMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    runFuzzer(argc: argc, argv: argv, fuzzAnalyze)
}
