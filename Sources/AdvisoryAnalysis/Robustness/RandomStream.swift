import Foundation

/// A deterministic stream of random numbers: SplitMix64 (Steele, Lea and Flood, 2014), with
/// standard normal draws by the Box–Muller transform.
///
/// Each Monte Carlo draw has a stream of its own, seeded from the run's seed and the draw's
/// index (``init(seed:stream:)``), so that a draw's numbers do not depend on which thread
/// makes it or on how the draws are shared out: the same seed gives the same results whatever
/// the number of workers.
public struct RandomStream: Sendable {
    private var state: UInt64
    /// The second normal of the last Box–Muller pair, not yet handed out.
    private var spareNormal: Double?

    /// A stream seeded with `seed` as it is.
    public init(seed: UInt64) {
        state = seed
    }

    /// Stream number `stream` of the family `seed`: the seed is the stream-th output of a
    /// SplitMix64 seeded with `seed`, which decorrelates neighbouring streams.
    public init(seed: UInt64, stream: UInt64) {
        self.init(seed: Self.mix(seed &+ (stream &+ 1) &* Self.gamma))
    }

    private static let gamma: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// SplitMix64's output function (a variant of MurmurHash3's finaliser).
    private static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state = state &+ Self.gamma
        return Self.mix(state)
    }

    /// A uniform number in (0, 1): 53 random bits, never 0 (so that its logarithm is finite).
    public mutating func nextOpenUnit() -> Double {
        (Double(next() >> 11) + 0.5) * 0x1.0p-53
    }

    /// A standard normal number (mean 0, standard deviation 1), by Box–Muller: two uniforms
    /// give two independent normals, the second kept for the next call.
    public mutating func nextNormal() -> Double {
        if let spare = spareNormal {
            spareNormal = nil
            return spare
        }
        let radius = (-2 * Foundation.log(nextOpenUnit())).squareRoot()
        let angle = 2 * Double.pi * nextOpenUnit()
        spareNormal = radius * Foundation.sin(angle)
        return radius * Foundation.cos(angle)
    }
}
