public import AdvisoryCore
import Foundation
public import YAML

/// Merges imported values into an existing profile file by splicing text (`advisor import
/// --update`): only the lines of the `indicators:` entries that change are rewritten, every other
/// byte (comments, instrument statuses, hand-entered values, layout) stays as it was. The result
/// is read back and compared with the original before it is accepted, so a merge that would
/// change anything else is refused instead of written.
public enum ProfileMerge {
    /// What the merge did, entry by entry.
    public struct Outcome: Sendable {
        public var text: String
        /// Indicators the profile did not have.
        public var added: [String] = []
        /// Entries rewritten with the imported value.
        public var replaced: [String] = []
        /// Entries kept because the profile's value is more recent than the imported one.
        public var keptNewer: [String] = []
        /// Entries that already held the imported value.
        public var unchanged: [String] = []

        public var changed: Bool { !added.isEmpty || !replaced.isEmpty }
    }

    /// Why a profile cannot be merged into.
    public struct Refusal: Error, Sendable, CustomStringConvertible {
        public var message: String
        public var diagnostics: [Diagnostic] = []
        public var description: String { message }
    }

    /// Merges `imported` into the profile `file`.
    public static func merge(
        _ file: SourceFile, ruleset: Ruleset, imported: [(id: String, value: IndicatorValue)]
    ) -> Result<Outcome, Refusal> {
        let node: Node
        switch SourceReader.parse(file) {
        case .success(let parsed): node = parsed
        case .failure(let diagnostic):
            return .failure(Refusal(message: "\(file.path) cannot be read as a profile", diagnostics: [diagnostic]))
        }
        let context = DecodingContext(file: file)
        guard let original = ProfileDecoder.decode(node, ruleset: ruleset, context: context),
            !context.diagnostics.hasErrors
        else {
            return .failure(
                Refusal(
                    message: "\(file.path) has errors; fix them (advisor validate --profile) before merging into it",
                    diagnostics: context.diagnostics))
        }
        guard case .mapping(let top, let topMark) = node, !startsFlow(file, topMark) else {
            return .failure(
                Refusal(message: "\(file.path) is written in flow style ({...}); --update splices block style only"))
        }
        var lines = TextLines(file.bytes)
        var outcome = Outcome(text: "")
        var plan: [(id: String, value: IndicatorValue)] = []
        for (id, value) in imported {
            if let old = original.indicators[id] {
                if sameData(old, value) {
                    outcome.unchanged.append(id)
                } else if let oldYear = old.year, let newYear = value.year, oldYear > newYear {
                    outcome.keptNewer.append(id)
                } else {
                    outcome.replaced.append(id)
                    plan.append((id, value))
                }
            } else {
                outcome.added.append(id)
                plan.append((id, value))
            }
        }
        guard !plan.isEmpty else {
            outcome.text = String(decoding: file.bytes, as: UTF8.self)
            return .success(outcome)
        }
        let pair = top.first { $0.key.scalar?.text == "indicators" }
        switch splice(plan, into: &lines, indicators: pair, file: file) {
        case .failure(let refusal): return .failure(refusal)
        case .success: break
        }
        outcome.text = lines.text
        if let problem = verify(
            outcome.text, path: file.path, original: original, ruleset: ruleset, imported: imported, plan: plan)
        {
            return .failure(
                Refusal(
                    message:
                        "cannot merge into \(file.path) without changing more than its imported entries (\(problem)); import into another folder and merge by hand"
                ))
        }
        return .success(outcome)
    }

    /// Rewrites the planned entries in place and adds the new ones after the last entry.
    private static func splice(
        _ plan: [(id: String, value: IndicatorValue)], into lines: inout TextLines, indicators pair: Node.Pair?,
        file: SourceFile
    ) -> Result<Void, Refusal> {
        guard let pair else {
            // No `indicators:` at all: a new section at the end.
            lines.ensureFinalBreak()
            lines.insert(
                ["indicators:\n"] + plan.map { ProfileYAML.entry($0.id, $0.value, indent: 2) }, at: lines.count)
            return .success(())
        }
        let keyLine = pair.key.mark.line - 1
        switch pair.value {
        case .scalar(let scalar, let mark) where scalar.resolved == .null:
            if !scalar.text.isEmpty || mark.line - 1 != keyLine {
                lines.replace(
                    keyLine...keyLine, with: [String(repeating: " ", count: pair.key.mark.column - 1) + "indicators:\n"]
                )
            }
            lines.insert(
                plan.map { ProfileYAML.entry($0.id, $0.value, indent: pair.key.mark.column + 1) }, at: keyLine + 1)
            return .success(())
        case .mapping(let entries, let mark) where mark.line - 1 != keyLine || entries.isEmpty:
            guard !entries.isEmpty else {
                lines.replace(
                    keyLine...keyLine, with: [String(repeating: " ", count: pair.key.mark.column - 1) + "indicators:\n"]
                )
                lines.insert(
                    plan.map { ProfileYAML.entry($0.id, $0.value, indent: pair.key.mark.column + 1) }, at: keyLine + 1)
                return .success(())
            }
            let column = entries[0].key.mark.column
            guard entries.allSatisfy({ $0.key.mark.column == column }) else {
                return .failure(Refusal(message: "the entries of 'indicators:' in \(file.path) do not line up"))
            }
            var spans: [String: ClosedRange<Int>] = [:]
            for (index, entry) in entries.enumerated() {
                let start = entry.key.mark.line - 1
                let limit = index + 1 < entries.count ? entries[index + 1].key.mark.line - 1 : lines.count
                spans[entry.key.scalar?.text ?? ""] =
                    start...lines.lastInside(from: start, before: limit, indent: column - 1)
            }
            let lastEnd = spans.values.map(\.upperBound).max() ?? keyLine
            var replacements: [(ClosedRange<Int>, String)] = []
            var added: [String] = []
            for (id, value) in plan {
                let text = ProfileYAML.entry(id, value, indent: column - 1)
                if let span = spans[id] { replacements.append((span, text)) } else { added.append(text) }
            }
            // The new entries go after the last one; then the replacements, bottom-up, so that
            // the line numbers of the earlier ones stay valid.
            if !added.isEmpty {
                lines.ensureBreak(before: lastEnd + 1)
                lines.insert(added, at: lastEnd + 1)
            }
            for (span, text) in replacements.sorted(by: { $0.0.lowerBound > $1.0.lowerBound }) {
                lines.replace(span, with: [text])
            }
            return .success(())
        default:
            let mark = pair.value.mark
            return .failure(
                Refusal(
                    message:
                        "'indicators:' in \(file.path):\(mark.line):\(mark.column) is written in flow style ({...}); --update splices block style (one entry per line) only"
                ))
        }
    }

