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
            case .failure(let diagnostic):
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
        let ruleset = Ruleset(
            root: root, header: header, indicators: builder.indicators, threats: builder.threats,
            priorities: builder.priorities, strategies: builder.strategies, instruments: builder.instruments,
            rules: builder.rules, contentHash: hasher.hexDigest(), files: relativePaths)
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

        mutating func decodeFile(_ node: Node, isHeaderFile: Bool, context: DecodingContext) {
            guard let map = context.mapping(node, "a ruleset file") else { return }
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
                case "indicators": indicators += items(entry, context, CatalogDecoder.indicator)
                case "threats": threats += items(entry, context, CatalogDecoder.threat)
                case "priorities": priorities += items(entry, context, CatalogDecoder.priority)
                case "strategies": strategies += items(entry, context, CatalogDecoder.strategy)
                case "instruments": instruments += items(entry, context, CatalogDecoder.instrument)
                case "rules": rules += items(entry, context, RuleDecoder.rule)
                default: break
                }
            }
            if isHeaderFile && map["ruleset"] == nil {
                context.error(.missingKey, "ruleset.yaml has no 'ruleset:' header", at: node)
            }
        }

        private func items<T>(
            _ entry: MappingView.Entry, _ context: DecodingContext,
            _ decode: (Node, DecodingContext) -> T?
        ) -> [T] {
            if case .scalar(let scalar, _) = entry.value, scalar.resolved == .null { return [] }
            guard let nodes = context.sequence(entry.value, "'\(entry.key)'") else { return [] }
            return nodes.compactMap { decode($0, context) }
        }
    }
}
