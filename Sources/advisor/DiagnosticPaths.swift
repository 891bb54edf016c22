import AdvisoryCore
import YAML

/// Diagnostics about files read from a temporary copy, shown under the name the user knows
/// (`HEAD~1:Rules/rules/x.yaml` rather than the temporary path).
enum DiagnosticPaths {
    static func replacingPrefix(_ prefix: String, with label: String, in diagnostics: [Diagnostic]) -> [Diagnostic] {
        var files: [String: SourceFile] = [:]
        func relabel(_ location: SourceLocation?) -> SourceLocation? {
            guard let location, location.file.path.hasPrefix(prefix) else { return location }
            let path = location.file.path
            let file =
                files[path]
                ?? SourceFile(path: label + path.dropFirst(prefix.count), bytes: location.file.bytes)
            files[path] = file
            return SourceLocation(file: file, mark: location.mark)
        }
        return diagnostics.map { diagnostic in
            var copy = diagnostic
            copy.location = relabel(diagnostic.location)
            copy.notes = diagnostic.notes.map { Diagnostic.Note($0.message, at: relabel($0.location)) }
            return copy
        }
    }
}
