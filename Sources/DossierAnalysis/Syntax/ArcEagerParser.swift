/// Greedy arc-eager dependency parsing: an averaged perceptron chooses the transition (shift, reduce,
/// left arc, right arc), a second one the relation of each arc. Generic over the weights so that
/// training (Float) and the shipped model (Int8) decode with the same code.
struct ArcEagerParser<Weights: ScoreRows> {
    let transitions: Weights
    let relations: Weights

    static var transitionFeatureCount: Int { 80 }
    static var relationFeatureCount: Int { 22 }

    /// The word, tag and word class of node `k` (0 the root, -1 none).
    struct Node {
        var word: UInt64, tag: UInt64, cluster: UInt64
    }

    @inline(__always)
    static func node(_ k: Int, _ w: SyntaxWords, _ tags: UnsafePointer<UInt8>) -> Node {
        if k < 0 { return Node(word: SyntaxWords.none, tag: 0xFE, cluster: 0xFFFF_FFFE) }
        if k == 0 { return Node(word: SyntaxWords.root, tag: 0xFD, cluster: 0xFFFF_FFFD) }
        return Node(word: w.word[k - 1], tag: UInt64(tags[k - 1]), cluster: w.cluster[k - 1])
    }

    @inline(__always)
    static func label(_ s: ArcEagerState, _ k: Int) -> UInt64 { k < 0 ? 0xFE : UInt64(s.labels[k]) }

