/// Prints a test run as `advisor test` shows it: one line per test (`ok   file: name` or
/// `FAIL file: name`), under a failure only what differs (promtool style), then coverage,
/// and last `N passed, N failed`.
public struct RuleTestTextRenderer: Sendable {
    /// The name shown for a file that cannot be read as a list of tests.
    public static let brokenFileName = "(invalid test file)"

    public var color: Bool
    /// Also list every leaf not yet seen both true and false.
    public var showLeaves: Bool
    /// Lines wrap at this width where a list is printed.
    public var width = 100

    public init(color: Bool = false, showLeaves: Bool = false) {
        self.color = color
        self.showLeaves = showLeaves
    }

    /// The per-test lines, without the coverage and summary.
    public func renderResults(_ report: RuleTestReport) -> String {
        var lines: [String] = []
        let renderer = DiagnosticRenderer(color: color)
        for file in report.files {
            if file.isBroken {
                lines.append("\(paint("FAIL", "1;31")) \(TerminalText.clean(file.path)): \(Self.brokenFileName)")
            }
            lines += indented(renderer.renderBlocks(file.diagnostics.sortedForDisplay()))
            for test in file.tests {
                let mark = test.passed ? paint("ok  ", "32") : paint("FAIL", "1;31")
                lines.append("\(mark) \(TerminalText.clean(file.path)): \(Self.oneLine(test.name))")
                if case .failed(let differences) = test.outcome {
                    lines += differences.map { "    " + TerminalText.clean("\($0)") }
                }
                lines += indented(renderer.renderBlocks(test.diagnostics.sortedForDisplay()))
            }
        }
        return lines.map { $0 + "\n" }.joined()
    }

    /// The coverage summary.
    public func renderCoverage(_ coverage: RuleCoverage) -> String {
        var lines: [String] = []
        lines.append(
            "rule coverage: \(coverage.firedCount)/\(coverage.ruleCount) rules fired by at least one test "
                + "(\(RuleCoverage.format(coverage.rulePercent)))")
        let never = coverage.neverFired
        if !never.isEmpty { lines += wrap(never.map(TerminalText.clean), prefix: "  never fired: ") }
        lines.append(
            "leaf coverage: \(coverage.coveredLeafCount)/\(coverage.leafCount) leaves seen both true and false "
                + "(\(RuleCoverage.format(coverage.leafPercent)))")
        if showLeaves {
            for leaf in coverage.uncoveredLeaves {
                let missing =
                    switch (leaf.seenTrue, leaf.seenFalse) {
                    case (false, false): "never true or false"
                    case (false, true): "never true"
                    default: "never false"
                    }
                lines.append(TerminalText.clean("  \(leaf.location): \(leaf.rule): \(leaf.text)") + " (\(missing))")
            }
        }
        return lines.map { $0 + "\n" }.joined()
    }

    /// Results, a blank line, coverage, and the summary line.
    public func render(_ report: RuleTestReport, thresholdMessage: String? = nil) -> String {
        var text = renderResults(report)
        if !text.isEmpty { text += "\n" }
        text += renderCoverage(report.coverage)
        if let thresholdMessage { text += thresholdMessage + "\n" }
        return text + report.summaryLine + "\n"
    }

    /// A test name on one line (line breaks shown as spaces), cleaned for the terminal.
    static func oneLine(_ text: String) -> String {
        TerminalText.clean(text)
    }

    private func indented(_ blocks: [String]) -> [String] {
        blocks.flatMap { $0.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 } }
    }

    private func wrap(_ items: [String], prefix: String) -> [String] {
        var lines: [String] = []
        var current = prefix
        let indent = String(repeating: " ", count: prefix.count)
        for (offset, item) in items.enumerated() {
            let piece = item + (offset < items.count - 1 ? "," : "")
            if current != prefix, current != indent, current.count + 1 + piece.count > width {
                lines.append(current)
                current = indent + piece
            } else {
                current += (current == prefix || current == indent ? "" : " ") + piece
            }
        }
        lines.append(current)
        return lines
    }

    private func paint(_ text: String, _ code: String) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
