import DossierText

/// Finds event triggers in each sentence and attaches participants. With a dependency tree, a verb's
/// participants are read off it (see `TreeParticipants.swift`); otherwise, and for nouns, with rules over tokens:
/// passives ("were questioned by police"), coordinated subjects ("Sobol and Oleg were detained"),
/// relative clauses ("Vasilyeva, who was also detained"), reported speech (a clause after "said" is
/// its own clause), possessors of nouns ("his arrest", "his return"), and prepositional objects.
/// - Complexity: linear in tokens; each trigger looks only inside its sentence.
struct EventExtractor: Sendable {
    static let npInternal: Set<String> = [
        "the", "a", "an", "both", "his", "her", "their", "its", "jailed", "imprisoned", "detained", "exiled", "late",
        "prominent", "former", "veteran", "fellow", "leading", "main", "key", "chief", "senior", "top", "outspoken",
        "embattled", "ousted", "deposed", "-", "–", "anti-corruption", "also", "well-known", "famous", "young",
    ]
    static let segmentStops: Set<String> = [
        "that", "which", "said", "says", "say", "told", "tells", "added", ";", ":", "\"", "“", "”", "while", "because",
        "when", "where", "if", "although", "but", "whereas", "unless", "until", "as", "after", "before", "since",
    ]
    static let adverbs: Set<String> = ["also", "reportedly", "allegedly", "later", "then", "not", "never", "already", "being", "been", "since", "subsequently", "briefly", "again", "just", "recently", "previously", "n't"]
    static let ambiguousBase: Set<String> = ["fine", "state", "question", "post", "march", "sentence", "charge", "search", "attack", "release", "protest", "return", "rally", "meet", "ban", "appeal", "question", "warning"]
    static let lightVerbs: Set<String> = ["carried", "carry", "carries", "conducted", "conduct", "launched", "launch",
                                          "opened", "staged", "stage", "held", "hold", "organised", "organized", "made", "led"]
    static let modals: Set<String> = ["to", "will", "would", "could", "may", "might", "can", "should", "must", "shall"]
    static let subjectPronouns: Set<String> = ["they", "we", "i", "you", "police", "authorities", "officials"]

    struct Context {
        let document: Document
        let words: Words
        let set: WorkingSet
        let startsAt: [Int32]
        let endsAt: [Int32]
        let isTrigger: [Bool]
        /// Empty when no syntax model is loaded.
        let tree: SyntaxTree
        /// Per token: the mention covering it, or -1.
        let mentionAt: [Int32]
    }

