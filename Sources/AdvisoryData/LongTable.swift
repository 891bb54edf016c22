import AdvisoryCore
import Foundation

/// Reads the tidy table `country,indicator,year,value[,stderr][,source]`: one value per row, in
/// which any source can be reshaped. `indicator` is an indicator id or a series code that an
/// indicator's `import:` names.
enum LongTable {
    static let requiredColumns = ["country", "indicator", "year", "value"]
    static let optionalColumns = ["stderr", "source"]

    /// Whether a header row is the long layout's.
    static func isHeader(_ row: [String]) -> Bool {
        let cells = Set(row.map { $0.trimmingCharacters(in: .whitespaces).lowercased() })
        return requiredColumns.allSatisfy(cells.contains)
    }

    static func read(_ document: CSVDocument) -> (DataTable?, [Diagnostic]) {
        var table = DataTable(path: document.file.path)
        var diagnostics: [Diagnostic] = []
        let header = document.rows[0].map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        var columns: [String: Int] = [:]
        for (index, name) in header.enumerated() {
            if requiredColumns.contains(name) || optionalColumns.contains(name) {
                if columns[name] == nil { columns[name] = index }
                continue
            }
            diagnostics.append(
                .warning(
                    .unrecognisedTable,
                    "column '\(name)' is not one of: \((requiredColumns + optionalColumns).joined(separator: ", ")); it is ignored",
                    at: document.location(0, index)))
        }
        let missing = requiredColumns.filter { columns[$0] == nil }
        guard missing.isEmpty, let countryColumn = columns["country"], let indicatorColumn = columns["indicator"],
            let yearColumn = columns["year"], let valueColumn = columns["value"]
        else {
            return (
                nil,
                diagnostics + [
                    .error(
                        .unrecognisedTable,
                        "the table has no \(missing.map { "'\($0)'" }.joined(separator: ", ")) column; a long table's header is country,indicator,year,value[,stderr][,source]",
                        at: document.location(0, 0))
                ]
            )
        }
        for record in document.rows.indices.dropFirst() {
            let row = document.rows[record]
            if CSVDocument.isBlank(row) { continue }
            func skip(_ column: Int, _ message: String) {
                diagnostics.append(
                    .warning(
                        .unreadableTableCell, message + "; the row is skipped", at: document.location(record, column)))
            }
            guard let country = TableCell.value(row, countryColumn) else {
                skip(countryColumn, "the country cell is empty")
                continue
            }
            guard let indicator = TableCell.value(row, indicatorColumn) else {
                skip(indicatorColumn, "the indicator cell is empty")
                continue
            }
            guard let yearText = TableCell.value(row, yearColumn), let year = Int(yearText) else {
                skip(
                    yearColumn, "expected the year as a whole number, found '\(TableCell.value(row, yearColumn) ?? "")'"
                )
                continue
            }
            guard let value = TableCell.value(row, valueColumn) else { continue }
            var observation = Observation(
                country: country.uppercased(), series: indicator, year: year, value: value,
                source: columns["source"].flatMap { TableCell.value(row, $0) },
                location: document.location(record, valueColumn))
            if let column = columns["stderr"], let text = TableCell.value(row, column) {
                if let stderr = TableCell.number(text), stderr >= 0 {
                    observation.stderr = stderr
                } else {
                    diagnostics.append(
                        .warning(
                            .unreadableTableCell,
                            "expected the standard error as a number, 0 or more, found '\(text)'; the value is kept without it",
                            at: document.location(record, column)))
                }
            }
            table.observations.append(observation)
        }
        return (table, diagnostics)
    }
}
