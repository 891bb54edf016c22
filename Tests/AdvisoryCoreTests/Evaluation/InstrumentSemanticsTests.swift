import Testing
import YAML

@testable import AdvisoryCore

/// Contract §10.3 and §10.4: eligibility (`open_to`), joining modes and signature deadlines,
/// `in_force: null`, `requires`, the status `withdrawn`, and relevance.
@Suite("Instruments: eligibility, joining, force, relevance (§10.3, §10.4)")
struct InstrumentSemanticsTests {
    static func day(_ text: String) -> CalendarDate { CalendarDate(parsing: text) ?? .unixEpoch }

    // MARK: Actions

    /// One treaty-like instrument with `joining` and `until`, and the action for `status` on `date`.
    static func action(
        kind: Instrument.Kind = .treaty, joining: Instrument.Joining?, until: String?, status: InstrumentStatus?,
        date: String
    ) -> InstrumentAction {
        let here = SourceLocation(file: SourceFile(path: "x", bytes: []), mark: Mark(line: 1, column: 1))
        let instrument = Instrument(
            id: "x", title: "X", kind: kind, joining: joining,
            openForSignatureUntil: until.map { Located(day($0), at: here) }, location: here)
        return InstrumentAction(instrument, status: status, date: day(date))
    }

    @Test(
        "treaty actions by joining mode, status and signature deadline",
        arguments: [
            // joining, open until, status, report date → action
            (nil, nil, InstrumentStatus.none, "2026-01-01", InstrumentAction.accede),
            (.accession, nil, InstrumentStatus.none, "2026-01-01", .accede),
            (.ratification, nil, InstrumentStatus.none, "2026-01-01", .ratify),
            (.acceptance, nil, InstrumentStatus.none, "2026-01-01", .accept),
            (.accession, "2026-12-31", InstrumentStatus.none, "2026-12-30", .sign),
            (.accession, "2026-12-31", InstrumentStatus.none, "2026-12-31", .sign),
            (.accession, "2026-12-31", InstrumentStatus.none, "2027-01-01", .accede),
            (.ratification, "2026-12-31", InstrumentStatus.none, "2027-01-01", .ratify),
            (.acceptance, "2026-12-31", InstrumentStatus.none, "2026-06-01", .sign),
            (.accession, "2026-12-31", InstrumentStatus.withdrawn, "2026-06-01", .sign),
            (.accession, nil, InstrumentStatus.withdrawn, "2026-06-01", .accede),
            (.ratification, nil, InstrumentStatus.withdrawn, "2026-06-01", .ratify),
            (.accession, nil, InstrumentStatus.signatory, "2026-06-01", .ratify),
            (.ratification, nil, InstrumentStatus.signatory, "2026-06-01", .ratify),
            (.acceptance, nil, InstrumentStatus.signatory, "2026-06-01", .accept),
            (.accession, "2026-12-31", InstrumentStatus.signatory, "2026-06-01", .ratify),
            (.accession, nil, InstrumentStatus.party, "2026-06-01", .strengthenImplementation),
            (.acceptance, "2026-12-31", InstrumentStatus.party, "2026-06-01", .strengthenImplementation),
            (.accession, "2026-12-31", nil, "2026-06-01", .verifyStatus),
            (.ratification, nil, nil, "2026-06-01", .verifyStatus),
        ] as [(Instrument.Joining?, String?, InstrumentStatus?, String, InstrumentAction)])
    func treatyActions(
        joining: Instrument.Joining?, until: String?, status: InstrumentStatus?, date: String,
        expected: InstrumentAction
    ) {
        #expect(Self.action(joining: joining, until: until, status: status, date: date) == expected)
        #expect(Self.action(kind: .protocol, joining: joining, until: until, status: status, date: date) == expected)
    }

    @Test(
        "resolutions, standards and guidance are applied whatever the status",
        arguments: [Instrument.Kind.resolution, .standard, .guidance])
    func applied(kind: Instrument.Kind) {
        for status in [nil] + InstrumentStatus.allCases.map(Optional.some) {
            #expect(Self.action(kind: kind, joining: nil, until: nil, status: status, date: "2026-01-01") == .apply)
        }
    }

