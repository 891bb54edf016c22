import CSV
import YAML

/// Reads a CSV table of profiles (`advisor batch`): a row per country, columns `code`, `name`,
/// `year`, one per indicator id and `instrument.ID`; an empty cell is a missing value.
///
/// Cells are read as YAML 1.2 plain scalars, so `true`/`false`, numbers and words behave as in
/// profiles. Diagnostics name the file, the line and the column where the cell starts.
public enum ProfileTable {
    public static let requiredColumns = ["code", "name", "year"]

    /// The profiles of the table (empty when any error was found) and every diagnostic.
    public static func load(_ path: String, ruleset: Ruleset) -> ([Profile], [Diagnostic]) {
        let file: SourceFile
        switch SourceReader.read(path) {
        case .success(let read): file = read
        case .failure(let diagnostic): return ([], [diagnostic])
        }
        let origin = SourceLocation(file: file, mark: Mark(line: 1, column: 1))
        if let offset = UTF8Validation.firstInvalidOffset(file.bytes) {
            return (
                [],
                [
                    .error(
                        .invalidUTF8, "invalid UTF-8 byte sequence; the table must be UTF-8 text",
                        at: SourceLocation(file: file, mark: file.mark(ofByteOffset: offset)))
                ]
            )
        }
        let text = String(decoding: file.bytes, as: UTF8.self)
        guard let reader = try? CSVReader(string: text, hasHeaderRow: true), let header = reader.headerRow else {
            return ([], [.error(.invalidValue, "the table has no header row; expected code,name,year,...", at: origin)])
        }
        // Where every field starts, record by record (the header first), found in one pass.
        let starts = CSVFieldScanner.fieldStarts(file.bytes)
        let allMarks = file.marks(ofAscendingByteOffsets: starts.flatMap { $0 })
        var records: [[Mark]] = []
        var consumed = 0
        for record in starts {
            records.append(Array(allMarks[consumed..<consumed + record.count]))
            consumed += record.count
        }
        /// The location of field `field` of record `record` (0 is the header).
        func at(_ record: Int, _ field: Int) -> SourceLocation {
            let marks = record < records.count ? records[record] : []
            return SourceLocation(
                file: file, mark: field < marks.count ? marks[field] : marks.first ?? Mark(line: 1, column: 1))
        }
        var diagnostics: [Diagnostic] = []
        let columns = header.map { $0.trimmingCharacters(in: " ") }
        for required in requiredColumns where !columns.contains(required) {
            diagnostics.append(.error(.missingKey, "the table has no '\(required)' column", at: origin))
        }
        var seen: [String: Int] = [:]
        for (index, column) in columns.enumerated() {
            let place = at(0, index)
            if let first = seen[column] {
                diagnostics.append(
                    .error(.duplicateKey, "column '\(column)' appears twice (first as column \(first + 1))", at: place))
                continue
            }
            seen[column] = index
            if requiredColumns.contains(column) { continue }
            switch Reference(parsing: column) {
            case .indicator(let id) where ruleset.indicator(id) == nil:
                diagnostics.append(
                    .warning(
                        .unknownProfileIndicator,
                        "column '\(column)' is not an indicator of this ruleset; it is ignored",
                        at: place, help: Suggestion.help(for: column, in: ruleset.indicators.map(\.id))))
            case .instrument(let id) where ruleset.instrument(id) == nil:
                diagnostics.append(
                    .warning(
                        .unknownProfileInstrument,
                        "column '\(column)' is not an instrument of this ruleset; it is ignored",
                        at: place,
                        help: Suggestion.closest(to: id, in: ruleset.instruments.map(\.id)).map {
                            "did you mean 'instrument.\($0)'?"
                        }))
            default: break
            }
        }
        guard !diagnostics.hasErrors else { return ([], diagnostics) }
        var profiles: [Profile] = []
        var record = 0
        while let row = reader.next() {
            record += 1
            if row.allSatisfy({ $0.trimmingCharacters(in: " ").isEmpty }) { continue }
            let current = record
            if let profile = decodeRow(
                row, columns: columns, ruleset: ruleset, path: path, line: at(current, 0).mark.line,
                at: { at(current, $0) }, diagnostics: &diagnostics)
            {
                profiles.append(profile)
            }
        }
        if reader.error != nil {
            diagnostics.append(.error(.invalidValue, "the table is not valid CSV after this line", at: at(record, 0)))
        }
        return (diagnostics.hasErrors ? [] : profiles, diagnostics)
    }

    private static func decodeRow(
        _ row: [String], columns: [String], ruleset: Ruleset, path: String, line: Int,
        at: (Int) -> SourceLocation, diagnostics: inout [Diagnostic]
    ) -> Profile? {
        let before = diagnostics.count
        var cells: [String: (String, Int)] = [:]
        for (index, column) in columns.enumerated() where index < row.count {
            cells[column] = (row[index].trimmingCharacters(in: " "), index)
        }
        if row.count != columns.count {
            diagnostics.append(
                .error(
                    .invalidValue, "this row has \(row.count) cells but the header has \(columns.count) columns",
                    at: at(0)))
        }
        func cell(_ name: String) -> (String, Int)? {
            guard let value = cells[name], !value.0.isEmpty else {
                diagnostics.append(
                    .error(.missingKey, "the '\(name)' cell is empty", at: at(columns.firstIndex(of: name) ?? 0)))
                return nil
            }
            return value
        }
        let code = cell("code")?.0
        let name = cell("name")?.0
        var year: Int?
        if let (text, index) = cell("year") {
            year = Int(text)
            if year == nil {
                diagnostics.append(
                    .error(.wrongNodeType, "expected the year as a whole number, found '\(text)'", at: at(index)))
            }
        }
        var indicators: [String: IndicatorValue] = [:]
        var instruments: [String: InstrumentStatusEntry] = [:]
        // In column order, so that the diagnostics come out in the order of the cells.
        for (index, column) in columns.enumerated() where index < row.count && !requiredColumns.contains(column) {
            let text = row[index].trimmingCharacters(in: " ")
            guard !text.isEmpty else { continue }
            switch Reference(parsing: column) {
            case .indicator(let id):
                guard let indicator = ruleset.indicator(id) else { continue }
                switch ValueConversion.value(CoreSchema.resolvePlain(text), for: indicator) {
                case .success(let value): indicators[id] = IndicatorValue(value: value, location: at(index))
                case .failure(let failure):
                    diagnostics.append(.error(failure.code, failure.message, at: at(index), help: failure.help))
                }
            case .instrument(let id):
                guard ruleset.instrument(id) != nil else { continue }
                switch ValueConversion.status(text) {
                case .success(let status): instruments[id] = InstrumentStatusEntry(status: status, location: at(index))
                case .failure(let failure):
                    diagnostics.append(
                        .error(.unknownInstrumentStatus, failure.message, at: at(index), help: failure.help))
                }
            }
        }
        guard diagnostics.count == before || !diagnostics[before...].hasErrors, let code, let name, let year else {
            return nil
        }
        var hasher = SHA256()
        for (index, column) in columns.enumerated() {
            hasher.update(column + "=" + (index < row.count ? row[index] : "") + "\n")
        }
        return Profile(
            path: "\(path):\(line)", country: Country(code: code, name: name, year: year),
            indicators: indicators, instruments: instruments, contentHash: hasher.hexDigest())
    }
}

extension ArraySlice where Element == Diagnostic {
    var hasErrors: Bool { contains { $0.severity == .error } }
}
