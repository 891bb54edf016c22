import ArgumentParser
import Foundation

/// The report's generation date: `--date`, else `SOURCE_DATE_EPOCH`, else today (UTC).
enum ReportDate {
    static func resolve(_ option: String?) throws -> String {
        if let option {
            guard isValid(option) else { throw ValidationError("--date expects YYYY-MM-DD, found '\(option)'") }
            return option
        }
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], !epoch.isEmpty {
            guard let seconds = Int(epoch) else {
                throw InputError("SOURCE_DATE_EPOCH must be a whole number of seconds, found '\(epoch)'")
            }
            return format(Date(timeIntervalSince1970: TimeInterval(seconds)))
        }
        return format(Date())
    }

    static func format(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1)
    }

    static func isValid(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return false }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        return DateComponents(calendar: calendar, year: year, month: month, day: day).isValidDate
    }
}
