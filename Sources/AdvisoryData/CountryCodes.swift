import Foundation

/// ISO 3166-1 alpha-3 country codes, from Debian's `iso-codes` package where it is installed,
/// used to tell countries from the regional and income aggregates that published tables mix in
/// (`WLD`, `SSF`, `HIC`).
public struct CountryCodes: Sendable {
    /// What a code in a table stands for.
    public enum Kind: Sendable, Equatable {
        /// A country or territory, with its name when known.
        case country(String?)
        /// A regional or income aggregate of the World Bank (`WLD`, `SSF`, `HIC`).
        case aggregate
        /// Neither an ISO 3166-1 code nor a known aggregate.
        case unknown
    }

    /// Where Debian's `iso-codes` package puts the ISO 3166-1 list.
    public static let isoCodesPath = "/usr/share/iso-codes/json/iso_3166-1.json"

    /// Alpha-3 code → short name; nil when no standard list could be read.
    public let names: [String: String]?
    /// Where the list came from, for the import summary.
    public let origin: String

    /// The list at `path` (by default the installed `iso-codes`), else none: then every code of
    /// three capital letters that is not a known aggregate counts as a country.
    public static func load(path: String = isoCodesPath) -> CountryCodes {
        guard let data = FileManager.default.contents(atPath: path),
            let list = try? JSONDecoder().decode(ISOList.self, from: data), !list.entries.isEmpty
        else {
            return CountryCodes(names: nil, origin: "no ISO 3166-1 list (\(path) is missing)")
        }
        var names: [String: String] = [:]
        for entry in list.entries { names[entry.alpha3] = entry.commonName ?? entry.name }
        return CountryCodes(names: names, origin: path)
    }

    public init(names: [String: String]?, origin: String) {
        self.names = names
        self.origin = origin
    }

    /// What `code` stands for.
    public func kind(of code: String) -> Kind {
        if let names {
            if let name = names[code] { return .country(name) }
        } else if code.count == 3, code.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }),
            !Self.aggregates.contains(code)
        {
            return .country(nil)
        }
        if let name = Self.userAssigned[code] { return .country(name) }
        return Self.aggregates.contains(code) ? .aggregate : .unknown
    }

    /// The World Bank's aggregate codes (regions, income and lending groups, the world), none of
    /// which is an ISO 3166-1 code.
    static let aggregates: Set<String> = [
        "AFE", "AFW", "ARB", "CEB", "CSS", "EAP", "EAR", "EAS", "ECA", "ECS", "EMU", "EUU", "FCS", "HIC", "HPC",
        "IBD", "IBT", "IDA", "IDB", "IDX", "INX", "LAC", "LCN", "LDC", "LIC", "LMC", "LMY", "LTE", "MEA", "MIC",
        "MNA", "NAC", "OED", "OSS", "PRE", "PSS", "PST", "SAS", "SSA", "SSF", "SST", "TEA", "TEC", "TLA", "TMN",
        "TSA", "TSS", "UMC", "WLD",
    ]

    /// Codes outside ISO 3166-1 that publishers use for a country.
    static let userAssigned = ["XKX": "Kosovo"]

    private struct ISOList: Decodable {
        struct Entry: Decodable {
            var alpha3: String
            var name: String
            var commonName: String?
            enum CodingKeys: String, CodingKey {
                case alpha3 = "alpha_3"
                case name
                case commonName = "common_name"
            }
        }
        var entries: [Entry]
        enum CodingKeys: String, CodingKey { case entries = "3166-1" }
    }
}
