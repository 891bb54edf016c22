/// A set of the states one reference can be in, as bits over a `ConditionSpace` slot:
/// state 0 is "missing" (no value, or unknown status), the others are values or value regions.
struct StateSet: Hashable, Sendable {
    private(set) var words: [UInt64]
    let count: Int

    /// The empty set over `count` states.
    init(count: Int) {
        self.count = count
        words = Array(repeating: 0, count: (count + 63) / 64)
    }

    /// The states for which `member` holds.
    init(count: Int, where member: (Int) -> Bool) {
        self.init(count: count)
        for state in 0..<count where member(state) { insert(state) }
    }

    /// The set of `states` over `count` states.
    init(count: Int, states: [Int]) {
        self.init(count: count)
        for state in states { insert(state) }
    }

    static func full(count: Int) -> StateSet { StateSet(count: count) { _ in true } }

    mutating func insert(_ state: Int) { words[state / 64] |= 1 << UInt64(state % 64) }

    func contains(_ state: Int) -> Bool { words[state / 64] & (1 << UInt64(state % 64)) != 0 }

    var isEmpty: Bool { words.allSatisfy { $0 == 0 } }

    func intersection(_ other: StateSet) -> StateSet {
        var result = self
        for index in result.words.indices { result.words[index] &= other.words[index] }
        return result
    }

    func union(_ other: StateSet) -> StateSet {
        var result = self
        for index in result.words.indices { result.words[index] |= other.words[index] }
        return result
    }

    /// Every state not in the set.
    var complement: StateSet { StateSet(count: count) { !contains($0) } }

    func isSubset(of other: StateSet) -> Bool { intersection(other) == self }
}
