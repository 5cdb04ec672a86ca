/// Averaged perceptron weights to the Int8 stored in model files: one scale for a whole table, chosen so
/// that the largest weight maps to 127. Argmax decisions barely notice the coarser steps (Int16 before:
/// names F1 and parser UAS within 0.1), and the tables take half the memory and cache.
enum Quantisation {
    static func int8(_ weights: [Float]) -> (scale: Float, weights: [Int8]) {
        var maxAbs: Float = 1e-6
        for w in weights { maxAbs = max(maxAbs, abs(w)) }
        let scale = 127 / maxAbs
        return (scale, weights.map { Int8(($0 * scale).rounded()) })
    }
}
