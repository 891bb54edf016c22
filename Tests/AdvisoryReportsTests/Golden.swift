import Foundation
import TestSupport
import Testing

extension Golden {
    /// Checks `actual` against `Tests/AdvisoryReportsTests/Golden/NAME` (see `Golden`).
    static func check(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        check(actual, against: Fixtures.goldenFolder.appendingPathComponent(name), sourceLocation: sourceLocation)
    }
}