    func extract(_ document: Document, words: Words, set: WorkingSet, times: [WorkingTime],
                 anchor: CivilDate?, anchorInferred: Bool, tree: SyntaxTree = SyntaxTree()) -> [(event: Event, participants: [(entity: Int, role: String)])] {
        var startsAt = [Int32](repeating: -1, count: words.count + 1)
        var endsAt = [Int32](repeating: -1, count: words.count + 1)
        var mentionAt = [Int32](repeating: -1, count: words.count + 1)
        for (index, mention) in set.mentions.enumerated() {
            for t in mention.tokens where mentionAt[t] < 0 { mentionAt[t] = Int32(index) }
            if startsAt[mention.tokens.lowerBound] < 0 { startsAt[mention.tokens.lowerBound] = Int32(index) }
            endsAt[mention.tokens.upperBound - 1] = Int32(index)
        }
        var isTrigger = [Bool](repeating: false, count: words.count + 1)
        var inTime = [Bool](repeating: false, count: words.count + 1)
        for time in times { for t in time.tokens { inTime[t] = true } }
        for sentence in document.sentences {
            for i in sentence.tokens where !inTime[i] {
                if let entry = TriggerLexicon.table[words.lower[i]], accept(i, entry: entry, sentence: sentence, words: words, tree: tree) { isTrigger[i] = true }
            }
        }
        let context = Context(document: document, words: words, set: set, startsAt: startsAt, endsAt: endsAt, isTrigger: isTrigger,
                              tree: tree.heads.count == words.count ? tree : SyntaxTree(), mentionAt: mentionAt)

        var result: [(event: Event, participants: [(entity: Int, role: String)])] = []
        var timeIndex = 0
        for sentence in document.sentences {
            while timeIndex < times.count, times[timeIndex].tokens.lowerBound < sentence.tokens.lowerBound { timeIndex += 1 }
            var sentenceTimes: [WorkingTime] = []
            var k = timeIndex
            while k < times.count, times[k].tokens.lowerBound < sentence.tokens.upperBound { sentenceTimes.append(times[k]); k += 1 }
            var t = sentence.tokens.lowerBound
            while t < sentence.tokens.upperBound {
                let word = words.lower[t]
                guard !inTime[t], var entry = TriggerLexicon.table[word], accept(t, entry: entry, sentence: sentence, words: words, tree: tree) else { t += 1; continue }
                // A base form that is also a noun ("arrest", "return", "probe") is a noun unless "to" or a modal precedes it.
                if !entry.isNoun, word == entry.lemma, TriggerLexicon.nounToo.contains(word),
                   !(t > sentence.tokens.lowerBound && (Self.modals.contains(words.lower[t - 1]) || Self.subjectPronouns.contains(words.lower[t - 1]))) {
                    entry.isNoun = true
                }
                var trigger = t..<(t + 1)
                var verbPosition = t
                var isNoun = entry.isNoun
                // "taken into custody": a passive verb phrase.
                if word == "custody", t - 2 >= sentence.tokens.lowerBound, words.lower[t - 1] == "into",
                   ["taken", "take", "takes", "taking", "took"].contains(words.lower[t - 2]) {
                    trigger = (t - 2)..<(t + 1); verbPosition = t - 2; isNoun = false
                }
                // "poisoning attack": one trigger.
                if t + 1 < sentence.tokens.upperBound, entry.type == "attack", let next = TriggerLexicon.table[words.lower[t + 1]], next.type == "attack" {
                    trigger = t..<(t + 2)
                }
                let participants = isNoun
                    ? nominalParticipants(trigger, type: entry.type, sentence: sentence, context)
                    : verbalParticipants(trigger, verbPosition: verbPosition, type: entry.type, sentence: sentence, context)
                let modality = self.modality(trigger, isNoun: isNoun, sentence: sentence, words: words)
                let time = eventTime(trigger, sentence: sentence, times: sentenceTimes, words: words, isTrigger: isTrigger, document: document,
                                     anchor: anchor, anchorInferred: anchorInferred)
                let event = Event(id: "v\(result.count + 1)", type: entry.type, trigger: range(trigger, document),
                                  sentence: sentence.range, participants: [], time: time, modality: modality)
                result.append((event, participants))
                t = trigger.upperBound
            }
        }
        return result
    }

    /// Marks the sentences whose tree `extract` reads: those with a word of the trigger lexicon.
    static func markSentencesNeedingSyntax(_ needed: inout [Bool], document: Document, words: Words) {
        for (s, sentence) in document.sentences.enumerated() where !needed[s] {
            needed[s] = sentence.tokens.contains { TriggerLexicon.table[words.lower[$0]] != nil }
        }
    }

    /// Filters uses that are not events: base forms of ambiguous words need "to" or a modal before them;
    /// "jailed" before a name is an attribute.
    func accept(_ t: Int, entry: TriggerLexicon.Entry, sentence: Sentence, words: Words, tree: SyntaxTree = SyntaxTree()) -> Bool {
        let word = words.lower[t]
        let before = t > sentence.tokens.lowerBound ? words.lower[t - 1] : ""
        if !entry.isNoun, word == entry.lemma, Self.ambiguousBase.contains(word) {
            return (Self.modals.contains(before) || TriggerLexicon.nounToo.contains(word)) && acceptsSense(t, entry: entry, sentence: sentence, words: words)
        }
        // "jailed Kremlin critic" is an attribute; "Police detained Sobol" a verb with its subject before it.
        if (word == "jailed" || word == "imprisoned" || word == "detained"), t + 1 < sentence.tokens.upperBound,
           words.isCapitalized(t + 1) || Lexicon.roleModifiers.contains(words.lower[t + 1]), !Self.subjectPronouns.contains(before),
           !(tree.heads.count == words.count && tree.tags[t] == UniversalTags.verb && tree.relations[t] != UniversalTags.amod
             && tree.dependents(of: t, in: sentence.tokens).contains { tree.relations[$0] == UniversalTags.nsubj }) {
            return false    // "jailed Kremlin critic Alexey Navalny", but "police detained Anastasia Vasilyeva"
        }
        if word == "warning", before != "a" && before != "the" && !Lexicon.beForms.contains(before) { return false }
        if TriggerLexicon.passiveOnly.contains(word), !Lexicon.beForms.contains(before), before != "fatally" { return false }
        // "left" as a verb only after a name or pronoun; "named" only with an object name; "according" only before "to".
        let after = t + 1 < sentence.tokens.upperBound ? words.lower[t + 1] : ""
        if word == "according", after != "to" { return false }
        if word == "left", !(t > sentence.tokens.lowerBound && (words.isCapitalized(t - 1) || ["he", "she", "they", "we", "i"].contains(before))) { return false }
        if word == "named", !(t + 1 < sentence.tokens.upperBound && (words.isCapitalized(t + 1) || after == "as")) { return false }
        if word == "dead", !(Lexicon.beForms.contains(before) || ["found", "pronounced", "left", "people", "are", "were", "dozens", "killed"].contains(before) || words.isNumber(max(t - 1, 0))) { return false }
        if word == "deal", before != "a" && before != "the" && !(t > 0 && words.isCapitalized(t - 1)) { return false }
        return acceptsSense(t, entry: entry, sentence: sentence, words: words)
    }

