import YAML

/// One decoded row of a profile table: the country and its values by slot (what the lean path
/// needs), or the diagnostics of its bad cells. A ``Profile`` (with every cell's position and
/// the row's hash, what reports need) is built only when asked for.
public struct TableRow: Sendable {
    /// An indicator cell: the indicator's slot, the field it was read from, its value.
    public struct IndicatorCell: Sendable {
        public var slot: Int
        public var field: Int
        public var value: Value
        /// From the companion columns `ID.year`, `ID.source`, `ID.stderr`, when given.
        public var year: Int? = nil
        public var source: String? = nil
        public var stderr: Double? = nil
    }

    /// An instrument cell: the instrument's slot, the field, the status.
    public struct InstrumentCell: Sendable {
        public var slot: Int
        public var field: Int
        public var status: InstrumentStatus
    }

    public let layout: ProfileTableLayout
    public let record: CSVRecord
    /// A row whose cells are all empty: skipped without a word.
    public let isBlank: Bool
    /// Nil when the row has errors (or is blank).
    public let country: Country?
    public let indicators: [IndicatorCell]
    public let instruments: [InstrumentCell]
    /// The row's errors and warnings, in the order of its cells.
    public let diagnostics: [Diagnostic]

    init(
        _ layout: ProfileTableLayout, _ record: CSVRecord, blank: Bool = false, country: Country? = nil,
        indicators: [IndicatorCell] = [], instruments: [InstrumentCell] = [], diagnostics: [Diagnostic] = []
    ) {
        self.layout = layout
        self.record = record
        self.isBlank = blank
        self.country = country
        self.indicators = indicators
        self.instruments = instruments
        self.diagnostics = diagnostics
    }

    /// The line the row starts on.
    public var line: Int { record.line }

    /// Whether a cell of the row gives its value's year (an `ID.year` column).
    public var hasYears: Bool { indicators.contains { $0.year != nil } }

    /// The row's values as a vector as given (``CompiledRuleset/rawVector(for:)``), for the
    /// ruleset the table was read with.
    public func vector(_ compiled: CompiledRuleset) -> ProfileVector {
        var vector = compiled.emptyVector()
        for cell in indicators { vector.setValue(compiled.code(cell.value, forIndicator: cell.slot), at: cell.slot) }
        for cell in instruments { vector.setStatus(cell.status, at: cell.slot) }
        return vector
    }

    /// The row as a profile: each value with the position of its cell, the path `file:LINE`, and
    /// a hash of the row's cells under their column names. Nil when the row is not valid.
    public func profile() -> Profile? {
        guard let country else { return nil }
        let file = SourceFile(path: layout.path, bytes: record.raw, firstLine: record.line)
        let marks = file.marks(ofAscendingByteOffsets: (0..<record.count).map(record.start(ofField:)))
        let ruleset = layout.ruleset
        var values: [String: IndicatorValue] = [:]
        for cell in indicators {
            values[ruleset.indicators[cell.slot].id] = IndicatorValue(
                value: cell.value, year: cell.year, source: cell.source, stderr: cell.stderr,
                location: SourceLocation(file: file, mark: marks[cell.field]))
        }
        var statuses: [String: InstrumentStatusEntry] = [:]
        for cell in instruments {
            statuses[ruleset.instruments[cell.slot].id] = InstrumentStatusEntry(
                status: cell.status, location: SourceLocation(file: file, mark: marks[cell.field]))
        }
        var hasher = SHA256()
        for (index, column) in layout.columns.enumerated() {
            hasher.update(column + "=" + (index < record.count ? record.value(index) : "") + "\n")
        }
        return Profile(
            path: "\(layout.path):\(record.line)", country: country, indicators: values, instruments: statuses,
            contentHash: hasher.hexDigest())
    }
}
