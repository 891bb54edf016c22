import AdvisoryAnalysis
import AdvisoryCore
import AdvisoryReports
import Foundation

/// Runs arbitrary bytes through the whole product, as a user's files would go: the libFuzzer
/// targets in `Fuzz/` call it for every input they generate, and the regression tests replay
/// every input that once found a bug (docs/fuzzing.md).
///
/// Nothing here may crash, hang or run away with memory, whatever the bytes: that is what the
/// fuzzers check (with AddressSanitizer).
public enum FuzzHarness {
    /// The line that separates the files of one input.
    public static let separator = "\n%%\n"

    /// The files of an input, in order: its parts split at ``separator``, written under the
    /// working folder (the ruleset is its `rules/` folder; the profile and the table sit beside
    /// it, not in it, or they would be read as ruleset files). Missing parts are left out, so
    /// that a short input is a ruleset header alone.
    public static let fileNames = [
        "rules/ruleset.yaml", "rules/rules/rules.yaml", "profile.yaml", "table.csv", "rules/tests/t.yaml",
    ]

    /// Splits `bytes` into ``fileNames``, writes them in `folder` (created when missing), then
    /// loads the ruleset with every check, and when it is valid evaluates the profile and the
    /// table, renders every report format (with and without a robustness section from a few
    /// Monte Carlo draws, and the robustness document), explains every finding, runs the rule
    /// tests and prints every diagnostic.
    public static func runInputs(_ bytes: [UInt8], in folder: String) {
        write(split(bytes), in: folder)
        let (loaded, diagnostics) = RulesetLoader.load(directory: folder + "/rules", checks: RulesetChecks.all)
        _ = DiagnosticRenderer().render(diagnostics.sortedForDisplay())
        guard let ruleset = loaded, !diagnostics.hasErrors, let compiled = try? CompiledRuleset(ruleset) else { return }
        let evaluator = Evaluator(compiled)
        let builder = ReportBuilder(compiled)
        let date = reportDate
        let (profile, profileDiagnostics) = ProfileDecoder.load(folder + "/profile.yaml", ruleset: ruleset)
        _ = DiagnosticRenderer().render(profileDiagnostics)
        if let profile {
            _ = DiagnosticRenderer().render(Explainer(compiled).notApplicableValueWarnings(profile))
            let evaluation = evaluator.evaluate(profile, on: date)
            var report = builder.build(evaluation)
            for format in ReportFormat.allCases { _ = try? format.render(report) }
            // A few Monte Carlo draws: the robustness section in every format, and its document.
            let run = RobustnessAnalysis(compiled, date: date).run(profile, .init(draws: 16, seed: 1))
            report.robustness = RobustnessSection(compiled).build(run, report: report, profile: profile)
            for format in ReportFormat.allCases { _ = try? format.render(report) }
            if let document = RobustnessDocument(report) {
                for format in RobustnessDocument.Format.allCases { _ = try? document.render(format) }
            }
            let explainer = Explainer(compiled)
            let subjects =
                ruleset.threats.map { ExplanationSubject.threat($0.id) }
                + ruleset.strategies.map { .strategy($0.id) } + ruleset.instruments.map { .instrument($0.id) }
                + ruleset.rules.map { .rule($0.id) }
            for subject in subjects.prefix(64) {
                if let explanation = explainer.explain(subject, profile, evaluation: evaluation) {
                    _ = ExplanationTextRenderer().render(explanation, country: profile.country)
                    _ = try? JSONReportRenderer.render(encodable: explanation)
                }
            }
            for indicator in ruleset.indicators.prefix(8) {
                guard case .success(let change) = ProfileOverride.parse(indicator.id + "=1", ruleset: ruleset) else {
                    continue
                }
                let diff = EvaluationDiff(
                    before: evaluation, after: evaluator.evaluate(change.apply(to: profile), on: date), ruleset: ruleset
                )
                _ = WhatIfTextRenderer().render(diff, changes: [indicator.id + "=1"], country: profile.country)
            }
            _ = CatalogListing.text(
                ["threats", "priorities", "strategies", "instruments", "indicators", "rules"].flatMap {
                    CatalogListing(ruleset: ruleset).entries($0)
                })
        }
        let (profiles, tableDiagnostics) = ProfileTable.load(folder + "/table.csv", ruleset: ruleset)
        _ = DiagnosticRenderer().render(tableDiagnostics)
        let reports = profiles.prefix(16).map { builder.build(evaluator.evaluate($0, on: date)) }
        _ = ComparisonRenderer.html(Array(reports))
        _ = ComparisonRenderer.markdown(Array(reports))
        if case .success(let reader) = ProfileTableReader.open(folder + "/table.csv", ruleset: ruleset) {
            var sink = TextBatchSink(BatchSummary(compiled)) { _ in }
            let runner = BatchRunner(BatchContext(compiled, date: date), chunkSize: 4, workers: 1)
            _ = try? runner.run(TableBatchSource(reader, size: nil), into: &sink)
        }
        let tests = RuleTestDecoder.load(folder + "/rules/tests/t.yaml", ruleset: ruleset)
        let testReport = RuleTestRunner(compiled, date: date).run([tests])
        _ = RuleTestTextRenderer(showLeaves: true).render(testReport)
        _ = JUnitRenderer().render(testReport)
    }