    static let releasedThings: Set<String> = [
        "statement", "statements", "report", "reports", "video", "videos", "footage", "album", "single", "song", "film",
        "book", "figures", "data", "details", "list", "results", "documents", "document", "images", "photos", "photographs",
        "transcript", "transcripts", "recording", "version", "update", "product", "products", "game", "trailer", "plan",
        "names", "information", "findings", "budget", "forecast", "guidance", "earnings", "emails", "letter", "memo", "audio",
    ]
    static let killedThings: Set<String> = [
        "deal", "bill", "plan", "proposal", "project", "idea", "talks", "measure", "legislation", "merger", "agreement",
        "program", "programme", "story", "motion", "amendment", "reform", "initiative", "pipeline", "contract", "offer",
    ]
    static let jobs: Set<String> = [
        "office", "post", "job", "company", "firm", "government", "politics", "position", "role", "party", "team", "club",
        "board", "cabinet", "parliament", "army", "military", "race", "presidency", "premiership", "administration",
        "band", "show", "business", "bank", "coalition", "ministry", "organisation", "organization", "group", "league",
    ]

    /// Senses of a trigger word that are not its event: releasing a statement is no release from custody, a killed
    /// deal is no death, search-and-rescue helicopters search nobody, and leaving or entering a job is no travel.
    func acceptsSense(_ t: Int, entry: TriggerLexicon.Entry, sentence: Sentence, words: Words) -> Bool {
        let w = words.lower
        let end = sentence.tokens.upperBound, start = sentence.tokens.lowerBound
        /// The first noun-like word after `t`, skipping determiners, possessives and adjectives up to three words.
        func object(after t: Int) -> String? {
            var k = t + 1
            while k < end, k <= t + 4 {
                if Self.npInternal.contains(w[k]) || ["new", "its", "our", "my", "your", "first", "latest", "full", "own"].contains(w[k]) || words.isPossessive(k) { k += 1; continue }
                return w[k]
            }
            return nil
        }
        /// The words before a passive participle ("a video was released"), nearest first, up to three; none otherwise.
        func passiveSubject(_ t: Int) -> ArraySlice<String> {
            guard !entry.isNoun, t - 1 > start, Lexicon.beForms.contains(w[t - 1]) else { return [] }
            return w[max(start, t - 4)..<(t - 1)]
        }
        switch (entry.type, entry.lemma) {
        case ("release", "release"):
            if let thing = object(after: t), Self.releasedThings.contains(thing) { return false }
            if passiveSubject(t).contains(where: Self.releasedThings.contains) { return false }
            if !entry.isNoun, t > start, Self.releasedThings.contains(w[t - 1]) { return false }  // "a statement released after the attack"
            if entry.isNoun, t + 1 < end, w[t + 1] == "of", let thing = object(after: t + 1), Self.releasedThings.contains(thing) { return false }
        case ("die", "kill"):
            if let thing = object(after: t), Self.killedThings.contains(thing) { return false }
            if passiveSubject(t).contains(where: Self.killedThings.contains) { return false }
        case ("search", _):
            if t + 2 < end, w[t + 1] == "and", w[t + 2] == "rescue" { return false }
            if t + 1 < end, ["engine", "engines", "results", "terms", "term", "history", "bar", "box", "query", "queries", "ranking", "rankings"].contains(w[t + 1]) { return false }
        case ("travel", "leave"), ("travel", "enter"):
            if let thing = object(after: t), Self.jobs.contains(thing) { return false }
        default:
            break
        }
        return true
    }

