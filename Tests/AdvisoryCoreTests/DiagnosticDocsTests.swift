import Foundation
import Testing

@testable import AdvisoryCore

/// docs/diagnostics.md documents every code.
@Suite("docs/diagnostics.md")
struct DiagnosticDocsTests {
    static let docsURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/diagnostics.md")

    /// The codes named by the document's headings (`## PA102 — unknown key`).
    static func headingCodes() throws -> [String] {
        let text = try String(contentsOf: docsURL, encoding: .utf8)
        return text.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("#") else { return nil }
            return line.split(separator: " ").first { $0.hasPrefix("PA") && $0.count == 5 }.map(String.init)
        }
    }

    @Test("every diagnostic code has a heading", arguments: DiagnosticCode.allCases)
    func codeHasHeading(code: DiagnosticCode) throws {
        #expect(
            try Self.headingCodes().contains(code.rawValue), "docs/diagnostics.md has no heading for \(code.rawValue)")
    }

    @Test("every heading names a real code, once, in order")
    func headingsAreKnownCodes() throws {
        let codes = try Self.headingCodes()
        let known = Set(DiagnosticCode.allCases.map(\.rawValue))
        #expect(codes.filter { !known.contains($0) } == [])
        #expect(codes == DiagnosticCode.allCases.map(\.rawValue))
    }
}
