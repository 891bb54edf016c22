import AdvisoryCore
import Foundation

/// Monte Carlo over the published uncertainty of a profile's values: how often each finding
/// holds when every number with a standard error is drawn again from its error distribution.
///
/// Each draw moves every uncertain value (``UncertainValue``) by an independent normal error
/// with its standard error, clipped to the indicator's range (booleans, categories, instrument
/// statuses and values without a standard error stay as given), and evaluates the ruleset on
/// the lean path (``LeanEvaluator``): the level of each threat, the strategies recommended,
/// each instrument's action, each rule's result. With ``Options/sensitivity`` it also draws each
/// uncertain value alone (every other value as given, the same error as in the joint draw) and
/// counts how often that changes the advice: the sensitivity ranking.
///
/// Draw `i` takes its errors from its own stream (``RandomStream/init(seed:stream:)``), and
/// counts are summed, so the result depends on the seed and the number of draws only — not on
/// the number of workers, nor on which worker made which draw.
public struct RobustnessAnalysis: Sendable {
    public let compiled: CompiledRuleset
    public let lean: LeanEvaluator

    /// How a run is made.
    public struct Options: Sendable {
        /// Draws to make (at least 1).
        public var draws: Int
        /// The seed of the draws' random streams.
        public var seed: UInt64
        /// Threads drawing (at most ``WorkSharing/maximumWorkers``).
        public var workers: Int
        /// Whether to draw each uncertain value alone too (one more evaluation per uncertain
        /// value and draw).
        public var sensitivity: Bool
        /// Whether to count instruments (their actions in each draw); without them a draw costs
        /// about half (``LeanEvaluator/evaluateThreatsAndStrategies(_:into:)``), and the
        /// result's instrument counts are all "not listed".
        public var instruments: Bool

        public init(
            draws: Int, seed: UInt64 = RobustnessAnalysis.defaultSeed, workers: Int = 1, sensitivity: Bool = true,
            instruments: Bool = true
        ) {
            self.draws = max(1, draws)
            self.seed = seed
            self.workers = max(1, workers)
            self.sensitivity = sensitivity
            self.instruments = instruments
        }
    }

    /// The seed used when none is given, so that the same inputs always give the same numbers.
    public static let defaultSeed: UInt64 = 1

    /// `date`: the report date, which decides signature deadlines.
    public init(_ compiled: CompiledRuleset, date: CalendarDate) {
        self.compiled = compiled
        lean = LeanEvaluator(compiled, date: date)
    }

    /// Runs the draws for `profile`.
    public func run(_ profile: Profile, _ options: Options) -> RobustnessResult {
        run(
            compiled.rawVector(for: profile), uncertain: UncertainValue.all(in: profile, ruleset: compiled.ruleset),
            options)
    }

    /// Runs the draws for a vector as given (``CompiledRuleset/rawVector(for:)``) whose values in
    /// the slots of `uncertain` are those values.
    public func run(_ vector: ProfileVector, uncertain: [UncertainValue], _ options: Options) -> RobustnessResult {
        let baseline = lean.evaluate(vector)
        var tally = RobustnessTally(compiled, inputs: options.sensitivity ? uncertain.count : 0)
        if uncertain.isEmpty {
            // Every draw is the profile as given.
            tally.add(baseline, times: options.draws, instruments: options.instruments)
        } else {
            let count = WorkSharing.parts(count: options.draws, workers: options.workers)
            var parts = [RobustnessTally?](repeating: nil, count: count)
            parts.withUnsafeMutableBufferPointer { buffer in
                let buffer = SharedBuffer(buffer)
                WorkSharing.run(parts: count, workers: options.workers) { part in
                    buffer.base[part] = draw(
                        WorkSharing.range(part, of: count, count: options.draws), vector, uncertain,
                        baseline: baseline, options: options)
                }
            }
            for part in parts { if let part { tally.merge(part) } }
        }
        return RobustnessResult(
            compiled: compiled, options: options, uncertain: uncertain, baseline: baseline, tally: tally)
    }

    /// Draws `range` of the run into a tally of its own.
    private func draw(
        _ range: Range<Int>, _ base: ProfileVector, _ uncertain: [UncertainValue], baseline: LeanEvaluation,
        options: Options
    ) -> RobustnessTally {
        var tally = RobustnessTally(compiled, inputs: options.sensitivity ? uncertain.count : 0)
        var vector = base
        var result = LeanEvaluation(for: compiled)
        var normals = Array(repeating: 0.0, count: uncertain.count)
        for index in range {
            var stream = RandomStream(seed: options.seed, stream: UInt64(index))
            for input in uncertain.indices { normals[input] = stream.nextNormal() }
            for (input, value) in uncertain.enumerated() {
                vector.setValue(value.drawn(normals[input]), at: value.slot)
            }
            evaluate(vector, &result, options)
            tally.add(result, instruments: options.instruments)
            guard options.sensitivity else { continue }
            for value in uncertain { vector.setValue(value.value, at: value.slot) }
            if uncertain.count == 1 {
                // Drawn alone is the joint draw.
                tally.addAlone(result, input: 0, baseline: baseline, instruments: options.instruments)
                continue
            }
            for (input, value) in uncertain.enumerated() {
                vector.setValue(value.drawn(normals[input]), at: value.slot)
                evaluate(vector, &result, options)
                tally.addAlone(result, input: input, baseline: baseline, instruments: options.instruments)
                vector.setValue(value.value, at: value.slot)
            }
        }
        return tally
    }

    @inline(__always)
    private func evaluate(_ vector: ProfileVector, _ result: inout LeanEvaluation, _ options: Options) {
        if options.instruments {
            lean.evaluate(vector, into: &result)
        } else {
            lean.evaluateThreatsAndStrategies(vector, into: &result)
        }
    }
}

/// The tallies' buffer, written by the workers each at its own index.
private struct SharedBuffer: @unchecked Sendable {
    let base: UnsafeMutableBufferPointer<RobustnessTally?>
    init(_ base: UnsafeMutableBufferPointer<RobustnessTally?>) { self.base = base }
}
