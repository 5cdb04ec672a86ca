/// How one word has been tagged so far in a document.
struct History {
    var counts: (UInt16, UInt16, UInt16, UInt16, UInt16) = (0, 0, 0, 0, 0)
    var last: UInt8 = 0

    /// 0 for O, 1 + type index otherwise; ties go to the earlier type.
    var majority: UInt8 {
        var best: UInt8 = 0, top = counts.0
        if counts.1 > top { best = 1; top = counts.1 }
        if counts.2 > top { best = 2; top = counts.2 }
        if counts.3 > top { best = 3; top = counts.3 }
        if counts.4 > top { best = 4 }
        return best
    }

    mutating func record(_ tag: UInt8) {
        let type = tag == 0 ? 0 : Int((tag - 1) / 4) + 1
        switch type {
        case 0: counts.0 &+= 1
        case 1: counts.1 &+= 1
        case 2: counts.2 &+= 1
        case 3: counts.3 &+= 1
        default: counts.4 &+= 1
        }
        last = tag
    }
}
