import Foundation
import YAML

/// Decodes rule-test files strictly: unknown keys are errors with "did you mean", and every
/// id a test names (rule, threat, strategy, indicator, instrument, level) must exist in the
/// ruleset (PA601).
public enum RuleTestDecoder {
    public static let fileKeys = ["tests"]
    public static let testKeys = ["name", "profile", "given", "date", "expect", "note"]
    public static let givenKeys = ["indicators", "instruments", "country"]
    public static let givenCountryKeys = ["code", "name", "year"]
    public static let expectKeys = [
        "threats", "threats_at_least", "absent_threats", "strategies", "absent_strategies",
        "fired", "not_fired", "unknown", "instruments",
    ]

    /// Reads and decodes the test file at `path` (as it should be displayed).
    public static func load(_ path: String, ruleset: Ruleset) -> RuleTestFile {
        switch SourceReader.load(path) {
        case .failure(let diagnostic): return RuleTestFile(path: path, diagnostics: [diagnostic], tests: [])
        case .success(let (file, node)): return decode(node, file: file, ruleset: ruleset)
        }
    }

    /// Decodes a parsed test file. File-level problems go to the file; each test keeps its own.
    public static func decode(_ node: Node, file: SourceFile, ruleset: Ruleset) -> RuleTestFile {
        let context = DecodingContext(file: file)
        var tests: [RuleTest] = []
        // Inline profiles carry the hash of their file, computed once (per profile, it made a
        // large test file quadratic).
        let fileHash = SHA256.hex(file.bytes)
        if let map = context.mapping(node, "a rule-test file") {
            map.allowOnly(fileKeys)
            if let list = map.required("tests") {
                if case .scalar(let scalar, _) = list, scalar.resolved == .null {
                    context.warning(.invalidValue, "'tests' is empty; this file runs no test", at: list)
                } else if let items = context.sequence(list, "'tests'") {
                    if items.isEmpty {
                        context.warning(.invalidValue, "'tests' is empty; this file runs no test", at: list)
                    }
                    for (offset, item) in items.enumerated() {
                        tests.append(test(item, number: offset + 1, file: file, fileHash: fileHash, ruleset: ruleset))
                    }
                }
            }
        }
        var seen: [String: SourceLocation] = [:]
        for index in tests.indices {
            let name = tests[index].name
            if let first = seen[name] {
                tests[index].diagnostics.append(
                    .warning(
                        .invalidValue, "another test in this file is named '\(name)'; give each test its own name",
                        at: tests[index].location, notes: [.init("the first test with this name", at: first)]))
            } else {
                seen[name] = tests[index].location
            }
        }
        return RuleTestFile(path: file.path, diagnostics: context.diagnostics, tests: tests)
    }

    // MARK: One test

