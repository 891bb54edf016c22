import Foundation
import Testing

@testable import AdvisoryCore

/// `advisor test --filter`: regular expressions matched in linear time.
@Suite struct NamePatternTests {
    static let names = [
        "", "harbour city flags organized crime", "RL-002 off", "weak AML resilience in a hub", "a.b", "a+b",
        "aaaa", "abab", "x_y z", "Zürich 2024", "tab\there", "café", "(parenthesis)", "[bracket]", "{brace}",
        "price $5",
    ]

    static let patterns = [
        "harbour", "^harbour", "off$", "RL-002 off$|^harbour", "a.b", "a\\.b", "a\\+b", "^a+$", "^(ab)+$", "(a|b)*c",
        "^[a-z ]+$", "[^a-z]", "\\d{4}", "\\w+_\\w", "\\s", "\\bhub\\b", "\\Bub", "^$", "a{2}", "a{2,}", "a{,3}b",
        "a{2,3}", "x{1}", "\\(par", "\\[br", "\\{br", "{", "a{b", "ü", "\\$5", "(?:ab)+", "(?<word>ab)+", "[\\d_]",
        "[a\\-z]", "[-a]", "[\\]a]", "\\tx", "c.f", "\\D\\S\\W", "colou?r", "a*?b", "(a|ab)(c|bcd)(d*)", "^.*$",
        "^(a*)*$",
    ]

    /// On the syntax both support, the answers are Swift Regex's.
    @Test(arguments: patterns) func agreesWithSwiftRegex(pattern: String) throws {
        let ours = try NamePattern(pattern)
        let regex = try Regex(pattern).matchingSemantics(.unicodeScalar)
        for name in Self.names {
            #expect(ours.matches(name) == name.contains(regex), "'\(pattern)' on '\(name)'")
        }
    }

    /// As in Perl and POSIX, a ']' first in a class is a member (Swift Regex refuses it).
    @Test func aClosingBracketFirstInAClassIsAMember() throws {
        #expect(try NamePattern("[]a]").matches("[bracket]"))
        #expect(try !NamePattern("[^]a]").matches("]]]"))
    }

    struct Refusal: Sendable, CustomTestStringConvertible {
        var pattern: String
        var message: String
        var testDescription: String { pattern.count > 40 ? String(pattern.prefix(40)) + "…" : pattern }
    }

    @Test(
        arguments: [
            Refusal(pattern: "(unclosed", message: "missing ')' for the group opened here at position 1"),
            Refusal(pattern: "a)", message: "unmatched ')' at position 2"),
            Refusal(pattern: "(a)\\1", message: "back-references are not supported at position 4"),
            Refusal(pattern: "(?=a)b", message: "lookaround, atomic groups and inline options"),
            Refusal(pattern: "(?i)a", message: "lookaround, atomic groups and inline options"),
            Refusal(pattern: "a++", message: "possessive quantifiers are not supported"),
            Refusal(pattern: "a**", message: "a quantifier cannot follow another"),
            Refusal(pattern: "*a", message: "nothing to repeat before '*' at position 1"),
            Refusal(pattern: "{2}", message: "nothing to repeat before '{'"),
            Refusal(pattern: "[z-a]", message: "the range z-a is reversed"),
            Refusal(pattern: "[abc", message: "missing ']' for the class opened here at position 1"),
            Refusal(pattern: "a{5,2}", message: "the repetition {m,n} has n below m"),
            Refusal(pattern: "a{1001}", message: "a repetition count may be at most 1000"),
            Refusal(pattern: "\\q", message: "unknown escape '\\q'"),
            Refusal(pattern: "ab\\", message: "the pattern ends with a lone '\\'"),
            Refusal(
                pattern: "(a{1000}){1000}", message: "the pattern is too large once its repetitions are written out"),
            Refusal(
                pattern: String(repeating: "(", count: 5_000) + String(repeating: ")", count: 5_000),
                message: "groups are nested more than 100 deep"),
        ])
    func refused(refusal: Refusal) {
        do {
            _ = try NamePattern(refusal.pattern)
            Issue.record("'\(refusal.pattern)' was accepted")
        } catch {
            #expect(error.description.contains(refusal.message), "\(error)")
        }
    }

    /// `^(a+)+$` on twenty `a`s and a `!` ran past 20 s (16: 1.3 s, 18: 8 s): a backtracking
    /// engine tries every way to split the `a`s. Here the work is at most the text's length
    /// (plus one) times the program's size, whatever the text.
    @Test(arguments: ["^(a+)+$", "(a|aa)+$", "(a*)*b", "^(\\w+\\s?)*$", "(x+x+)+y"])
    func workIsLinearInTheText(pattern: String) throws {
        let compiled = try NamePattern(pattern)
        for count in [20, 200, 20_000] {
            let text = String(repeating: "a", count: count) + "!"
            #expect(!compiled.matches(text) || pattern == "^(\\w+\\s?)*$")
            let bound = (text.unicodeScalars.count + 1) * compiled.program.count
            #expect(compiled.steps(searching: text) <= bound, "'\(pattern)' on \(count) a's")
        }
    }
}
