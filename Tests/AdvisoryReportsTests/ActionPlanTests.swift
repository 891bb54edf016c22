import AdvisoryCore
import Foundation
import Testing

@testable import AdvisoryReports

/// Contract §10.4: every report opens with an action plan (top strategies, the most relevant
/// instruments to sign, join or accept, each with the threats it answers); the summary's first
/// actions come from it; long lists are trimmed in the body and complete in the annex; each rule's
/// rationale appears once.
@Suite struct ActionPlanTests {
    @Test("the plan lists the top strategies and the most relevant instruments to sign, join or accept")
    func fixturePlan() throws {
        let report = try Fixtures.arcadia
        let plan = report.actionPlan
        #expect(plan.strategies.map(\.id) == report.strategies.prefix(5).map(\.id))
        #expect(plan.instruments.map(\.id) == ["untoc_tip_protocol", "un_cybercrime_convention"])
        #expect(plan.instruments.map(\.action) == ["ratify", "sign"])
        // untoc (strengthen implementation) and fatf_recommendations (apply) are more relevant, but
        // joining them is not an action.
        #expect(report.instruments.prefix(3).map(\.id).contains("untoc"))
        #expect(plan.strategies.first?.threats == ["organized_crime", "weak_rule_of_law"])
        #expect(plan.instruments.first?.threats == ["human_trafficking"])
        #expect(
            report.summary.contains(
                "First actions: strengthen the financial intelligence unit; establish a national referral mechanism for victims of trafficking; ratify the Trafficking in Persons Protocol."
            ))
    }

    /// A ruleset with `count` strategies and instruments, all recommended by one fired rule, with
    /// distinct confidences so that the ranking is known.
    static func large(count: Int, standards: Int = 0) throws -> Report {
        let ids = (0..<count).map { String(format: "%02d", $0) }
        var text = """
            ruleset: {id: large, title: Large, version: 1.0.0}
            indicators: [{id: x, type: number}]
            threats: [{id: t, title: Threat}]
            priorities: [{id: p, title: Priority}]
            strategies:

            """
        for id in ids {
            text += "  - {id: s\(id), priority: p, title: Strategy \(id), addresses: [t], instruments: [i\(id)]}\n"
        }
        text += "instruments:\n"
        for (index, id) in ids.enumerated() {
            text += "  - {id: i\(id), title: Instrument \(id), kind: \(index < standards ? "standard" : "treaty")}\n"
        }
        text += "rules:\n"
        for (index, id) in ids.enumerated() {
            let confidence = 0.9 - Double(index) * 0.02
            text +=
                "  - {id: R\(id), confidence: \(confidence), when: x > 1, then: {threats: [t], strategies: [s\(id)]}, because: Reason \(id).}\n"
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pa-plan-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(text.utf8).write(to: folder.appendingPathComponent("ruleset.yaml"))
        let (ruleset, diagnostics) = RulesetLoader.load(directory: folder.path)
        let loaded = try #require(ruleset, "\(diagnostics.map(\.message))")
        let compiled = try CompiledRuleset(loaded)
        let instruments = Dictionary(uniqueKeysWithValues: ids.map { ("i\($0)", InstrumentStatusEntry(status: .none)) })
        let profile = Profile(
            path: "", country: AdvisoryCore.Country(code: "LRG", name: "Large", year: 2024),
            indicators: ["x": IndicatorValue(value: .number(5))], instruments: instruments, contentHash: "")
        return ReportBuilder(compiled).build(Evaluator(compiled).evaluate(profile, on: .unixEpoch))
    }

    @Test("long lists: 12 in the body, the rest in the annex; JSON keeps them all")
    func trimming() throws {
        let report = try Self.large(count: 20)
        #expect(report.strategies.count == 20)
        #expect(report.instruments.count == 20)
        #expect(report.actionPlan.strategies.count == 5)
        #expect(report.actionPlan.instruments.count == 5)
        #expect(report.actionPlan.instruments.map(\.action) == Array(repeating: "accede", count: 5))
        let view = ReportView(report)
        #expect(view.topInstruments.map(\.id) == (0..<12).map { String(format: "i%02d", $0) })
        #expect(view.moreInstruments.count == 8)
        #expect(view.topPriorities.flatMap(\.strategies).count == 12)
        #expect(view.moreStrategies.map(\.rank) == Array(13...20))
        let text = TextReportRenderer().render(report)
        #expect(text.contains("8 more in the annex."))
        #expect(text.contains("Further instruments (8)"))
        let json = try JSONReportRenderer.render(report)
        #expect(json.components(separatedBy: "\"action\" : \"accede\"").count - 1 == 20 + 5)
    }

    @Test("a treaty in the action plan is described in the body even when 12 instruments rank above it")
    func planInstrumentsInTheBody() throws {
        let report = try Self.large(count: 16, standards: 14)
        #expect(report.actionPlan.instruments.map(\.id) == ["i14", "i15"])
        let view = ReportView(report)
        #expect(view.topInstruments.map(\.id) == (0..<12).map { String(format: "i%02d", $0) } + ["i14", "i15"])
        #expect(view.moreInstruments.map(\.id) == ["i12", "i13"])
        let text = TextReportRenderer(width: 200).render(report)
        #expect(text.contains("[i15], treaty: status none → accede"))
        #expect(text.contains("2 more in the annex."))
    }

    @Test("each rule's rationale appears once in the text report")
    func rationaleOnce() throws {
        let text = TextReportRenderer(width: 200).render(try Self.large(count: 20))
        for id in (0..<20).map({ String(format: "%02d", $0) }) {
            #expect(text.components(separatedBy: "Reason \(id).").count - 1 == 1, "Reason \(id)")
        }
        let fixture = TextReportRenderer(width: 200).render(try Fixtures.arcadia)
        // AML-001 raises two threats and recommends a strategy: its text is shown once.
        #expect(fixture.components(separatedBy: "The Basel AML Index is 7.2 score").count - 1 == 1)
    }
}
