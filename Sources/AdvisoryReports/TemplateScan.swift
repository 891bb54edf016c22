/// One linear, non-recursive pass over a mustache template's tags, following set-delimiter tags
/// as the engine does.
///
/// The engine (swift-mustache) parses a section by calling itself, and a chain of transforms
/// (`{{a(b(c(x)))}}`) the same way while copying the chain at every level, so a deep enough
/// template overflows the stack or exhausts memory before the engine reports anything. This
/// scan measures the nesting first, so that ``ReportTemplate`` can refuse such a template
/// with a position. It also names the section a parse error is about, and measures the text
/// each section holds for the render budget (``TemplateBudget``).
struct TemplateScan {
    struct Tag: Equatable {
        /// `#`, `^`, `/`, `$`, `<`, `!`, `>`, `&`, `%`, `=`, `{` (triple mustache), or nil for a variable.
        var sigil: Character?
        var name: String
        var line: Int
        var column: Int
    }

    /// What a section writes each time it is entered, not counting its nested sections: its
    /// text in bytes and the number of `{{.}}` tags in it. Kept per name as the largest over
    /// the sections of that name.
    struct SectionCost: Equatable {
        var textBytes = 0
        var dots = 0

        mutating func merge(_ other: SectionCost) {
            textBytes = max(textBytes, other.textBytes)
            dots = max(dots, other.dots)
        }
    }

    /// The longest delimiter a set-delimiter tag may choose: the engine compares a whole
    /// delimiter at every candidate position, so a long one makes parsing quadratic.
    static let maximumDelimiterLength = 8

    private(set) var tags: [Tag] = []
    /// The tag the template ends inside of, when it does.
    private(set) var unterminated: Tag?
    /// The deepest nesting of sections.
    private(set) var depth = 0
    /// The first section opened deeper than the limit given to the scan.
    private(set) var tooDeep: Tag?
    /// The first tag with more transforms than the limit given to the scan.
    private(set) var tooManyTransforms: Tag?
    /// The first set-delimiter tag choosing a delimiter longer than ``maximumDelimiterLength``.
    private(set) var longDelimiter: Tag?
    /// Per section name (the last component, transforms stripped): its ``SectionCost``.
    private(set) var sectionCosts: [String: SectionCost] = [:]
    /// What the template writes outside every section.
    private(set) var topLevel = SectionCost()
    /// The places where the engine's parser compares a delimiter: two per tag, and one per
    /// character of text that starts the opening delimiter. Each comparison measures the rest
    /// of the template (`String.distance`), so parsing takes this many times its length.
    private(set) var delimiterChecks = 0

    private struct Frame {
        var key: String
        var cost = SectionCost()
    }

