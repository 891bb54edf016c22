public import YAML

/// A CSV file read whole, split into records as ``CSVRecordReader`` splits them (exactly as
/// CSV.swift's `CSVReader` does), with the position of every cell, so that a diagnostic about a
/// cell names the file, the line and the column where the cell starts.
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
        var rows: [[String]] = []
        var starts: [[Int]] = []
        file.bytes.withUnsafeBufferPointer { bytes in
            var position = skip
            while position < bytes.count, let parsed = CSVRecordParser.parse(bytes, from: position, isFinal: true) {
                let record = CSVRecord(
                    line: 0, raw: [], fieldStarts: parsed.fieldStarts, valueBytes: parsed.valueBytes,
                    valueEnds: parsed.valueEnds)
                rows.append(record.values)
                starts.append(parsed.fieldStarts.map { position + Int($0) })
                position = max(parsed.end, position + 1)
            }
        }
        // Where every field starts, record by record, found in one pass.
        let allMarks = file.marks(ofAscendingByteOffsets: starts.flatMap { $0 })
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
            CSVDocument(file: file, rows: rows, marks: marks))
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
