/// Averaged perceptron weights to the Int16 stored in model files: one scale for a whole table, chosen so
/// that the largest weight maps to 32767 (argmaxes are unchanged up to rounding).
enum Quantisation {
    static func int16(_ weights: [Float]) -> (scale: Float, weights: [Int16]) {
        var maxAbs: Float = 1e-6
        for w in weights { maxAbs = max(maxAbs, abs(w)) }
        let scale = 32767 / maxAbs
        return (scale, weights.map { Int16(($0 * scale).rounded()) })
    }
}
