#if canImport(Glibc)
import Glibc
#endif
import DossierAnalysis
import DossierTestSupport
import DossierText
import Testing

/// Event triggers and their human participants against ECB+, in the sentences listed in
/// `ECBplus_coreference_sentences.csv` (the whole document is analysed; the text and gold markables come from
/// `ECBPlusMeasurement.parse`). A measurement, not a gate: runs only when `DOSSIER_ECBPLUS` names the `ECB+` folder.
///     DOSSIER_ECBPLUS=../shared/corpora/ecbplus/ECB+ swift test --filter ECBPlusEventMeasurement
/// `DOSSIER_ECBPLUS_ERRORS=1` also prints every missed gold action and every unmatched trigger (lower-cased words).
///
/// Triggers. Gold: every ACTION_* and NEG_ACTION_* mention except ACTION_STATE and NEG_ACTION_STATE (states such as
/// "is", "remains", "has" that Dossier does not report as events). Matching is by token overlap: the text is the
/// corpus tokens joined by single spaces, so two ranges share a UTF-8 byte exactly when they share a token. A trigger
/// is correct when it overlaps a gold action; a gold action is found when a trigger overlaps it. A multiword trigger
/// ("taken into custody") that covers one single-token gold action ("custody") therefore counts once each way.
///
/// Participants. The ECB+ release links mentions only by coreference (INTRA_DOC_COREF, CROSS_DOC_COREF): there is no
/// relation from a HUMAN_PART mention to the action it takes part in. So attachment is measured where the sentence
/// settles it: in an annotated sentence with exactly one gold action, every HUMAN_PART mention of that sentence is
/// taken as a participant of that action (an approximation: a person named in passing counts too). A system
/// participant is a (trigger, entity) pair whose trigger matches that lone action; it is correct when a mention of
/// the entity inside the sentence overlaps a gold HUMAN_PART mention. Recall is over all gold pairs of those sentences,
/// so a missed trigger loses its participants. A looser line, over all annotated sentences, asks only that a
/// participant attached to a correct trigger be a gold human participant of the same sentence (whatever its action),
/// and counts as found every gold HUMAN_PART mention attached to some trigger of its sentence.
@Suite struct ECBPlusEventMeasurement {
    static let unmeasured: Set<String> = ["ACTION_STATE", "NEG_ACTION_STATE"]

