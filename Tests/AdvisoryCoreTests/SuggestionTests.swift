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
