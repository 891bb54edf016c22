import Foundation

/// Writes a valid, rule-shaped ruleset of about `targetBytes` into a folder: a header, a catalog
/// and one large `rules.yaml` with nested all/any/not/at_least conditions and `because` texts.
struct RulesetGenerator {
    var targetBytes = 10_000_000
    var indicatorCount = 240
    var threatCount = 40
    var strategyCount = 120
    var instrumentCount = 60
    private var random = SeededGenerator(seed: 2024)

    init(targetBytes: Int) { self.targetBytes = targetBytes }

    /// Writes the files and returns the number of rules.
    mutating func write(to folder: String) throws -> Int {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try save(header(), folder + "/ruleset.yaml")
        try save(catalog(), folder + "/catalog.yaml")
        var rules = "rules:\n"
        var count = 0
        while rules.utf8.count < targetBytes {
            count += 1
            rules += rule(count)
        }
        try save(rules, folder + "/rules.yaml")
        return count
    }

    private func save(_ text: String, _ path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    private func header() -> String {
        """
        ruleset:
          id: bench
          title: Generated benchmark ruleset
          version: 1.0.0
          levels: {low: 0.2, medium: 0.4, high: 0.6, critical: 0.8}
          stale_after_years: 3

        """
    }

    // Indicators cycle through three kinds: number (range 0..10), boolean, category.
    private func indicator(_ index: Int) -> String { String(format: "ind_%03d", index) }
    private func kind(_ index: Int) -> Int { index % 3 }

    private func catalog() -> String {
        var text = "indicators:\n"
        for index in 0..<indicatorCount {
            let id = indicator(index)
            switch kind(index) {
            case 0:
                text +=
                    "  - id: \(id)\n    name: Generated number indicator \(index)\n    source: Benchmark generator\n"
                text += "    type: number\n    range: [0, 10]\n    unit: index\n    better: lower\n"
            case 1: text += "  - id: \(id)\n    name: Generated flag \(index)\n    type: boolean\n"
            default: text += "  - id: \(id)\n    type: category\n    values: [low, medium, high, very_high]\n"
            }
        }
        text += "threats:\n"
        for index in 0..<threatCount {
            text +=
                "  - id: threat_\(index)\n    title: Generated threat \(index)\n    description: A threat for the benchmark.\n"
        }
        text += "priorities:\n  - {id: priority_a, title: Priority A}\n  - {id: priority_b, title: Priority B}\n"
        text += "strategies:\n"
        for index in 0..<strategyCount {
            text += "  - id: strategy_\(index)\n    priority: priority_\(index % 2 == 0 ? "a" : "b")\n"
            text += "    title: Generated strategy \(index)\n    addresses: [threat_\(index % threatCount)]\n"
            text += "    instruments: [inst_\(index % instrumentCount)]\n"
        }
        text += "instruments:\n"
        for index in 0..<instrumentCount {
            text +=
                "  - {id: inst_\(index), title: Generated instrument \(index), kind: \(index % 4 == 0 ? "standard" : "treaty"), adopted: \(1990 + index % 30)}\n"
        }
        return text
    }

    private mutating func pick(_ count: Int) -> Int { Int(random.next() % UInt64(count)) }

    /// A leaf over a random indicator, of the right type.
    private mutating func leaf() -> String {
        let index = pick(indicatorCount)
        let id = indicator(index)
        switch kind(index) {
        case 0:
            let op = ["<", "<=", ">", ">="][pick(4)]
            return "\(id) \(op) \(pick(90) / 10 + 1).\(pick(10))"
        case 1: return pick(2) == 0 ? "\(id) == true" : "\(id) is missing"
        default: return "\(id) in [\(["low", "medium", "high"][pick(3)]), very_high]"
        }
    }

    private mutating func rule(_ number: Int) -> String {
        let id = String(format: "R-%05d", number)
        let first = leaf()
        let second = leaf()
        let third = leaf()
        let fourth = leaf()
        let fifth = leaf()
        let sixth = leaf()
        let threat = pick(threatCount)
        let other = pick(threatCount)
        let strategy = pick(strategyCount)
        let instrument = pick(instrumentCount)
        let referenced = indicator(pick(indicatorCount / 3) * 3)
        return """
              - id: \(id)
                title: Generated rule \(number) linking governance indicators to threat \(threat)
                confidence: 0.\(pick(9) + 1)
                when:
                  all:
                    - \(first)
                    - any:
                        - \(second)
                        - \(third)
                        - not: \(fourth)
                    - instrument.inst_\(instrument) != party
                    - at_least:
                        count: 1
                        of: ["\(fifth)", "\(sixth)"]
                then:
                  threats: [threat_\(threat), {id: threat_\(other), confidence: 0.4}]
                  strategies: [strategy_\(strategy)]
                  instruments: [inst_\(instrument)]
                because: >-
                  The value of {\(referenced)} crosses the line set by rule \(id), and the status
                  towards the instrument is {instrument.inst_\(instrument)}; together they point to exposure.

            """
    }
}