    /// Writes the transition features of a configuration (Zhang & Nivre 2011's templates, trimmed); returns how many.
    static func transitionFeatures(_ s: ArcEagerState, _ w: SyntaxWords, _ tags: UnsafePointer<UInt8>,
                                   into keys: UnsafeMutablePointer<UInt64>) -> Int {
        var n = 0
        @inline(__always) func add(_ template: UInt64, _ value: UInt64) { keys[n] = FeatureHash.mix(template, value); n += 1 }
        @inline(__always) func c(_ a: UInt64, _ b: UInt64) -> UInt64 { FeatureHash.combine(a, b) }
        let top = s.top
        let b0i = s.buffer <= s.n ? s.buffer : -1
        let b1i = s.buffer + 1 <= s.n ? s.buffer + 1 : -1
        let b2i = s.buffer + 2 <= s.n ? s.buffer + 2 : -1
        let s1i = s.stack.count >= 2 ? Int(s.stack[s.stack.count - 2]) : -1
        let s0hi = top >= 0 ? Int(s.heads[top]) : -1
        let s0lci = top >= 0 ? Int(s.leftmost[top]) : -1
        let s0rci = top >= 0 ? Int(s.rightmost[top]) : -1
        let b0lci = b0i >= 0 ? Int(s.leftmost[b0i]) : -1
        let s0 = node(top, w, tags), b0 = node(b0i, w, tags), b1 = node(b1i, w, tags), b2 = node(b2i, w, tags)
        let s1 = node(s1i, w, tags), s0h = node(s0hi, w, tags)
        let s0lc = node(s0lci, w, tags), s0rc = node(s0rci, w, tags), b0lc = node(b0lci, w, tags)
        let s0wp = c(s0.word, s0.tag), b0wp = c(b0.word, b0.tag), b1wp = c(b1.word, b1.tag)
        let distance: UInt64 = top >= 0 && b0i >= 0 ? UInt64(min(b0i - top, 8)) : 0xF
        let s0vr = top >= 0 ? UInt64(s.rightCount[top]) : 0xF, s0vl = top >= 0 ? UInt64(s.leftCount[top]) : 0xF
        let b0vl = b0i >= 0 ? UInt64(s.leftCount[b0i]) : 0xF
        add(1, s0.word); add(2, s0.tag); add(3, s0wp)
        add(4, b0.word); add(5, b0.tag); add(6, b0wp)
        add(7, b1.word); add(8, b1.tag); add(9, b1wp)
        add(10, b2.word); add(11, b2.tag)
        add(12, c(s0wp, b0wp)); add(13, c(s0wp, b0.word)); add(14, c(s0.word, b0wp)); add(15, c(s0wp, b0.tag))
        add(16, c(s0.tag, b0wp)); add(17, c(s0.word, b0.word)); add(18, c(s0.tag, b0.tag)); add(19, c(b0.tag, b1.tag))
        add(20, c(c(b0.tag, b1.tag), b2.tag)); add(21, c(c(s0.tag, b0.tag), b1.tag)); add(22, c(c(s0h.tag, s0.tag), b0.tag))
        add(23, c(c(s0.tag, s0lc.tag), b0.tag)); add(24, c(c(s0.tag, s0rc.tag), b0.tag)); add(25, c(c(s0.tag, b0.tag), b0lc.tag))
        add(26, c(s0.word, distance)); add(27, c(s0.tag, distance)); add(28, c(b0.word, distance)); add(29, c(b0.tag, distance))
        add(30, c(c(s0.word, b0.word), distance)); add(31, c(c(s0.tag, b0.tag), distance))
        add(32, c(s0.word, s0vr)); add(33, c(s0.tag, s0vr)); add(34, c(s0.word, s0vl)); add(35, c(s0.tag, s0vl))
        add(36, c(b0.word, b0vl)); add(37, c(b0.tag, b0vl))
        add(38, s0h.word); add(39, s0h.tag); add(40, label(s, top))
        add(41, s0lc.word); add(42, s0lc.tag); add(43, label(s, s0lci))
        add(44, s0rc.word); add(45, s0rc.tag); add(46, label(s, s0rci))
        add(47, b0lc.word); add(48, b0lc.tag); add(49, label(s, b0lci))
        add(50, s0.cluster); add(51, b0.cluster); add(52, c(s0.cluster, b0.cluster))
        add(53, 0)
        add(54, c(c(s1.tag, s0.tag), b0.tag))
        add(55, c(c(label(s, top), s0.tag), b0.tag))
        add(56, c(c(s0.tag, b0.tag), UInt64(min(s.stack.count, 4))))
        // Third-order features: second children, the head's head, the label sets of dependents.
        let s0h2i = s0hi > 0 ? Int(s.heads[s0hi]) : -1
        let s0l2i = top >= 0 ? Int(s.secondLeftmost[top]) : -1, s0r2i = top >= 0 ? Int(s.secondRightmost[top]) : -1
        let b0l2i = b0i >= 0 ? Int(s.secondLeftmost[b0i]) : -1
        let s0h2 = node(s0h2i, w, tags), s0l2 = node(s0l2i, w, tags), s0r2 = node(s0r2i, w, tags), b0l2 = node(b0l2i, w, tags)
        add(57, s0h2.word); add(58, s0h2.tag); add(59, label(s, s0hi)); add(60, c(c(s0.tag, s0h.tag), s0h2.tag))
        add(61, s0l2.word); add(62, s0l2.tag); add(63, label(s, s0l2i))
        add(64, s0r2.word); add(65, s0r2.tag); add(66, label(s, s0r2i))
        add(67, b0l2.word); add(68, b0l2.tag); add(69, label(s, b0l2i))
        add(70, c(c(s0.tag, s0lc.tag), s0l2.tag)); add(71, c(c(s0.tag, s0rc.tag), s0r2.tag)); add(72, c(c(b0.tag, b0lc.tag), b0l2.tag))
        let s0rl = top >= 0 ? s.rightLabels[top] : 1 << 63, s0ll = top >= 0 ? s.leftLabels[top] : 1 << 63
        let b0ll = b0i >= 0 ? s.leftLabels[b0i] : 1 << 63
        add(73, c(s0.word, s0rl)); add(74, c(s0.tag, s0rl)); add(75, c(s0.word, s0ll)); add(76, c(s0.tag, s0ll))
        add(77, c(b0.word, b0ll)); add(78, c(b0.tag, b0ll))
        add(79, c(s0.cluster, b0.tag)); add(80, c(s0.tag, b0.cluster))
        return n
    }

    /// Writes the features choosing the relation of the arc `head` → `dependent`; returns how many.
    static func relationFeatures(_ s: ArcEagerState, head hi: Int, dependent di: Int, _ w: SyntaxWords, _ tags: UnsafePointer<UInt8>,
                                 into keys: UnsafeMutablePointer<UInt64>) -> Int {
        var n = 0
        @inline(__always) func add(_ template: UInt64, _ value: UInt64) { keys[n] = FeatureHash.mix(template, value); n += 1 }
        @inline(__always) func c(_ a: UInt64, _ b: UInt64) -> UInt64 { FeatureHash.combine(a, b) }
        let h = node(hi, w, tags), d = node(di, w, tags)
        let direction: UInt64 = hi < di ? 1 : 2
        let distance = UInt64(min(abs(hi - di), 6))
        let dPrevious = node(di - 1, w, tags), dNext = node(di + 1 <= s.n ? di + 1 : -1, w, tags)
        let hHeadLabel = hi > 0 ? label(s, hi) : 0xFD
        let hLeft = Int(s.leftmost[hi]), dLeft = Int(s.leftmost[di]), dRight = Int(s.rightmost[di])
        add(201, direction)
        add(202, c(h.word, direction)); add(203, c(h.tag, direction)); add(204, c(d.word, direction)); add(205, c(d.tag, direction))
        add(206, c(c(h.tag, d.tag), direction)); add(207, c(c(h.word, d.tag), direction)); add(208, c(c(h.tag, d.word), direction))
        add(209, c(c(h.word, d.word), direction)); add(210, c(c(d.tag, distance), direction))
        add(211, c(label(s, dLeft), d.tag)); add(212, c(label(s, dRight), d.tag))
        add(213, c(c(label(s, hLeft), d.tag), direction)); add(214, c(c(h.cluster, d.cluster), direction))
        add(215, c(c(d.tag, dNext.tag), direction)); add(216, c(c(dPrevious.tag, d.tag), direction))
        add(217, c(c(hHeadLabel, d.tag), direction)); add(218, c(c(label(s, hLeft), h.tag), d.word))
        add(219, c(d.cluster, direction)); add(220, c(c(dPrevious.word, d.tag), direction))
        let dLeftNode = node(dLeft, w, tags)
        add(221, c(c(dLeftNode.word, h.tag), direction)); add(222, c(c(s.leftLabels[hi], d.tag), direction))
        return n
    }

