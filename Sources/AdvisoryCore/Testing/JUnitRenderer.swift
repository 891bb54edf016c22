/// Writes a test run as JUnit XML: `testsuites`, one `testsuite` per test file, one
/// `testcase` per test, and a `failure` (message and the differences or errors as text) for
/// each failed test. A broken test file is one failed test case. With a coverage threshold, a
/// last suite `coverage` holds one case, `rule coverage`, failed when coverage is under the
/// threshold (so that a dashboard shows why the run failed). Every text is XML-escaped.
public struct JUnitRenderer: Sendable {
    public var suitesName: String

    /// The name of the suite, and of its one case, that checks the coverage threshold.
    public static let coverageSuite = "coverage"
    public static let coverageCase = "rule coverage"

    public init(suitesName: String = "advisor test") { self.suitesName = suitesName }

    public func render(_ report: RuleTestReport, coverageThreshold: Double? = nil) -> String {
        let plain = DiagnosticRenderer(color: false)
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        let coverageFailure = coverageThreshold.flatMap(report.coverage.thresholdFailure)
        let total = report.passed + report.failed + (coverageThreshold == nil ? 0 : 1)
        let failures = report.failed + (coverageFailure == nil ? 0 : 1)
        out +=
            "<testsuites name=\"\(XMLText.attribute(suitesName))\" tests=\"\(total)\" failures=\"\(failures)\" errors=\"0\">\n"
        for file in report.files {
            let className = Self.className(file.path)
            out +=
                "  <testsuite name=\"\(XMLText.attribute(file.path))\" tests=\"\(file.passed + file.failed)\" "
                + "failures=\"\(file.failed)\" errors=\"0\" skipped=\"0\">\n"
            if file.isBroken {
                let errors = file.diagnostics.sortedForDisplay()
                let message = errors.first(where: { $0.severity == .error })?.message ?? "invalid test file"
                out += testCase(
                    name: RuleTestTextRenderer.brokenFileName, className: className, file: file.path, line: nil,
                    failure: (message, "invalid", plain.renderBlocks(errors).joined(separator: "\n")))
            }
            for test in file.tests {
                var failure: (String, String, String)?
                switch test.outcome {
                case .passed: break
                case .failed(let differences):
                    let first = differences.first?.description ?? "failed"
                    let message = differences.count > 1 ? "\(first) (and \(differences.count - 1) more)" : first
                    failure = (message, "assertion", differences.map(\.description).joined(separator: "\n"))
                case .invalid:
                    let diagnostics = test.diagnostics.sortedForDisplay()
                    let message = diagnostics.first(where: { $0.severity == .error })?.message ?? "invalid test"
                    failure = (message, "invalid", plain.renderBlocks(diagnostics).joined(separator: "\n"))
                }
                out += testCase(
                    name: RuleTestTextRenderer.oneLine(test.name), className: className, file: file.path,
                    line: test.location.mark.line, failure: failure)
            }
            out += "  </testsuite>\n"
        }
        if let coverageThreshold {
            let failed = coverageFailure == nil ? 0 : 1
            out +=
                "  <testsuite name=\"\(Self.coverageSuite)\" tests=\"1\" failures=\"\(failed)\" errors=\"0\" skipped=\"0\">\n"
            let summary =
                "rule coverage \(RuleCoverage.format(report.coverage.rulePercent)) (\(report.coverage.firedCount) of "
                + "\(report.coverage.ruleCount) rules fired), threshold \(NumberFormat.plain(coverageThreshold))%"
                + (report.coverage.neverFired.isEmpty
                    ? "" : "\nnever fired: " + report.coverage.neverFired.joined(separator: ", "))
            out += testCase(
                name: Self.coverageCase, className: Self.coverageSuite, file: nil, line: nil,
                failure: coverageFailure.map { ($0, "coverage", summary) })
            out += "  </testsuite>\n"
        }
        return out + "</testsuites>\n"
    }

    private func testCase(
        name: String, className: String, file: String?, line: Int?,
        failure: (message: String, type: String, text: String)?
    ) -> String {
        var out =
            "    <testcase name=\"\(XMLText.attribute(name))\" classname=\"\(XMLText.attribute(className))\""
            + (file.map { " file=\"\(XMLText.attribute($0))\"" } ?? "") + (line.map { " line=\"\($0)\"" } ?? "")
        guard let failure else { return out + "/>\n" }
        out += ">\n      <failure message=\"\(XMLText.attribute(failure.message))\" type=\"\(failure.type)\">"
        out += XMLText.text(failure.text) + "</failure>\n    </testcase>\n"
        return out
    }

    /// `Rules/tests/organized-crime.yaml` → `Rules.tests.organized-crime` (tools read dots as packages).
    static func className(_ path: String) -> String {
        var trimmed = path
        for suffix in [".yaml", ".yml"] where trimmed.hasSuffix(suffix) { trimmed.removeLast(suffix.count) }
        while trimmed.hasPrefix("./") { trimmed.removeFirst(2) }
        return trimmed.split(separator: "/").joined(separator: ".")
    }
}
