import Testing

@testable import AdvisoryAnalysis
@testable import AdvisoryCore

/// The advice each fixture profile gets from the base and the head, and why it changes.
@Suite struct ImpactAnalysisTests {
    @Test("every profile is compared, in input order; the changed ones are those whose advice changes")
    func changedProfiles() throws {
        let diff = try DiffFixtures.diff
        #expect(diff.profiles.map(\.country.code) == ["ALF", "BRV", "CEL", "DRV", "EST", "FRN"])
        #expect(diff.changedProfiles.map(\.country.code) == ["ALF", "CEL", "DRV", "EST"])
        #expect(diff.adviceChanged)
        #expect(
            diff.profiles.map(\.source).map { $0.hasSuffix("profiles/table.csv:2") } == [
                false, false, false, false, true, false,
            ])
    }

    @Test("a threshold change: the rule's result, the leaf and the profile's value")
    func thresholdChange() throws {
        let alfaria = try DiffFixtures.profile("ALF")
        let rule = try #require(alfaria.rules.first { $0.id == "ROL-001" })
        #expect(rule.before == "not_fired")
        #expect(rule.after == "fired")
        #expect(
            rule.reasons == [
                Reason(
                    entry: "rules.ROL-001",
                    change: FieldChange(
                        path: "when", before: "rule_of_law <= -1.0", after: "rule_of_law <= -0.8",
                        reference: "rule_of_law"),
                    value: "-0.9")
            ])
        let threat = try #require(alfaria.threats.first { $0.id == "weak_rule_of_law" })
        #expect(threat.before == nil)
        #expect(threat.after == ThreatState(level: "medium", score: 0.6))
        // 0.6 is high on the base's levels, medium on the head's.
        #expect(threat.causes == ["rules.ROL-001", "ruleset.levels"])
    }

    @Test("a rule removed, and a confidence change, explain a score; a joining change explains an action")
    func causes() throws {
        let alfaria = try DiffFixtures.profile("ALF")
        #expect(alfaria.rules.map(\.id) == ["OLD-001", "ROL-001"])
        #expect(alfaria.rules[0].before == "fired")
        #expect(alfaria.rules[0].after == "absent")
        #expect(alfaria.rules[0].reasons.isEmpty)
        let crime = try #require(alfaria.threats.first { $0.id == "organized_crime" })
        #expect(crime.before?.level == "high")
        #expect(crime.after?.level == "critical")
        #expect(crime.causes == ["rules.OC-001", "rules.OLD-001"])
        let psma = try #require(alfaria.instruments.first { $0.id == "psma" })
        #expect(psma.before?.action == "accept")
        #expect(psma.after?.action == "accede")
        #expect(psma.causes == ["instruments.psma"])
    }

    @Test("an instrument no longer open to the country: its open_to is the cause, not the strategy naming it")
    func eligibility() throws {
        let estoria = try DiffFixtures.profile("EST")
        let uncac = try #require(estoria.instruments.first { $0.id == "uncac" })
        #expect(uncac.after == nil)
        #expect(uncac.causes == ["instruments.uncac"])
        let untoc = try #require(estoria.instruments.first { $0.id == "untoc" })
        // 'courts' now names untoc; fiu's score changed.
        #expect(untoc.causes == ["strategies.courts", "strategies.fiu"])
        // Alfaria, African too, is not offered UNCAC by the new 'courts'.
        #expect(try DiffFixtures.profile("ALF").instruments.map(\.id) == ["psma", "untoc"])
    }

    @Test("a strategy that only made room for a new one has not moved")
    func insertionIsNoMove() throws {
        let alfaria = try DiffFixtures.profile("ALF")
        // fisheries goes from rank 2 to 3 behind the new 'courts', with the same score.
        #expect(alfaria.strategies.map(\.id) == ["courts", "fiu"])
        #expect(alfaria.strategies[0].after == StrategyState(rank: 2, score: 0.6))
    }

    @Test("strategies that swap places are re-ranked, the others not")
    func swap() {
        func finding(_ id: String, _ score: Double) -> StrategyFinding {
            StrategyFinding(id: id, title: id, priority: "p", score: score, rules: [], evidence: [])
        }
        let changes = ImpactAnalysis.strategyChanges(
            [finding("a", 0.9), finding("b", 0.8), finding("c", 0.7)],
            [finding("new", 0.95), finding("b", 0.8), finding("a", 0.75), finding("c", 0.7)]
        ) { _, _ in [] }
        #expect(changes.map(\.id) == ["a", "b", "new"])
        #expect(changes[1].before == StrategyState(rank: 2, score: 0.8))
        #expect(changes[1].after == StrategyState(rank: 2, score: 0.8))
    }

    @Test("an unchanged rule whose indicator's applicability changed: the reason is the indicator's")
    func applicability() throws {
        let celestia = try DiffFixtures.profile("CEL")
        #expect(celestia.rules.map(\.id) == ["ENV-001"])
        #expect(
            celestia.rules[0].reasons == [
                Reason(
                    entry: "indicators.iuu_score",
                    change: FieldChange(
                        path: "applies_if", before: "coastal == true", after: "all(coastal == true, region != europe)"),
                    value: nil)
            ])
        #expect(celestia.threats.map(\.id) == ["env_crime"])
        #expect(celestia.threats[0].after == nil)
        // psma leaves the list because ENV-001 stopped firing, not because its joining changed.
        #expect(celestia.instruments.map(\.causes) == [["rules.ENV-001"]])
    }

    @Test("a profile only the head can read is not compared, and counts as changed")
    func baseCannotRead() throws {
        let dravia = try DiffFixtures.profile("DRV")
        #expect(dravia.changed)
        #expect(dravia.baseErrors.count == 1)
        #expect(
            dravia.baseErrors.first?.hasSuffix(
                "dravia.yaml:6:11: 'asia' is not a value of 'region'; expected one of: africa, europe") == true)
        #expect(dravia.threats.isEmpty && dravia.rules.isEmpty)
    }

    @Test("a table row; a new rule that does not fire is no change")
    func unchanged() throws {
        let brevia = try DiffFixtures.profile("BRV")
        #expect(!brevia.changed)
        let fernia = try DiffFixtures.profile("FRN")
        #expect(!fernia.changed)
        let estoria = try DiffFixtures.profile("EST")
        #expect(estoria.threats.map(\.id) == ["organized_crime", "weak_rule_of_law"])
        #expect(estoria.threats[1].causes == ["ruleset.levels"])
    }

    @Test("a ruleset compared with itself changes no advice")
    func identical() throws {
        let base = try DiffFixtures.compiled("base")
        let analysis = ImpactAnalysis(base: base, head: base)
        let files = try ProfileInputs.files([DiffFixtures.folder.appendingPathComponent("profiles/alfaria.yaml").path])
            .get()
        let loaded = ProfileInputs.load(files, base: base.ruleset, head: base.ruleset)
        let diff = RulesetDiff(
            analysis: analysis, baseLabel: "a", headLabel: "b", profiles: loaded.pairs, date: DiffFixtures.date)
        #expect(!diff.adviceChanged)
        #expect(diff.profiles.count == 1)
    }
}
