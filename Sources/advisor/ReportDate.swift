import ArgumentParser
import Foundation

/// The report's generation date: `--date`, else `SOURCE_DATE_EPOCH`, else today (UTC).
///
/// Dates are proleptic Gregorian (ISO 8601) from 0001-01-01 to 9999-12-31, computed without
/// the platform calendar, so that every accepted date prints as the same `YYYY-MM-DD`.
enum ReportDate {
    /// The first and last second of the dates a report can carry, as seconds since 1970.
    static let epochRange = -62_135_596_800...253_402_300_799

    static func resolve(_ option: String?) throws -> String {
        if let option {
            guard isValid(option) else {
                throw ValidationError(
                    "--date expects a date YYYY-MM-DD from 0001-01-01 to 9999-12-31, found '\(option)'")
            }
            return option
        }
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], !epoch.isEmpty {
            let digits = epoch.hasPrefix("-") ? epoch.dropFirst() : Substring(epoch)
            guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let seconds = Int(epoch) else {
                throw InputError("SOURCE_DATE_EPOCH must be a whole number of seconds, found '\(epoch)'")
            }
            guard let date = format(secondsSince1970: seconds) else {
                throw InputError("SOURCE_DATE_EPOCH \(epoch) is outside the dates 0001-01-01 to 9999-12-31")
            }
            return date
        }
        return format(secondsSince1970: Int(Date().timeIntervalSince1970.rounded(.down))) ?? "1970-01-01"
    }

    /// The UTC date of a moment, `YYYY-MM-DD`; nil outside `epochRange`.
    static func format(secondsSince1970 seconds: Int) -> String? {
        guard epochRange.contains(seconds) else { return nil }
        // Howard Hinnant's civil_from_days, over days since 1970-01-01.
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
    }

    /// `YYYY-MM-DD` with four, two and two ASCII digits naming a day from 0001-01-01 to 9999-12-31.
    static func isValid(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return false }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
            year >= 1, (1...12).contains(month), day >= 1
        else { return false }
        let isLeap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let lengths = [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= lengths[month - 1]
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
