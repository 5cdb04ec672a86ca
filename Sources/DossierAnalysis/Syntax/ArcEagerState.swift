/// A configuration of the arc-eager transition system (Nivre 2003) over one sentence: a stack, a buffer
/// front and the arcs so far. Node 0 is the root, nodes 1...n are the words; the root starts on the stack
/// and takes one dependent; words left without a head at the end attach to that root word.
struct ArcEagerState {
    enum Transition: Int { case shift = 0, reduce = 1, left = 2, right = 3 }
    static let transitionCount = 4
    static let noLabel: UInt8 = 0xFF

    var n = 0
    var stack: [Int32] = []
    var buffer = 1
    var heads: [Int32] = []
    var labels: [UInt8] = []
    var leftmost: [Int32] = []
    var rightmost: [Int32] = []
    var secondLeftmost: [Int32] = []
    var secondRightmost: [Int32] = []
    /// Bit sets of the relations of each node's left and right dependents.
    var leftLabels: [UInt64] = []
    var rightLabels: [UInt64] = []
    var leftCount: [UInt8] = []
    var rightCount: [UInt8] = []
    var inStack: [Bool] = []

    mutating func reset(words: Int) {
        n = words
        stack.removeAll(keepingCapacity: true)
        stack.append(0)
        buffer = 1
        Self.fill(&heads, -1, n + 1)
        Self.fill(&leftmost, -1, n + 1)
        Self.fill(&rightmost, -1, n + 1)
        Self.fill(&secondLeftmost, -1, n + 1)
        Self.fill(&secondRightmost, -1, n + 1)
        Self.fill(&labels, Self.noLabel, n + 1)
        Self.fill(&leftLabels, 0, n + 1)
        Self.fill(&rightLabels, 0, n + 1)
        Self.fill(&leftCount, 0, n + 1)
        Self.fill(&rightCount, 0, n + 1)
        Self.fill(&inStack, false, n + 1)
        inStack[0] = true
    }

    private static func fill<T>(_ array: inout [T], _ value: T, _ count: Int) {
        array.removeAll(keepingCapacity: true)
        array.append(contentsOf: repeatElement(value, count: count))
    }

    var isFinal: Bool { buffer > n }
    var top: Int { stack.isEmpty ? -1 : Int(stack[stack.count - 1]) }

    func isLegal(_ t: Transition) -> Bool {
        switch t {
        case .shift: return buffer <= n
        case .right: return buffer <= n && !stack.isEmpty && (top > 0 || rightCount[0] == 0)   // one root word
        case .left: return buffer <= n && top > 0 && heads[top] < 0
        case .reduce: return top > 0 && heads[top] >= 0
        }
    }

    /// The (head, dependent) an arc transition would add.
    func arc(_ t: Transition) -> (head: Int, dependent: Int) {
        t == .left ? (buffer, top) : (top, buffer)
    }

    mutating func apply(_ t: Transition, label: UInt8) {
        switch t {
        case .shift:
            stack.append(Int32(buffer)); inStack[buffer] = true; buffer += 1
        case .reduce:
            inStack[top] = false; stack.removeLast()
        case .left:
            let d = top
            attach(d, to: buffer, label: label)
            inStack[d] = false; stack.removeLast()
        case .right:
            attach(buffer, to: top, label: label)
            stack.append(Int32(buffer)); inStack[buffer] = true; buffer += 1
        }
    }

    /// Adds the arc `h` → `d`, keeping the head's outermost children, counts and relation sets on `d`'s side.
    private mutating func attach(_ d: Int, to h: Int, label: UInt8) {
        heads[d] = Int32(h)
        labels[d] = label
        let bit: UInt64 = label < 64 ? 1 << UInt64(label) : 0
        if d < h {
            secondLeftmost[h] = leftmost[h]; leftmost[h] = Int32(d); leftCount[h] &+= 1; leftLabels[h] |= bit
        } else {
            secondRightmost[h] = rightmost[h]; rightmost[h] = Int32(d); rightCount[h] &+= 1; rightLabels[h] |= bit
        }
    }

    /// Gold arcs a transition makes unreachable (Goldberg & Nivre 2012's dynamic oracle); `gold` holds each
    /// node's gold head (node 0 unused).
    func cost(_ t: Transition, gold: UnsafePointer<Int32>) -> Int {
        let s = top, b = buffer
        var cost = 0
        switch t {
        case .left:
            // s loses a head in the buffer other than b, and its dependents in the buffer.
            if gold[s] != Int32(b) && Int(gold[s]) > b { cost += 1 }
            for k in b...n where gold[k] == Int32(s) { cost += 1 }
        case .right:
            // b loses a head elsewhere on the stack or in the buffer, and dependents on the stack still without a head.
            let h = Int(gold[b])
            if h != s && (h > b || inStack[h]) { cost += 1 }
            for k in stack where heads[Int(k)] < 0 && k != 0 && gold[Int(k)] == Int32(b) { cost += 1 }
        case .reduce:
            for k in b...n where gold[k] == Int32(s) { cost += 1 }
        case .shift:
            let h = Int(gold[b])
            if h < b && inStack[h] { cost += 1 }
            for k in stack where heads[Int(k)] < 0 && k != 0 && gold[Int(k)] == Int32(b) { cost += 1 }
        }
        return cost
    }
}