    // MARK: - Participants

    /// Mentions that head a noun phrase at clause level: not possessors, not inside a prepositional phrase.
    func isHead(_ mention: WorkingMention, floor: Int, sentence: Sentence, _ c: Context) -> Bool {
        if mention.isPossessor { return false }
        var k = mention.tokens.lowerBound - 1
        while k >= max(floor, sentence.tokens.lowerBound) {
            let w = c.words.lower[k]
            if c.words.isPossessive(k) || Self.npInternal.contains(w) || c.words.isCapitalized(k) || c.words.isNumber(k)
                || Lexicon.roles[w] != nil || Lexicon.roleModifiers.contains(w) || Lexicon.titles[w] != nil {
                k -= 1; continue
            }
            return !Lexicon.prepositions.contains(w)
        }
        return true
    }

    /// Start of the clause that ends just before `position`: after the last "said", "that", …; at "who"/"which".
    /// A parenthetical ", the head of …," just before a verb is skipped.
    func clauseStart(before position: Int, sentence: Sentence, _ c: Context) -> (start: Int, skipped: Range<Int>?) {
        var k = position - 1
        var skipped: Range<Int>? = nil
        if k > sentence.tokens.lowerBound, c.words.lower[k] == "," {
            var open = k - 1
            while open > sentence.tokens.lowerBound, c.words.lower[open] != "," { open -= 1 }
            if open > sentence.tokens.lowerBound, c.words.lower[open] == "," { skipped = open..<(k + 1); k = open - 1 }
        }
        while k >= sentence.tokens.lowerBound {
            let w = c.words.lower[k]
            if w == "who" || w == "whom" { return (k, skipped) }
            if Self.segmentStops.contains(w) { return (k + 1, skipped) }
            k -= 1
        }
        return (sentence.tokens.lowerBound, skipped)
    }

    /// End of the clause that starts at `position`.
    func clauseEnd(after position: Int, sentence: Sentence, _ c: Context) -> Int {
        var k = position
        while k < sentence.tokens.upperBound {
            let w = c.words.lower[k]
            if Self.segmentStops.contains(w) || w == "who" || w == "whom" { return k }
            if w == ",", !(k + 1 < sentence.tokens.upperBound && (c.startsAt[k + 1] >= 0 || c.words.lower[k + 1] == "and")) { return k }
            k += 1
        }
        return sentence.tokens.upperBound
    }

    func heads(in tokens: Range<Int>, excluding skipped: Range<Int>?, sentence: Sentence, _ c: Context) -> [Int] {
        var result: [Int] = []
        var k = tokens.lowerBound
        while k < tokens.upperBound {
            if let skipped, skipped.contains(k) { k = skipped.upperBound; continue }
            if c.startsAt[k] >= 0 {
                let m = c.set.mentions[Int(c.startsAt[k])]
                if isHead(m, floor: tokens.lowerBound, sentence: sentence, c), !result.contains(m.entity) { result.append(m.entity) }
                k = max(k + 1, m.tokens.upperBound)
                continue
            }
            k += 1
        }
        return result
    }

