import Foundation
import Testing

@testable import AdvisoryCore

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite struct RuleTestRunnerTests {
    @Test func basicFixtureHasEightPassingAndTwoFailingTests() throws {
        let report = try RuleTestFixtures.run("basic")
        #expect(report.summaryLine == "8 passed, 2 failed")
        let text = RuleTestTextRenderer().render(report)
        #expect(text.hasSuffix("\n8 passed, 2 failed\n"))
        #expect(text.split(separator: "\n").last == "8 passed, 2 failed")
    }

    @Test func failuresShowOnlyTheKeysThatDiffer() throws {
        let report = try RuleTestFixtures.run("basic")
        let failed = report.files.flatMap(\.tests).filter { !$0.passed }
        #expect(
            failed.map(\.name) == [
                "deliberately failing - expects high where the score reaches critical",
                "deliberately failing - expects RL-002 to fire for a high-income country",
            ])
        #expect(
            failed.map(\.outcome) == [
                .failed([TestDifference(key: "threats.organized_crime", expected: "high", got: "critical")]),
                .failed([TestDifference(key: "fired", expected: "RL-002 to fire", got: "not_fired")]),
            ])
        let lines = RuleTestTextRenderer().renderResults(report).split(separator: "\n").map(String.init)
        let failIndex = try #require(lines.firstIndex { $0.hasPrefix("FAIL ") && $0.hasSuffix("reaches critical") })
        #expect(lines[failIndex + 1] == "    threats.organized_crime: expected high, got critical")
        #expect(lines[failIndex + 2].hasPrefix("ok   "))
        #expect(lines.last == "    fired: expected RL-002 to fire, got not_fired")
        #expect(lines.filter { $0.hasPrefix("ok   ") }.count == 8)
    }

    @Test func linesNameTheFileAndTheTest() throws {
        let report = try RuleTestFixtures.run("basic")
        let root = try RuleTestFixtures.path("basic")
        let first = try #require(RuleTestTextRenderer().renderResults(report).split(separator: "\n").first)
        #expect(
            first
                == "ok   \(root)/tests/organized-crime.yaml: harbour state with high criminality and weak AML makes organized crime critical"
        )
    }

    @Test func coverageCountsRulesAndLeaves() throws {
        let report = try RuleTestFixtures.run("basic")
        #expect(report.coverage.firedCount == 6)
        #expect(report.coverage.ruleCount == 6)
        #expect(report.coverage.neverFired.isEmpty)
        #expect(report.coverage.leafCount == 11)
        #expect(report.coverage.coveredLeafCount == 11)
        #expect(report.coverage.testCount == 10)
        let text = RuleTestTextRenderer().renderCoverage(report.coverage)
        #expect(
            text == """
                rule coverage: 6/6 rules fired by at least one test (100.0%)
                leaf coverage: 11/11 leaves seen both true and false (100.0%)

                """)
    }

    @Test func filterSelectsTestsByName() throws {
        let regex = try Regex("^harbour|RL-002 off$")
        let report = try RuleTestFixtures.run("basic") { $0.contains(regex) }
        #expect(
            report.files.flatMap(\.tests).map(\.name) == [
                "harbour state with high criminality and weak AML makes organized crime critical",
                "high income switches RL-002 off",
            ])
        #expect(report.summaryLine == "2 passed, 0 failed")
        // Coverage is over the selected tests only.
        #expect(report.coverage.neverFired == ["RL-002", "RL-003"])
        #expect(report.coverage.firedCount == 4)
        #expect(!report.coverage.meetsRuleThreshold(70))
        #expect(report.coverage.meetsRuleThreshold(66.6))
        #expect(RuleCoverage.format(report.coverage.rulePercent) == "66.6%")
        let text = RuleTestTextRenderer(showLeaves: true).renderCoverage(report.coverage)
        let root = try RuleTestFixtures.path("basic")
        #expect(
            text == """
                rule coverage: 4/6 rules fired by at least one test (66.6%)
                  never fired: RL-002, RL-003
                leaf coverage: 10/11 leaves seen both true and false (90.9%)
                  \(root)/rules.yaml:62:11: RL-003: rule_of_law is missing (never true)

                """)
    }

    @Test func brokenFilesAndInvalidTestsFailWhileTheOthersRun() throws {
        let report = try RuleTestFixtures.run("broken")
        #expect(report.summaryLine == "3 passed, 5 failed")
        let root = try RuleTestFixtures.path("broken")
        #expect(report.files.map(\.path) == ["a-good", "b-syntax", "c-invalid"].map { "\(root)/tests/\($0).yaml" })
        // tests/profiles/ holds a profile, not tests.
        let syntax = report.files[1]
        #expect(syntax.isBroken)
        let error = try #require(syntax.diagnostics.first)
        #expect(error.code == .yamlSyntax)
        // The unclosed '[' is shown where it opens.
        #expect(error.location?.description == "\(root)/tests/b-syntax.yaml:5:14")
        let rendered = RuleTestTextRenderer().renderResults(report)
        #expect(
            rendered.contains(
                "FAIL \(root)/tests/b-syntax.yaml: (invalid test file)\n    \(root)/tests/b-syntax.yaml:5:14: error[PA004]: "
            ))

        let invalid = report.files[2].tests
        #expect(invalid.map(\.passed) == [false, false, false, false, true])
        #expect(invalid.prefix(4).allSatisfy { $0.outcome == .invalid })
        let codes = invalid.map { $0.diagnostics.sortedForDisplay().filter { $0.severity == .error }.map(\.code) }
        #expect(codes[0] == [.missingKey, .unknownKey])
        #expect(codes[1] == [.testUnknownReference, .testUnknownReference, .testUnknownReference])
        #expect(codes[2] == [.testUnknownReference])
        #expect(codes[3] == [.testProfileUnreadable])
        #expect(invalid[0].diagnostics.sortedForDisplay()[1].help == "did you mean 'expect'?")
        #expect(
            invalid[1].diagnostics.map(\.help) == [
                "did you mean 'crime'?", "did you mean 'high'?", "did you mean 'R-001'?",
            ])
        #expect(
            invalid[1].diagnostics.map { $0.location?.description } == [
                "\(root)/tests/c-invalid.yaml:9:17", "\(root)/tests/c-invalid.yaml:9:36",
                "\(root)/tests/c-invalid.yaml:10:15",
            ])
        #expect(invalid[2].diagnostics.first?.help == "did you mean 'score'?")
        #expect(invalid[3].diagnostics.first?.location?.description == "\(root)/tests/c-invalid.yaml:18:14")
    }

    @Test func profileErrorsMakeEveryTestUsingItInvalid() throws {
        let ruleset = try RuleTestFixtures.ruleset("basic")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ruletests-\(UUID().uuidString)")
            .path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data("country: {code: BAD, name: Bad, year: 2024}\nindicators: {crime_index: 12, extra: 1}\n".utf8)
            .write(to: URL(fileURLWithPath: folder + "/bad.yaml"))
        let yaml = """
            tests:
              - {name: one, profile: bad.yaml, expect: {fired: [OC-001]}}
              - {name: two, profile: bad.yaml, expect: {fired: [OC-001]}}
            """
        let file = try RuleTestFixtures.decode(yaml, ruleset: ruleset, path: folder + "/t.yaml")
        let report = RuleTestRunner(try CompiledRuleset(ruleset), date: .unixEpoch).run([file])
        #expect(report.summaryLine == "0 passed, 2 failed")
        let first = report.files[0].tests[0].diagnostics.map(\.code)
        let second = report.files[0].tests[1].diagnostics.map(\.code)
        #expect(first == [.testProfileUnreadable, .profileValueOutOfRange, .unknownProfileIndicator])
        #expect(second == [.testProfileUnreadable])
    }

    @Test func junitParsesWithTenCasesAndTwoFailures() throws {
        let report = try RuleTestFixtures.run("basic")
        let xml = JUnitRenderer().render(report)
        let summary = try JUnitSummary.parse(xml)
        #expect(summary.testCases == 10)
        #expect(summary.failures == 2)
        #expect(summary.suites == 2)
        #expect(summary.rootAttributes["tests"] == "10")
        #expect(summary.rootAttributes["failures"] == "2")
        #expect(
            summary.failureMessages == [
                "threats.organized_crime: expected high, got critical", "fired: expected RL-002 to fire, got not_fired",
            ])
        #expect(summary.failureTexts == summary.failureMessages)
    }

    @Test func junitCountsABrokenFileAsOneFailedCase() throws {
        let report = try RuleTestFixtures.run("broken")
        let summary = try JUnitSummary.parse(JUnitRenderer().render(report))
        #expect(summary.testCases == 8)
        #expect(summary.failures == 5)
        #expect(summary.failureTexts.contains { $0.contains("error[PA004]") })
    }
}

/// What a JUnit document holds, read with a standard XML parser.
final class JUnitSummary: NSObject, XMLParserDelegate {
    var suites = 0
    var testCases = 0
    var failures = 0
    var rootAttributes: [String: String] = [:]
    var failureMessages: [String] = []
    var failureTexts: [String] = []
    private var text: String?
    private var failed: Error?

    static func parse(_ xml: String) throws -> JUnitSummary {
        let parser = XMLParser(data: Data(xml.utf8))
        let summary = JUnitSummary()
        parser.delegate = summary
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.fileReadCorruptFile) }
        return summary
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch name {
        case "testsuites": rootAttributes = attributes
        case "testsuite": suites += 1
        case "testcase": testCases += 1
        case "failure":
            failures += 1
            failureMessages.append(attributes["message"] ?? "")
            text = ""
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text? += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "failure", let text {
            failureTexts.append(text)
            self.text = nil
        }
    }
}
