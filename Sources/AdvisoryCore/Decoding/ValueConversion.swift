import YAML

/// Turns a scalar into a typed indicator value or instrument status, with the message a user
/// should see when it does not fit. Shared by profiles, rule-test overrides, CSV tables and
/// `what-if --set`.
public enum ValueConversion {
    public enum Failure: Error, Equatable {
        case wrongType(String, help: String?)
        case outOfRange(String)
        case unknownCategory(String, help: String?)
        case nonFinite(String)

        public var message: String {
            switch self {
            case .wrongType(let message, _), .outOfRange(let message), .unknownCategory(let message, _),
                .nonFinite(let message):
                message
            }
        }

        public var help: String? {
            switch self {
            case .wrongType(_, let help), .unknownCategory(_, let help): help
            default: nil
            }
        }

        public var code: DiagnosticCode {
            switch self {
            case .wrongType: .profileValueType
            case .outOfRange: .profileValueOutOfRange
            case .unknownCategory: .unknownCategoryValue
            case .nonFinite: .nonFiniteNumber
            }
        }
    }

    /// The value of `scalar` for `indicator`, or why it does not fit.
    public static func value(_ scalar: ScalarValue, for indicator: Indicator) -> Result<Value, Failure> {
        switch (indicator.kind, scalar) {
        case (.number, .int), (.number, .float):
            let number = scalar.number ?? 0
            guard number.isFinite else {
                return .failure(
                    .nonFinite("'\(indicator.id)' needs a finite number, found \(NumberFormat.plain(number))"))
            }
            if let range = indicator.range, !range.contains(number) {
                return .failure(
                    .outOfRange(
                        "\(NumberFormat.plain(number)) is outside the range [\(NumberFormat.plain(range.lowerBound)), \(NumberFormat.plain(range.upperBound))] of '\(indicator.id)'"
                    ))
            }
            return .success(.number(number))
        case (.boolean, .bool(let flag)):
            return .success(.bool(flag))
        case (.category, .string(let word)):
            guard indicator.valueIndex[word] != nil else {
                return .failure(
                    .unknownCategory(
                        "'\(word)' is not a value of '\(indicator.id)'; expected one of: \(indicator.values.joined(separator: ", "))",
                        help: Suggestion.help(for: word, in: indicator.values)))
            }
            return .success(.category(word))
        default:
            let expected =
                switch indicator.kind {
                case .number: "a number"
                case .boolean: "true or false"
                case .category: "one of: \(indicator.values.joined(separator: ", "))"
                }
            var help: String?
            if indicator.kind == .boolean, case .string(let word) = scalar,
                ["yes", "no", "on", "off"].contains(word.lowercased())
            {
                help = "YAML 1.2 reads only true and false as booleans; write true or false"
            } else if indicator.kind == .number, case .string(let word) = scalar,
                Double(word.trimmingCharacters(in: " ")) != nil
            {
                help = "write the number without quotes"
            }
            return .failure(
                .wrongType(
                    "'\(indicator.id)' is a \(indicator.kind.rawValue) indicator; expected \(expected), found \(scalar.kindDescription)\(describe(scalar))",
                    help: help))
        }
    }

    /// An instrument status word.
    public static func status(_ text: String) -> Result<InstrumentStatus, Failure> {
        if let status = InstrumentStatus(rawValue: text) { return .success(status) }
        let choices = InstrumentStatus.allCases.map(\.rawValue)
        return .failure(
            .unknownCategory(
                "'\(text)' is not an instrument status; expected one of: \(choices.joined(separator: ", "))",
                help: Suggestion.help(for: text, in: choices)))
    }

    private static func describe(_ scalar: ScalarValue) -> String {
        switch scalar {
        case .string(let text): " '\(text)'"
        case .int(let value): " \(value)"
        case .float(let value): " \(NumberFormat.plain(value))"
        case .bool(let value): " \(value)"
        case .null: ""
        }
    }
}
