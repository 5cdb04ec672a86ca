import DossierText

/// Participants of a verbal trigger read off the dependency tree: the subject is the agent, or the patient
/// under a passive (`nsubj:pass`, `aux:pass`); objects are patients (recipients of statements); `obl:agent`
/// or an `obl` with "by" under a passive is the agent. A verb without its own subject takes it from the verb
/// it is coordinated with (`conj`), from the clause that controls it (`xcomp`: the object, else the subject),
/// or from the noun a relative or participle clause modifies (`acl:relcl`, `acl`). Conjuncts of a participant
/// share its role. Clauses are never crossed otherwise: in "Zhdanov said Sobol was detained", the arrest's
/// participants are those of "detained" only.
extension EventExtractor {
    static let relativePronouns: Set<String> = ["who", "whom", "which", "that"]
    static let representatives: Set<String> = ["lawyers", "lawyer", "attorneys", "attorney", "team"]
    static let clauseMarks: Set<String> = ["to", "after", "before", "when", "while", "since", "because", "if", "as", "until"]

    /// Nil when there is no tree or the tree does not read the trigger as a verb.
    func treeParticipants(_ v: Int, type: String, sentence: Sentence, _ c: Context) -> [(entity: Int, role: String)]? {
        let tree = c.tree
        guard !tree.isEmpty, tree.tags[v] == UniversalTags.verb else { return nil }
        let tokens = sentence.tokens
        var result: [(entity: Int, role: String)] = []
        func add(_ token: Int, _ role: String) {
            var entities: [Int] = []
            for t in [token] + conjuncts(of: token, in: tokens, tree) {
                if let entity = entity(at: t, in: tokens, c) { entities.append(entity) }
                // The names heading the phrase, whatever its inner structure ("Sobol and Navalny's brother Oleg").
                entities += heads(in: phrase(of: t, in: tokens, tree), excluding: nil, sentence: sentence, c)
            }
            for entity in entities {
                if role == "patient" && c.set.entities[entity].type == .place { continue }
                if !result.contains(where: { $0.entity == entity && $0.role == role }) { result.append((entity, role)) }
            }
        }
        let dependents = tree.dependents(of: v, in: tokens)
        // Passive: so marked, or "was" + a participle the relation classifier took for a plain auxiliary.
        let participle = c.words.lower[v].hasSuffix("ed") || c.words.lower[v].hasSuffix("en")
        let passive = dependents.contains {
            tree.relations[$0] == UniversalTags.nsubjPass || tree.relations[$0] == UniversalTags.auxPass
                || participle && tree.relations[$0] == UniversalTags.aux && Lexicon.beForms.contains(c.words.lower[$0]) && c.words.lower[$0] != "'s"
        }
        let objectRole = type == "statement" ? "recipient" : "patient"
        for d in dependents {
            let relation = tree.relations[d]
            if relation == UniversalTags.obj || relation == UniversalTags.iobj {
                add(d, objectRole)
            } else if relation == UniversalTags.oblAgent
                        || relation == UniversalTags.obl && passive && tree.dependents(of: d, UniversalTags.caseMarker, in: tokens).contains { c.words.lower[$0] == "by" } {
                add(d, "agent")
            }
        }
        if let (subject, isPatient) = subject(of: v, passive: passive, in: tokens, c) {
            if !isPatient, entity(at: subject, in: tokens, c) == nil, Self.representatives.contains(c.words.lower[subject]),
               let client = tree.dependents(of: subject, UniversalTags.nmodPoss, in: tokens).first {
                add(client, "beneficiary")     // "Navalny's lawyers intend to appeal"
            } else {
                add(subject, isPatient ? "patient" : "agent")
            }
        }
        return result
    }

