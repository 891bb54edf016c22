import YAML

/// Reads a CSV table of profiles (`advisor batch`): a row per country, columns `code`, `name`,
/// `year`, one per indicator id and `instrument.ID`; an empty cell is a missing value. An
/// indicator's column may have companions `ID.year`, `ID.source` and `ID.stderr` that give the
/// value's year, source and standard error, so that staleness and provenance survive a table.
///
/// Cells are read as YAML 1.2 plain scalars, so `true`/`false`, numbers and words behave as in
/// profiles. Diagnostics name the file, the line and the column where the cell starts.
public enum ProfileTable {
    public static let requiredColumns = ["code", "name", "year"]
    /// The suffixes of an indicator's companion columns.
    public static let companionSuffixes = ["year", "source", "stderr"]

    /// The profiles of the table (empty when any error was found) and every diagnostic.
    public static func load(_ path: String, ruleset: Ruleset) -> ([Profile], [Diagnostic]) {
        switch CSVDocument.read(path) {
        case .success(let document): load(document, ruleset: ruleset)
        case .failure(let diagnostic): ([], [diagnostic])
        }
    }

    /// The profiles of a table already read.
    public static func load(_ document: CSVDocument, ruleset: Ruleset) -> ([Profile], [Diagnostic]) {
        let origin = document.location(0, 0)
        guard let header = document.rows.first else {
            return ([], [.error(.invalidValue, "the table has no header row; expected code,name,year,...", at: origin)])
        }
        var diagnostics: [Diagnostic] = []
        let columns = header.map { $0.trimmingCharacters(in: " ") }
        for required in requiredColumns where !columns.contains(required) {
            diagnostics.append(.error(.missingKey, "the table has no '\(required)' column", at: origin))
        }
        var seen: [String: Int] = [:]
        for (index, column) in columns.enumerated() {
            let place = document.location(0, index)
            if let first = seen[column] {
                diagnostics.append(
                    .error(.duplicateKey, "column '\(column)' appears twice (first as column \(first + 1))", at: place))
                continue
            }
            seen[column] = index
            if requiredColumns.contains(column) { continue }
            if let (id, _) = companion(column) {
                if ruleset.indicator(id) == nil || !columns.contains(id) {
                    diagnostics.append(
                        .warning(
                            .unknownProfileIndicator,
                            "column '\(column)' accompanies no indicator column '\(id)'; it is ignored", at: place,
                            help: Suggestion.help(for: id, in: ruleset.indicators.map(\.id))))
                }
                continue
            }
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
        for record in document.rows.indices.dropFirst() {
            let row = document.rows[record]
            if CSVDocument.isBlank(row) { continue }
            if let profile = decodeRow(
                row, columns: columns, ruleset: ruleset, path: document.file.path,
                line: document.location(record, 0).mark.line, at: { document.location(record, $0) },
                diagnostics: &diagnostics)
            {
                profiles.append(profile)
            }
        }
        if let record = document.invalidAfter {
            diagnostics.append(
                .error(.invalidValue, "the table is not valid CSV after this line", at: document.location(record, 0)))
        }
        return (diagnostics.hasErrors ? [] : profiles, diagnostics)
    }

    /// The indicator id and suffix of a companion column (`wgi_rule_of_law.year`).
    static func companion(_ column: String) -> (String, String)? {
        guard !column.hasPrefix("instrument."), let dot = column.lastIndex(of: ".") else { return nil }
        let suffix = String(column[column.index(after: dot)...])
        guard companionSuffixes.contains(suffix) else { return nil }
        return (String(column[..<dot]), suffix)
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
            guard !text.isEmpty, companion(column) == nil else { continue }
            switch Reference(parsing: column) {
            case .indicator(let id):
                guard let indicator = ruleset.indicator(id) else { continue }
                switch ValueConversion.value(CoreSchema.resolvePlain(text), for: indicator) {
                case .success(let value):
                    var entry = IndicatorValue(value: value, location: at(index))
                    companions(of: id, cells: cells, at: at, into: &entry, diagnostics: &diagnostics)
                    indicators[id] = entry
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

    /// The year, source and standard error cells of indicator `id`, when the table has them.
    private static func companions(
        of id: String, cells: [String: (String, Int)], at: (Int) -> SourceLocation, into entry: inout IndicatorValue,
        diagnostics: inout [Diagnostic]
    ) {
        if let (text, index) = cells[id + ".year"], !text.isEmpty {
            if let year = Int(text) {
                entry.year = year
            } else {
                diagnostics.append(
                    .error(.wrongNodeType, "expected the year as a whole number, found '\(text)'", at: at(index)))
            }
        }
        if let (text, _) = cells[id + ".source"], !text.isEmpty { entry.source = text }
        if let (text, index) = cells[id + ".stderr"], !text.isEmpty {
            if let stderr = CoreSchema.resolvePlain(text).number, stderr.isFinite, stderr >= 0 {
                entry.stderr = stderr
            } else {
                diagnostics.append(
                    .error(
                        .invalidValue, "expected the standard error as a number, 0 or more, found '\(text)'",
                        at: at(index)))
            }
        }
    }
}

extension ArraySlice where Element == Diagnostic {
    var hasErrors: Bool { contains { $0.severity == .error } }
}
