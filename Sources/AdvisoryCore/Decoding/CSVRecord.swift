/// One record of a CSV text: its raw bytes (with its line break), where each field starts in
/// them, and each field's value.
public struct CSVRecord: Sendable {
    /// The line the record starts on (1-based).
    public let line: Int
    /// The record's bytes as they are in the file, its ending line break included.
    public let raw: [UInt8]
    /// Per field: the byte offset in `raw` where it starts (its opening quote, if quoted).
    let fieldStarts: [Int32]
    /// The fields' values back to back (quotes removed, `""` read as `"`), and where each ends.
    let valueBytes: [UInt8]
    let valueEnds: [Int32]

    /// The number of fields.
    public var count: Int { valueEnds.count }

    /// The value of field `index` as UTF-8 bytes.
    public func valueBytes(_ index: Int) -> ArraySlice<UInt8> {
        valueBytes[(index == 0 ? 0 : Int(valueEnds[index - 1]))..<Int(valueEnds[index])]
    }

    /// The value of field `index`.
    public func value(_ index: Int) -> String { String(decoding: valueBytes(index), as: UTF8.self) }

    /// Every field's value.
    public var values: [String] { (0..<count).map(value) }

    /// The byte offset in `raw` where field `index` starts.
    public func start(ofField index: Int) -> Int { Int(fieldStarts[index]) }
}

/// Splits CSV bytes into records exactly as CSV.swift's `CSVReader` does (delimiter `,`, quote
/// `"`, records ended by CR, LF or CRLF; inside quotes `""` is a quote; a quote followed by
/// anything else keeps the quote and drops the character after it, and the field stays quoted),
/// so that a table means the same whichever reads it; a test compares both on random texts.
///
/// Every byte that structures CSV is ASCII, so the scan reads UTF-8 bytes; a multi-byte
/// character can only be content (and is dropped whole after a stray quote).
enum CSVRecordParser {
    /// A record parsed from `bytes[start...]`: where the next record starts, and its fields.
    struct Parsed {
        var end: Int
        var fieldStarts: [Int32]
        var valueBytes: [UInt8]
        var valueEnds: [Int32]
    }

    /// Parses the record starting at `start` (which must be before `bytes.count`). When
    /// `isFinal` is false and the record may go on past the end of `bytes`, returns nil: read
    /// more and parse again.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, isFinal: Bool) -> Parsed? {
        let quote = UInt8(ascii: "\"")
        let comma = UInt8(ascii: ",")
        let cr = UInt8(ascii: "\r")
        let lf = UInt8(ascii: "\n")
        let end = bytes.count
        var parsed = Parsed(end: start, fieldStarts: [], valueBytes: [], valueEnds: [])
        var index = start
        /// After a CR that ends a record: the LF of a CRLF belongs to it. Nil: need more bytes.
        func afterCR(_ position: Int) -> Int? {
            if position < end { return bytes[position] == lf ? position + 1 : position }
            return isFinal ? position : nil
        }
        while true {
            parsed.fieldStarts.append(Int32(index - start))
            guard index < end else {
                // A delimiter ended the text: one more, empty field.
                guard isFinal else { return nil }
                parsed.valueEnds.append(Int32(parsed.valueBytes.count))
                parsed.end = index
                return parsed
            }
            var endsRecord = true
            let quoted = bytes[index] == quote
            if quoted { index += 1 }
            scan: while true {
                // A run of ordinary bytes is copied at once.
                let run = index
                if quoted {
                    while index < end, bytes[index] != quote { index += 1 }
                } else {
                    while index < end, bytes[index] != comma, bytes[index] != lf, bytes[index] != cr { index += 1 }
                }
                if index > run {
                    parsed.valueBytes.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<index]))
                }
                guard index < end else {
                    guard isFinal else { return nil }
                    break scan
                }
                var byte = bytes[index]
                index += 1
                if quoted {
                    // Inside quotes only a quote matters: doubled, it is a quote; before a comma
                    // or a line break, it closes the field; before anything else it is kept and
                    // the character after it is dropped whole.
                    guard byte == quote else {
                        parsed.valueBytes.append(byte)
                        continue
                    }
                    guard index < end else {
                        guard isFinal else { return nil }
                        break scan
                    }
                    byte = bytes[index]
                    index += 1
                    if byte != cr && byte != lf && byte != comma {
                        parsed.valueBytes.append(quote)
                        if byte == quote { continue }
                        while index < end, bytes[index] & 0xC0 == 0x80 { index += 1 }
                        if index == end, !isFinal { return nil }
                        continue
                    }
                }
                switch byte {
                case cr:
                    guard let after = afterCR(index) else { return nil }
                    index = after
                    break scan
                case lf: break scan
                case comma:
                    endsRecord = false
                    break scan
                default: parsed.valueBytes.append(byte)
                }
            }
            parsed.valueEnds.append(Int32(parsed.valueBytes.count))
            if endsRecord {
                parsed.end = index
                return parsed
            }
        }
    }
}
