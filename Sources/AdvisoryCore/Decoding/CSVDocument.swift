import CSV
public import YAML

/// A CSV file read whole with CSV.swift's `CSVReader`, with the position of every cell, so that
/// a diagnostic about a cell names the file, the line and the column where the cell starts.
///
/// Every table PolicyAdvisor reads goes through here: profile tables (`advisor batch`) and the
/// published data tables of `advisor import`. The file must be UTF-8; a leading byte-order mark
/// (which World Bank downloads carry) is skipped.
public struct CSVDocument {
    /// The file, for diagnostics.
    public let file: SourceFile
    /// The records in file order, the first (header or preamble) included; cells as written,
    /// quotes removed.
    public let rows: [[String]]
    /// Where each cell of each record starts.
    private let marks: [[Mark]]
    /// The index of the record after which the text stopped being valid CSV, if it did.
    public let invalidAfter: Int?

    /// Reads the table at `path`; a diagnostic when it cannot be read, is not UTF-8 or holds no
    /// record at all.
    public static func read(_ path: String, limits: ParserLimits = .standard) -> Result<CSVDocument, Diagnostic> {
        let file: SourceFile
        switch SourceReader.read(path, limits: limits) {
        case .success(let read): file = read
        case .failure(let diagnostic): return .failure(diagnostic)
        }
        return parse(file)
    }

    /// Parses a file's bytes as CSV.
    public static func parse(_ file: SourceFile) -> Result<CSVDocument, Diagnostic> {
        if let offset = UTF8Validation.firstInvalidOffset(file.bytes) {
            return .failure(
                .error(
                    .invalidUTF8, "invalid UTF-8 byte sequence; the table must be UTF-8 text",
                    at: SourceLocation(file: file, mark: file.mark(ofByteOffset: offset))))
        }
        let skip = file.bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let body = Array(file.bytes[skip...])
        let text = String(decoding: body, as: UTF8.self)
        guard let reader = try? CSVReader(string: text, hasHeaderRow: false) else {
            return .failure(
                .error(
                    .missingKey, "the table is empty", at: SourceLocation(file: file, mark: Mark(line: 1, column: 1))))
        }
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        // Where every field starts, record by record, found in one pass.
        let starts = CSVFieldScanner.fieldStarts(body)
        let allMarks = file.marks(ofAscendingByteOffsets: starts.flatMap { $0 }.map { $0 + skip })
        var marks: [[Mark]] = []
        var consumed = 0
        for record in starts {
            marks.append(Array(allMarks[consumed..<consumed + record.count]))
            consumed += record.count
        }
        guard !rows.isEmpty else {
            return .failure(
                .error(
                    .missingKey, "the table is empty", at: SourceLocation(file: file, mark: Mark(line: 1, column: 1))))
        }
        return .success(
            CSVDocument(file: file, rows: rows, marks: marks, invalidAfter: reader.error == nil ? nil : rows.count - 1))
    }

    /// Where cell `field` of record `record` starts (record 0 is the first line); the record's
    /// first cell, or the file's start, when there is no such cell.
    public func location(_ record: Int, _ field: Int) -> SourceLocation {
        let cells = record < marks.count ? marks[record] : []
        return SourceLocation(
            file: file, mark: field < cells.count ? cells[field] : cells.first ?? Mark(line: 1, column: 1))
    }

    /// Whether a record holds nothing but blank cells (an empty line, or `,,,`).
    public static func isBlank(_ row: [String]) -> Bool {
        row.allSatisfy { $0.trimmingCharacters(in: " ").isEmpty }
    }
}