    /// Reads `bytes` as a Markdown and as an HTML template and renders `report` with each.
    public static func runTemplate(_ bytes: [UInt8], report: Report) {
        let text = String(decoding: bytes, as: UTF8.self)
        for format in [ReportFormat.markdown, .html] {
            guard let template = try? ReportTemplate(format: format, text: text, name: "fuzz.mustache") else {
                continue
            }
            _ = try? template.render(report)
        }
    }

    /// The report the template fuzzer renders: a small ruleset of every kind of entry, written
    /// in `folder`, evaluated for one profile.
    public static func sampleReport(in folder: String) -> Report? {
        runInputs(Array(sample.utf8), in: folder)
        guard let ruleset = RulesetLoader.load(directory: folder + "/rules").0,
            let compiled = try? CompiledRuleset(ruleset),
            let profile = ProfileDecoder.load(folder + "/profile.yaml", ruleset: ruleset).0
        else { return nil }
        return ReportBuilder(compiled).build(Evaluator(compiled).evaluate(profile, on: reportDate))
    }

    /// The report date of every evaluation, so that runs are reproducible.
    static let reportDate = CalendarDate(parsing: "2025-01-15") ?? .unixEpoch

    /// A working folder for one fuzzing process (libFuzzer's `-jobs` workers are processes of
    /// their own), in `/dev/shm` when there is one: `advisor-fuzz-NAME-PID`.
    public static func workingFolder(_ name: String) -> String {
        let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
        let path = base + "/advisor-fuzz-\(name)-\(getpid())"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// The parts of `bytes` between separators.
    static func split(_ bytes: [UInt8]) -> [[UInt8]] {
        let mark = Array(separator.utf8)
        var parts: [[UInt8]] = []
        var start = 0
        var index = 0
        while index + mark.count <= bytes.count {
            if bytes[index..<index + mark.count].elementsEqual(mark) {
                parts.append(Array(bytes[start..<index]))
                index += mark.count
                start = index
            } else {
                index += 1
            }
        }
        parts.append(Array(bytes[start...]))
        return parts
    }

    /// Writes the parts as the files of the ruleset folder, removing the files of parts missing.
    static func write(_ parts: [[UInt8]], in folder: String) {
        for subfolder in ["rules/rules", "rules/tests"] {
            try? FileManager.default.createDirectory(
                atPath: folder + "/" + subfolder, withIntermediateDirectories: true)
        }
        for (index, name) in fileNames.enumerated() {
            let path = folder + "/" + name
            if index < parts.count {
                _ = FileManager.default.createFile(atPath: path, contents: Data(parts[index]))
            } else {
                try? FileManager.default.removeItem(atPath: path)
            }
        }
    }

    /// A small ruleset with every kind of entry, a profile and a table, as one input.
    public static let sample = """
        ruleset: {id: sample, title: Sample, version: 1.0.0, stale_after_years: 3}
        indicators:
          - {id: x, name: X index, type: number, range: [0, 10], unit: points, better: lower, source: Survey}
          - {id: flag, type: boolean}
          - {id: group, type: category, values: [low, high]}
        threats:
          - {id: t1, title: First threat, description: "A <b>threat</b> & more"}
          - {id: t2, title: Second threat}
        priorities:
          - {id: p, title: Priority}
        strategies:
          - {id: s1, priority: p, title: Strategy one, addresses: [t1], instruments: [i1]}
          - {id: s2, priority: p, title: Strategy two, addresses: [t2], instruments: [i2]}
        instruments:
          - {id: i1, title: Treaty, short: T, kind: treaty, adopted: 2000, in_force: 2003}
          - {id: i2, title: Protocol, kind: protocol, parent: i1}
          - {id: i3, title: Standard, kind: standard}
        %%
        rules:
          - id: R1
            title: High x
            confidence: 0.7
            when: {all: [x >= 5, {any: [flag == true, group == high]}, {not: instrument.i1 == party}]}
            then: {threats: [t1, {id: t2, confidence: 0.3}], strategies: [s1], instruments: [i3]}
            because: x is {x}
          - id: R2
            when: {at_least: {count: 1, of: [x < 2, "group in [low]", x is missing]}}
            then: {threats: [t2], strategies: [s2]}
        %%
        country: {code: ARC, name: Arcadia, year: 2024}
        indicators:
          x: {value: 7, year: 2019, source: Survey 2019}
          flag: true
        instruments:
          i1: signatory
        %%
        code,name,year,x,flag,group,instrument.i1
        AAA,Alpha,2024,7,true,high,party
        BBB,"Beta, the",2024,1,,low,
        %%
        tests:
          - name: R1 fires
            profile: ../../profile.yaml
            expect: {fired: [R1], threats_at_least: {t1: low}}

        """
}