    func verbalParticipants(_ trigger: Range<Int>, verbPosition: Int, type: String, sentence: Sentence, _ c: Context) -> [(entity: Int, role: String)] {
        var result: [(entity: Int, role: String)] = []
        func add(_ entity: Int, _ role: String) {
            if !result.contains(where: { $0.entity == entity && $0.role == role }) { result.append((entity, role)) }
        }
        // "According to Mediazona": the source is the agent.
        if c.words.lower[verbPosition] == "according" {
            let k = verbPosition + 2
            if k < sentence.tokens.upperBound, c.startsAt[k] >= 0 { add(c.set.mentions[Int(c.startsAt[k])].entity, "agent") }
            return result
        }
        if let fromTree = treeParticipants(verbPosition, type: type, sentence: sentence, c), !fromTree.isEmpty {
            result = fromTree
            addPlaces(after: trigger.upperBound, end: clauseEnd(after: trigger.upperBound, sentence: sentence, c), into: &result, c)
            return result
        }
        // Passive: a form of "be" (or "get") a few words before the participle.
        var be: Int? = nil
        var k = verbPosition - 1
        while k >= sentence.tokens.lowerBound, k >= verbPosition - 4 {
            let w = c.words.lower[k]
            if Lexicon.beForms.contains(w) && w != "'s" && w != "’s" { be = k; break }
            if !Self.adverbs.contains(w) { break }
            k -= 1
        }
        let isParticiple = c.words.lower[verbPosition].hasSuffix("ed") || ["taken", "shot", "held", "beaten", "freed", "met", "told", "said"].contains(c.words.lower[verbPosition])
        let byFollows = (trigger.upperBound..<min(sentence.tokens.upperBound, trigger.upperBound + 4)).contains { c.words.lower[$0] == "by" }
        let isPassive = isParticiple && (be != nil || byFollows)
        let (start, skipped) = clauseStart(before: be ?? verbPosition, sentence: sentence, c)
        let subjects = heads(in: start..<(be ?? verbPosition), excluding: skipped, sentence: sentence, c)
        var end = clauseEnd(after: trigger.upperBound, sentence: sentence, c)
        if let next = (trigger.upperBound..<end).first(where: { c.isTrigger[$0] }) { end = next }
        if isPassive {
            for s in subjects where c.set.entities[s].type != .place { add(s, "patient") }
            // "by police"
            var b = trigger.upperBound
            while b < end {
                if c.words.lower[b] == "by", b + 1 < end {
                    var m = b + 1
                    if c.words.lower[m] == "the" { m += 1 }
                    if m < end, c.startsAt[m] >= 0, !c.set.mentions[Int(c.startsAt[m])].isPossessor {
                        add(c.set.mentions[Int(c.startsAt[m])].entity, "agent")
                    }
                    break
                }
                b += 1
            }
        } else {
            // "see him imprisoned": an object right before a bare participle.
            if c.words.lower[verbPosition].hasSuffix("ed"), verbPosition - 1 >= sentence.tokens.lowerBound, c.endsAt[verbPosition - 1] >= 0,
               be == nil, ["arrest", "investigate", "attack", "sentence", "release", "charge"].contains(type) {
                add(c.set.mentions[Int(c.endsAt[verbPosition - 1])].entity, "patient")
            } else {
                // Places only when right before the verb ("Russia arrests thousands").
                for s in subjects where c.set.entities[s].type != .place || c.endsAt[verbPosition - 1] >= 0
                    && c.set.mentions[Int(c.endsAt[verbPosition - 1])].entity == s { add(s, "agent") }
                if result.isEmpty {
                    // "Navalny's lawyers intend to appeal": the client of the subject.
                    var s = start
                    while s + 2 < verbPosition {
                        if c.endsAt[s] >= 0, c.words.isPossessive(s + 1), ["lawyers", "lawyer", "attorneys", "attorney", "team"].contains(c.words.lower[s + 2]) {
                            add(c.set.mentions[Int(c.endsAt[s])].entity, "beneficiary")
                            break
                        }
                        s += 1
                    }
                }
            }
            // Objects after the verb.
            let objectRole = type == "statement" ? "recipient" : "patient"
            for o in heads(in: trigger.upperBound..<end, excluding: nil, sentence: sentence, c) where c.set.entities[o].type != .place {
                if type != "statement" || c.words.lower[verbPosition].hasPrefix("t") { add(o, objectRole) }
            }
        }
        addPlaces(after: trigger.upperBound, end: end, into: &result, c)
        return result
    }

