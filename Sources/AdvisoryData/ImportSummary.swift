/// The text `advisor import` prints when it is done: the countries written, the indicators each
/// got, and everything left out with the reason.
public enum ImportSummary {
    /// One profile the import writes (or leaves as it was).
    public struct Written: Sendable {
        public var code: String
        public var name: String
        public var path: String
        public var text: String
        /// The merge into an existing profile; nil for a new file.
        public var merge: ProfileMerge.Outcome?
        /// How many indicators the import filled for the country.
        public var values: Int

        public init(code: String, name: String, path: String, text: String, merge: ProfileMerge.Outcome?, values: Int) {
            self.code = code
            self.name = name
            self.path = path
            self.text = text
            self.merge = merge
            self.values = values
        }
    }

    /// `cellsSkipped`: the cells the readers and the importer warned about.
    public static func text(
        _ result: ImportResult, plan: [Written], folder: String, codes: CountryCodes, cellsSkipped: Int
    ) -> String {
        let countries = plan.count == 1 ? "1 country" : "\(plan.count) countries"
        var out =
            "Imported \(countries) into \(folder) (assessment year \(result.year); country codes: \(codes.origin))\n"
        let nameWidth = min(30, plan.map(\.name.count).max() ?? 0)
        for written in plan {
            let name = written.name.count > nameWidth ? String(written.name.prefix(nameWidth - 1)) + "…" : written.name
            let filled = written.values == 1 ? "1 indicator " : "\(written.values) indicators"
            out +=
                "  \(written.code.padded(3))  \(name.padded(nameWidth))  \(filled.padded(14))  \(written.path) \(status(written.merge))\n"
        }
        out += skipped(result)
        if result.laterValues > 0 {
            out += "Values after \(result.year) left out: \(result.laterValues)\n"
        }
        if cellsSkipped > 0 {
            out +=
                "Cells skipped: \(cellsSkipped) (each is reported on standard error with its file, line and column)\n"
        }
        if !result.unmappedSeries.isEmpty {
            let listed = result.unmappedSeries.prefix(10).map { "\($0.series) (\($0.values))" }
            out +=
                "Series no indicator reads: " + listed.joined(separator: ", ")
                + (result.unmappedSeries.count > 10 ? ", and \(result.unmappedSeries.count - 10) more" : "") + "\n"
        }
        return out
    }

    /// The countries of the tables that were not imported, and why.
    public static func skipped(_ result: ImportResult) -> String {
        guard !result.skippedCountries.isEmpty else { return "" }
        var out = "Countries skipped:\n"
        for country in result.skippedCountries {
            out += "  \(country.code.padded(3))  \(country.name.map { $0 + ": " } ?? "")\(country.reason)\n"
        }
        return out
    }

    private static func status(_ merge: ProfileMerge.Outcome?) -> String {
        guard let merge else { return "(new)" }
        guard merge.changed || !merge.keptNewer.isEmpty else { return "(unchanged)" }
        var parts: [String] = []
        if !merge.added.isEmpty { parts.append("\(merge.added.count) added") }
        if !merge.replaced.isEmpty { parts.append("\(merge.replaced.count) replaced") }
        if !merge.unchanged.isEmpty { parts.append("\(merge.unchanged.count) unchanged") }
        if !merge.keptNewer.isEmpty {
            parts.append(
                "\(merge.keptNewer.count) kept, newer than the import: \(merge.keptNewer.joined(separator: ", "))")
        }
        return (merge.changed ? "(updated: " : "(not changed: ") + parts.joined(separator: ", ") + ")"
    }
}

extension String {
    func padded(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
}
