import DossierText

/// Article reading and tokenising on arbitrary bytes: must never trap, and offsets must stay inside the text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRead(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let article = try? FileLoading.article(from: bytes, path: "fuzz") else { return 0 }
    let document = Document.prepare(article)
    let length = article.text.utf8.count
    for token in document.tokens where token.range.upperBound > length || token.range.isEmpty { fatalError("bad token \(token)") }
    for block in article.blocks where block.range.upperBound > length { fatalError("bad block \(block)") }
    _ = DocumentJSON.encode(document)
    return 0
}
