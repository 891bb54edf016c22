import AdvisoryCore
import AdvisoryReports

/// Diagnostics as JSON (`validate --format json`).
enum DiagnosticJSON {
    struct Document: Encodable {
        let schema = "policyadvisor.diagnostics/v1"
        let errors: Int
        let warnings: Int
        let diagnostics: [Entry]
    }

    struct Place: Encodable {
        let file: String
        let line: Int
        let column: Int
    }

    struct NoteEntry: Encodable {
        let message: String
        let location: Place?
    }

    struct Entry: Encodable {
        let severity: String
        let code: String
        let message: String
        let location: Place?
        let notes: [NoteEntry]
        let help: String?
    }

    static func encode(_ diagnostics: [Diagnostic]) throws -> String {
        let place: (SourceLocation?) -> Place? = {
            $0.map { Place(file: $0.file.path, line: $0.mark.line, column: $0.mark.column) }
        }
        let entries = diagnostics.map {
            Entry(
                severity: $0.severity.rawValue, code: $0.code.rawValue, message: $0.message,
                location: place($0.location),
                notes: $0.notes.map { NoteEntry(message: $0.message, location: place($0.location)) }, help: $0.help)
        }
        let errors = diagnostics.filter { $0.severity == .error }.count
        // The report's conventions: snake_case keys, sorted, pretty-printed, a final line break.
        return try JSONReportRenderer.render(
            encodable: Document(errors: errors, warnings: diagnostics.count - errors, diagnostics: entries))
    }
}
