import Testing
import YAML

@testable import AdvisoryCore

@Suite struct JUnitRendererTests {
    @Test func escapesTextAndAttributes() {
        #expect(XMLText.text("a < b && c > \"d\" 'e'") == "a &lt; b &amp;&amp; c &gt; \"d\" 'e'")
        #expect(
            XMLText.attribute("a < b & \"c\" 'd'\nnext\tcol")
                == "a &lt; b &amp; &quot;c&quot; &apos;d&apos;&#10;next&#9;col")
        #expect(XMLText.text("bell\u{7} nul\u{0} ok\u{9}\u{A}") == "bell\u{FFFD} nul\u{FFFD} ok\u{9}\u{A}")
        #expect(XMLText.text("é ü 漢字 🙂") == "é ü 漢字 🙂")
    }

    @Test func classNameReadsAsPackages() {
        #expect(JUnitRenderer.className("Rules/tests/organized-crime.yaml") == "Rules.tests.organized-crime")
        #expect(JUnitRenderer.className("./tests/a.yml") == "tests.a")
    }

    @Test func hostileNamesStayWellFormed() throws {
        let ruleset = try RuleTestFixtures.ruleset("basic")
        let file = try RuleTestFixtures.decode(
            """
            tests:
              - name: "</testcase><injected attr=\\"x\\"> & \\u0001 ]]>"
                profile: ../../profiles/harbor.yaml
                expect: {threats: {organized_crime: low}}
            """, ruleset: ruleset)
        let report = RuleTestRunner(try CompiledRuleset(ruleset), date: .unixEpoch).run([file])
        let xml = JUnitRenderer().render(report)
        let summary = try JUnitSummary.parse(xml)
        #expect(summary.testCases == 1)
        #expect(summary.failures == 1)
        #expect(summary.failureMessages == ["threats.organized_crime: expected low, got critical"])
        #expect(!xml.contains("<injected"))
    }

    /// A run failed by --coverage-threshold showed green in CI dashboards: the JUnit file had
    /// no failure. The threshold is now a test case of its own.
    @Test("a coverage threshold is a test case that fails when coverage is under it")
    func coverageThreshold() throws {
        let report = try RuleTestFixtures.run("basic") { $0.hasPrefix("harbour") }
        #expect(RuleCoverage.format(report.coverage.rulePercent) == "50.0%")
        let under = try JUnitSummary.parse(JUnitRenderer().render(report, coverageThreshold: 80))
        #expect(under.rootAttributes["tests"] == "2")
        #expect(under.rootAttributes["failures"] == "1")
        #expect(under.failureMessages == ["rule coverage 50.0% is under the threshold 80%"])
        #expect(
            under.failureTexts == [
                "rule coverage 50.0% (3 of 6 rules fired), threshold 80%\nnever fired: RL-001, RL-002, RL-003"
            ])
        let met = try JUnitSummary.parse(JUnitRenderer().render(report, coverageThreshold: 50))
        #expect(met.rootAttributes["tests"] == "2")
        #expect(met.failures == 0)
        #expect(met.testCases == 2)
        let none = try JUnitSummary.parse(JUnitRenderer().render(report))
        #expect(none.testCases == 1)
        #expect(none.suites == 1)
    }
}
