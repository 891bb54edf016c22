import AdvisoryCore
import Foundation

/// Reads the CSV layouts of the World Bank: bulk downloads (`"Data Source","World Development
/// Indicators"` and `"Last Updated Date"` lines, then `Country Name, Country Code, Indicator Name,
/// Indicator Code, 1960, …, 2024`) and DataBank extracts (`Series Name, Series Code, Country Name,
/// Country Code, 2019 [YR2019], …`, in any column order, `..` for no value, and a footer naming the
/// database).
enum WorldBankTable {
    static func read(_ document: CSVDocument) -> (DataTable?, [Diagnostic]) {
        var table = DataTable(path: document.file.path)
        var diagnostics: [Diagnostic] = []
        guard let headerIndex = document.rows.firstIndex(where: isHeader) else {
            return (
                nil,
                [
                    .error(
                        .unrecognisedTable,
                        "no World Bank header row: expected 'Country Name, Country Code, Indicator Name, Indicator Code, 1960, ...' or a DataBank extract 'Series Name, Series Code, Country Name, Country Code, 2019 [YR2019], ...'",
                        at: document.location(0, 0))
                ]
            )
        }
        for row in document.rows[..<headerIndex] where row.count > 1 && clean(row[0]) == "Data Source" {
            table.source = TableCell.value(row, 1)
        }
        let header = document.rows[headerIndex].map(clean)
        let codeColumn = header.firstIndex(of: "Country Code") ?? 0
        let nameColumn = header.firstIndex(of: "Country Name")
        let seriesColumn = header.firstIndex(of: "Indicator Code") ?? header.firstIndex(of: "Series Code") ?? 0
        let years = header.enumerated().compactMap { index, cell in year(cell).map { (index, $0) } }
        guard !years.isEmpty else {
            return (
                nil,
                [
                    .error(
                        .unrecognisedTable, "the header has no year columns ('2019' or '2019 [YR2019]')",
                        at: document.location(headerIndex, 0))
                ]
            )
        }
        for record in document.rows.indices where record > headerIndex {
            let row = document.rows[record]
            if let footer = TableCell.value(row, 0), footer.hasPrefix("Data from database:") {
                table.source =
                    table.source
                    ?? footer.dropFirst("Data from database:".count).trimmingCharacters(
                        in: .whitespaces)
                continue
            }
            // Blank lines and DataBank's footer ("Last Updated: ...") have no country or series.
            guard let country = TableCell.value(row, codeColumn), let series = TableCell.value(row, seriesColumn)
            else { continue }
            let name = nameColumn.flatMap { TableCell.value(row, $0) }
            for (column, year) in years {
                guard let text = TableCell.value(row, column) else { continue }
                guard TableCell.number(text) != nil else {
                    diagnostics.append(
                        .warning(
                            .unreadableTableCell,
                            "'\(text)' is not a number (\(series), \(country), \(year)); the cell is skipped",
                            at: document.location(record, column)))
                    continue
                }
                table.observations.append(
                    Observation(
                        country: country, countryName: name, series: series, year: year, value: text,
                        location: document.location(record, column)))
            }
        }
        return (table, diagnostics)
    }

    /// The header row of either layout.
    static func isHeader(_ row: [String]) -> Bool {
        let cells = Set(row.map(clean))
        return cells.contains("Country Code") && (cells.contains("Indicator Code") || cells.contains("Series Code"))
    }

    /// `2019` or `2019 [YR2019]`.
    static func year(_ cell: String) -> Int? {
        let digits = cell.prefix(4)
        guard digits.count == 4, digits.allSatisfy(\.isASCIIDigit), let year = Int(digits) else { return nil }
        let rest = cell.dropFirst(4)
        return rest.isEmpty || rest == " [YR\(digits)]" ? year : nil
    }

    private static func clean(_ cell: String) -> String { cell.trimmingCharacters(in: .whitespaces) }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