    /// Scratch space for one parse call, reused across sentences.
    final class Scratch {
        let keys: UnsafeMutablePointer<UInt64>
        let scores: UnsafeMutablePointer<Weights.Score>
        var state = ArcEagerState()
        init(width: Int) {
            keys = .allocate(capacity: 128)
            scores = .allocate(capacity: max(width, ArcEagerState.transitionCount))
        }
        deinit {
            keys.deallocate()
            scores.deallocate()
        }
    }

    /// The best legal transition for a configuration, by the scores in `scores`.
    static func best(_ s: ArcEagerState, _ scores: UnsafePointer<Weights.Score>) -> ArcEagerState.Transition {
        var best: ArcEagerState.Transition? = nil
        for t in 0..<ArcEagerState.transitionCount {
            let transition = ArcEagerState.Transition(rawValue: t)!
            guard s.isLegal(transition) else { continue }
            if best == nil || scores[t] > scores[best!.rawValue] { best = transition }
        }
        return best ?? .reduce
    }

    /// The best relation; `root` only (and always) for arcs from the root.
    static func bestRelation(head: Int, _ scores: UnsafePointer<Weights.Score>, width: Int) -> UInt8 {
        if head == 0 { return UniversalTags.root }
        var best = -1
        for r in 0..<width where r != Int(UniversalTags.root) {
            if best < 0 || scores[r] > scores[best] { best = r }
        }
        return UInt8(best)
    }

    /// Parses one tagged sentence; heads are written as node numbers (0 the root, k the k-th word, 1-based).
    func parse(_ w: SyntaxWords, tags: UnsafePointer<UInt8>, heads: UnsafeMutablePointer<Int32>,
               relations relationsOut: UnsafeMutablePointer<UInt8>, _ scratch: Scratch) {
        // The state's buffers are reused across sentences; a local copy keeps the loop free of class accesses.
        var state = ArcEagerState()
        swap(&state, &scratch.state)
        defer { swap(&state, &scratch.state) }
        state.reset(words: w.count)
        let keys = scratch.keys, scores = scratch.scores
        while !state.isFinal {
            let n = Self.transitionFeatures(state, w, tags, into: keys)
            transitions.score(UnsafeBufferPointer(start: keys, count: n), into: scores)
            let t = Self.best(state, scores)
            var label = ArcEagerState.noLabel
            if t == .left || t == .right {
                let (h, d) = state.arc(t)
                let m = Self.relationFeatures(state, head: h, dependent: d, w, tags, into: keys)
                relations.score(UnsafeBufferPointer(start: keys, count: m), into: scores)
                label = Self.bestRelation(head: h, scores, width: relations.width)
            }
            state.apply(t, label: label)
        }
        // Words left without a head attach to the root word (the first of them when the root took none).
        var rootWord = 0
        for k in stride(from: 1, through: w.count, by: 1) where state.heads[k] == 0 { rootWord = k; break }
        for k in stride(from: 1, through: w.count, by: 1) where state.heads[k] < 0 {
            if rootWord == 0 {
                rootWord = k
                state.heads[k] = 0
                state.labels[k] = UniversalTags.root
                continue
            }
            let m = Self.relationFeatures(state, head: rootWord, dependent: k, w, tags, into: keys)
            relations.score(UnsafeBufferPointer(start: keys, count: m), into: scores)
            state.heads[k] = Int32(rootWord)
            state.labels[k] = Self.bestRelation(head: rootWord, scores, width: relations.width)
        }
        for k in stride(from: 1, through: w.count, by: 1) {
            heads[k - 1] = state.heads[k]
            relationsOut[k - 1] = state.labels[k]
        }
    }
}
