@testable import DossierLibrary
import Testing

@Suite struct AnalysisPipelineTests {
    @Test func resultsComeBackInInputOrderAFewBatchesAhead() {
        let items = Array(0..<1000)
        let pipeline = AnalysisPipeline(items, workers: 3, window: 40) { item in
            // Uneven work, so that workers finish out of order.
            var spin = 0
            for step in 0..<(item % 7) * 500 { spin = spin &* 31 &+ step }
            return (item * 2, spin)
        }
        var results: [Int] = []
        for start in stride(from: 0, to: items.count, by: 10) {
            results += pipeline.take(start..<min(start + 10, items.count)).map(\.0)
        }
        pipeline.finish()
        #expect(results == items.map { $0 * 2 })
    }

    @Test func aWriterThatStopsEarlyStopsTheWorkers() {
        let pipeline = AnalysisPipeline(Array(0..<10_000), workers: 2, window: 16) { $0 }
        #expect(pipeline.take(0..<8) == Array(0..<8))
        pipeline.finish()  // returns: the workers stop at the window instead of running on
    }
}