    func nominalParticipants(_ trigger: Range<Int>, type: String, sentence: Sentence, _ c: Context) -> [(entity: Int, role: String)] {
        var result: [(entity: Int, role: String)] = []
        func add(_ entity: Int, _ role: String) {
            if !result.contains(where: { $0.entity == entity && $0.role == role }) { result.append((entity, role)) }
        }
        let possessorRole = TriggerLexicon.possessorIsAgent.contains(type) ? "agent" : "patient"
        // "his arrest", "Navalny's planned appeal".
        var k = trigger.lowerBound - 1
        var steps = 0
        while k >= sentence.tokens.lowerBound, steps < 3 {
            if c.words.isPossessive(k), k - 1 >= sentence.tokens.lowerBound, c.endsAt[k - 1] >= 0 {
                add(c.set.mentions[Int(c.endsAt[k - 1])].entity, possessorRole); break
            }
            if c.endsAt[k] >= 0, c.set.mentions[Int(c.endsAt[k])].kind == .pronoun, c.set.mentions[Int(c.endsAt[k])].isPossessor {
                add(c.set.mentions[Int(c.endsAt[k])].entity, possessorRole); break
            }
            if !c.words.isWord(k) || Lexicon.prepositions.contains(c.words.lower[k]) || c.isTrigger[k] && k != trigger.lowerBound - 1 { break }
            k -= 1; steps += 1
        }
        // "a probe against Leonid Volkov", "the arrest of …"; searches: every place searched ("at the flat of Yulia").
        let end = clauseEnd(after: trigger.upperBound, sentence: sentence, c)
        if type == "search" {
            var m = trigger.upperBound
            while m < end {
                if c.startsAt[m] >= 0 {
                    let mention = c.set.mentions[Int(c.startsAt[m])]
                    if !mention.isPossessor, c.set.entities[mention.entity].type != .place, c.set.entities[mention.entity].type != .group {
                        add(mention.entity, "patient")
                    }
                    m = max(m + 1, mention.tokens.upperBound); continue
                }
                if c.words.lower[m] == "which" || c.words.lower[m] == "who" { break }
                m += 1
            }
        } else {
            var m = trigger.upperBound
            if m < end, ["of", "against", "into", "on"].contains(c.words.lower[m]) {
                m += 1
                // "the sentence of Democrat Rod Blagojevich": a party or title word before the name is skipped too.
                while m < end, c.startsAt[m] < 0, m < trigger.upperBound + 6,
                      Self.npInternal.contains(c.words.lower[m]) || Lexicon.roles[c.words.lower[m]] != nil || Lexicon.roleModifiers.contains(c.words.lower[m])
                        || c.words.isCapitalized(m) && !Lexicon.prepositions.contains(c.words.lower[m]) { m += 1 }
                if m < end, c.startsAt[m] >= 0 {
                    let mention = c.set.mentions[Int(c.startsAt[m])]
                    if !mention.isPossessor { add(mention.entity, "patient") }
                }
            }
        }
        // "police carried out searches", "launched a probe": the subject of a light verb is the agent.
        var light = trigger.lowerBound - 1
        while light >= sentence.tokens.lowerBound, light >= trigger.lowerBound - 5 {
            if Self.lightVerbs.contains(c.words.lower[light]) {
                let (start, skipped) = clauseStart(before: light, sentence: sentence, c)
                for s in heads(in: start..<light, excluding: skipped, sentence: sentence, c) { add(s, "agent") }
                break
            }
            light -= 1
        }
        // "recovering from a poisoning attack", "awaiting a trial": the clause subject undergoes it.
        if result.isEmpty, TriggerLexicon.experiencedNouns.contains(type) {
            var p = trigger.lowerBound - 1
            var found = false
            while p >= sentence.tokens.lowerBound, p >= trigger.lowerBound - 4 {
                if ["from", "after", "since", "awaiting", "faces", "facing", "face", "survived", "in", "on", "await", "awaits"].contains(c.words.lower[p]) { found = true; break }
                // The word must govern the trigger's own phrase: "President Trump on Tuesday commuted the sentence" has
                // a verb in between, and the sentence is not Trump's.
                guard c.tree.isEmpty || c.tree.tags[p] != UniversalTags.verb, !c.isTrigger[p] || p == trigger.lowerBound - 1 else { break }
                p -= 1
            }
            if found {
                let (start, skipped) = clauseStart(before: p, sentence: sentence, c)
                for s in heads(in: start..<p, excluding: skipped, sentence: sentence, c) where c.set.entities[s].type == .person {
                    add(s, "patient")
                }
            }
        }
        if type == "travel" || type == "protest" { addPlaces(after: trigger.upperBound, end: end, into: &result, c) }
        return result
    }

