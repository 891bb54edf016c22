import Foundation

/// The progress line of `advisor batch` on a terminal: inputs done, the part of the input read,
/// the rate and the time left, redrawn at most five times a second and erased at the end.
struct BatchProgress {
    private let start = ContinuousClock.now
    private var lastDrawn: ContinuousClock.Instant?
    private var drawn = false

    mutating func update(done: Int, fractionRead: Double?) {
        let now = ContinuousClock.now
        if let lastDrawn, now - lastDrawn < .milliseconds(200) { return }
        lastDrawn = now
        let elapsed = Self.seconds(now - start)
        var line = "batch: \(done) done"
        if let fraction = fractionRead { line += String(format: " (%.0f%%)", fraction * 100) }
        if elapsed > 0 { line += String(format: ", %.0f/s", Double(done) / elapsed) }
        if let fraction = fractionRead, fraction > 0, fraction < 1 {
            line += String(format: ", %.0f s left", elapsed * (1 - fraction) / fraction)
        }
        Terminal.write("\r\u{1B}[K" + line, to: .standardError)
        drawn = true
    }

    /// Erases the line.
    func finish() {
        if drawn { Terminal.write("\r\u{1B}[K", to: .standardError) }
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
    }
}