    // MARK: Catalog keys

    static let catalog = """
        indicators:
          - {id: a, type: number, range: [0, 10]}
          - {id: region, type: category, values: [africa, europe], context: true}
        threats:
          - {id: t1, title: Threat one}
          - {id: t2, title: Threat two}
        priorities:
          - {id: p1, title: Priority one}
        instruments:
          - {id: convention, title: Convention, kind: treaty, in_force: 2003}
          - {id: protocol1, title: Protocol, kind: protocol, parent: convention, in_force: null}
          - {id: amendment, title: Amendment, kind: protocol, parent: protocol1, joining: acceptance}
          - {id: regional, title: Regional convention, kind: treaty, open_to: region == africa}
          - {id: regional_protocol, title: Regional protocol, kind: protocol, parent: regional}
          - {id: ilo, title: ILO convention, kind: treaty, joining: ratification}
          - {id: resolution1, title: Resolution, kind: resolution, in_force: null}
        strategies:
          - {id: s1, priority: p1, title: Strategy one, addresses: [t1], instruments: [convention]}

        """

    static func evaluate(_ rules: String, indicators: String = "{a: 5}", instruments: String = "{}") throws
        -> Evaluation
    {
        let ruleset = try TestRulesets.ruleset(body: catalog + "rules:\n" + rules)
        let profile = try TestRulesets.profile(
            "country: {code: XX, name: Test, year: 2024}\nindicators: \(indicators)\ninstruments: \(instruments)\n",
            ruleset: ruleset)
        return try Evaluator(ruleset: ruleset).evaluate(profile, on: Self.day("2025-06-01"))
    }

    static func names(_ instruments: String) -> String {
        "  - {id: R, confidence: 0.6, when: a > 1, then: {threats: [t1], instruments: [\(instruments)]}}\n"
    }

    @Test("in_force: null means not yet in force for a treaty, and nothing for a resolution")
    func entryIntoForce() throws {
        let ruleset = try TestRulesets.ruleset(body: Self.catalog)
        #expect(ruleset.instrument("convention")?.inForce == .year(2003))
        #expect(ruleset.instrument("protocol1")?.inForce == .notYet)
        #expect(ruleset.instrument("amendment")?.inForce == nil)
        #expect(ruleset.instrument("resolution1")?.inForce == nil)
    }

