import Foundation
import Testing

@testable import AdvisoryCore

/// `--jobs N` means N threads: parts are shared out to at most that many, every part runs once,
/// and no count overflows however large the request.
@Suite struct WorkSharingTests {
    /// Counts the parts run and the most that ran at the same time.
    final class Probe: @unchecked Sendable {
        private let lock = NSLock()
        private var running = 0
        private(set) var most = 0
        private(set) var runs: [Int] = []

        func run(_ part: Int) {
            lock.withLock {
                running += 1
                most = max(most, running)
                runs.append(part)
            }
            Thread.sleep(forTimeInterval: 0.002)
            lock.withLock { running -= 1 }
        }
    }

    @Test("every part runs once, on no more threads than asked", arguments: [1, 2, 3])
    func threadsAreBounded(workers: Int) {
        let probe = Probe()
        WorkSharing.run(parts: 24, workers: workers) { probe.run($0) }
        #expect(probe.runs.sorted() == Array(0..<24))
        #expect(probe.most <= workers)
    }

    @Test func partsAreBoundedWhateverTheRequest() {
        #expect(WorkSharing.parts(count: 10_000_000, workers: Int.max) == 4 * WorkSharing.maximumWorkers)
        #expect(WorkSharing.parts(count: 3, workers: 8) == 3)
        #expect(WorkSharing.parts(count: 0, workers: 2) == 1)
        #expect(WorkSharing.parts(count: 100, workers: 0) == 4)
    }

    @Test func rangesOfHugeCountsDoNotOverflow() {
        let count = Int.max
        let ranges = (0..<7).map { WorkSharing.range($0, of: 7, count: count) }
        #expect(ranges.first?.lowerBound == 0)
        #expect(ranges.last?.upperBound == count)
        for (left, right) in zip(ranges, ranges.dropFirst()) { #expect(left.upperBound == right.lowerBound) }
    }
}
