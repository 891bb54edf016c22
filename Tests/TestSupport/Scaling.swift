import Foundation
import Testing

/// Guards against a quadratic path without a wall-clock limit.
///
/// A test that compares a duration with a fixed limit fails on a slower or busier machine. A
/// ratio does not: the same operation is timed at a size `n` and at `factor × n` in one process,
/// and the ratio of the two times must stay under a bound. Linear work gives about `factor`
/// (8 by default), quadratic work about `factor²` (64); the default bound, 16, is twice the
/// linear ratio and a quarter of the quadratic one. A large factor catches a quadratic part
/// that is still small at `n`: with a share `q` of the time at `n`, the ratio is `8 + 56q`,
/// over the bound from `q = 1/7`. Times are CPU seconds of the calling thread (other processes and
/// other tests running in parallel do not count), the smallest of several rounds taken in turn
/// at each size, and a ratio over the bound is measured again before it fails a test.
public enum Scaling {
    /// One measurement: the smallest time at each size and their ratio.
    public struct Measurement: Sendable, CustomStringConvertible {
        public var size: Int
        public var factor: Int
        public var small: Double
        public var large: Double
        public var ratio: Double { large / max(small, 1e-9) }

        public var description: String {
            String(
                format: "%.3f s at %d, %.3f s at %d: ratio %.2f", small, size, large, size * factor, ratio)
        }
    }

    /// Expects the time of `operation` to grow at most linearly: `prepare(size)` builds the input
    /// (untimed) and returns the operation to time, which may run several times. Choose `size`
    /// so that a quadratic path, if one came back, would already take a good share of the time
    /// at `size`.
    public static func expectLinear(
        size: Int, factor: Int = 8, bound: Double = 16, sourceLocation: SourceLocation = #_sourceLocation,
        _ prepare: (Int) throws -> () throws -> Any
    ) throws {
        let measurement = try measure(size: size, factor: factor, bound: bound, prepare)
        #expect(
            measurement.ratio < bound, "superlinear: \(measurement) (bound \(bound))", sourceLocation: sourceLocation)
    }

    /// Times the operation at `size` and `factor × size`, `rounds` times each, taking turns; when
    /// the ratio exceeds `bound`, up to two more sets of rounds confirm it. An operation faster
    /// than `minimumSeconds` at `size` is repeated within each timing, as often at both sizes.
    public static func measure(
        size: Int, factor: Int = 8, bound: Double = 16, rounds: Int = 3, minimumSeconds: Double = 0.005,
        _ prepare: (Int) throws -> () throws -> Any
    ) throws -> Measurement {
        let small = try prepare(size)
        let large = try prepare(size * factor)
        let once = try time(small, repeats: 1)
        let repeats = once >= minimumSeconds ? 1 : min(100, Int((minimumSeconds / max(once, 1e-6)).rounded(.up)))
        var measurement = Measurement(size: size, factor: factor, small: .infinity, large: .infinity)
        for attempt in 0..<3 {
            for _ in 0..<rounds {
                measurement.small = min(measurement.small, try time(small, repeats: repeats))
                measurement.large = min(measurement.large, try time(large, repeats: repeats))
            }
            if measurement.ratio < bound || attempt == 2 { break }
        }
        return measurement
    }

    /// CPU seconds the calling thread spends running `operation` `repeats` times; each result is
    /// released after the clock stops.
    public static func time(_ operation: () throws -> Any, repeats: Int = 1) throws -> Double {
        var results: [Any] = []
        results.reserveCapacity(repeats)
        let start = threadCPUSeconds()
        for _ in 0..<repeats { results.append(try operation()) }
        let elapsed = threadCPUSeconds() - start
        withExtendedLifetime(results) {}
        return elapsed
    }

    /// CPU seconds used by the calling thread so far.
    public static func threadCPUSeconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) * 1e-9
    }
}
