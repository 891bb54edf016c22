import AdvisoryCore
import ArgumentParser
import Foundation

/// The report's generation date: `--date`, else `SOURCE_DATE_EPOCH`, else today (UTC).
///
/// Dates are proleptic Gregorian (ISO 8601) from 0001-01-01 to 9999-12-31 (``CalendarDate``).
/// The same date decides treaty actions that depend on a signature deadline.
enum ReportDate {
    static func resolve(_ option: String?) throws -> CalendarDate {
        if let option {
            guard let date = CalendarDate(parsing: option) else {
                throw ValidationError(
                    "--date expects a date YYYY-MM-DD from 0001-01-01 to 9999-12-31, found '\(option)'")
            }
            return date
        }
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], !epoch.isEmpty {
            let digits = epoch.hasPrefix("-") ? epoch.dropFirst() : Substring(epoch)
            guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let seconds = Int(epoch) else {
                throw InputError("SOURCE_DATE_EPOCH must be a whole number of seconds, found '\(epoch)'")
            }
            guard let date = CalendarDate(secondsSince1970: seconds) else {
                throw InputError("SOURCE_DATE_EPOCH \(epoch) is outside the dates 0001-01-01 to 9999-12-31")
            }
            return date
        }
        let now = Int(Date().timeIntervalSince1970.rounded(.down))
        return CalendarDate(secondsSince1970: now) ?? .unixEpoch
    }
}

/// The `--date` option of every command that decides treaty actions.
struct DateOption: ParsableArguments {
    @Option(
        name: .customLong("date"),
        help: ArgumentHelp(
            "The report date (YYYY-MM-DD; default: SOURCE_DATE_EPOCH, else today), which also decides whether an instrument is still open for signature.",
            valueName: "date"))
    var text: String?

    /// Refuses a malformed `--date` while the options are parsed, so that the usage line names
    /// the command and nothing is loaded first.
    func validate() throws {
        if let text { _ = try ReportDate.resolve(text) }
    }

    /// The resolved date.
    func resolve() throws -> CalendarDate { try ReportDate.resolve(text) }
}
