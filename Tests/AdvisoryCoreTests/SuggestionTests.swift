import Testing

@testable import AdvisoryCore

@Suite("Suggestion")
struct SuggestionTests {
    static let keys = ["id", "title", "description", "note"]

    @Test(
        "a close key is suggested",
        arguments: [
            ("titel", "title"), ("tittle", "title"), ("Title", "title"), ("descripton", "description"),
            ("desc_ription", "description"), ("nte", "note"), ("ID", "id"), ("notes", "note"),
        ])
    func closeWords(word: String, expected: String) {
        #expect(Suggestion.closest(to: word, in: Self.keys) == expected)
    }

    @Test(
        "a far word gets no suggestion", arguments: ["colour", "summary", "x_y_z", "", "x", "identifier_of_the_entry"])
    func farWords(word: String) {
        #expect(Suggestion.closest(to: word, in: Self.keys) == nil)
    }

    @Test func noCandidates() {
        #expect(Suggestion.closest(to: "title", in: [String]()) == nil)
        #expect(Suggestion.help(for: "title", in: [String]()) == nil)
    }

    @Test("the closest wins; ties go to the alphabetically first")
    func ranking() {
        #expect(
            Suggestion.closest(to: "organised_crime", in: ["organized_crime", "organized_crimes"]) == "organized_crime")
        #expect(Suggestion.closest(to: "cat", in: ["cut", "bat"]) == "bat")
        #expect(Suggestion.closest(to: "cat", in: ["bat", "cut"]) == "bat")
    }

    @Test("the allowed distance grows with the word: max(2, length / 3)")
    func limit() {
        #expect(Suggestion.closest(to: "abcdef", in: ["abxxef"]) == "abxxef")
        #expect(Suggestion.closest(to: "abcdef", in: ["axxxef"]) == nil)
        #expect(
            Suggestion.closest(to: "financial_inteligence_unit", in: ["financial_intelligence_unit"])
                == "financial_intelligence_unit")
        #expect(Suggestion.closest(to: "abcdefghijkl", in: ["abcdXXXXXjkl"]) == nil)
        #expect(Suggestion.closest(to: "abcdefghijkl", in: ["abcdXXXXijkl"]) == "abcdXXXXijkl")
    }

    @Test("a word is never close to something sharing none of its letters")
    func shortWords() {
        #expect(Suggestion.closest(to: "x", in: ["id", "a"]) == nil)
        #expect(Suggestion.closest(to: "X", in: ["x"]) == "x")
        #expect(Suggestion.closest(to: "ix", in: ["id"]) == "id")
        #expect(Suggestion.closest(to: "xy", in: ["id"]) == nil)
    }

    /// "did you mean" missed ids the word begins: `gti` for `gti_score`.
    @Test(
        "a word that begins a candidate suggests it",
        arguments: [
            ("gti", "gti_score"), ("basel_aml", "basel_aml_index"), ("GTI", "gti_score"), ("desc", "description"),
            ("instrument.unto", "instrument.untoc"), ("goci", "goci_resilience"),
        ])
    func prefixes(word: String, expected: String) {
        let candidates = [
            "gti_score", "gti_score_trend", "basel_aml_index", "description", "instrument.untoc", "goci_resilience",
            "goci_criminality", "gdi",
        ]
        #expect(Suggestion.closest(to: word, in: candidates) == expected)
    }

    @Test("a prefix at a separator beats a typo; a typo beats a bare prefix; short words are no prefix")
    func prefixRanking() {
        #expect(Suggestion.closest(to: "gti", in: ["gdi", "gti_score"]) == "gti_score")
        #expect(Suggestion.closest(to: "cost", in: ["coast", "costume"]) == "coast")
        #expect(Suggestion.closest(to: "cost", in: ["costume"]) == "costume")
        #expect(Suggestion.closest(to: "gt", in: ["gti_score"]) == nil)
        #expect(Suggestion.closest(to: "gti_score", in: ["gti_score"]) == "gti_score")
    }

    @Test func helpText() {
        #expect(Suggestion.help(for: "titel", in: Self.keys) == "did you mean 'title'?")
        #expect(Suggestion.help(for: "colour", in: Self.keys) == nil)
    }

    @Test(
        "edit distance",
        arguments: [
            ("", "", 0), ("a", "", 1), ("", "abc", 3), ("kitten", "sitting", 3), ("flaw", "lawn", 2),
            ("same", "same", 0),
            ("é", "e", 1), ("abc", "acb", 2),
        ])
    func editDistance(lhs: String, rhs: String, expected: Int) {
        #expect(Suggestion.editDistance(lhs, rhs, limit: 10) == expected)
        #expect(Suggestion.editDistance(rhs, lhs, limit: 10) == expected)
    }

    @Test("edit distance gives up past the limit")
    func editDistanceLimit() {
        #expect(Suggestion.editDistance("kitten", "sitting", limit: 1) == 2)
        #expect(Suggestion.editDistance("a", "abcdefgh", limit: 2) == 3)
    }
}