    @Test func eventTriggersAndParticipantsOnECBPlus() throws {
        guard let env = getenv("DOSSIER_ECBPLUS") else { return }
        let folder = String(cString: env)
        let annotated = try ECBPlusMeasurement.annotatedSentences(folder)
        let printErrors = getenv("DOSSIER_ECBPLUS_ERRORS") != nil
        var gold = 0, system = 0, foundGold = 0, correctSystem = 0
        var byType: [String: (correct: Int, all: Int)] = [:]
        var goldPairs = 0, foundPairs = 0, systemPairs = 0, correctPairs = 0
        var goldHumans = 0, foundHumans = 0, attachedHumans = 0, correctHumans = 0
        var documents = 0
        for path in ECBPlusMeasurement.files(in: folder) {
            let name = String(path.split(separator: "/").last!.dropLast(4))
            guard let sentences = annotated[name] else { continue }
            let parsed = ECBPlusMeasurement.parse(String(decoding: try FileLoading.readBytes(path: path), as: UTF8.self))
            let actions = parsed.actions.filter { sentences.contains($0.sentence) && !Self.unmeasured.contains($0.tag) }
            let inSentences = sentences.compactMap { parsed.sentences[$0] }
            let document = Analyzer().analyze(Article(text: parsed.text))
            let events = document.events.filter { e in inSentences.contains { $0.contains(e.trigger.lowerBound) } }
            documents += 1
            gold += actions.count
            system += events.count
            for action in actions {
                if events.contains(where: { $0.trigger.overlaps(action.range) }) { foundGold += 1 }
                else if printErrors { print("MISS " + document.article.slice(action.range).lowercased()) }
            }
            for event in events {
                let hit = actions.contains { $0.range.overlaps(event.trigger) }
                if hit { correctSystem += 1 } else if printErrors { print("SPURIOUS " + document.article.slice(event.trigger).lowercased()) }
                byType[event.type, default: (0, 0)].all += 1
                if hit { byType[event.type]!.correct += 1 }
            }
            // Participants: the in-sentence mentions of each participant of `triggers`, and how many of them are gold humans.
            let mentionsByEntity = Dictionary(grouping: document.entities.flatMap { e in e.mentions.map { (e.id, $0.range) } }, by: \.0)
            func attached(to triggers: [Event], in sentence: Range<Int>, humans: [Range<Int>]) -> (pairs: Int, correct: Int, ranges: [Range<Int>]) {
                var result: (pairs: Int, correct: Int, ranges: [Range<Int>]) = (0, 0, [])
                for event in triggers {
                    for participant in event.participants {
                        let ranges = (mentionsByEntity[participant.entityID] ?? []).map(\.1).filter { sentence.contains($0.lowerBound) }
                        guard !ranges.isEmpty else { continue }
                        result.pairs += 1
                        if ranges.contains(where: { r in humans.contains { $0.overlaps(r) } }) { result.correct += 1 }
                        result.ranges += ranges
                    }
                }
                return result
            }
            for number in sentences {
                guard let sentence = parsed.sentences[number] else { continue }
                let humans = parsed.mentions.filter { $0.sentence == number }.map(\.range)
                // Sentence level: any correct trigger of the sentence, any gold human participant of it.
                let correctHere = events.filter { e in sentence.contains(e.trigger.lowerBound) && actions.contains { $0.range.overlaps(e.trigger) } }
                let loose = attached(to: correctHere, in: sentence, humans: humans)
                attachedHumans += loose.pairs
                correctHumans += loose.correct
                goldHumans += humans.count
                foundHumans += humans.filter { h in loose.ranges.contains { $0.overlaps(h) } }.count
                // One-action sentences: the humans are that action's participants.
                let here = actions.filter { $0.sentence == number }
                guard here.count == 1, let action = here.first else { continue }
                let strict = attached(to: events.filter { $0.trigger.overlaps(action.range) }, in: sentence, humans: humans)
                goldPairs += humans.count
                systemPairs += strict.pairs
                correctPairs += strict.correct
                foundPairs += humans.filter { h in strict.ranges.contains { $0.overlaps(h) } }.count
            }
        }
        func pct(_ x: Double) -> String { String(Double(Int(x * 1000)) / 10) }
        func figures(_ correct: Int, _ all: Int, _ found: Int, _ total: Int) -> String {
            let p = Double(correct) / Double(max(all, 1)), r = Double(found) / Double(max(total, 1))
            return "P \(pct(p)) R \(pct(r)) F1 \(pct(p + r == 0 ? 0 : 2 * p * r / (p + r)))"
        }
        print("ECB+ events: \(documents) documents (annotated sentences), \(gold) gold actions (ACTION_STATE left out), \(system) triggers")
        print("triggers      " + figures(correctSystem, system, foundGold, gold))
        print("participants  " + figures(correctPairs, systemPairs, foundPairs, goldPairs)
              + " (\(goldPairs) gold pairs in one-action sentences, \(systemPairs) attached)")
        print("participants, sentence level  " + figures(correctHumans, attachedHumans, foundHumans, goldHumans)
              + " (\(goldHumans) gold human mentions, \(attachedHumans) attached to correct triggers)")
        print("trigger precision by type: " + byType.sorted { $0.value.all > $1.value.all }.map { "\($0.key) \($0.value.correct)/\($0.value.all)" }.joined(separator: ", "))
        #expect(gold > 0)
    }
}
