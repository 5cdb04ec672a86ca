import DossierText

/// One document of GUM (Georgetown University Multilayer corpus) in its CoNLL-U form (`dep/*.conllu`): the
/// text rebuilt from its words (`SpaceAfter=No` honoured, a blank line between paragraphs), its words' tags and
/// heads, and its gold entity mentions (the `Entity=` brackets of the MISC column) with their types and chains.
public struct GUMDocument: Sendable {
    public struct Word: Sendable {
        public var range: TextRange
        public var form: String
        public var upos: String
        /// Index of the head word in `words`, nil for a sentence's root.
        public var head: Int?
    }

    public struct Mention: Sendable {
        /// The entity (chain) the mention belongs to, unique in the document.
        public var entity: String
        /// GUM's entity type: person, organization, place, object, event, time, substance, animal, plant, abstract, quantity.
        public var type: String
        /// Word indices, end exclusive.
        public var words: Range<Int>
        /// The word of the span whose head lies outside it.
        public var head: Int
    }

    public var id: String
    public var genre: String
    public var article: Article
    public var words: [Word]
    /// The index of each sentence's first word.
    public var sentenceStarts: [Int]
    public var mentions: [Mention]

    public init(conllu text: String, id fallbackID: String) {
        var id = fallbackID, genre = "", title: String?, date: String?
        var output = ""
        var words: [Word] = []
        var sentenceStarts: [Int] = []
        var mentions: [Mention] = []
        var blocks: [Block] = []
        var blockStart = 0, blockIsHeading = false
        var pendingParagraph = false, pendingHeading = false
        var sentenceStart = 0
        var sentenceHeads: [Int] = []
        var spaceAfterLast = false
        var open: [(entity: String, type: String, start: Int)] = []

        func closeBlock() {
            if output.utf8.count > blockStart {
                blocks.append(Block(kind: blockIsHeading ? .subheading : .paragraph, range: blockStart..<output.utf8.count))
            }
        }
        func endSentence() {
            for (offset, head) in sentenceHeads.enumerated() {
                words[sentenceStart + offset].head = head == 0 ? nil : sentenceStart + head - 1
            }
            sentenceStart = words.count
            sentenceHeads = []
        }

        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.isEmpty { endSentence(); continue }
            if line.hasPrefix("#") {
                if let value = Self.comment(line, "newdoc id") { id = value }
                else if let value = Self.comment(line, "meta::genre") { genre = value }
                else if let value = Self.comment(line, "meta::title") { title = value }
                else if let value = Self.comment(line, "meta::dateCreated") { date = String(value.prefix(10)) }
                else if line == "# newpar" || line.hasPrefix("# newpar ") { pendingParagraph = true }
                else if let value = Self.comment(line, "newpar_block") { pendingParagraph = true; pendingHeading = value.hasPrefix("head") }
                continue
            }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 10, fields[0].allSatisfy(\.isNumber) else { continue }
            if sentenceHeads.isEmpty {
                sentenceStarts.append(words.count)
                if pendingParagraph || words.isEmpty {
                    closeBlock()
                    if !output.isEmpty { output += "\n\n" }
                    blockStart = output.utf8.count
                    blockIsHeading = pendingHeading
                } else if !output.isEmpty {
                    output += " "
                }
                pendingParagraph = false
                pendingHeading = false
            } else if spaceAfterLast {
                output += " "
            }
            let form = String(fields[1])
            let start = output.utf8.count
            output += form
            let index = words.count
            words.append(Word(range: start..<output.utf8.count, form: form, upos: String(fields[3]), head: nil))
            sentenceHeads.append(Int(fields[6]) ?? 0)
            var misc: [Substring: Substring] = [:]
            for item in fields[9].split(separator: "|") {
                if let equals = item.firstIndex(of: "=") { misc[item[..<equals]] = item[item.index(after: equals)...] }
            }
            spaceAfterLast = misc["SpaceAfter"] != "No"
            if let brackets = misc["Entity"] {
                Self.readBrackets(brackets, word: index, open: &open, into: &mentions)
            }
        }
        endSentence()
        closeBlock()
        for index in mentions.indices {
            let span = mentions[index].words
            mentions[index].head = span.first { word in words[word].head.map { !span.contains($0) } ?? true } ?? span.lowerBound
        }
        self.id = id
        self.genre = genre.isEmpty ? Self.genre(fromID: id) : genre
        self.article = Article(text: output, title: title, date: date, blocks: blocks)
        self.words = words
        self.sentenceStarts = sentenceStarts
        self.mentions = mentions
    }

    static func comment(_ line: Substring, _ key: String) -> String? {
        let prefix = "# " + key + " = "
        guard line.hasPrefix(prefix) else { return nil }
        return String(line.dropFirst(prefix.count))
    }

    /// "GUM_news_iodine" → "news".
    static func genre(fromID id: String) -> String {
        let parts = id.split(separator: "_")
        return parts.count >= 2 ? String(parts[1]) : ""
    }

    /// Reads "(1-person-new-…-coref", "(3-substance-…-Iodine)", "2)1)": opens, single-word mentions and closes.
    /// An identity may hold its own parentheses ("Georgia_(country)"): a "(" not followed by "digits-" and the
    /// ")" that closes it belong to the descriptor.
    static func readBrackets(_ text: Substring, word: Int, open: inout [(entity: String, type: String, start: Int)],
                             into mentions: inout [Mention]) {
        let characters = Array(text)
        var index = 0
        func opensMention(at position: Int) -> Bool {
            guard position < characters.count, characters[position] == "(" else { return false }
            var cursor = position + 1
            while cursor < characters.count, characters[cursor].isNumber { cursor += 1 }
            return cursor > position + 1 && cursor < characters.count && characters[cursor] == "-"
        }
        while index < characters.count {
            if opensMention(at: index) {
                var cursor = index + 1, depth = 0
                while cursor < characters.count {
                    let character = characters[cursor]
                    if character == "(" {
                        if opensMention(at: cursor) { break }
                        depth += 1
                    } else if character == ")" {
                        if depth == 0 { break }
                        depth -= 1
                    }
                    cursor += 1
                }
                let fields = String(characters[(index + 1)..<cursor]).split(separator: "-", omittingEmptySubsequences: false)
                let entity = fields.first.map(String.init) ?? ""
                let type = fields.count > 1 ? String(fields[1]) : ""
                if cursor < characters.count, characters[cursor] == ")" {
                    mentions.append(Mention(entity: entity, type: type, words: word..<(word + 1), head: word))
                    index = cursor + 1
                } else {
                    open.append((entity, type, word))
                    index = cursor
                }
            } else if characters[index].isNumber {
                var cursor = index
                while cursor < characters.count, characters[cursor].isNumber { cursor += 1 }
                let entity = String(characters[index..<cursor])
                if let position = open.lastIndex(where: { $0.entity == entity }) {
                    let opened = open.remove(at: position)
                    mentions.append(Mention(entity: entity, type: opened.type, words: opened.start..<(word + 1), head: opened.start))
                }
                index = cursor + 1
            } else {
                index += 1
            }
        }
    }
}
