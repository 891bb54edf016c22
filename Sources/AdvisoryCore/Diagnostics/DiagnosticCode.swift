/// Stable diagnostic codes; each is documented in docs/diagnostics.md with an example and a fix.
public enum DiagnosticCode: String, Sendable, CaseIterable, Codable {
    // Reading files and YAML (PA0xx)
    case unreadableFile = "PA001"
    case fileTooLarge = "PA002"
    case invalidUTF8 = "PA003"
    case yamlSyntax = "PA004"
    case duplicateKey = "PA005"
    case nestingTooDeep = "PA006"
    case aliasBudgetExceeded = "PA007"
    case multipleDocuments = "PA008"
    case emptyFile = "PA009"
    case undefinedAlias = "PA010"
    case unsupportedTag = "PA011"

    // Structure of rulesets, profiles and tests (PA1xx)
    case wrongNodeType = "PA101"
    case unknownKey = "PA102"
    case missingKey = "PA103"
    case invalidValue = "PA104"
    case nonFiniteNumber = "PA105"
    case missingRulesetFile = "PA106"
    case misplacedRulesetHeader = "PA107"
    case invalidIdentifier = "PA108"
    case invalidRange = "PA109"
    case invalidLevels = "PA110"

    // Conditions (PA2xx)
    case conditionSyntax = "PA201"
    case malformedCombinator = "PA202"
    case literalTypeMismatch = "PA203"
    case unknownCategoryValue = "PA204"
    case thresholdOutOfRange = "PA205"
    case operatorNotAllowed = "PA206"
    case operandNotNumber = "PA207"
    case unitMismatch = "PA208"
    case computedLeafInApplicability = "PA209"

    // References and rules (PA3xx)
    case duplicateID = "PA301"
    case unknownReference = "PA302"
    case confidenceOutOfRange = "PA303"
    case unknownTemplateReference = "PA304"
    case emptyConsequences = "PA305"
    case parentCycle = "PA306"
    case applicabilityCycle = "PA307"

    // Profiles (PA4xx)
    case unknownProfileIndicator = "PA401"
    case profileValueType = "PA402"
    case profileValueOutOfRange = "PA403"
    case unknownInstrumentStatus = "PA404"
    case unknownProfileInstrument = "PA405"
    case impossibleStatus = "PA406"
    case notApplicableValue = "PA407"
    case seriesValueMismatch = "PA408"
    case uncertaintyNotANumber = "PA409"

    // Static analysis (PA5xx)
    case unsatisfiableCondition = "PA501"
    case alwaysTrueCondition = "PA502"
    case duplicateCondition = "PA503"
    case subsumedRule = "PA504"
    case unreferencedEntry = "PA505"
    case unraisableThreat = "PA506"
    case unrecommendedStrategy = "PA507"
    case doubleCounting = "PA508"

    // Rule tests (PA6xx)
    case testUnknownReference = "PA601"
    case testProfileUnreadable = "PA602"

    // Data tables and import mappings (PA7xx)
    case importFormulaSyntax = "PA701"
    case unreadableTableCell = "PA702"
    case unrecognisedTable = "PA703"

    // Report templates (PA9xx)
    case templateError = "PA901"
    case templateTooLarge = "PA902"
    case templateTooDeep = "PA903"
    case reportTooLarge = "PA904"
    case templateTooMuchWork = "PA905"
}
