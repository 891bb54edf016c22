/// The tree builder's value stack: finished nodes waiting for their collection to end.
///
/// It hands its top elements over by moving them into the collection's array, so building a
/// tree copies no node and adds no reference counting beyond what creating the node costs.
final class NodeStack {
    private var base: UnsafeMutablePointer<Node>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int = 1024) {
        self.capacity = capacity
        base = .allocate(capacity: capacity)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    func push(_ node: consuming Node) {
        if count == capacity { grow() }
        (base + count).initialize(to: node)
        count += 1
    }

    /// The node at `index` (0 is the bottom).
    subscript(index: Int) -> Node { base[index] }

    /// Whether the node at `index` is a scalar whose text is `text`; its mark when it is.
    func markOfScalar(at index: Int, withText text: String) -> Mark? {
        if case .scalar(let scalar, let mark) = base[index], scalar.text == text { return mark }
        return nil
    }

    /// Removes the nodes from `start` up and returns them as an array, in order.
    func popArray(from start: Int) -> [Node] {
        // `reserveCapacity` + `append` stay specialized for `Node`; the unsafe-uninitialized
        // initializer looks the array type up at run time on every call.
        var items: [Node] = []
        items.reserveCapacity(count - start)
        for index in start..<count { items.append((base + index).move()) }
        count = start
        return items
    }

    /// Removes the nodes from `start` up (alternating key, value) and returns them as pairs; a
    /// dangling key is dropped.
    func popPairs(from start: Int) -> [Node.Pair] {
        var pairs: [Node.Pair] = []
        pairs.reserveCapacity((count - start) / 2)
        var index = start
        while index + 1 < count {
            pairs.append(Node.Pair(key: (base + index).move(), value: (base + index + 1).move()))
            index += 2
        }
        (base + index).deinitialize(count: count - index)
        count = start
        return pairs
    }

    private func grow() {
        let larger = UnsafeMutablePointer<Node>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: base, count: count)
        base.deallocate()
        base = larger
        capacity *= 2
    }
}
