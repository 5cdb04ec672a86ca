import DossierText
import FuzzDriver

/// Article reading and tokenising on arbitrary bytes: must never trap, and offsets must stay inside the text.
let fuzzRead: FuzzCallback = { data, size in
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    guard let article = try? FileLoading.article(from: bytes, path: "fuzz") else { return 0 }
    let document = Document.prepare(article)
    let length = article.text.utf8.count
    for token in document.tokens where token.range.upperBound > length || token.range.isEmpty { fatalError("bad token \(token)") }
    for block in article.blocks where block.range.upperBound > length { fatalError("bad block \(block)") }
    _ = DocumentJSON.encode(document)
    return 0
}

@_cdecl("FuzzRead_main")
func fuzzReadMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    runFuzzer(argc: argc, argv: argv, fuzzRead)
}