    /// Reads the merged text back: it must hold the imported entries and, apart from them,
    /// exactly what the original held. Nil when it does; else what differs.
    private static func verify(
        _ text: String, path: String, original: Profile, ruleset: Ruleset,
        imported: [(id: String, value: IndicatorValue)], plan: [(id: String, value: IndicatorValue)]
    ) -> String? {
        let file = SourceFile(path: path, text: text)
        guard case .success(let node) = SourceReader.parse(file) else { return "the result does not parse" }
        let context = DecodingContext(file: file)
        guard let merged = ProfileDecoder.decode(node, ruleset: ruleset, context: context),
            !context.diagnostics.hasErrors
        else { return "the result has errors" }
        if merged.country != original.country { return "the country would change" }
        let statuses = { (profile: Profile) in
            profile.instruments.mapValues { "\($0.status.rawValue) \($0.since.map(String.init) ?? "")" }
        }
        if statuses(merged) != statuses(original) { return "instrument statuses would change" }
        let planned = Dictionary(plan.map { ($0.id, $0.value) }, uniquingKeysWith: { first, _ in first })
        for id in Set(original.indicators.keys).union(merged.indicators.keys) {
            let expected = planned[id] ?? original.indicators[id]
            guard let expected, let got = merged.indicators[id], sameData(expected, got) else {
                return "'\(id)' would not hold the expected value"
            }
        }
        return nil
    }

    /// Whether two values carry the same data (positions aside).
    public static func sameData(_ a: IndicatorValue, _ b: IndicatorValue) -> Bool {
        a.value == b.value && a.year == b.year && a.source == b.source && a.stderr == b.stderr && a.series == b.series
    }

    private static func startsFlow(_ file: SourceFile, _ mark: Mark) -> Bool {
        file.line(mark.line).map { Array($0.unicodeScalars).dropFirst(mark.column - 1).first == "{" } ?? false
    }
}

/// A text as lines that keep their own line breaks, split where YAML breaks lines.
struct TextLines {
    private(set) var lines: [String]
    /// The line break the text uses, for inserted lines.
    let lineBreak: String

    init(_ bytes: [UInt8]) {
        var lines: [String] = []
        var start = 0
        var index = 0
        var lineBreak: String?
        while index < bytes.count {
            if let length = SourceFile.lineBreakLength(bytes, at: index) {
                lineBreak = lineBreak ?? String(decoding: bytes[index..<index + length], as: UTF8.self)
                lines.append(String(decoding: bytes[start..<index + length], as: UTF8.self))
                index += length
                start = index
            } else {
                index += 1
            }
        }
        if start < bytes.count { lines.append(String(decoding: bytes[start...], as: UTF8.self)) }
        self.lines = lines
        self.lineBreak = lineBreak ?? "\n"
    }

    var count: Int { lines.count }
    var text: String { lines.joined() }

    /// The last line of an entry that starts at `start`: the following lines that are blank or
    /// indented deeper than `indent` belong to it, up to `limit` (excluded); trailing blank
    /// lines do not.
    func lastInside(from start: Int, before limit: Int, indent: Int) -> Int {
        var last = start
        var index = start + 1
        while index < min(limit, lines.count) {
            let line = lines[index]
            let leading = line.prefix { $0 == " " }.count
            let rest = line.dropFirst(leading).trimmingCharacters(in: .newlines)
            if rest.isEmpty {
                index += 1
                continue
            }
            guard leading > indent else { break }
            last = index
            index += 1
        }
        return last
    }

    mutating func replace(_ range: ClosedRange<Int>, with texts: [String]) {
        lines.replaceSubrange(range, with: texts.map(converted))
    }

    mutating func insert(_ texts: [String], at index: Int) {
        lines.insert(contentsOf: texts.map(converted), at: index)
    }

    /// Makes sure the line before `index` ends with a line break.
    mutating func ensureBreak(before index: Int) {
        guard index > 0, index - 1 < lines.count, lines[index - 1].last?.isNewline != true else { return }
        lines[index - 1] += lineBreak
    }

    mutating func ensureFinalBreak() { ensureBreak(before: lines.count) }

    /// Inserted text uses the file's own line break.
    private func converted(_ text: String) -> String {
        lineBreak == "\n" ? text : text.replacingOccurrences(of: "\n", with: lineBreak)
    }
}
