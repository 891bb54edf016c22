/// One assertion of a test that does not hold: `key: expected X, got Y`.
public struct TestDifference: Sendable, Equatable, CustomStringConvertible {
    /// The `expect` key, with the id for keyed maps (`threats.organized_crime`).
    public var key: String
    public var expected: String
    public var got: String

    public init(key: String, expected: String, got: String) {
        self.key = key
        self.expected = expected
        self.got = got
    }

    public var description: String { "\(key): expected \(expected), got \(got)" }
}
