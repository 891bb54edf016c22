import Testing
import YAML

@testable import AdvisoryCore

/// On random rulesets and profiles, the compiled evaluator agrees with a direct interpretation
/// of the uncompiled condition tree and of the findings of §6 and §10 (evidence groups,
/// applicability, eligibility, joining modes, requires, relevance).
@Suite("Compiled evaluator vs reference interpreter")
struct CompiledEvaluatorPropertyTests {
    /// A small deterministic generator (SplitMix64), so failures reproduce from the seed.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func int(_ range: Range<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }
        mutating func chance(_ percent: Int) -> Bool { int(0..<100) < percent }
    }

    static let file = SourceFile(path: "generated", bytes: [])
    static let here = SourceLocation(file: file, mark: Mark(line: 1, column: 1))
    static let numbers = ["n0", "n1", "n2", "n3"]
    static let categories = ["low", "middle", "high"]

    /// A random ruleset over the indicators n0…n3, flag, group and the instruments i0, i1: n2
    /// (sometimes) applies only under a condition over n0, flag and i0, n3 (sometimes) under one
    /// over n2; i0 and i1 are (sometimes) open only to some countries, i1 is (sometimes) a
    /// protocol of i0; rules fall into a few evidence groups and name two threats, a strategy and
    /// the instruments with random confidences.
    static func ruleset(_ generator: inout Generator, rules count: Int) -> Ruleset {
        var indicators = numbers.map {
            Indicator(
                id: $0, name: nil, description: nil, source: nil, url: nil, kind: .number, range: 0...10, unit: nil,
                better: nil, staleAfterYears: nil, values: [], note: nil, location: here)
        }
        if generator.chance(60) { indicators[2].appliesIf = gate(&generator, over: ["n0", "flag", "i0"]) }
        if generator.chance(50) { indicators[3].appliesIf = gate(&generator, over: ["n2"]) }
        indicators.append(
            Indicator(
                id: "flag", name: nil, description: nil, source: nil, url: nil, kind: .boolean, range: nil,
                unit: nil, better: nil, staleAfterYears: nil, values: [], note: nil, location: here))
        indicators.append(
            Indicator(
                id: "group", name: nil, description: nil, source: nil, url: nil, kind: .category, range: nil,
                unit: nil, better: nil, staleAfterYears: nil, values: categories, note: nil, location: here))
        let joinings: [Instrument.Joining?] = [nil] + Instrument.Joining.allCases
        let instruments = ["i0", "i1"].map { id in
            Instrument(
                id: id, title: id, kind: id == "i1" && generator.chance(50) ? .protocol : .treaty,
                parent: id == "i1" && generator.chance(60) ? Located("i0", at: here) : nil,
                openTo: generator.chance(40) ? gate(&generator, over: ["group", "flag"]) : nil,
                joining: joinings[generator.int(0..<joinings.count)], location: here)
        }
        let threats = ["t0", "t1"].map { Threat(id: $0, title: $0, description: nil, note: nil, location: here) }
        let groups = ["g0", "g1", nil, nil]
        let confidences = [0.2, 0.35, 0.5, 0.7, 0.9, 1.0]
        let rules = (0..<count).map { index in
            var named: [Rule.ThreatRef] = []
            for threat in ["t0", "t1"] where generator.chance(60) {
                let override = generator.chance(30) ? Located(confidences[generator.int(0..<6)], at: here) : nil
                named.append(.init(id: Located(threat, at: here), confidence: override))
            }
            return Rule(
                id: "R\(index)", title: nil, description: nil, confidence: confidences[generator.int(0..<6)],
                confidenceLocation: nil,
                group: groups[generator.int(0..<groups.count)].map { Located($0, at: here) },
                condition: condition(&generator, depth: 0), threats: named,
                strategies: generator.chance(50) ? [Located("s0", at: here)] : [],
                instruments: ["i0", "i1"].filter { _ in generator.chance(30) }.map { Located($0, at: here) },
                because: nil, note: nil, location: here)
        }
        let priority = Priority(id: "p", title: "p", description: nil, note: nil, location: here)
        let strategy = Strategy(
            id: "s0", priority: Located("p", at: here), title: "s0", description: nil, addresses: [],
            instruments: generator.chance(50) ? [Located("i1", at: here)] : [], note: nil, location: here)
        return Ruleset(
            root: "generated",
            header: RulesetHeader(
                id: "g", title: "g", version: "0", description: nil,
                levels: RulesetHeader.defaultLevels, staleAfterYears: nil, location: nil),
            indicators: indicators, threats: threats, priorities: [priority], strategies: [strategy],
            instruments: instruments, rules: rules, contentHash: "", files: [])
    }

    /// A random condition over `references` (ids, `i0` for an instrument), for `applies_if` and `open_to`.
    static func gate(_ generator: inout Generator, over references: [String]) -> Condition {
        let parts = (0..<generator.int(1..<3)).map { _ -> Condition in
            let reference = references[generator.int(0..<references.count)]
            let test: Leaf.Test
            let target: Reference
            switch reference {
            case "flag":
                target = .indicator("flag")
                test = generator.chance(20) ? .isMissing : .compare(.equal, .bool(generator.chance(50)))
            case "group":
                target = .indicator("group")
                test = .member([.word(categories[generator.int(0..<3)]), .word(categories[generator.int(0..<3)])])
            case "i0":
                target = .instrument("i0")
                test = .compare(generator.chance(50) ? .equal : .notEqual, .word("party"))
            default:
                target = .indicator(reference)
                test =
                    generator.chance(20)
                    ? .isPresent : .compare(.greaterOrEqual, .number(Double(generator.int(0..<11))))
            }
            return .leaf(Leaf(reference: target, test: test, text: "", location: here, valueLocation: here))
        }
        return parts.count == 1 ? parts[0] : generator.chance(50) ? .all(parts, here) : .any(parts, here)
    }

    static func condition(_ generator: inout Generator, depth: Int) -> Condition {
        if depth >= 4 || generator.chance(40) { return .leaf(leaf(&generator)) }
        let parts = (0..<generator.int(1..<5)).map { _ in condition(&generator, depth: depth + 1) }
        switch generator.int(0..<4) {
        case 0: return .all(parts, here)
        case 1: return .any(parts, here)
        case 2: return .not(parts[0], here)
        default: return .atLeast(generator.int(1..<(parts.count + 1)), parts, here)
        }
    }

    static func leaf(_ generator: inout Generator) -> Leaf {
        let operators = ComparisonOperator.allCases
        let reference: Reference
        let test: Leaf.Test
        var measure = Leaf.Measure.value
        switch generator.int(0..<8) {
        case 6:
            // A trend over one to six years, against a change or slope of -5…5 in half steps.
            reference = .indicator(numbers[generator.int(0..<numbers.count)])
            let years = generator.int(1..<7)
            measure = generator.chance(50) ? .change(years: years) : .slope(years: years)
            test = .compare(
                operators[generator.int(0..<operators.count)], .number(Double(generator.int(-10..<11)) / 2))
        case 7:
            // An expression of two number indicators (possibly the same one).
            reference = .indicator(numbers[generator.int(0..<numbers.count)])
            measure = .arithmetic(
                ArithmeticOperator.allCases[generator.int(0..<4)], numbers[generator.int(0..<numbers.count)])
            test = .compare(
                operators[generator.int(0..<operators.count)], .number(Double(generator.int(-10..<21)) / 2))
        case 0, 1, 2:
            reference = .indicator(numbers[generator.int(0..<numbers.count)])
            switch generator.int(0..<8) {
            case 0: test = .isMissing
            case 1: test = .isPresent
            case 2: test = .member([.number(Double(generator.int(0..<11))), .number(Double(generator.int(0..<11)))])
            default:
                test = .compare(
                    operators[generator.int(0..<operators.count)], .number(Double(generator.int(0..<21)) / 2))
            }
        case 3:
            reference = .indicator("flag")
            test = .compare(generator.chance(50) ? .equal : .notEqual, .bool(generator.chance(50)))
        case 4:
            reference = .indicator("group")
            test =
                generator.chance(50)
                ? .compare(generator.chance(50) ? .equal : .notEqual, .word(categories[generator.int(0..<3)]))
                : .member([.word(categories[generator.int(0..<3)])])
        default:
            reference = .instrument(generator.chance(50) ? "i0" : "i1")
            let statuses = InstrumentStatus.allCases.map(\.rawValue)
            let status = { (generator: inout Generator) in statuses[generator.int(0..<statuses.count)] }
            switch generator.int(0..<4) {
            case 0: test = .isMissing
            case 1:
                test =
                    generator.chance(50)
                    ? .member([.word(status(&generator))])
                    : .member([.word(status(&generator)), .word(status(&generator))])
            default: test = .compare(generator.chance(50) ? .equal : .notEqual, .word(status(&generator)))
            }
        }
        var leaf = Leaf(reference: reference, test: test, text: "", location: here, valueLocation: here)
        leaf.measure = measure
        return leaf
    }

    static func profile(_ generator: inout Generator) -> Profile {
        var indicators: [String: IndicatorValue] = [:]
        for id in numbers where generator.chance(70) {
            indicators[id] = IndicatorValue(value: .number(Double(generator.int(0..<21)) / 2))
            // Often a series over some of the years 2015…2024, whose latest point is the value.
            if generator.chance(60) {
                let years = (2015...2024).filter { _ in generator.chance(40) }
                let series = years.map { SeriesPoint(year: $0, value: Double(generator.int(0..<21)) / 2) }
                if let latest = series.last {
                    indicators[id] = IndicatorValue(value: .number(latest.value), year: latest.year, series: series)
                }
            }
        }
        if generator.chance(70) { indicators["flag"] = IndicatorValue(value: .bool(generator.chance(50))) }
        if generator.chance(70) {
            indicators["group"] = IndicatorValue(value: .category(categories[generator.int(0..<3)]))
        }
        var instruments: [String: InstrumentStatusEntry] = [:]
        for id in ["i0", "i1"] where generator.chance(60) {
            instruments[id] = InstrumentStatusEntry(
                status: InstrumentStatus.allCases[generator.int(0..<InstrumentStatus.allCases.count)])
        }
        return Profile(
            path: "", country: Country(code: "XX", name: "X", year: 2024), indicators: indicators,
            instruments: instruments, contentHash: "")
    }

    @Test("agreement on 200 random rulesets × 20 profiles", arguments: 0..<200)
    func agreement(seed: Int) throws {
        var generator = Generator(state: UInt64(seed) &* 7919)
        let ruleset = Self.ruleset(&generator, rules: 10)
        let compiled = try CompiledRuleset(ruleset)
        let evaluator = Evaluator(compiled)
        let reference = ReferenceInterpreter(ruleset: ruleset)
        for _ in 0..<20 {
            let profile = Self.profile(&generator)
            let evaluation = evaluator.evaluate(profile, on: .unixEpoch)
            let expected = reference.findings(profile)
            #expect(evaluation.notApplicable == expected.notApplicable, "seed \(seed): not applicable")
            #expect(evaluation.threats.count == expected.threats.count, "seed \(seed): threats")
            for (finding, (id, score)) in zip(evaluation.threats, expected.threats) {
                #expect(finding.id == id && abs(finding.score - score) < 1e-12, "seed \(seed): threat \(id)")
            }
            #expect(evaluation.strategies.map(\.id) == expected.strategies.map(\.0), "seed \(seed): strategies")
            for (finding, (_, score)) in zip(evaluation.strategies, expected.strategies) {
                #expect(abs(finding.score - score) < 1e-12, "seed \(seed): strategy score")
            }
            #expect(evaluation.instruments.map(\.id) == expected.instruments.map(\.id), "seed \(seed): instruments")
            for (finding, wanted) in zip(evaluation.instruments, expected.instruments) {
                #expect(abs(finding.relevance - wanted.relevance) < 1e-12, "seed \(seed): relevance of \(wanted.id)")
                #expect(finding.eligibility == wanted.eligibility, "seed \(seed): eligibility of \(wanted.id)")
                #expect(finding.requires == wanted.requires, "seed \(seed): requires of \(wanted.id)")
                #expect(finding.action == wanted.action, "seed \(seed): action of \(wanted.id)")
            }
            let vector = compiled.vector(for: profile)
            var noTrace = NoTracer()
            var recorder = TruthRecorder(nodeCount: compiled.nodeCount)
            for (index, rule) in ruleset.rules.enumerated() {
                let expected = reference.truth(rule.condition, profile)
                #expect(
                    compiled.evaluateRule(index, vector, tracer: &noTrace) == expected, "seed \(seed) rule \(rule.id)")
                #expect(
                    compiled.evaluateRule(index, vector, tracer: &recorder) == expected,
                    "seed \(seed) rule \(rule.id), traced")
            }
        }
    }

    /// The generator is not vacuous for computed leaves: trends and expressions are seen true,
    /// false and unknown (too few points, a missing operand, a division by zero).
    @Test func computedLeavesReachEveryOutcome() throws {
        var generator = Generator(state: 4242)
        var seen: [String: Set<Truth>] = ["change": [], "slope": [], "arithmetic": []]
        for _ in 0..<30 {
            let ruleset = Self.ruleset(&generator, rules: 10)
            let reference = ReferenceInterpreter(ruleset: ruleset)
            let profiles = (0..<10).map { _ in Self.profile(&generator) }
            for leaf in ruleset.rules.flatMap(\.condition.leaves) {
                let kind: String
                switch leaf.measure {
                case .value: continue
                case .change: kind = "change"
                case .slope: kind = "slope"
                case .arithmetic: kind = "arithmetic"
                }
                for profile in profiles { seen[kind]?.insert(reference.truth(.leaf(leaf), profile)) }
            }
        }
        for (kind, truths) in seen { #expect(truths == [.true, .false, .unknown], "\(kind)") }
    }
}
