public import YAML

/// Decoding state for one file: turns nodes into typed values and collects diagnostics
/// positioned in that file.
public final class DecodingContext {
    public let file: SourceFile
    public private(set) var diagnostics: [Diagnostic] = []

    public init(file: SourceFile) { self.file = file }

    public func location(_ node: Node) -> SourceLocation { SourceLocation(file: file, mark: node.mark) }
    public func location(_ mark: Mark) -> SourceLocation { SourceLocation(file: file, mark: mark) }

    public func report(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    public func error(_ code: DiagnosticCode, _ message: String, at node: Node, help: String? = nil) {
        report(.error(code, message, at: location(node), help: help))
    }

    public func warning(_ code: DiagnosticCode, _ message: String, at node: Node, help: String? = nil) {
        report(.warning(code, message, at: location(node), help: help))
    }

    /// Adds a note to the diagnostic at `index` in `diagnostics` (the first one reported
    /// since the count was `index`), when there is one.
    public func noteOnDiagnostic(at index: Int, _ message: String) {
        guard diagnostics.indices.contains(index) else { return }
        diagnostics[index].notes.append(Diagnostic.Note(message))
    }

    /// Adds a note to the last diagnostic reported, when there is one.
    public func noteOnLastDiagnostic(_ message: String) {
        noteOnDiagnostic(at: diagnostics.count - 1, message)
    }

    // MARK: Shapes

    /// The node as a mapping with string keys; reports an error naming `what` otherwise.
    public func mapping(_ node: Node, _ what: String) -> MappingView? {
        guard case .mapping(let pairs, _) = node else {
            error(.wrongNodeType, "expected \(what) to be a mapping, found \(node.kindDescription)", at: node)
            return nil
        }
        var entries: [MappingView.Entry] = []
        for pair in pairs {
            guard case .scalar(let key, _) = pair.key else {
                error(
                    .wrongNodeType, "expected a plain key in \(what), found \(pair.key.kindDescription)", at: pair.key)
                continue
            }
            entries.append(MappingView.Entry(key: key.text, keyNode: pair.key, value: pair.value))
        }
        return MappingView(node: node, entries: entries, what: what, context: self)
    }

    /// The node as a list; reports an error otherwise.
    public func sequence(_ node: Node, _ what: String) -> [Node]? {
        guard case .sequence(let items, _) = node else {
            error(.wrongNodeType, "expected \(what) to be a list, found \(node.kindDescription)", at: node)
            return nil
        }
        return items
    }

    /// A list, or a single item accepted as a list of one.
    public func list(_ node: Node) -> [Node] {
        if case .sequence(let items, _) = node { return items }
        return [node]
    }

    // MARK: Scalars

    /// A string scalar (any non-null scalar's text is accepted for free text such as titles).
    public func text(_ node: Node, _ what: String) -> String? {
        guard case .scalar(let scalar, _) = node, scalar.resolved != .null else {
            error(.wrongNodeType, "expected \(what) to be text, found \(node.kindDescription)", at: node)
            return nil
        }
        return scalar.text
    }

    /// A string scalar strictly: numbers and booleans are refused.
    public func string(_ node: Node, _ what: String) -> String? {
        guard case .scalar(let scalar, _) = node, case .string(let value) = scalar.resolved else {
            // Quoting helps a number or boolean that should be text, not a null or a collection.
            let quotable = node.scalar.map { $0.resolved != .null } ?? false
            error(
                .wrongNodeType, "expected \(what) to be a string, found \(node.kindDescription)", at: node,
                help: quotable ? "quote the value to make it a string" : nil)
            return nil
        }
        return value
    }

    /// An identifier: letters, digits and `_` (plus `-` and `.` when `allowPunctuation`).
    public func identifier(_ node: Node, _ what: String, allowPunctuation: Bool = false) -> String? {
        guard let value = string(node, what) else { return nil }
        guard Identifier.isValid(value, allowPunctuation: allowPunctuation) else {
            let allowed =
                allowPunctuation
                ? "letters, digits, '_', '-' and '.'" : "letters, digits and '_', starting with a letter or '_'"
            error(.invalidIdentifier, "'\(value)' is not a valid \(what); use \(allowed)", at: node)
            return nil
        }
        return value
    }

    /// A finite number (int or float).
    public func number(_ node: Node, _ what: String) -> Double? {
        guard case .scalar(let scalar, _) = node, let value = scalar.resolved.number else {
            error(.wrongNodeType, "expected \(what) to be a number, found \(node.kindDescription)", at: node)
            return nil
        }
        guard value.isFinite else {
            error(.nonFiniteNumber, "expected \(what) to be a finite number, found \(scalar.text)", at: node)
            return nil
        }
        return value
    }

    /// An integer.
    public func integer(_ node: Node, _ what: String) -> Int? {
        guard case .scalar(let scalar, _) = node, case .int(let value) = scalar.resolved else {
            error(.wrongNodeType, "expected \(what) to be an integer, found \(node.kindDescription)", at: node)
            return nil
        }
        return value
    }

    /// `true` or `false`.
    public func bool(_ node: Node, _ what: String) -> Bool? {
        guard case .scalar(let scalar, _) = node, case .bool(let value) = scalar.resolved else {
            let word = node.scalar.map { $0.text.lowercased() } ?? ""
            error(
                .wrongNodeType, "expected \(what) to be true or false, found \(node.kindDescription)", at: node,
                help: ["yes", "no", "on", "off", "y", "n"].contains(word)
                    ? "YAML 1.2 reads only true and false as booleans; write true or false" : nil)
            return nil
        }
        return value
    }

    /// A string that must be one of `choices`, with a suggestion otherwise.
    public func choice(_ node: Node, _ what: String, _ choices: [String]) -> String? {
        guard let value = string(node, what) else { return nil }
        guard choices.contains(value) else {
            error(
                .invalidValue, "'\(value)' is not a valid \(what); expected one of: \(choices.joined(separator: ", "))",
                at: node, help: Suggestion.help(for: value, in: choices))
            return nil
        }
        return value
    }

    /// A list of identifiers, each with its position.
    public func identifierList(_ node: Node, _ what: String) -> [Located<String>] {
        list(node).compactMap { item in
            identifier(item, what, allowPunctuation: true).map { Located($0, at: location(item)) }
        }
    }
}

/// Rules for ids.
public enum Identifier {
    public static func isValid(_ text: String, allowPunctuation: Bool) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        let isLetter: (Unicode.Scalar) -> Bool = { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || $0 == "_" }
        let isDigit: (Unicode.Scalar) -> Bool = { ("0"..."9").contains($0) }
        if allowPunctuation {
            guard isLetter(first) || isDigit(first) else { return false }
            return text.unicodeScalars.allSatisfy { isLetter($0) || isDigit($0) || $0 == "-" || $0 == "." }
        }
        guard isLetter(first) else { return false }
        return text.unicodeScalars.allSatisfy { isLetter($0) || isDigit($0) }
    }
}
