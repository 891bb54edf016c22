import Foundation
import Testing

/// Golden files: `Tests/AdvisoryReportsTests/Golden/NAME`. Re-recorded only when the
/// environment has `RECORD_GOLDEN=1`; otherwise a difference fails the test and the new
/// output is left in a temporary file for `diff`.
enum Golden {
    static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" }

    static func check(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = Fixtures.goldenFolder.appendingPathComponent(name)
        if recording {
            try Data(actual.utf8).write(to: url)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record(
                "missing golden file \(url.path); run RECORD_GOLDEN=1 swift test to record it",
                sourceLocation: sourceLocation)
            return
        }
        guard expected != actual else { return }
        let actualURL = FileManager.default.temporaryDirectory.appendingPathComponent("actual-" + name)
        try? Data(actual.utf8).write(to: actualURL)
        Issue.record(
            """
            \(name) differs from its golden file \(firstDifference(expected, actual))
            diff \(url.path) \(actualURL.path)
            (re-record on purpose with RECORD_GOLDEN=1 swift test)
            """, sourceLocation: sourceLocation)
    }

    static func firstDifference(_ expected: String, _ actual: String) -> String {
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
