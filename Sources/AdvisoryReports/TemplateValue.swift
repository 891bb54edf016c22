import Mustache

/// The report view as the template engine sees it, every lookup and list item charged to a
/// ``TemplateBudget``.
///
/// The engine looks a name up by reflecting the whole object at every `{{name}}` (0.2 ms
/// each on the report view in a debug build); a node reflects its value once, on its first
/// lookup, and keeps the table. Strings, numbers and booleans are handed over as they are;
/// a list becomes a ``TemplateList``, any other value a node. `{{.}}` on a node or a list
/// writes nothing (the engine would write the Swift value's debug description).
final class TemplateNode: MustacheParent, MustacheCustomRenderable {
    private let value: Any
    private let budget: TemplateBudget
    private var children: [String: Any]?

    init(_ value: Any, budget: TemplateBudget) {
        self.value = value
        self.budget = budget
    }

    func child(named name: String) -> Any? {
        let table = children ?? makeChildren()
        let child = table[name]
        // A miss is a step too: the engine asks every object up the context stack in turn.
        var cost = 0
        if let child, !(child is TemplateList) {
            cost = budget.entryCost(name, value: child) + ((child as? String)?.utf8.count ?? 0)
        }
        return budget.charge(bytes: cost) ? child : nil
    }

    var renderText: String { "" }
    var isNull: Bool { false }

    private func makeChildren() -> [String: Any] {
        var table: [String: Any] = [:]
        if let dictionary = value as? [String: Any] {
            for (key, child) in dictionary {
                table[key] = Self.wrap(child, name: key, budget: budget, isStored: true)
            }
        } else {
            for case (let label?, let child) in Mirror(reflecting: value).children {
                table[label] = Self.wrap(child, name: label, budget: budget, isStored: true)
            }
        }
        children = table
        return table
    }

    /// `value` as the engine should see it; nil for an absent optional. A stored list (a
    /// field of the view, reached once) widens the step limit by its size; a list made by a
    /// transform does not.
    static func wrap(_ value: Any, name: String, budget: TemplateBudget, isStored: Bool) -> Any? {
        switch value {
        case is any StringProtocol, is Int, is Bool, is Double: return value
        case let dictionary as [String: Any]: return TemplateNode(dictionary, budget: budget)
        case let sequence as any Sequence:
            let list = TemplateList(value, items: items(of: sequence), name: name, budget: budget)
            if isStored { budget.grant(items: list.count) }
            return list
        default: break
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional?:
            return mirror.children.first.flatMap { wrap($0.value, name: name, budget: budget, isStored: isStored) }
        case .struct?, .class?: return TemplateNode(value, budget: budget)
        default: return value
        }
    }

    private static func items<Items: Sequence>(of sequence: Items) -> [Any] { sequence.map { $0 } }
}

/// A list of the report view: each item is charged to the budget as the engine enters it, and
/// the list ends early once the budget is spent. Transforms (`first`, `last`, `reversed`,
/// `count`, `empty`, `sorted`) are the engine's own, applied to the original list.
struct TemplateList: MustacheSequence, MustacheTransformable, MustacheCustomRenderable {
    fileprivate final class Storage {
        let original: Any
        let items: [Any]
        let name: String
        let budget: TemplateBudget
        /// The items as the engine sees them, made on first use.
        var wrapped: [Any?]

        init(original: Any, items: [Any], name: String, budget: TemplateBudget) {
            self.original = original
            self.items = items
            self.name = name
            self.budget = budget
            wrapped = Array(repeating: nil, count: items.count)
        }

        func item(_ index: Int) -> Any {
            if let item = wrapped[index] { return item }
            let item = TemplateNode.wrap(items[index], name: name, budget: budget, isStored: true) ?? ""
            wrapped[index] = item
            return item
        }
    }

    struct Iterator: IteratorProtocol {
        fileprivate let storage: Storage
        fileprivate var index = 0

        mutating func next() -> Any? {
            guard index < storage.items.count else { return nil }
            let item = storage.item(index)
            guard storage.budget.charge(bytes: storage.budget.entryCost(storage.name, value: item)) else { return nil }
            index += 1
            return item
        }
    }

    private let storage: Storage

    init(_ original: Any, items: [Any], name: String, budget: TemplateBudget) {
        storage = Storage(original: original, items: items, name: name, budget: budget)
    }

    var count: Int { storage.items.count }

    func makeIterator() -> Iterator { Iterator(storage: storage) }

    func transform(_ name: String) -> Any? {
        guard let result = (storage.original as? MustacheTransformable)?.transform(name) else { return nil }
        return TemplateNode.wrap(result, name: storage.name, budget: storage.budget, isStored: false)
    }

    var renderText: String { "" }
    var isNull: Bool { false }
}
