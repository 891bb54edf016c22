@testable import YAML

/// Parses `text` as a file named `test.yaml`.
func parse(_ text: String, limits: ParserLimits = .standard) throws(YAMLError) -> Node {
    try Parser.parse(SourceFile(path: "test.yaml", text: text), limits: limits)
}

/// Parses raw bytes as a file named `test.yaml`.
func parse(bytes: [UInt8], limits: ParserLimits = .standard) throws(YAMLError) -> Node {
    try Parser.parse(SourceFile(path: "test.yaml", bytes: bytes), limits: limits)
}

/// The error parsing `text` throws, or nil when it parses.
func parseError(_ text: String, limits: ParserLimits = .standard) -> YAMLError? {
    do {
        _ = try parse(text, limits: limits)
        return nil
    } catch {
        return error
    }
}

/// The error parsing `bytes` throws, or nil when it parses.
func parseError(bytes: [UInt8], limits: ParserLimits = .standard) -> YAMLError? {
    do {
        _ = try parse(bytes: bytes, limits: limits)
        return nil
    } catch {
        return error
    }
}

extension Node {
    /// The value of the first pair whose key is the scalar `key`.
    subscript(key: String) -> Node? {
        guard case .mapping(let pairs, _) = self else { return nil }
        return pairs.first { $0.key.scalar?.text == key }?.value
    }

    /// The item at `index` of a sequence.
    subscript(index: Int) -> Node? {
        guard case .sequence(let items, _) = self, items.indices.contains(index) else { return nil }
        return items[index]
    }

    /// Every node of the tree (keys included), without recursion.
    var allNodes: [Node] {
        var result: [Node] = []
        var pending: [Node] = [self]
        while let node = pending.popLast() {
            result.append(node)
            switch node {
            case .scalar: break
            case .sequence(let items, _): pending += items
            case .mapping(let pairs, _): pending += pairs.flatMap { [$0.key, $0.value] }
            }
        }
        return result
    }
}
