import Testing
import YAML

@testable import AdvisoryCore

/// The grammar of computed subjects: trends (`change(REF, YEARS)`, `slope(REF, YEARS)`) and
/// arithmetic expressions of two indicators (`a - b`).
@Suite("LeafParser: trends and expressions")
struct ComputedLeafParserTests {
    let parser = LeafParserTests()

    @Test func trends() throws {
        let change = try parser.leaf("change(wgi_rule_of_law, 5) <= -0.3")
        #expect(change.reference == .indicator("wgi_rule_of_law"))
        #expect(change.measure == .change(years: 5))
        #expect(change.subject.description == "change(wgi_rule_of_law, 5)")
        #expect(change.literals == [.number(-0.3)])
        #expect(change.idLocation?.mark.column == 11 + "change(".count)
        #expect(change.valueLocation.mark.column == 11 + "change(wgi_rule_of_law, 5) <= ".count)
        let slope = try parser.leaf("slope( homicide_rate ,10 ) > 0.5")
        #expect(slope.measure == .slope(years: 10))
        #expect(slope.subject.description == "slope(homicide_rate, 10)")
        #expect(slope.references == [.indicator("homicide_rate")])
        // An indicator may still be called `change` or `slope`: only a parenthesis makes a call.
        #expect(try parser.leaf("change >= 3").measure == .value)
        #expect(try parser.leaf("slope in [1, 2]").measure == .value)
    }

    @Test("every arithmetic operator", arguments: ArithmeticOperator.allCases)
    func expressions(op: ArithmeticOperator) throws {
        let parsed = try parser.leaf("goci_criminality \(op.rawValue) goci_resilience >= 2")
        #expect(parsed.reference == .indicator("goci_criminality"))
        #expect(parsed.measure == .arithmetic(op, "goci_resilience"))
        #expect(parsed.references == [.indicator("goci_criminality"), .indicator("goci_resilience")])
        #expect(parsed.subject.description == "goci_criminality \(op.rawValue) goci_resilience")
        #expect(parsed.otherIDLocation?.mark.column == 11 + "goci_criminality - ".count)
        #expect(parsed.location(of: .indicator("goci_resilience")).mark.column == 11 + "goci_criminality - ".count)
        #expect(parsed.location(of: .indicator("goci_criminality")).mark.column == 11)
        #expect(parsed.literals == [.number(2)])
    }

    @Test func expressionWithNegativeThreshold() throws {
        let parsed = try parser.leaf("a  -  b < -2")
        #expect(parsed.measure == .arithmetic(.subtract, "b"))
        #expect(parsed.literals == [.number(-2)])
    }

    @Test(
        "errors name the column where parsing failed",
        arguments: [
            (
                "change(x) < 1", 8,
                "expected ',' after 'x' in change(REF, YEARS), found ')'"
            ),
            (
                "change(x, 0) < 1", 10,
                "expected the number of years, a whole number from 1 to 1000, found '0'"
            ),
            (
                "change(x, 2.5) < 1", 10,
                "expected the number of years, a whole number from 1 to 1000, found '2.5'"
            ),
            (
                "slope(x, -3) < 1", 9,
                "expected the number of years, a whole number from 1 to 1000, found '-3'"
            ),
            (
                "slope(x, 1001) < 1", 9,
                "expected the number of years, a whole number from 1 to 1000, found '1001'"
            ),
            (
                "slope(x, years) < 1", 9,
                "expected the number of years, a whole number from 1 to 1000, found 'years'"
            ),
            (
                "change(x", 8,
                "expected ',' after 'x' in change(REF, YEARS), found the end of the condition; in a flow list ([...]) quote the leaf, as a comma ends the item"
            ),
            ("slope(x, 3 < 1", 11, "expected ')' to close 'slope(', found '<'"),
            (
                "slope(x, ", 9,
                "expected the number of years, a whole number from 1 to 1000, found the end of the condition"
            ),
            (
                "trend(x, 3) < 1", 0,
                "unknown function 'trend'; a leaf may compare change(REF, YEARS) or slope(REF, YEARS)"
            ),
            ("change(instrument.untoc, 3) < 1", 7, "change() reads an indicator's series, not 'instrument.untoc'"),
            ("change(x, 3)< 1", 12, "expected a space after 'change(x, 3)'"),
            ("change(x, 3)", 12, "expected an operator (<, <=, >, >=, == or !=) after 'change(x, 3)'"),
            (
                "change(x, 3) in [1]", 13,
                "'in' tests a value, not 'change(x, 3)'; compare it with <, <=, >, >=, == or !="
            ),
            ("a - b is missing", 6, "'is' tests a value, not 'a - b'; compare it with <, <=, >, >=, == or !="),
            (
                "a - b = 2", 6,
                "expected an operator (<, <=, >, >=, == or !=), found '=' ('=' is not an operator; use '==')"
            ),
            ("a-b > 2", 1, "expected a space after 'a'"),
            ("a -b > 2", 3, "expected a space after '-'"),
            ("a - 2 > 2", 4, "expected an indicator id or instrument.ID, found '2'"),
            ("a - instrument.untoc > 2", 4, "'-' combines number indicators, not 'instrument.untoc'"),
            ("instrument.untoc + a > 2", 0, "'+' combines number indicators, not 'instrument.untoc'"),
            ("a - b - c > 2", 6, "expected an operator (<, <=, >, >=, == or !=), found '-'"),
        ])
    func errors(text: String, offset: Int, message: String) throws {
        try parser.errors(text: text, offset: offset, message: message)
    }
}
