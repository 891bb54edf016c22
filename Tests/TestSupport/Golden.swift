import Foundation
import Testing

/// Golden files for every test target: expected output kept in the source tree and compared
/// byte for byte.
///
/// A difference fails the test, names the first differing line and leaves the new output in a
/// temporary file for `diff`. With `RECORD_GOLDEN=1` in the environment the file is (re)written
/// instead, and the test still fails, so that a recording run can never pass by accident: run
/// again without the variable to check what was recorded (as swift-argument-parser's
/// `assertSnapshot` does with `RECORD_SNAPSHOTS`).
public enum Golden {
    /// The environment variable that turns recording on.
    public static let recordVariable = "RECORD_GOLDEN"

    /// Whether this run records golden files instead of checking them.
    public static var recording: Bool { ProcessInfo.processInfo.environment[recordVariable] == "1" }

    /// Checks `actual` against the golden file at `url` (or records it).
    public static func check(_ actual: String, against url: URL, sourceLocation: SourceLocation = #_sourceLocation) {
        if recording {
            record(actual, to: url, sourceLocation: sourceLocation)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record(
                "missing golden file \(url.path); record it on purpose with \(recordVariable)=1 swift test",
                sourceLocation: sourceLocation)
            return
        }
        guard expected != actual else { return }
        let actualURL = FileManager.default.temporaryDirectory.appendingPathComponent(
            "actual-\(UUID().uuidString.prefix(8))-" + url.lastPathComponent)
        try? Data(actual.utf8).write(to: actualURL)
        Issue.record(
            """
            \(url.lastPathComponent) differs from its golden file \(firstDifference(expected, actual))
            diff \(url.path) \(actualURL.path)
            (re-record on purpose with \(recordVariable)=1 swift test)
            """, sourceLocation: sourceLocation)
    }

    /// Writes `text` to `url` and fails the test: recording is never a pass.
    public static func record(_ text: String, to url: URL, sourceLocation: SourceLocation = #_sourceLocation) {
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
            Issue.record(
                "recorded \(url.path); run the tests again without \(recordVariable) to check it",
                sourceLocation: sourceLocation)
        } catch {
            Issue.record("cannot record \(url.path): \(error)", sourceLocation: sourceLocation)
        }
    }

    /// Where two texts first differ, line by line.
    public static func firstDifference(_ expected: String, _ actual: String) -> String {
        let left = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let right = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(left.count, right.count) {
            let a = index < left.count ? String(left[index]) : "<end of file>"
            let b = index < right.count ? String(right[index]) : "<end of file>"
            if a != b { return "at line \(index + 1):\n  expected: \(a)\n  actual:   \(b)" }
        }
        return "(in line endings)"
    }
}
