import YAML

/// What each column of a profile table holds, read from its header; decodes the table's rows.
public struct ProfileTableLayout: Sendable {
    /// What one column holds.
    enum Column: Sendable, Equatable {
        case code, name, year
        case indicator(Int)
        /// `ID.year`, `ID.source` or `ID.stderr` of the indicator in the slot.
        case companion(Int, String)
        case instrument(Int)
        /// A column the ruleset does not know (a warning when the header was read).
        case ignored
    }

    /// The table's path, as diagnostics name it.
    public let path: String
    /// The header's column names (spaces around them trimmed).
    public let columns: [String]
    let kinds: [Column]
    let ruleset: Ruleset
    /// Per indicator slot, what a cell is checked against (read once, not per cell).
    let indicatorKinds: [Indicator.Kind]
    let ranges: [ClosedRange<Double>?]
    let categories: [[String: Int]]
    /// Per indicator slot with companion columns: the field of each suffix.
    let companions: [Int: [String: Int]]

    init(path: String, columns: [String], kinds: [Column], ruleset: Ruleset) {
        self.path = path
        self.columns = columns
        self.kinds = kinds
        self.ruleset = ruleset
        var companions: [Int: [String: Int]] = [:]
        for (field, kind) in kinds.enumerated() {
            if case .companion(let slot, let suffix) = kind { companions[slot, default: [:]][suffix] = field }
        }
        self.companions = companions
        indicatorKinds = ruleset.indicators.map(\.kind)
        ranges = ruleset.indicators.map(\.range)
        categories = ruleset.indicators.map(\.valueIndex)
    }

    /// The value of a cell for the indicator in `slot`, or why it does not fit. The usual cases
    /// (a finite number in range, a boolean, a known category) are decided from tables; anything
    /// else goes to ``ValueConversion`` for its message, which decides alike.
    func value(_ scalar: ScalarValue, slot: Int) -> Result<Value, ValueConversion.Failure> {
        switch (indicatorKinds[slot], scalar) {
        case (.number, .int), (.number, .float):
            if let number = scalar.number, number.isFinite, ranges[slot]?.contains(number) ?? true {
                return .success(.number(number))
            }
        case (.boolean, .bool(let flag)): return .success(.bool(flag))
        case (.category, .string(let word)):
            if categories[slot][word] != nil { return .success(.category(word)) }
        default: break
        }
        return ValueConversion.value(scalar, for: ruleset.indicators[slot])
    }

    /// The layout of a header record, or the header's errors (a missing required column, a
    /// column named twice); warnings for columns the ruleset does not know.
    static func read(_ header: CSVRecord, file: SourceFile, ruleset: Ruleset) -> (ProfileTableLayout?, [Diagnostic]) {
        let origin = SourceLocation(file: file, mark: Mark(line: header.line, column: 1))
        let marks = file.marks(ofAscendingByteOffsets: (0..<header.count).map(header.start(ofField:)))
        let columns = header.values.map { $0.trimmingCharacters(in: " ") }
        var diagnostics: [Diagnostic] = []
        for required in ProfileTable.requiredColumns where !columns.contains(required) {
            diagnostics.append(.error(.missingKey, "the table has no '\(required)' column", at: origin))
        }
        var seen: [String: Int] = [:]
        var kinds: [Column] = []
        for (index, column) in columns.enumerated() {
            let place = SourceLocation(file: file, mark: marks[index])
            if let first = seen[column] {
                diagnostics.append(
                    .error(.duplicateKey, "column '\(column)' appears twice (first as column \(first + 1))", at: place))
                kinds.append(.ignored)
                continue
            }
            seen[column] = index
            switch column {
            case "code": kinds.append(.code)
            case "name": kinds.append(.name)
            case "year": kinds.append(.year)
            default:
                if let (id, suffix) = ProfileTable.companion(column) {
                    if let slot = ruleset.indicatorIndex[id], columns.contains(id) {
                        kinds.append(.companion(slot, suffix))
                        if suffix == "stderr", ruleset.indicators[slot].kind != .number {
                            diagnostics.append(
                                .warning(
                                    .uncertaintyNotANumber,
                                    "'\(id)' is a \(ruleset.indicators[slot].kind.rawValue) indicator: its values are taken as certain and column '\(column)' is ignored",
                                    at: place, help: "a standard error applies to number indicators only"))
                        }
                    } else {
                        diagnostics.append(
                            .warning(
                                .unknownProfileIndicator,
                                "column '\(column)' accompanies no indicator column '\(id)'; it is ignored", at: place,
                                help: Suggestion.help(for: id, in: ruleset.indicators.map(\.id))))
                        kinds.append(.ignored)
                    }
                    continue
                }
                kinds.append(kind(of: column, at: place, ruleset: ruleset, diagnostics: &diagnostics))
            }
        }
        guard !diagnostics.hasErrors else { return (nil, diagnostics) }
        return (ProfileTableLayout(path: file.path, columns: columns, kinds: kinds, ruleset: ruleset), diagnostics)
    }

