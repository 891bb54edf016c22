/// Where the fields of a CSV text start, record by record, split exactly as CSV.swift's
/// `CSVReader` splits them (delimiter `,`, quote `"`, records ended by CR, LF or CRLF), so that
/// a cell's diagnostic can name the line and column it starts at, in records that span lines
/// (a quoted line break) and in lines of any length.
///
/// Every byte that structures CSV is ASCII, so the scan reads UTF-8 bytes; a multi-byte
/// character can only be content.
enum CSVFieldScanner {
    /// The byte offset of each field of each record, the header included.
    static func fieldStarts(_ bytes: [UInt8]) -> [[Int]] {
        let quote = UInt8(ascii: "\"")
        let comma = UInt8(ascii: ",")
        let cr = UInt8(ascii: "\r")
        let lf = UInt8(ascii: "\n")
        var records: [[Int]] = []
        var index = 0
        while index < bytes.count {
            var record: [Int] = []
            while true {
                record.append(index)
                guard index < bytes.count else { break } // a delimiter ended the text
                var endsRecord = true
                let quoted = bytes[index] == quote
                if quoted { index += 1 }
                scan: while index < bytes.count {
                    let byte = bytes[index]
                    index += 1
                    if quoted {
                        guard byte == quote else { continue }
                        guard index < bytes.count else { break scan }
                        let next = bytes[index]
                        index += 1
                        switch next {
                        case cr:
                            if index < bytes.count, bytes[index] == lf { index += 1 }
                            break scan
                        case lf: break scan
                        case comma:
                            endsRecord = false
                            break scan
                        default: continue // an escaped quote, or a stray one (kept as text)
                        }
                    } else {
                        switch byte {
                        case cr:
                            if index < bytes.count, bytes[index] == lf { index += 1 }
                            break scan
                        case lf: break scan
                        case comma:
                            endsRecord = false
                            break scan
                        default: continue
                        }
                    }
                }
                if endsRecord { break }
            }
            records.append(record)
        }
        return records
    }
}