    /// Places after "in", "at", "from", "to": "detained in Moscow", "return from Germany".
    func addPlaces(after start: Int, end: Int, into result: inout [(entity: Int, role: String)], _ c: Context) {
        var m = start
        while m + 1 < end {
            if ["in", "at", "from", "to", "across"].contains(c.words.lower[m]), c.startsAt[m + 1] >= 0 {
                let mention = c.set.mentions[Int(c.startsAt[m + 1])]
                if c.set.entities[mention.entity].type == .place, !mention.isPossessor,
                   !result.contains(where: { $0.entity == mention.entity }) {
                    result.append((mention.entity, "place"))
                    return
                }
            }
            m += 1
        }
    }

    // MARK: - Modality and time

    static let plannedCues: Set<String> = ["planned", "plans", "plan", "planning", "intend", "intends", "intended", "will",
                                           "fresh", "upcoming", "scheduled", "demanding", "demand", "demands", "awaiting",
                                           "await", "awaits", "join", "seeking", "seek", "seeks", "sought", "called", "calls", "urged", "urging", "expected", "coming"]
    static let possibleCues: Set<String> = ["could", "may", "might", "would", "can", "threats", "threat", "threatened",
                                            "threatens", "threaten", "risk", "risks", "faces", "facing", "face", "possible"]
    static let negationCues: Set<String> = ["not", "n't", "never", "no", "without", "denied", "refused", "refuses", "refuse",
                                            "declined", "declines", "failed", "fails"]

    func modality(_ trigger: Range<Int>, isNoun: Bool, sentence: Sentence, words: Words) -> Event.Modality {
        let window = max(sentence.tokens.lowerBound, trigger.lowerBound - 4)..<trigger.lowerBound
        var planned = false
        var k = trigger.lowerBound - 1
        while k >= window.lowerBound {
            let w = words.lower[k]
            if w == "," || w == "said" || w == "that" || w == "who" || w == "which" { break }
            if Self.negationCues.contains(w) { return .negated }
            if Self.possibleCues.contains(w) { return .possible }
            if Self.plannedCues.contains(w) { planned = true }
            if w == "to", !isNoun, k == trigger.lowerBound - 1 { planned = true }
            if w == "ahead", k + 1 < trigger.lowerBound, words.lower[k + 1] == "of" { planned = true }
            k -= 1
        }
        return planned ? .planned : .asserted
    }

    /// Its own time (a calendar time in its clause, or an attributive time just before it), else the sentence's,
    /// else the anchor date.
    func eventTime(_ trigger: Range<Int>, sentence: Sentence, times: [WorkingTime], words: Words, isTrigger: [Bool], document: Document,
                   anchor: CivilDate?, anchorInferred: Bool) -> TimeExpression? {
        var best: WorkingTime? = nil
        var bestDistance = Int.max
        for time in times where time.isPoint {
            let distance = time.tokens.lowerBound >= trigger.upperBound ? time.tokens.lowerBound - trigger.upperBound
                : trigger.lowerBound - time.tokens.upperBound
            if time.isAttributive && !(time.tokens.upperBound <= trigger.lowerBound && distance <= 2) { continue }
            // Stay inside the clause: no clause break between the time and the trigger.
            let between = time.tokens.lowerBound >= trigger.upperBound ? trigger.upperBound..<time.tokens.lowerBound
                : min(time.tokens.upperBound, trigger.lowerBound)..<trigger.lowerBound
            if between.contains(where: { ["that", "which", "who", "said", "says", ";"].contains(words.lower[$0]) || isTrigger[$0] }) { continue }
            if distance < bestDistance { best = time; bestDistance = distance }
        }
        if let best { return best.expression }
        // The sentence's time, unless a relative clause separates it from the trigger ("…on Sunday …, who was arrested").
        for time in times where time.isPoint && !time.isAttributive {
            let between = time.tokens.lowerBound >= trigger.upperBound ? trigger.upperBound..<time.tokens.lowerBound
                : min(time.tokens.upperBound, trigger.lowerBound)..<trigger.lowerBound
            if between.contains(where: { ["which", "who", "where", "whom"].contains(words.lower[$0]) || isTrigger[$0] }) { continue }
            return time.expression
        }
        if let anchor {
            let at = sentence.range.lowerBound
            return TimeExpression(range: at..<at, value: anchor.iso, inferred: anchorInferred)
        }
        return nil
    }
}
