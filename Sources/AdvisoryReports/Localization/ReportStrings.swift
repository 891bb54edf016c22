import AdvisoryCore

/// The fixed words of a report in one language: headings, column headers, notes and labels.
///
/// Templates read them as `{{t.name}}` (the property names below; docs/reports.md lists them).
/// Every language is a full instance of this struct, so the compiler refuses a language that
/// lacks a word; phrases built around values are methods of ``ReportLanguage``.
struct ReportStrings: Sendable {
    // Masthead and summary
    var eyebrow: String
    var reportTitlePrefix: String
    var countryCode: String
    var assessmentYear: String
    var reportDate: String
    var summary: String
    var threatsRaised: String
    var strategiesRecommended: String
    var instrumentsRelevant: String
    var rulesUndecided: String
    // Action plan
    var actionPlan: String
    var action: String
    var weight: String
    var answers: String
    var scoreWord: String
    var relevanceWord: String
    var weightNote: String
    var treatyToJoin: String
    var treatiesToJoin: String
    var nothingToAct: String
    // Threats
    var threats: String
    var threat: String
    var level: String
    var score: String
    var linesOfEvidence: String
    var scoreLegend: String
    var scoreLegendShort: String
    var levels: String
    var from: String
    var weakerLines: String
    var noThreat: String
    // Strategies
    var strategies: String
    var strategy: String
    var strategyAndRationale: String
    var rank: String
    var rules: String
    var rankedNote: String
    var rankedNoteMore: String
    var noStrategy: String
    // Instruments
    var instruments: String
    var instrument: String
    var kind: String
    var status: String
    var recommendedAction: String
    var relevance: String
    var basis: String
    var mostRelevantFirst: String
    var othersInAnnex: String
    var afterJoining: String
    var eligibilityUnknown: String
    var noInstrument: String
    // Data gaps
    var dataGaps: String
    var undecided: String
    var dataGapsNote: String
    var dataToCollect: String
    var data: String
    var source: String
    var wouldDecide: String
    var notNamed: String
    var undecidedRules: String
    var undecidedRule: String
    var rule: String
    var title: String
    var missing: String
    var everyRuleDecided: String
    var staleData: String
    var staleNote: String
    var indicator: String
    var year: String
    var ageYears: String
    var limitYears: String
    var none: String
    var notApplicable: String
    var notApplicableNote: String
    var why: String
    // Annex
    var annex: String
    var furtherStrategies: String
    var furtherInstruments: String
    var priority: String
    var whyEachRuleFired: String
    var annexNote: String
    var confidence: String
    var confidenceWord: String
    var result: String
    var test: String
    var value: String
    var staleFlag: String
    var noRuleFired: String
    // Provenance
    var provenance: String
    var item: String
    var ruleset: String
    var version: String
    var rulesetHash: String
    var profileHash: String
    var engine: String
    var format: String
    var footer: String
    var page: String
    var of: String
    var contents: String
    var after: String
    var joinPrefix: String
    var joinSuffix: String
    var reportDateInline: String
    var strategiesHeading: String
    // The regional overview (advisor batch)
    var regionalOverview: String
    var countriesHeading: String
    var heatMap: String
    var heatMapNote: String
    var commonStrategies: String
    var treatyGaps: String
    var treatyGapsNote: String
    var byCountry: String
    var country: String
    var notRaised: String
    var countryCount: String
}