    /// The token standing for the subject of verb `v`, and whether it undergoes the event.
    func subject(of v: Int, passive: Bool, in tokens: Range<Int>, _ c: Context) -> (Int, Bool)? {
        let tree = c.tree
        var verb = v
        var isPatient = passive
        var voiceFromSubject = true    // a coordinated verb shares its passive auxiliary: "was detained and questioned"
        for _ in 0..<4 {
            let own = tree.dependents(of: verb, in: tokens).first {
                tree.relations[$0] == UniversalTags.nsubj || tree.relations[$0] == UniversalTags.nsubjPass
            }
            let relation = tree.relations[verb], head = Int(tree.heads[verb])
            if let own {
                if voiceFromSubject && tree.relations[own] == UniversalTags.nsubjPass { isPatient = true }
                // "Vasilyeva, who was also detained": the relative pronoun stands for the noun modified.
                if Self.relativePronouns.contains(c.words.lower[own]), relation == UniversalTags.relcl, head >= 0 { return (head, isPatient) }
                return (own, isPatient)
            }
            guard head >= 0 else { return nil }
            if relation == UniversalTags.relcl { return (head, isPatient) }
            if relation == UniversalTags.acl {
                // "Navalny, detained on Sunday" undergoes it; "people protesting" do it.
                return (head, isPatient || !c.words.lower[verb].hasSuffix("ing"))
            }
            if relation == UniversalTags.xcomp || relation == UniversalTags.advcl {
                // "ordered Sobol to be released": the object controls, and undergoes a bare participle ("see him
                // imprisoned"); else the subject, in this verb's own voice ("plans to appeal", "arrested after returning").
                let bareParticiple = c.words.lower[verb].hasSuffix("ed")
                    && !tree.dependents(of: verb, in: tokens).contains { Self.clauseMarks.contains(c.words.lower[$0]) }
                if relation == UniversalTags.xcomp || bareParticiple,
                   let object = tree.dependents(of: head, UniversalTags.obj, in: tokens).first {
                    return (object, isPatient || bareParticiple)
                }
                voiceFromSubject = false
            } else if relation != UniversalTags.conj {
                return nil
            }
            verb = head
        }
        return nil
    }

    static let clausal: Set<UInt8> = [UniversalTags.relcl, UniversalTags.acl, UniversalTags.ccomp, UniversalTags.xcomp,
                                      UniversalTags.parataxis, UniversalTags.advcl, UniversalTags.punct]

    /// The tokens a noun phrase spans: `token` and its dependents, not crossing into clauses.
    func phrase(of token: Int, in tokens: Range<Int>, _ tree: SyntaxTree) -> Range<Int> {
        var low = token, high = token
        var pending = [token]
        var seen = 0
        while let t = pending.popLast(), seen < 64 {
            seen += 1
            for d in tree.dependents(of: t, in: tokens) where !Self.clausal.contains(tree.relations[d]) {
                low = min(low, d); high = max(high, d)
                pending.append(d)
            }
        }
        return low..<(high + 1)
    }

    /// Tokens coordinated with `token` ("Sobol and Oleg"), depth first.
    func conjuncts(of token: Int, in tokens: Range<Int>, _ tree: SyntaxTree) -> [Int] {
        var result: [Int] = []
        var pending = [token]
        while let t = pending.popLast(), result.count < 16 {
            for d in tree.dependents(of: t, UniversalTags.conj, in: tokens) { result.append(d); pending.append(d) }
        }
        return result
    }

    /// The entity of the mention covering `token` (not a possessor), else of a name attached to it ("brother Oleg").
    func entity(at token: Int, in tokens: Range<Int>, _ c: Context) -> Int? {
        if c.mentionAt[token] >= 0 {
            let mention = c.set.mentions[Int(c.mentionAt[token])]
            return mention.isPossessor ? nil : mention.entity
        }
        for d in c.tree.dependents(of: token, in: tokens)
        where [UniversalTags.flat, UniversalTags.appos, UniversalTags.compound].contains(c.tree.relations[d]) && c.mentionAt[d] >= 0 {
            let mention = c.set.mentions[Int(c.mentionAt[d])]
            if !mention.isPossessor { return mention.entity }
        }
        return nil
    }
}