    @Test("joining and open_for_signature_until apply only to treaties and protocols; dates are checked")
    func catalogValidation() throws {
        let folder = try TestRulesets.folder([
            "ruleset.yaml": TestRulesets.header + """
                instruments:
                  - {id: r, title: R, kind: resolution, joining: accession}
                  - {id: g, title: G, kind: guidance, open_for_signature_until: 2026-12-31}
                  - {id: t, title: T, kind: treaty, joining: signature, open_for_signature_until: 2026-02-30}

                """
        ])
        let messages = RulesetLoader.load(directory: folder).1.map(\.message)
        #expect(messages.contains("'joining' does not apply to a resolution; only treaties and protocols are joined"))
        #expect(
            messages.contains(
                "'open_for_signature_until' does not apply to a guidance; only treaties and protocols are joined"))
        #expect(
            messages.contains(
                "'signature' is not a valid joining mode; expected one of: accession, ratification, acceptance"))
        #expect(
            messages.contains("expected 'open_for_signature_until' to be a date YYYY-MM-DD, found '2026-02-30'"))
    }

    // MARK: Eligibility

    @Test(
        "open_to: false → not listed; unknown → listed with eligibility unknown; true → eligible",
        arguments: [
            ("{a: 5, region: europe}", nil), ("{a: 5}", Eligibility.unknown), ("{a: 5, region: africa}", .eligible),
        ]
            as [(String, Eligibility?)])
    func eligibility(indicators: String, expected: Eligibility?) throws {
        let evaluation = try Self.evaluate(Self.names("regional, convention"), indicators: indicators)
        #expect(evaluation.instruments.first { $0.id == "regional" }?.eligibility == expected)
        #expect(evaluation.instruments.first { $0.id == "convention" }?.eligibility == .eligible)
    }

    // MARK: Requires

    @Test("a listed instrument that is not a party, whose parent is not a party, requires the parent")
    func requiresParent() throws {
        let evaluation = try Self.evaluate(
            Self.names("protocol1"), instruments: "{convention: signatory, protocol1: none}")
        let byID = Dictionary(uniqueKeysWithValues: evaluation.instruments.map { ($0.id, $0) })
        #expect(byID["protocol1"]?.requires == "convention")
        #expect(byID["convention"]?.action == .ratify)
        #expect(byID["convention"]?.relevance == byID["protocol1"]?.relevance)
        #expect(byID["convention"]?.rules == [])
        #expect(evaluation.instruments.map(\.id) == ["convention", "protocol1"])
    }

    @Test(
        "no requires when the child or the parent is a party",
        arguments: ["{convention: party, protocol1: none}", "{convention: none, protocol1: party}"])
    func noRequires(instruments: String) throws {
        let evaluation = try Self.evaluate(Self.names("protocol1"), instruments: instruments)
        #expect(evaluation.instruments.map(\.id) == ["protocol1"])
        #expect(evaluation.instruments.first?.requires == nil)
    }

    @Test("an unknown or withdrawn status is not a party: the parent is required")
    func unknownParentStatus() throws {
        for statuses in ["{}", "{convention: {status: withdrawn, since: 2019}}"] {
            let evaluation = try Self.evaluate(Self.names("protocol1"), instruments: statuses)
            #expect(evaluation.instruments.first { $0.id == "protocol1" }?.requires == "convention")
        }
    }

    @Test("requires is transitive, and a parent's relevance is at least its child's")
    func transitive() throws {
        let evaluation = try Self.evaluate(
            Self.names("amendment")
                + "  - {id: R2, confidence: 0.2, when: a > 1, then: {threats: [t2], instruments: [protocol1]}}\n",
            instruments: "{convention: none, protocol1: none, amendment: none}")
        let byID = Dictionary(uniqueKeysWithValues: evaluation.instruments.map { ($0.id, $0) })
        #expect(byID["amendment"]?.requires == "protocol1")
        #expect(byID["protocol1"]?.requires == "convention")
        #expect(byID["amendment"]?.action == .accept)
        #expect(byID["protocol1"]?.relevance == 0.6)
        #expect(byID["convention"]?.relevance == 0.6)
        #expect(evaluation.instruments.map(\.id) == ["amendment", "convention", "protocol1"])
    }

    @Test("a grandparent gets its grandchild's relevance whatever the catalog order")
    func relevanceClimbsTheWholeChain() throws {
        // The child is declared before its parents, so the instruments are met child last.
        let ruleset = try TestRulesets.ruleset(
            body: """
                indicators:
                  - {id: a, type: number, range: [0, 10]}
                threats:
                  - {id: t1, title: Threat one}
                instruments:
                  - {id: amendment, title: Amendment, kind: protocol, parent: protocol1, joining: acceptance}
                  - {id: protocol1, title: Protocol, kind: protocol, parent: convention}
                  - {id: convention, title: Convention, kind: treaty}
                rules:
                  - {id: R, confidence: 0.6, when: a > 1, then: {threats: [t1], instruments: [amendment]}}
                  - {id: R2, confidence: 0.2, when: a > 1, then: {threats: [t1], instruments: [protocol1]}}

                """)
        let profile = try TestRulesets.profile(
            "country: {code: XX, name: Test, year: 2024}\nindicators: {a: 5}\ninstruments: {}\n", ruleset: ruleset)
        let evaluation = try Evaluator(ruleset: ruleset).evaluate(profile, on: Self.day("2025-06-01"))
        let relevance = Dictionary(uniqueKeysWithValues: evaluation.instruments.map { ($0.id, $0.relevance) })
        #expect(relevance == ["amendment": 0.6, "protocol1": 0.6, "convention": 0.6])
    }

    @Test("a parent open_to excludes is not listed, but the child still says it requires it")
    func excludedParent() throws {
        let evaluation = try Self.evaluate(
            Self.names("regional_protocol"), indicators: "{a: 5, region: europe}",
            instruments: "{regional_protocol: none}")
        #expect(evaluation.instruments.map(\.id) == ["regional_protocol"])
        #expect(evaluation.instruments.first?.requires == "regional")
    }

    // MARK: Withdrawn

    @Test("withdrawn is its own value in conditions, and none for actions")
    func withdrawn() throws {
        let evaluation = try Self.evaluate(
            "  - {id: R, when: instrument.convention == withdrawn, then: {threats: [t1], instruments: [convention]}}\n"
                + "  - {id: S, when: instrument.convention == none, then: {threats: [t1]}}\n",
            instruments: "{convention: {status: withdrawn, since: 2019}}")
        #expect(evaluation.ruleTruths == [.true, .false])
        #expect(evaluation.instruments.first?.status == .withdrawn)
        #expect(evaluation.instruments.first?.action == .accede)
    }

    @Test("a signatory status that cannot exist is profile warning PA406 naming the joining mode")
    func impossibleSignatory() throws {
        let ruleset = try TestRulesets.ruleset(body: Self.catalog)
        let file = SourceFile(
            path: "p.yaml",
            text:
                "country: {code: XX, name: X, year: 2024}\ninstruments:\n  ilo: signatory\n  amendment: signatory\n  convention: signatory\n"
        )
        let context = DecodingContext(file: file)
        let profile = ProfileDecoder.decode(try Parser.parse(file), ruleset: ruleset, context: context)
        #expect(profile?.instruments["ilo"]?.status == .signatory)
        #expect(context.diagnostics.map(\.code) == [.impossibleStatus, .impossibleStatus])
        #expect(
            context.diagnostics.map(\.message) == [
                "'ilo' is joined by ratification, without signature, so a State cannot be its signatory",
                "'amendment' is joined by acceptance, without signature, so a State cannot be its signatory",
            ])
        #expect(context.diagnostics.first?.location?.mark == Mark(line: 3, column: 8))
    }

    // MARK: Relevance

    @Test("relevance is the noisy-OR of the naming rules' confidences and the naming strategies' scores")
    func relevance() throws {
        let evaluation = try Self.evaluate(
            "  - {id: R1, confidence: 0.5, when: a > 1, then: {threats: [t1], instruments: [convention]}}\n"
                + "  - {id: R2, group: g, confidence: 0.4, when: a > 1, then: {strategies: [s1], instruments: [convention]}}\n"
                + "  - {id: R3, group: g, confidence: 0.2, when: a > 1, then: {strategies: [s1]}}\n",
            instruments: "{convention: party}")
        let convention = try #require(evaluation.instruments.first { $0.id == "convention" })
        // Rules R1 (0.5) and R2 (0.4), not grouped; strategy s1 scores 0.4 (group g).
        #expect(abs(convention.relevance - (1 - 0.5 * 0.6 * 0.6)) < 1e-12)
        #expect(convention.rules == ["R1", "R2"])
        #expect(convention.strategies == ["s1"])
    }

    @Test("instruments are ranked by relevance (descending), then id")
    func ranking() throws {
        let evaluation = try Self.evaluate(
            "  - {id: R1, confidence: 0.3, when: a > 1, then: {threats: [t1], instruments: [ilo, convention]}}\n"
                + "  - {id: R2, confidence: 0.9, when: a > 1, then: {threats: [t1], instruments: [resolution1]}}\n",
            instruments: "{convention: party, ilo: none}")
        #expect(evaluation.instruments.map(\.id) == ["resolution1", "convention", "ilo"])
        #expect(evaluation.instruments.map(\.action) == [.apply, .strengthenImplementation, .ratify])
    }
}
