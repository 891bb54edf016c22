import AdvisoryAnalysis
import AdvisoryCore
import Foundation

@testable import AdvisoryReports

/// Loads the fixture ruleset and profiles and builds their reports.
enum Fixtures {
    /// The source folder of this test target (goldens are written here when re-recorded).
    static let sourceFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let folder = sourceFolder.appendingPathComponent("Fixtures")
    static let goldenFolder = sourceFolder.appendingPathComponent("Golden")
    static let date = "2025-01-15"

    struct LoadError: Error, CustomStringConvertible {
        var description: String
    }

    static func compiled(_ ruleset: String = "ruleset") throws -> CompiledRuleset {
        let path = folder.appendingPathComponent(ruleset).path
        let (loaded, diagnostics) = RulesetLoader.load(directory: path)
        guard let loaded, !diagnostics.hasErrors else {
            throw LoadError(description: "fixture ruleset \(path) is invalid: \(diagnostics.map(\.message))")
        }
        return try CompiledRuleset(loaded)
    }

    static func report(_ profile: String, ruleset: String = "ruleset", language: Language = .en) throws -> Report {
        let compiled = try compiled(ruleset)
        let path = folder.appendingPathComponent(profile).path
        let (loaded, diagnostics) = ProfileDecoder.load(path, ruleset: compiled.ruleset)
        guard let loaded else {
            throw LoadError(description: "fixture profile \(path) is invalid: \(diagnostics.map(\.message))")
        }
        return ReportBuilder(compiled, language: language).build(
            Evaluator(compiled).evaluate(loaded, on: CalendarDate(parsing: date) ?? .unixEpoch))
    }

    static var arcadia: Report { get throws { try report("profiles/arcadia.yaml") } }
    static var borealia: Report { get throws { try report("profiles/borealia.yaml") } }
    /// Verdalia on the translated fixture ruleset (titles in en, fr, es; two left untranslated).
    static func verdalia(_ language: Language) throws -> Report {
        try report("translated/profile.yaml", ruleset: "translated/ruleset", language: language)
    }

    static var hostile: Report { get throws { try report("hostile/profile.yaml", ruleset: "hostile/ruleset") } }

    /// The report of `profile` with a robustness section: `draws` draws with the seed 1, on two
    /// workers (the numbers do not depend on it).
    static func robust(
        _ profile: String, ruleset: String = "ruleset", draws: Int = 2_000, language: Language = .en,
        sensitivity: Bool = true
    ) throws -> Report {
        let compiled = try compiled(ruleset)
        let (loaded, diagnostics) = ProfileDecoder.load(
            folder.appendingPathComponent(profile).path, ruleset: compiled.ruleset)
        guard let loaded else {
            throw LoadError(description: "fixture profile \(profile) is invalid: \(diagnostics.map(\.message))")
        }
        let day = CalendarDate(parsing: date) ?? .unixEpoch
        var report = ReportBuilder(compiled, language: language).build(Evaluator(compiled).evaluate(loaded, on: day))
        let result = RobustnessAnalysis(compiled, date: day).run(
            loaded, .init(draws: draws, seed: 1, workers: 2, sensitivity: sensitivity))
        report.robustness = RobustnessSection(compiled).build(result, report: report, profile: loaded)
        return report
    }

    static var solaria: Report { get throws { try robust("uncertain/solaria.yaml") } }
}
