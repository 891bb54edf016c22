import Testing
import YAML

@testable import AdvisoryCore

/// On random rulesets and profiles, the compiled evaluator agrees with a direct interpretation
/// of the uncompiled condition tree.
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

    static func ruleset(_ generator: inout Generator, rules count: Int) -> Ruleset {
        var indicators = numbers.map {
            Indicator(
                id: $0, name: nil, description: nil, source: nil, url: nil, kind: .number, range: 0...10, unit: nil,
                better: nil, staleAfterYears: nil, values: [], note: nil, location: here)
        }
        indicators.append(
            Indicator(
                id: "flag", name: nil, description: nil, source: nil, url: nil, kind: .boolean, range: nil,
                unit: nil, better: nil, staleAfterYears: nil, values: [], note: nil, location: here))
        indicators.append(
            Indicator(
                id: "group", name: nil, description: nil, source: nil, url: nil, kind: .category, range: nil,
                unit: nil, better: nil, staleAfterYears: nil, values: categories, note: nil, location: here))
        let instruments = ["i0", "i1"].map {
            Instrument(
                id: $0, title: $0, short: nil, kind: .treaty, adopted: nil, inForce: nil, parent: nil, url: nil,
                binding: nil, note: nil, location: here)
        }
        let threat = Threat(id: "t", title: "t", description: nil, note: nil, location: here)
        let rules = (0..<count).map { index in
            Rule(
                id: "R\(index)", title: nil, description: nil, confidence: 0.5, confidenceLocation: nil,
                condition: condition(&generator, depth: 0),
                threats: [.init(id: Located("t", at: here), confidence: nil)],
                strategies: [], instruments: [], because: nil, note: nil, location: here)
        }
        return Ruleset(
            root: "generated",
            header: RulesetHeader(
                id: "g", title: "g", version: "0", description: nil,
                levels: RulesetHeader.defaultLevels, staleAfterYears: nil, location: nil),
            indicators: indicators, threats: [threat], priorities: [], strategies: [], instruments: instruments,
            rules: rules, contentHash: "", files: [])
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
        switch generator.int(0..<6) {
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
            switch generator.int(0..<4) {
            case 0: test = .isMissing
            case 1: test = .member([.word(statuses[generator.int(0..<3)]), .word(statuses[generator.int(0..<3)])])
            default: test = .compare(generator.chance(50) ? .equal : .notEqual, .word(statuses[generator.int(0..<3)]))
            }
        }
        return Leaf(reference: reference, test: test, text: "", location: here, valueLocation: here)
    }

    static func profile(_ generator: inout Generator) -> Profile {
        var indicators: [String: IndicatorValue] = [:]
        for id in numbers where generator.chance(70) {
            indicators[id] = IndicatorValue(value: .number(Double(generator.int(0..<21)) / 2))
        }
        if generator.chance(70) { indicators["flag"] = IndicatorValue(value: .bool(generator.chance(50))) }
        if generator.chance(70) {
            indicators["group"] = IndicatorValue(value: .category(categories[generator.int(0..<3)]))
        }
        var instruments: [String: InstrumentStatusEntry] = [:]
        for id in ["i0", "i1"] where generator.chance(60) {
            instruments[id] = InstrumentStatusEntry(status: InstrumentStatus.allCases[generator.int(0..<3)])
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
        let reference = ReferenceInterpreter(ruleset: ruleset)
        for _ in 0..<20 {
            let profile = Self.profile(&generator)
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
}
