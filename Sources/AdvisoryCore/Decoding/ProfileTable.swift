import YAML

/// A CSV table of profiles (`advisor batch`): a row per country, columns `code`, `name`,
/// `year`, one per indicator id and `instrument.ID`; an empty cell is a missing value. An
/// indicator's column may have companions `ID.year`, `ID.source` and `ID.stderr` that give the
/// value's year, source and standard error, so that staleness and provenance survive a table.
///
/// Cells are read as YAML 1.2 plain scalars, so `true`/`false`, numbers and words behave as in
/// profiles. Diagnostics name the file, the line and the column where the cell starts.
///
/// The table is read a record at a time (``ProfileTableReader``) and each record is decoded on
/// its own (``ProfileTableLayout/decode(_:)``, safe to call from several threads), so a batch
/// holds only the rows in flight; ``load(_:ruleset:)`` reads a whole table at once.
public enum ProfileTable {
    public static let requiredColumns = ["code", "name", "year"]
    /// The suffixes of an indicator's companion columns.
    public static let companionSuffixes = ["year", "source", "stderr"]

    /// The indicator id and suffix of a companion column (`wgi_rule_of_law.year`).
    static func companion(_ column: String) -> (id: String, suffix: String)? {
        guard !column.hasPrefix("instrument."), let dot = column.lastIndex(of: ".") else { return nil }
        let suffix = String(column[column.index(after: dot)...])
        guard companionSuffixes.contains(suffix) else { return nil }
        return (String(column[..<dot]), suffix)
    }

    /// The profiles of the table (empty when any error was found) and every diagnostic.
    public static func load(_ path: String, ruleset: Ruleset) -> ([Profile], [Diagnostic]) {
        let reader: ProfileTableReader
        switch ProfileTableReader.open(path, ruleset: ruleset) {
        case .success(let opened): reader = opened
        case .failure(let failure): return ([], failure.diagnostics)
        }
        var diagnostics = reader.headerDiagnostics
        var profiles: [Profile] = []
        while true {
            let record: CSVRecord?
            do {
                record = try reader.next()
            } catch {
                diagnostics.append(error.diagnostic)
                break
            }
            guard let record else { break }
            let row = reader.layout.decode(record)
            diagnostics += row.diagnostics
            if let profile = row.profile() { profiles.append(profile) }
        }
        return (diagnostics.hasErrors ? [] : profiles, diagnostics)
    }
}

/// Reads a table's header, then its records one at a time.
public final class ProfileTableReader {
    /// What the header says each column holds.
    public let layout: ProfileTableLayout
    /// Warnings about the header (columns the ruleset does not know, which are ignored).
    public let headerDiagnostics: [Diagnostic]
    private let records: CSVRecordReader

    /// Why a table cannot be read at all: the header's errors, or an unreadable file.
    public struct OpenFailure: Error {
        public var diagnostics: [Diagnostic]
    }

    /// Why reading stopped in the middle of the table.
    public struct ReadFailure: Error {
        public var diagnostic: Diagnostic
    }

    private init(layout: ProfileTableLayout, headerDiagnostics: [Diagnostic], records: CSVRecordReader) {
        self.layout = layout
        self.headerDiagnostics = headerDiagnostics
        self.records = records
    }

    /// Opens the table at `path` and reads its header.
    public static func open(_ path: String, ruleset: Ruleset) -> Result<ProfileTableReader, OpenFailure> {
        let origin = SourceLocation(file: SourceFile(path: path, bytes: []), mark: Mark(line: 1, column: 1))
        if case .failure(let diagnostic) = SourceReader.checkReadableFile(path) {
            return .failure(OpenFailure(diagnostics: [diagnostic]))
        }
        guard let records = CSVRecordReader(path: path) else {
            return .failure(
                OpenFailure(
                    diagnostics: [
                        .error(.unreadableFile, "the file cannot be read (check its permissions)", at: origin)
                    ]))
        }
        let header: CSVRecord?
        do {
            header = try records.next()
        } catch {
            return .failure(OpenFailure(diagnostics: [ReadFailure(error, path: path).diagnostic]))
        }
        guard let header else {
            return .failure(
                OpenFailure(
                    diagnostics: [
                        .error(.invalidValue, "the table has no header row; expected code,name,year,...", at: origin)
                    ]))
        }
        let file = SourceFile(path: path, bytes: header.raw, firstLine: header.line)
        if let offset = UTF8Validation.firstInvalidOffset(header.raw) {
            return .failure(
                OpenFailure(
                    diagnostics: [
                        .error(
                            .invalidUTF8, "invalid UTF-8 byte sequence; the table must be UTF-8 text",
                            at: SourceLocation(file: file, mark: file.mark(ofByteOffset: offset)))
                    ]))
        }
        let (layout, diagnostics) = ProfileTableLayout.read(header, file: file, ruleset: ruleset)
        guard let layout, !diagnostics.hasErrors else { return .failure(OpenFailure(diagnostics: diagnostics)) }
        return .success(ProfileTableReader(layout: layout, headerDiagnostics: diagnostics, records: records))
    }

    /// The next record after the header; nil at the end of the table.
    public func next() throws(ReadFailure) -> CSVRecord? {
        do {
            return try records.next()
        } catch {
            throw ReadFailure(error, path: layout.path)
        }
    }
}

extension ProfileTableReader.ReadFailure {
    init(_ failure: CSVRecordReader.Failure, path: String) {
        let file = SourceFile(path: path, bytes: [])
        switch failure {
        case .unreadable(let reason):
            diagnostic = .error(
                .unreadableFile, "the file cannot be read: \(reason)",
                at: SourceLocation(file: file, mark: Mark(line: 1, column: 1)))
        case .recordTooLong(let line, let limit):
            diagnostic = .error(
                .fileTooLarge,
                "a record starting on this line is longer than \(limit) bytes; is a quote left open?",
                at: SourceLocation(file: file, mark: Mark(line: line, column: 1)))
        }
    }
}

extension ArraySlice where Element == Diagnostic {
    var hasErrors: Bool { contains { $0.severity == .error } }
}
