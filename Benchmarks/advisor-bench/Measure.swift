import Foundation

/// Timing helpers shared by the benchmark sections.
enum Measure {
    /// Medians over several runs: wall-clock seconds, and CPU seconds of the calling thread
    /// (steadier than wall time when other processes share the machine).
    struct Timing {
        var wall: Double
        var cpu: Double
    }

    /// One step of a comparison: a label and the work to time.
    struct Step {
        var label: String
        var body: () -> Any
    }

    /// The medians of `runs` rounds over every step, after one warm-up round. The steps take
    /// turns within each round, so that noise from other processes falls on all of them alike.
    /// Each result is released only after its clocks stop: a time is for building a value, not
    /// for freeing it (time the freeing in a step of its own when it matters).
    static func medians(runs: Int, _ steps: [Step]) -> [Timing] {
        for step in steps { withExtendedLifetime(step.body()) {} }
        var walls = [[Double]](repeating: [], count: steps.count)
        var cpus = [[Double]](repeating: [], count: steps.count)
        for _ in 0..<runs {
            for (index, step) in steps.enumerated() {
                let wallStart = ContinuousClock.now
                let cpuStart = threadCPUTime()
                let value = step.body()
                let cpu = threadCPUTime() - cpuStart
                let elapsed = ContinuousClock.now - wallStart
                withExtendedLifetime(value) {}
                walls[index].append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
                cpus[index].append(cpu)
            }
        }
        return steps.indices.map { Timing(wall: middle(walls[$0]), cpu: middle(cpus[$0])) }
    }

    private static func middle(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted[sorted.count / 2]
    }

    /// CPU seconds used by the calling thread so far.
    static func threadCPUTime() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) * 1e-9
    }

    /// `0.123 s`.
    static func seconds(_ value: Double) -> String {
        String(format: "%.3f s", value)
    }

    /// `1.42×`.
    static func ratio(_ value: Double, to floor: Double) -> String {
        String(format: "%.2f×", value / floor)
    }
}

/// A small deterministic pseudo-random generator (SplitMix64), so that generated inputs are
/// the same on every run.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
