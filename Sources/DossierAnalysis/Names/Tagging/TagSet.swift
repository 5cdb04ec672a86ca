/// BILOU tags as small integers: 0 is O; `1 + 4 * type + position` with positions B, I, L, U.
enum TagSet {
    static let count = 17
    static let outside: UInt8 = 0
    enum Position: UInt8 { case begin = 0, inside = 1, last = 2, unit = 3 }

    @inline(__always) static func tag(_ type: NameType, _ position: Position) -> UInt8 {
        1 + 4 * typeIndex(type) + position.rawValue
    }
    @inline(__always) static func typeIndex(_ type: NameType) -> UInt8 {
        switch type { case .person: 0; case .organization: 1; case .location: 2; case .miscellaneous: 3 }
    }
    static let types: [NameType] = [.person, .organization, .location, .miscellaneous]
    @inline(__always) static func type(of tag: UInt8) -> NameType? { tag == 0 ? nil : types[Int((tag - 1) / 4)] }
    @inline(__always) static func position(of tag: UInt8) -> Position { Position(rawValue: (tag - 1) % 4)! }

    /// Classes of previous tags for the word and shape conjunctions: 0 outside (O, or a name just ended),
    /// 1 sentence start, 2 + type inside a name (B or I). With the BILOU constraints this is all that matters.
    static let previousClasses = 6
    static let previousClass: [Int] = (0...count).map { p in
        if p == count { return 1 }
        if p == 0 { return 0 }
        let position = position(of: UInt8(p))
        return position == .begin || position == .inside ? 2 + Int((p - 1) / 4) : 0
    }

    /// Allowed tags after `previous` (17 = sentence start), as a bit mask; `last` forbids B and I.
    static let allowed: [UInt32] = {
        var masks = [UInt32](repeating: 0, count: 2 * (count + 1))
        for previous in 0...count {
            for isLast in 0...1 {
                var mask: UInt32 = 0
                for tag in 0..<count {
                    if isLast == 1, tag != 0, [Position.begin, .inside].contains(position(of: UInt8(tag))) { continue }
                    if previous == count || previous == 0 || [Position.last, .unit].contains(position(of: UInt8(previous))) {
                        if tag == 0 || [Position.begin, .unit].contains(position(of: UInt8(tag))) { mask |= 1 << tag }
                    } else if tag != 0, type(of: UInt8(tag)) == type(of: UInt8(previous)),
                              [Position.inside, .last].contains(position(of: UInt8(tag))) {
                        mask |= 1 << tag
                    }
                }
                masks[previous * 2 + isLast] = mask
            }
        }
        return masks
    }()

    /// BILOU tags for chunks over `count` tokens.
    static func encode(_ chunks: [NameSpan], count: Int) -> [UInt8] {
        var tags = [UInt8](repeating: 0, count: count)
        for chunk in chunks {
            if chunk.tokens.count == 1 { tags[chunk.tokens.lowerBound] = tag(chunk.type, .unit); continue }
            for i in chunk.tokens { tags[i] = tag(chunk.type, .inside) }
            tags[chunk.tokens.lowerBound] = tag(chunk.type, .begin)
            tags[chunk.tokens.upperBound - 1] = tag(chunk.type, .last)
        }
        return tags
    }

    /// Chunks from BILOU tags of one sentence (offset added to token indices); lenient with broken sequences.
    static func decode(_ tags: ArraySlice<UInt8>, into spans: inout [NameSpan]) {
        var start = -1
        var current: NameType? = nil
        for i in tags.indices {
            let tag = tags[i]
            let type = TagSet.type(of: tag)
            if let open = current, type != open || position(of: tag) == .begin || position(of: tag) == .unit {
                spans.append(NameSpan(tokens: start..<i, type: open))
                current = nil
            }
            guard let type else { continue }
            if current == nil { start = i; current = type }
            if position(of: tag) == .last || position(of: tag) == .unit {
                spans.append(NameSpan(tokens: start..<(i + 1), type: type))
                current = nil
            }
        }
        if let open = current { spans.append(NameSpan(tokens: start..<tags.endIndex, type: open)) }
    }
}