    /// Scans `text`, noting the first section deeper than `depthLimit` and the first tag with
    /// more than `transformLimit` transforms.
    init(_ text: String, depthLimit: Int = .max, transformLimit: Int = .max) {
        let bytes = Array(text.utf8)
        var open: [UInt8] = Array("{{".utf8)
        var close: [UInt8] = Array("}}".utf8)
        var cursor = Cursor()
        var stack: [Frame] = []
        var index = 0
        func addText(from start: Int, to end: Int) {
            let count = end - start
            if stack.isEmpty { topLevel.textBytes += count } else { stack[stack.count - 1].cost.textBytes += count }
            if let first = open.first {
                for byte in bytes[start..<end] where byte == first { delimiterChecks += 1 }
            }
        }
        while index < bytes.count {
            guard let start = Self.find(open, in: bytes, from: index) else {
                addText(from: index, to: bytes.count)
                break
            }
            addText(from: index, to: start)
            delimiterChecks += 2
            cursor.advance(over: bytes, from: index, to: start)
            var bodyStart = start + open.count
            var sigil: Character?
            if bodyStart < bytes.count, let mark = Self.sigil(bytes[bodyStart]) {
                sigil = mark
                bodyStart += 1
            }
            let terminator = sigil == "=" ? [UInt8(ascii: "=")] + close : close
            guard let bodyEnd = Self.find(terminator, in: bytes, from: bodyStart) else {
                unterminated = Tag(sigil: sigil, name: "", line: cursor.line, column: cursor.column)
                break
            }
            var end = bodyEnd + terminator.count
            if sigil == "{", end < bytes.count, bytes[end] == UInt8(ascii: "}") { end += 1 }
            let name = Self.trimmed(bytes[bodyStart..<bodyEnd])
            let tag = Tag(sigil: sigil, name: name, line: cursor.line, column: cursor.column)
            tags.append(tag)
            let transforms = name.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "(") ? 1 : 0) }
            if transforms > transformLimit, tooManyTransforms == nil { tooManyTransforms = tag }
            switch sigil {
            case "#", "^", "$", "<":
                stack.append(Frame(key: Self.key(name)))
                depth = max(depth, stack.count)
                if stack.count > depthLimit, tooDeep == nil { tooDeep = tag }
            case "/":
                if let frame = stack.popLast() { sectionCosts[frame.key, default: SectionCost()].merge(frame.cost) }
            case "=":
                let parts = name.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
                guard parts.count == 2 else { break }
                if parts.contains(where: { $0.utf8.count > Self.maximumDelimiterLength }), longDelimiter == nil {
                    longDelimiter = tag
                }
                open = Array(parts[0].utf8)
                close = Array(parts[1].utf8)
            case nil, "&", "{":
                if name == "." {
                    if stack.isEmpty { topLevel.dots += 1 } else { stack[stack.count - 1].cost.dots += 1 }
                }
            default: break
            }
            cursor.advance(over: bytes, from: start, to: end)
            index = end
            if longDelimiter != nil { break }
        }
        for frame in stack { sectionCosts[frame.key, default: SectionCost()].merge(frame.cost) }
    }

    /// The innermost section still open at the end of the template.
    var unclosedSection: Tag? { Self.openStack(tags).last }

    /// The innermost section open just before position `line:column`.
    func openSection(before line: Int, _ column: Int) -> Tag? {
        var before = tags.prefix { ($0.line, $0.column) < (line, column) }
        if before.last?.sigil == "/" { before.removeLast() }
        return Self.openStack(before).last
    }

    /// The name a section's list or value is looked up by: the last dotted component of the
    /// innermost argument of its transforms (`reversed(a.rules)` → `rules`).
    static func key(_ name: String) -> String {
        var inner = Substring(name)
        if let parenthesis = inner.lastIndex(of: "(") { inner = inner[inner.index(after: parenthesis)...] }
        if let end = inner.firstIndex(of: ")") { inner = inner[..<end] }
        if inner == "." { return "." }
        return String(inner.split(separator: ".").last ?? "")
    }

    private static func openStack<Tags: Sequence<Tag>>(_ tags: Tags) -> [Tag] {
        var stack: [Tag] = []
        for tag in tags {
            switch tag.sigil {
            case "#", "^", "$", "<": stack.append(tag)
            case "/":
                guard let index = stack.lastIndex(where: { $0.name == tag.name }) else { return stack }
                stack.removeSubrange(index...)
            default: break
            }
        }
        return stack
    }

    private static func sigil(_ byte: UInt8) -> Character? {
        let sigils: [UInt8] = Array("#^/$<!>&%={".utf8)
        return sigils.contains(byte) ? Character(Unicode.Scalar(byte)) : nil
    }

    /// The first position at or after `start` where `needle` occurs.
    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, bytes.count >= needle.count else { return nil }
        var index = start
        let last = bytes.count - needle.count
        while index <= last {
            if bytes[index] == first {
                var matched = 1
                while matched < needle.count, bytes[index + matched] == needle[matched] { matched += 1 }
                if matched == needle.count { return index }
            }
            index += 1
        }
        return nil
    }

    private static func trimmed(_ bytes: ArraySlice<UInt8>) -> String {
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        var slice = bytes
        while let first = slice.first, isSpace(first) { slice = slice.dropFirst() }
        while let last = slice.last, isSpace(last) { slice = slice.dropLast() }
        return String(decoding: slice, as: UTF8.self)
    }

    /// A 1-based line and column (in code points), moved forward over the bytes it passes.
    private struct Cursor {
        var line = 1
        var column = 1

        mutating func advance(over bytes: [UInt8], from start: Int, to end: Int) {
            var index = start
            while index < end {
                let byte = bytes[index]
                if byte == 0x0A {
                    line += 1
                    column = 1
                } else if byte & 0xC0 != 0x80, byte != 0x0D || index + 1 >= bytes.count || bytes[index + 1] != 0x0A {
                    column += 1
                }
                index += 1
            }
        }
    }
}