    private static func kind(
        of column: String, at place: SourceLocation, ruleset: Ruleset, diagnostics: inout [Diagnostic]
    ) -> Column {
        switch Reference(parsing: column) {
        case .indicator(let id):
            if let slot = ruleset.indicatorIndex[id] { return .indicator(slot) }
            diagnostics.append(
                .warning(
                    .unknownProfileIndicator, "column '\(column)' is not an indicator of this ruleset; it is ignored",
                    at: place, help: Suggestion.help(for: column, in: ruleset.indicators.map(\.id))))
        case .instrument(let id):
            if let slot = ruleset.instrumentIndex[id] { return .instrument(slot) }
            diagnostics.append(
                .warning(
                    .unknownProfileInstrument,
                    "column '\(column)' is not an instrument of this ruleset; it is ignored", at: place,
                    help: Suggestion.closest(to: id, in: ruleset.instruments.map(\.id)).map {
                        "did you mean 'instrument.\($0)'?"
                    }))
        }
        return .ignored
    }

    /// Decodes one record (a country): its values, or the diagnostics of its bad cells. Safe to
    /// call from several threads at once.
    public func decode(_ record: CSVRecord) -> TableRow {
        var decoder = TableRowDecoder(layout: self, record: record)
        return decoder.decode()
    }
}

/// Decodes the cells of one record, in column order, so that its diagnostics come out in the
/// order of the cells.
struct TableRowDecoder {
    let layout: ProfileTableLayout
    let record: CSVRecord
    var diagnostics: [Diagnostic] = []
    var cachedFile: SourceFile?

    init(layout: ProfileTableLayout, record: CSVRecord) {
        self.layout = layout
        self.record = record
    }

    /// Where field `index` starts (the record's first field when the row has fewer).
    mutating func location(_ index: Int) -> SourceLocation {
        let file = cachedFile ?? SourceFile(path: layout.path, bytes: record.raw, firstLine: record.line)
        cachedFile = file
        let field = index < record.count ? index : 0
        return SourceLocation(file: file, mark: file.mark(ofByteOffset: record.start(ofField: field)))
    }

    /// The bytes of field `index` without the spaces around them; empty when the row has no
    /// such field.
    func trimmed(_ index: Int) -> ArraySlice<UInt8> {
        guard index < record.count else { return [] }
        var bytes = record.valueBytes(index)
        while bytes.first == UInt8(ascii: " ") { bytes = bytes.dropFirst() }
        while bytes.last == UInt8(ascii: " ") { bytes = bytes.dropLast() }
        return bytes
    }

    /// The trimmed text of field `index`; "" when the row has no such field.
    func text(_ index: Int) -> String { String(decoding: trimmed(index), as: UTF8.self) }

    /// A cell as a YAML 1.2 plain scalar (``CoreSchema/resolvePlain(_:)``), with shortcuts for
    /// what tables are mostly made of: words (categories, statuses) and plain decimals (`-12`,
    /// `3.75`, up to 15 characters, so that an integer is exact as a Double and reads as the
    /// general path reads it). A test holds the shortcuts to the general path.
    static func scalar(_ bytes: ArraySlice<UInt8>, _ text: String) -> ScalarValue {
        guard let first = bytes.first else { return CoreSchema.resolvePlain(text) }
        // A word (a category, a boolean, null): only these words are not strings.
        if isLetter(first) {
            switch text {
            case "null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE":
                return CoreSchema.resolvePlain(text)
            default: return .string(text)
            }
        }
        guard bytes.count <= 15, first == UInt8(ascii: "-") || isDigit(first) else {
            return CoreSchema.resolvePlain(text)
        }
        var digits = 0
        var dot = false
        var fraction = 0
        for (offset, byte) in bytes.enumerated() {
            if isDigit(byte) {
                if dot { fraction += 1 } else { digits += 1 }
            } else if byte == UInt8(ascii: "."), !dot {
                dot = true
            } else if !(offset == 0 && byte == UInt8(ascii: "-")) {
                return CoreSchema.resolvePlain(text)
            }
        }
        guard digits > 0, !dot || fraction > 0 else { return CoreSchema.resolvePlain(text) }
        if !dot, let integer = Int(text) { return .int(integer) }
        if dot, let number = Double(text) { return .float(number) }
        return CoreSchema.resolvePlain(text)
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
    }

