import Foundation
import Testing
import YAML

@testable import AdvisoryCore

/// Many diagnostics on one long line: each recomputed the line's text and code points, so
/// 20,000 unknown keys in one flow mapping took 15 s to print (one key per line: 1 s), and
/// each looked for a "did you mean" by lowercasing every candidate again.
@Suite struct DiagnosticScalingTests {
    /// A one-line flow mapping of `count` unknown keys, and a warning at each key.
    static func oneLine(_ count: Int) -> (SourceFile, [Diagnostic]) {
        var text = "indicators: {"
        var columns: [Int] = []
        for index in 0..<count {
            if index > 0 { text += ", " }
            columns.append(text.unicodeScalars.count + 1)
            text += "zz\(index): 1"
        }
        text += "}\n"
        let file = SourceFile(path: "p.yaml", text: text)
        let diagnostics = columns.enumerated().map { index, column in
            Diagnostic.warning(
                .unknownProfileIndicator, "'zz\(index)' is not an indicator of this ruleset",
                at: SourceLocation(file: file, mark: Mark(line: 1, column: column)))
        }
        return (file, diagnostics)
    }

    /// The shortest of three timings of `body`, in seconds.
    static func fastest(_ body: () -> Void) -> Double {
        var best = Double.infinity
        for _ in 0..<3 {
            let start = ContinuousClock.now
            body()
            let elapsed = ContinuousClock.now - start
            best = min(best, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
        return best
    }

    /// Eight times the diagnostics on an eight times longer line take about eight times as
    /// long (64 times when each recomputed its line); the bound leaves room for a busy machine.
    @Test func printingDiagnosticsOnOneLineIsLinear() {
        let renderer = DiagnosticRenderer(maximumPerCode: nil)
        let (_, small) = Self.oneLine(1_000)
        let (_, large) = Self.oneLine(8_000)
        #expect(renderer.render(large).components(separatedBy: "\n").count == 3 * 8_000 + 1)
        let ratio = Self.fastest { _ = renderer.render(large) } / Self.fastest { _ = renderer.render(small) }
        #expect(ratio < 24, "8× the diagnostics took \(ratio)× the time")
    }

    @Test func decodingManyUnknownKeysIsLinear() throws {
        let ruleset = try Fixtures.validRuleset()
        func decode(_ count: Int) -> () -> Void {
            let (file, _) = Self.oneLine(count)
            let text = "country: {code: ARC, name: A, year: 2024}\n" + (file.line(1) ?? "")
            let profile = SourceFile(path: "p.yaml", text: text)
            return {
                guard case .success(let node) = SourceReader.parse(profile) else { return }
                let context = DecodingContext(file: profile)
                _ = ProfileDecoder.decode(node, ruleset: ruleset, context: context)
                precondition(context.diagnostics.count == count)
            }
        }
        let ratio = Self.fastest(decode(8_000)) / Self.fastest(decode(1_000))
        #expect(ratio < 24, "8× the unknown keys took \(ratio)× the time")
    }

    /// A list shows 50 diagnostics of one code and severity, then counts the rest.
    @Test func aListShowsFiftyOfACodeAndCountsTheRest() {
        let (file, warnings) = Self.oneLine(120)
        let error = Diagnostic.error(
            .unknownKey, "unknown key", at: SourceLocation(file: file, mark: Mark(line: 1, column: 1)))
        let blocks = DiagnosticRenderer().renderBlocks([error] + warnings + [error])
        #expect(blocks.count == 2 + 50 + 1)
        #expect(blocks.filter { $0.hasPrefix("p.yaml:1:") && $0.contains("warning[PA401]") }.count == 50)
        #expect(blocks.last == "note: 70 more warning[PA401] diagnostics are not shown (the first 50 are)")
        #expect(DiagnosticRenderer(maximumPerCode: nil).renderBlocks(warnings).count == 120)
    }
}
