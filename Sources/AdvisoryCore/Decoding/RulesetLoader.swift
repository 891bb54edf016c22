import Foundation
import YAML

/// Loads a ruleset folder: every `*.yaml`/`*.yml` under it except those under its `tests/`
/// folder and hidden entries, in path order, then runs the ruleset checks.
public enum RulesetLoader {
    public static let sectionKeys = [
        "ruleset", "indicators", "threats", "priorities", "strategies", "instruments", "rules",
    ]

    /// The loaded ruleset (nil only when no `ruleset.yaml` header could be read) and every diagnostic.
    public static func load(directory: String, checks: [RulesetCheck] = RulesetChecks.standard) -> (
        Ruleset?, [Diagnostic]
    ) {
        let root = directory.count > 1 && directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        var diagnostics: [Diagnostic] = []
        let relativePaths: [String]
        switch listFiles(root) {
        case .success(let paths): relativePaths = paths
        case .failure(let diagnostic): return (nil, [diagnostic])
        }
        guard relativePaths.contains("ruleset.yaml") else {
            let place = SourceLocation(file: SourceFile(path: root, bytes: []), mark: Mark(line: 1, column: 1))
            return (
                nil,
                [
                    .error(
                        .missingRulesetFile, "no ruleset.yaml in this folder; a ruleset folder needs one at its root",
                        at: place,
                        help:
                            "pass the ruleset folder (the one holding ruleset.yaml), or create ruleset.yaml with a 'ruleset:' header"
                    )
                ]
            )
        }
        var hasher = SHA256()
        var builder = Builder()
        for relative in relativePaths {
            let path = root + "/" + relative
            let file: SourceFile
            let node: Node
            switch SourceReader.load(path) {
            case .success(let loaded): (file, node) = loaded
            case .failure(var diagnostic):
                // What the file would have defined is unknown: references to the kinds it may
                // define are not reported, so that its error is the one the author sees.
                // (An empty file defines nothing.)
                let kinds =
                    diagnostic.code == .emptyFile
                    ? [] : diagnostic.location.map { UnreadDefinitions.kinds(mayBeDefinedIn: $0.file) } ?? []
                builder.unread.wholeKinds.formUnion(kinds)
                if let note = UnreadDefinitions.note(
                    for: kinds, as: "this file (which may define them) could not be read")
                {
                    diagnostic.notes.append(.init(note))
                }
                diagnostics.append(diagnostic)
                continue
            }
            hasher.update(relative)
            hasher.update([0])
            hasher.update(file.bytes)
            let context = DecodingContext(file: file)
            builder.decodeFile(node, isHeaderFile: relative == "ruleset.yaml", context: context)
            diagnostics += context.diagnostics
        }
        if builder.header == nil, !diagnostics.hasErrors {
            let file = SourceFile(path: root + "/ruleset.yaml", bytes: [])
            diagnostics.append(
                .error(
                    .missingKey, "ruleset.yaml has no 'ruleset:' header",
                    at: SourceLocation(file: file, mark: Mark(line: 1, column: 1))))
        }
        // A header with errors is already reported; checks still run on a stand-in so that
        // one run reports every problem.
        let header =
            builder.header
            ?? RulesetHeader(
                id: "unknown", title: "unknown", version: "0", description: nil,
                levels: RulesetHeader.defaultLevels, staleAfterYears: nil, location: nil)
        var ruleset = Ruleset(
            root: root, header: header, indicators: builder.indicators, threats: builder.threats,
            priorities: builder.priorities, strategies: builder.strategies, instruments: builder.instruments,
            rules: builder.rules, contentHash: hasher.hexDigest(), files: relativePaths)
        ruleset.unread = builder.unread
        // The analysis stages share one budget, so that the whole run is bounded.
        let budget = AnalysisBudget()
        for check in checks {
            // Static analysis reasons about a ruleset that is otherwise sound; on a broken one
            // (a file that did not parse, say) its findings would be noise.
            if check.isAnalysis && diagnostics.hasErrors { continue }
            if let analysis = check as? any AnalysisCheck {
                diagnostics += analysis.run(ruleset, budget: budget)
            } else {
                diagnostics += check.run(ruleset)
            }
        }
        return (ruleset, diagnostics)
    }