    static func test(_ node: Node, number: Int, file: SourceFile, fileHash: String, ruleset: Ruleset) -> RuleTest {
        let context = DecodingContext(file: file)
        var result = RuleTest(name: "test #\(number)", location: context.location(node), profile: nil)
        if let map = context.mapping(node, "a test") {
            map.allowOnly(testKeys)
            if let nameNode = map.required("name"), let name = context.text(nameNode, "'name'") {
                if name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                    context.error(.invalidValue, "'name' is empty; give the test a name", at: nameNode)
                } else {
                    result.name = name
                }
            }
            if let profileNode = map.required("profile") {
                result.profile = profileSource(
                    profileNode, file: file, fileHash: fileHash, ruleset: ruleset, context: context)
            }
            if let dateNode = map.optional("date") {
                result.date = CatalogDecoder.date(dateNode, "'date'", context)
            }
            if let givenNode = map.optional("given") {
                result.overrides = overrides(givenNode, ruleset: ruleset, context: context)
            }
            if let expectNode = map.required("expect") {
                result.expect = expectations(expectNode, ruleset: ruleset, context: context)
                if result.expect.count == 0, !context.diagnostics.hasErrors {
                    context.warning(
                        .invalidValue, "'expect' asserts nothing, so this test always passes", at: expectNode)
                }
            }
        }
        result.diagnostics = context.diagnostics
        return result
    }

    /// A path (relative to the test file's folder) or an inline profile.
    static func profileSource(
        _ node: Node, file: SourceFile, fileHash: String, ruleset: Ruleset,
        context: DecodingContext
    ) -> RuleTest.ProfileSource? {
        if case .mapping = node {
            let inline = DecodingContext(file: file)
            let profile = ProfileDecoder.decode(node, ruleset: ruleset, context: inline, contentHash: fileHash)
            // In a test, a name the ruleset does not know is a mistake, not a shared profile's
            // extra data: it is an error.
            for diagnostic in inline.diagnostics {
                if diagnostic.code == .unknownProfileIndicator || diagnostic.code == .unknownProfileInstrument {
                    var upgraded = diagnostic
                    upgraded.severity = .error
                    upgraded.code = .testUnknownReference
                    context.report(upgraded)
                } else {
                    context.report(diagnostic)
                }
            }
            return profile.map { .inline($0) }
        }
        guard let written = context.string(node, "'profile' (a path or an inline profile)") else { return nil }
        guard !written.isEmpty else {
            context.error(
                .invalidValue, "'profile' is empty; give a path relative to this file or an inline profile", at: node)
            return nil
        }
        return .file(path: resolve(written, relativeTo: file.path), written: written, location: context.location(node))
    }

    /// `written` resolved against the folder of `testPath` (kept as is when absolute), with
    /// `.` and `..` folded away where they can be.
    public static func resolve(_ written: String, relativeTo testPath: String) -> String {
        if written.hasPrefix("/") { return normalize(written) }
        let folder = (testPath as NSString).deletingLastPathComponent
        return normalize(folder.isEmpty ? written : folder + "/" + written)
    }

    /// Folds `.` and `name/..` in a path, lexically.
    static func normalize(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
            } else if part == "..", absolute, parts.isEmpty {
                continue
            } else {
                parts.append(part)
            }
        }
        let joined = parts.joined(separator: "/")
        return absolute ? "/" + joined : (joined.isEmpty ? "." : joined)
    }

    // MARK: given

    static func overrides(_ node: Node, ruleset: Ruleset, context: DecodingContext) -> TestOverrides {
        var result = TestOverrides()
        guard let map = context.mapping(node, "'given'") else { return result }
        map.allowOnly(givenKeys)
        if let node = map.optional("indicators"), let values = context.mapping(node, "'given.indicators'") {
            for entry in values.entries {
                guard ruleset.indicator(entry.key) != nil else {
                    unknown(
                        "indicator", entry.key, at: entry.keyNode, candidates: ruleset.indicators.map(\.id), context)
                    continue
                }
                // No value and no error: a null value, short (`x: ~`) or long (`{value: null}`).
                let errors = context.diagnostics.errorCount
                if let value = ProfileDecoder.indicatorValue(entry, ruleset: ruleset, context: context) {
                    result.indicators[entry.key] = .set(value)
                } else if context.diagnostics.errorCount == errors {
                    result.indicators[entry.key] = .remove
                }
            }
        }
        if let node = map.optional("instruments"), let statuses = context.mapping(node, "'given.instruments'") {
            for entry in statuses.entries {
                guard ruleset.instrument(entry.key) != nil else {
                    unknown(
                        "instrument", entry.key, at: entry.keyNode, candidates: ruleset.instruments.map(\.id), context)
                    continue
                }
                let errors = context.diagnostics.errorCount
                if let status = ProfileDecoder.statusEntry(entry, ruleset: ruleset, context: context) {
                    result.instruments[entry.key] = .set(status)
                } else if context.diagnostics.errorCount == errors {
                    result.instruments[entry.key] = .remove
                }
            }
        }
        if let node = map.optional("country"), let country = context.mapping(node, "'given.country'") {
            country.allowOnly(givenCountryKeys)
            result.countryCode = country.optional("code").flatMap { context.string($0, "'country.code'") }
            result.countryName = country.optional("name").flatMap { context.text($0, "'country.name'") }
            result.countryYear = country.optional("year").flatMap { context.integer($0, "'country.year'") }
        }
        return result
    }

    // MARK: expect

    static func expectations(_ node: Node, ruleset: Ruleset, context: DecodingContext) -> TestExpectations {
        var result = TestExpectations()
        guard let map = context.mapping(node, "'expect'") else { return result }
        map.allowOnly(expectKeys)
        let threatIDs = ruleset.threats.map(\.id)
        let strategyIDs = ruleset.strategies.map(\.id)
        let ruleIDs = ruleset.rules.map(\.id)
        let levels = ["none"] + ruleset.header.levels.map(\.name)

        func levelMap(_ key: String) -> [TestExpectations.Level] {
            guard let node = map.optional(key), let entries = context.mapping(node, "'expect.\(key)'") else {
                return []
            }
            return entries.entries.compactMap { entry in
                let known = ruleset.threat(entry.key) != nil
                if !known { unknown("threat", entry.key, at: entry.keyNode, candidates: threatIDs, context) }
                guard let level = context.string(entry.value, "the level of '\(entry.key)'") else { return nil }
                guard levels.contains(level) else {
                    context.error(
                        .testUnknownReference,
                        "'\(level)' is not a level of this ruleset; expected one of: \(levels.joined(separator: ", "))",
                        at: entry.value, help: Suggestion.help(for: level, in: levels))
                    return nil
                }
                return known ? TestExpectations.Level(entry.key, level) : nil
            }
        }

        func idList(_ key: String, kind: String, candidates: [String], known: (String) -> Bool) -> [Located<String>] {
            guard let node = map.optional(key) else { return [] }
            return context.identifierList(node, "\(kind) id").filter { id in
                if known(id.value) { return true }
                context.report(
                    .error(
                        .testUnknownReference, "unknown \(kind) '\(id.value)'", at: id.location,
                        help: Suggestion.help(for: id.value, in: candidates)))
                return false
            }
        }

        result.threats = levelMap("threats")
        result.threatsAtLeast = levelMap("threats_at_least")
        result.absentThreats = idList("absent_threats", kind: "threat", candidates: threatIDs) {
            ruleset.threat($0) != nil
        }.map(\.value)
        let strategies = idList("strategies", kind: "strategy", candidates: strategyIDs) { ruleset.strategy($0) != nil }
        let absentStrategies = idList("absent_strategies", kind: "strategy", candidates: strategyIDs) {
            ruleset.strategy($0) != nil
        }
        let fired = idList("fired", kind: "rule", candidates: ruleIDs) { ruleset.rule($0) != nil }
        let notFired = idList("not_fired", kind: "rule", candidates: ruleIDs) { ruleset.rule($0) != nil }
        let unknownRules = idList("unknown", kind: "rule", candidates: ruleIDs) { ruleset.rule($0) != nil }
        result.strategies = strategies.map(\.value)
        result.absentStrategies = absentStrategies.map(\.value)
        result.fired = fired.map(\.value)
        result.notFired = notFired.map(\.value)
        result.unknown = unknownRules.map(\.value)

        // An id asserted both ways can never pass.
        contradictions([("strategies", strategies), ("absent_strategies", absentStrategies)], context)
        contradictions([("fired", fired), ("not_fired", notFired), ("unknown", unknownRules)], context)
        for threat in result.threats where threat.level != "none" && result.absentThreats.contains(threat.threat) {
            if let place = map.optional("absent_threats") {
                context.error(
                    .invalidValue,
                    "'\(threat.threat)' is expected at level \(threat.level) in 'threats' and absent in 'absent_threats'",
                    at: place)
            }
        }

        if let node = map.optional("instruments"), let entries = context.mapping(node, "'expect.instruments'") {
            let actions = InstrumentAction.allCases.map(\.rawValue) + ["none"]
            for entry in entries.entries {
                let known = ruleset.instrument(entry.key) != nil
                if !known {
                    unknown(
                        "instrument", entry.key, at: entry.keyNode, candidates: ruleset.instruments.map(\.id), context)
                }
                guard let action = context.choice(entry.value, "instrument action", actions), known else { continue }
                result.instruments.append(TestExpectations.Action(entry.key, action))
            }
        }
        return result
    }

    private static func contradictions(_ lists: [(String, [Located<String>])], _ context: DecodingContext) {
        var firstKey: [String: String] = [:]
        for (key, ids) in lists {
            for id in ids {
                if let other = firstKey[id.value], other != key {
                    context.report(
                        .error(
                            .invalidValue,
                            "'\(id.value)' is listed in both '\(other)' and '\(key)'; the test can never pass",
                            at: id.location))
                } else {
                    firstKey[id.value] = key
                }
            }
        }
    }

    private static func unknown(
        _ kind: String, _ id: String, at node: Node, candidates: [String], _ context: DecodingContext
    ) {
        context.error(
            .testUnknownReference, "unknown \(kind) '\(id)'", at: node, help: Suggestion.help(for: id, in: candidates))
    }
}
