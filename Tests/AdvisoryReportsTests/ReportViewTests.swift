import Testing

@testable import AdvisoryReports

@Suite struct ReportViewTests {
    @Test(
        "severity follows the level's rank among the ruleset's levels",
        arguments: [
            ("low", ["low", "medium", "high", "critical"], "low"),
            ("critical", ["low", "medium", "high", "critical"], "critical"),
            ("none", ["low", "medium", "high", "critical"], "none"),
            ("elevated", ["elevated", "severe"], "medium"),
            ("severe", ["elevated", "severe"], "critical"),
            ("only", ["only"], "critical"),
        ])
    func severity(level: String, levels: [String], expected: String) {
        #expect(ReportView.severity(of: level, among: levels) == expected)
    }

    @Test func cssTokensAreSafe() {
        #expect(ReportView.cssToken("strengthen_implementation") == "strengthen-implementation")
        #expect(ReportView.cssToken("\" onclick=x") == "--onclick-x")
        #expect(ReportView.cssToken("") == "none")
    }

    @Test func viewCarriesEverySection() throws {
        let view = ReportView(try Fixtures.arcadia)
        #expect(view.threatCount == 4)
        #expect(view.threats.first?.levelClass == "level-critical sev-critical")
        #expect(view.threats.first?.scorePercent == 88)
        #expect(view.priorities.map(\.count) == [3, 1, 1])
        #expect(view.priorities.first?.strategies.map(\.rank) == [1, 3, 5])
        #expect(view.instruments.first { $0.id == "untoc" }?.statusLabel == "party since 2004")
        #expect(view.instruments.first { $0.id == "untoc_tip_protocol" }?.actionLabel == "Ratify")
        #expect(view.collect.map(\.reference) == ["forest_loss_pct"])
        #expect(view.stale.map(\.indicator) == ["basel_aml_index"])
        #expect(view.annex.count == 6)
        #expect(view.provenance.rulesetHash.hasPrefix("sha256:"))
        #expect(view.levelsText == "low ≥ 0.20, medium ≥ 0.40, high ≥ 0.60, critical ≥ 0.80")
    }
}
