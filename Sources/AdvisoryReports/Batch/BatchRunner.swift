import AdvisoryCore
import Foundation

/// Runs a batch: reads inputs a chunk at a time, evaluates each chunk across the cores (each
/// input on the lean path, a report only when the format asks), and hands the results to the
/// sink in input order, so that the output is the same bytes however the work was shared out.
/// Memory holds one chunk.
public struct BatchRunner: Sendable {
    public let context: BatchContext
    /// Inputs read and evaluated at a time.
    public var chunkSize: Int
    /// Threads evaluating a chunk (at most ``WorkSharing/maximumWorkers``).
    public var workers: Int

    public init(_ context: BatchContext, chunkSize: Int = 1_024, workers: Int = BatchRunner.defaultWorkers) {
        self.context = context
        self.chunkSize = max(1, chunkSize)
        self.workers = max(1, workers)
    }

    /// The processors this process may use.
    public static var defaultWorkers: Int { ProcessInfo.processInfo.activeProcessorCount }

    /// What the batch did.
    public struct Counts: Sendable, Equatable {
        /// Inputs evaluated.
        public var evaluated = 0
        /// Inputs refused (each with its diagnostics).
        public var rejected = 0
        /// Blank rows skipped.
        public var blank = 0
    }

    /// News from a running batch, on the calling thread.
    public enum Event {
        /// The diagnostics of one input (errors for a rejected one, else warnings), in input order.
        case diagnostics([Diagnostic])
        /// After each chunk.
        case progress(done: Int, fractionRead: Double?)
    }

    /// What became of one input.
    enum Outcome<Item: Sendable>: Sendable {
        case blank
        case rejected([Diagnostic])
        case evaluated(Item, warnings: [Diagnostic])
    }

    /// Runs every input of `source` into `sink`. Throws what the source or the sink throws (the
    /// batch stops there).
    ///
    /// The next chunk is read while the current one is evaluated (so reading costs no wall time
    /// when there is a core to spare); the items of one chunk are consumed before the next chunk
    /// is evaluated, so at most one chunk of items and two of inputs are held.
    public func run<Sink: BatchSink>(
        _ source: some BatchSource, into sink: inout Sink, events: (Event) -> Void = { _ in }
    ) throws -> Counts {
        var counts = Counts()
        var index = 0
        var inputs = try source.next(chunkSize)
        while !inputs.isEmpty {
            let evaluation = evaluateInBackground(inputs, firstIndex: index, sink)
            let next: [BatchInput]
            do {
                next = try source.next(chunkSize)
            } catch {
                _ = try? evaluation.wait()
                throw error
            }
            let outcomes = try evaluation.wait()
            index += inputs.count
            inputs = next
            var items: [Sink.Item] = []
            items.reserveCapacity(outcomes.count)
            for outcome in outcomes {
                switch outcome {
                case .blank: counts.blank += 1
                case .rejected(let diagnostics):
                    counts.rejected += 1
                    events(.diagnostics(diagnostics))
                case .evaluated(let item, let warnings):
                    counts.evaluated += 1
                    if !warnings.isEmpty { events(.diagnostics(warnings)) }
                    items.append(item)
                }
            }
            try sink.consume(items)
            events(.progress(done: counts.evaluated + counts.rejected, fractionRead: source.fractionRead))
        }
        try sink.finish()
        return counts
    }

    /// A chunk being evaluated on another thread.
    final class PendingChunk<Item: Sendable>: @unchecked Sendable {
        /// Left when the worker's block has returned: nothing of it holds the outcomes then.
        private let group = DispatchGroup()
        private var result: Result<[Outcome<Item>], any Error> = .success([])

        init(_ work: @escaping @Sendable () throws -> [Outcome<Item>]) {
            DispatchQueue.global().async(group: group) { [self] in result = Result { try work() } }
        }

        /// The outcomes, once the evaluation is over; handed over, not kept.
        func wait() throws -> [Outcome<Item>] {
            group.wait()
            let outcomes = result
            result = .success([])
            return try outcomes.get()
        }
    }