    /// Relative paths of the files to load, sorted by their UTF-8 bytes.
    static func listFiles(_ root: String) -> Result<[String], Diagnostic> {
        var isDirectory: ObjCBool = false
        let place = SourceLocation(file: SourceFile(path: root, bytes: []), mark: Mark(line: 1, column: 1))
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else {
            return .failure(.error(.unreadableFile, "no such ruleset folder", at: place))
        }
        guard let enumerator = FileManager.default.enumerator(atPath: root) else {
            return .failure(.error(.unreadableFile, "the ruleset folder cannot be read", at: place))
        }
        var paths: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let components = relative.split(separator: "/")
            if components.contains(where: { $0.hasPrefix(".") }) || components.first == "tests" { continue }
            guard relative.hasSuffix(".yaml") || relative.hasSuffix(".yml") else { continue }
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: root + "/" + relative, isDirectory: &isDir), !isDir.boolValue {
                paths.append(relative)
            }
        }
        return .success(paths.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
    }

    /// Accumulates the sections of every file.
    private struct Builder {
        var header: RulesetHeader?
        var headerLocation: SourceLocation?
        var indicators: [Indicator] = []
        var threats: [Threat] = []
        var priorities: [Priority] = []
        var strategies: [Strategy] = []
        var instruments: [Instrument] = []
        var rules: [Rule] = []
        var unread = UnreadDefinitions()

        mutating func decodeFile(_ node: Node, isHeaderFile: Bool, context: DecodingContext) {
            guard let map = context.mapping(node, "a ruleset file") else { return }
            // A country profile saved in the ruleset folder: one error that says so, rather than
            // one per key that is wrong for a ruleset file.
            if let country = map.entries.first(where: { $0.key == "country" }) {
                context.error(
                    .unknownKey, "this file looks like a country profile ('country:'), not a part of the ruleset",
                    at: country.keyNode,
                    help:
                        "every .yaml file under the ruleset folder is read as part of the ruleset: move this profile out of it (to Examples/profiles/, say)"
                )
                return
            }
            map.allowOnly(sectionKeys)
            for entry in map.entries {
                switch entry.key {
                case "ruleset":
                    guard isHeaderFile else {
                        context.error(
                            .misplacedRulesetHeader, "'ruleset:' belongs in ruleset.yaml at the ruleset's root",
                            at: entry.keyNode)
                        continue
                    }
                    header = HeaderDecoder.header(entry.value, context)
                case "indicators": indicators += items(entry, .indicators, context, CatalogDecoder.indicator)
                case "threats": threats += items(entry, .threats, context, CatalogDecoder.threat)
                case "priorities": priorities += items(entry, .priorities, context, CatalogDecoder.priority)
                case "strategies": strategies += items(entry, .strategies, context, CatalogDecoder.strategy)
                case "instruments": instruments += items(entry, .instruments, context, CatalogDecoder.instrument)
                case "rules": rules += items(entry, .rules, context, RuleDecoder.rule)
                default: break
                }
            }
            if isHeaderFile && map["ruleset"] == nil {
                context.error(.missingKey, "ruleset.yaml has no 'ruleset:' header", at: node)
            }
        }

        /// The entries of a section that decode. The id of one that does not is remembered
        /// (references to it are not reported: its own error says what is wrong); one without a
        /// readable id leaves its whole kind unchecked, which its first error notes.
        private mutating func items<T>(
            _ entry: MappingView.Entry, _ kind: UnreadDefinitions.Kind, _ context: DecodingContext,
            _ decode: (Node, DecodingContext) -> T?
        ) -> [T] {
            if case .scalar(let scalar, _) = entry.value, scalar.resolved == .null { return [] }
            guard let nodes = context.sequence(entry.value, "'\(entry.key)'") else {
                unread.wholeKinds.insert(kind)
                if let note = UnreadDefinitions.note(
                    for: [kind], as: "'\(entry.key)' (which may define them) is not a list")
                {
                    context.noteOnLastDiagnostic(note)
                }
                return []
            }
            var decoded: [T] = []
            for node in nodes {
                let reported = context.diagnostics.count
                if let item = decode(node, context) {
                    decoded.append(item)
                } else if let id = Self.rawID(node) {
                    unread.ids[kind, default: []].insert(id)
                } else if !unread.wholeKinds.contains(kind) {
                    unread.wholeKinds.insert(kind)
                    if let note = UnreadDefinitions.note(
                        for: [kind], as: "this entry (which may define one) has no readable id")
                    {
                        context.noteOnDiagnostic(at: reported, note)
                    }
                }
            }
            return decoded
        }

        /// The text of an entry's `id` scalar, read without checks.
        private static func rawID(_ node: Node) -> String? {
            guard case .mapping(let pairs, _) = node else { return nil }
            let id = pairs.first { $0.key.scalar?.text == "id" }?.value.scalar
            guard let id, id.resolved != .null, !id.text.isEmpty else { return nil }
            return id.text
        }
    }
}
