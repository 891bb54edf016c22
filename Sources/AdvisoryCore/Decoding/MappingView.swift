public import YAML

/// A mapping's entries by key, with strict key checking.
public struct MappingView {
    public struct Entry {
        public var key: String
        public var keyNode: Node
        public var value: Node
    }

    public let node: Node
    public let entries: [Entry]
    let what: String
    let context: DecodingContext

    public var keys: [String] { entries.map(\.key) }

    public subscript(key: String) -> Node? {
        entries.first { $0.key == key }?.value
    }

    /// Reports every key not in `allowed`: with the hint `misplaced` gives for a key that belongs
    /// elsewhere (the same key at another indentation, say), else "did you mean" when one is close.
    public func allowOnly(_ allowed: [String], misplaced: (String) -> String? = { _ in nil }) {
        for entry in entries where !allowed.contains(entry.key) {
            context.error(
                .unknownKey,
                "unknown key '\(entry.key)' in \(what); expected one of: \(allowed.joined(separator: ", "))",
                at: entry.keyNode, help: misplaced(entry.key) ?? Suggestion.help(for: entry.key, in: allowed))
        }
    }

    /// The value of a required key; reports it missing otherwise.
    public func required(_ key: String) -> Node? {
        if let value = self[key] { return value }
        context.error(.missingKey, "missing required key '\(key)' in \(what)", at: node)
        return nil
    }

    /// The value unless it is absent or an explicit null.
    public func optional(_ key: String) -> Node? {
        guard let value = self[key] else { return nil }
        if case .scalar(let scalar, _) = value, scalar.resolved == .null { return nil }
        return value
    }
}