    mutating func decode() -> TableRow {
        if (0..<record.count).allSatisfy({ trimmed($0).isEmpty }) { return TableRow(layout, record, blank: true) }
        if let offset = UTF8Validation.firstInvalidOffset(record.raw) {
            let file = SourceFile(path: layout.path, bytes: record.raw, firstLine: record.line)
            diagnostics.append(
                .error(
                    .invalidUTF8, "invalid UTF-8 byte sequence; the table must be UTF-8 text",
                    at: SourceLocation(file: file, mark: file.mark(ofByteOffset: offset))))
            return TableRow(layout, record, diagnostics: diagnostics)
        }
        let columns = layout.columns
        if record.count != columns.count {
            diagnostics.append(
                .error(
                    .invalidValue, "this row has \(record.count) cells but the header has \(columns.count) columns",
                    at: location(0)))
        }
        let code = required(.code, "code")
        let name = required(.name, "name")
        var year: Int?
        if let (text, index) = requiredCell(.year, "year") {
            year = Int(text)
            if year == nil {
                diagnostics.append(
                    .error(.wrongNodeType, "expected the year as a whole number, found '\(text)'", at: location(index)))
            }
        }
        var indicators: [TableRow.IndicatorCell] = []
        var instruments: [TableRow.InstrumentCell] = []
        for (index, kind) in layout.kinds.enumerated() where index < record.count {
            switch kind {
            case .indicator(let slot):
                let bytes = trimmed(index)
                guard !bytes.isEmpty else { continue }
                let scalar = Self.scalar(bytes, String(decoding: bytes, as: UTF8.self))
                switch layout.value(scalar, slot: slot) {
                case .success(let value):
                    var cell = TableRow.IndicatorCell(slot: slot, field: index, value: value)
                    companions(of: slot, into: &cell)
                    indicators.append(cell)
                case .failure(let failure):
                    diagnostics.append(.error(failure.code, failure.message, at: location(index), help: failure.help))
                }
            case .instrument(let slot):
                let text = text(index)
                guard !text.isEmpty else { continue }
                switch ValueConversion.status(text) {
                case .success(let status): instruments.append(.init(slot: slot, field: index, status: status))
                case .failure(let failure):
                    diagnostics.append(
                        .error(.unknownInstrumentStatus, failure.message, at: location(index), help: failure.help))
                }
            case .code, .name, .year, .companion, .ignored: continue
            }
        }
        guard !diagnostics.hasErrors, let code, let name, let year else {
            return TableRow(layout, record, diagnostics: diagnostics)
        }
        return TableRow(
            layout, record, country: Country(code: code, name: name, year: year), indicators: indicators,
            instruments: instruments, diagnostics: diagnostics)
    }

    /// The year, source and standard error of the indicator in `slot`, from its companion
    /// columns when the table has them.
    mutating func companions(of slot: Int, into cell: inout TableRow.IndicatorCell) {
        guard let fields = layout.companions[slot] else { return }
        if let field = fields["year"], case let text = text(field), !text.isEmpty {
            if let year = Int(text) {
                cell.year = year
            } else {
                diagnostics.append(
                    .error(.wrongNodeType, "expected the year as a whole number, found '\(text)'", at: location(field)))
            }
        }
        if let field = fields["source"], case let text = text(field), !text.isEmpty { cell.source = text }
        if let field = fields["stderr"], case let text = text(field), !text.isEmpty {
            if let stderr = CoreSchema.resolvePlain(text).number, stderr.isFinite, stderr >= 0 {
                cell.stderr = stderr
            } else {
                diagnostics.append(
                    .error(
                        .invalidValue, "expected the standard error as a number, 0 or more, found '\(text)'",
                        at: location(field)))
            }
        }
    }

    /// The text and field of the first column of `kind`; an error when it is empty.
    mutating func requiredCell(_ kind: ProfileTableLayout.Column, _ name: String) -> (String, Int)? {
        let index = layout.kinds.firstIndex(of: kind) ?? 0
        let value = text(index)
        guard !value.isEmpty else {
            diagnostics.append(.error(.missingKey, "the '\(name)' cell is empty", at: location(index)))
            return nil
        }
        return (value, index)
    }

    mutating func required(_ kind: ProfileTableLayout.Column, _ name: String) -> String? {
        requiredCell(kind, name)?.0
    }
}
