import Foundation

/// Shares `count` items out to at most `workers` threads: the items are cut into contiguous
/// parts (a few per worker, so that a slow part does not hold the others up), and each thread
/// takes the next part not yet taken until none is left. `--jobs N` means N threads.
///
/// Callers keep one result per part and combine them in part order, so that the output does
/// not depend on which thread took which part.
public enum WorkSharing {
    /// The most threads a run uses, whatever it asks for (`--jobs` is checked against it).
    public static let maximumWorkers = 256

    /// The parts `count` items are cut into for `workers` threads: four per worker, at most one
    /// per item, at least one.
    public static func parts(count: Int, workers: Int) -> Int {
        let workers = min(max(1, workers), maximumWorkers)
        return max(1, min(count, workers * 4))
    }

    /// The items of part `part` of `count` items cut into `parts` contiguous parts (their sizes
    /// differ by one at most). No product of two counts is formed, so no count can overflow.
    public static func range(_ part: Int, of parts: Int, count: Int) -> Range<Int> {
        let size = count / parts
        let larger = count % parts
        let start = part * size + min(part, larger)
        return start..<(start + size + (part < larger ? 1 : 0))
    }

    /// Runs `work` once for each part in `0..<parts` on at most `workers` threads (the calling
    /// thread only, when `workers` is 1 or there is one part).
    public static func run(parts: Int, workers: Int, _ work: @Sendable (Int) -> Void) {
        let threads = min(max(1, workers), maximumWorkers, parts)
        guard threads > 1 else {
            for part in 0..<parts { work(part) }
            return
        }
        let next = PartCounter()
        DispatchQueue.concurrentPerform(iterations: threads) { _ in
            while let part = next.take(below: parts) { work(part) }
        }
    }
}

/// The next part to take, shared by the threads of one run.
private final class PartCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0

    func take(below parts: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < parts else { return nil }
        next += 1
        return next - 1
    }
}