    /// Starts evaluating a chunk on a global queue (which shares it across the cores).
    private func evaluateInBackground<Sink: BatchSink>(_ inputs: [BatchInput], firstIndex: Int, _ sink: Sink)
        -> PendingChunk<Sink.Item>
    {
        let sink = UnsafeSendable(sink)
        return PendingChunk { try evaluate(inputs, firstIndex: firstIndex, sink.value) }
    }

    /// The outcomes of one chunk, in input order: the chunk is cut into contiguous parts
    /// (``WorkSharing``), evaluated on `workers` threads, each outcome written to its own place.
    func evaluate<Sink: BatchSink>(_ inputs: [BatchInput], firstIndex: Int, _ sink: Sink) throws -> [Outcome<
        Sink.Item
    >] {
        var outcomes = [Outcome<Sink.Item>?](repeating: nil, count: inputs.count)
        let parts = WorkSharing.parts(count: inputs.count, workers: workers)
        let failures = FailureBox()
        // `item(for:)` is documented safe to call from several threads.
        let sink = UnsafeSendable(sink)
        outcomes.withUnsafeMutableBufferPointer { buffer in
            let buffer = UnsafeSendable(buffer)
            WorkSharing.run(parts: parts, workers: workers) { part in
                var scratch = LeanEvaluation(for: context.compiled)
                for offset in WorkSharing.range(part, of: parts, count: inputs.count) {
                    do {
                        buffer.value[offset] = try outcome(
                            inputs[offset], index: firstIndex + offset, sink.value, scratch: &scratch)
                    } catch {
                        failures.record(error)
                    }
                }
            }
        }
        if let error = failures.first { throw error }
        return outcomes.map { $0 ?? .blank }
    }

    /// Decodes and evaluates one input, and makes its item.
    private func outcome<Sink: BatchSink>(
        _ input: BatchInput, index: Int, _ sink: Sink, scratch: inout LeanEvaluation
    ) throws -> Outcome<Sink.Item> {
        let source: BatchResult.Source
        let country: Country
        var warnings: [Diagnostic]
        let vector: ProfileVector
        switch input {
        case .row(let record, let layout):
            let row = layout.decode(record)
            if row.isBlank { return .blank }
            guard let rowCountry = row.country else { return .rejected(row.diagnostics) }
            source = .row(row)
            country = rowCountry
            warnings = row.diagnostics
            vector = row.vector(context.compiled)
        case .file(let path):
            let (profile, diagnostics) = ProfileDecoder.load(path, ruleset: context.ruleset)
            guard let profile, !diagnostics.hasErrors else { return .rejected(diagnostics) }
            source = .profile(profile)
            country = profile.country
            warnings = diagnostics
            vector = context.compiled.rawVector(for: profile)
        case .profile(let profile):
            source = .profile(profile)
            country = profile.country
            warnings = []
            vector = context.compiled.rawVector(for: profile)
        }
        context.lean.evaluate(vector, into: &scratch)
        let result = BatchResult(index: index, country: country, lean: scratch, context: context, source: source)
        if ignoresAGivenValue(vector, scratch) {
            warnings += Explainer(context.compiled).notApplicableValueWarnings(result.profile())
        }
        return .evaluated(try sink.item(for: result), warnings: warnings)
    }

    /// Whether a value was given for an indicator that does not apply (a PA407 warning).
    private func ignoresAGivenValue(_ vector: ProfileVector, _ lean: LeanEvaluation) -> Bool {
        (0..<vector.indicatorCount).contains { vector.value(at: $0) != nil && !lean.indicatorApplies($0) }
    }
}

/// The first error thrown on any worker.
private final class FailureBox: @unchecked Sendable {
    private let lock = NSLock()
    private var error: (any Error)?

    func record(_ error: any Error) {
        lock.lock()
        defer { lock.unlock() }
        if self.error == nil { self.error = error }
    }

    var first: (any Error)? {
        lock.lock()
        defer { lock.unlock() }
        return error
    }
}

/// A value shared with the workers that Swift cannot prove safe: the outcome buffer (each worker
/// writes its own places) and the sink (whose `item(for:)` is thread-safe by contract).
private struct UnsafeSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
