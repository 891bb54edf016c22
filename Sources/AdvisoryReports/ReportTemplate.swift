import AdvisoryCore
import Foundation
import Mustache
import YAML

/// A parsed mustache template for the Markdown or HTML report: the bundled default, or an
/// organisation's own (`advisor evaluate --template FILE`).
///
/// HTML templates escape `{{name}}` for HTML; Markdown templates escape it for Markdown (the
/// `MARKDOWN` content type is switched on before the template's first line). `{{{name}}}`
/// writes a value unescaped and should not be used for text that comes from YAML.
public struct ReportTemplate: Sendable {
    /// The largest template file read (4 MiB).
    public static let maximumSize = 4 << 20

    /// `markdown` or `html`.
    public let format: ReportFormat
    /// The file the template came from, or `(default markdown template)`.
    public let name: String
    let template: MustacheTemplate

    /// Parses `text`; `name` is the file shown in errors.
    public init(format: ReportFormat, text: String, name: String) throws(TemplateError) {
        guard format.usesTemplate else {
            throw TemplateError(
                path: name, message: "--template applies to the markdown and html formats, not \(format.rawValue)")
        }
        self.format = format
        self.name = name
        let prefix = format == .markdown ? Self.markdownPrefix : ""
        if format == .markdown { MarkdownContentType.registered }
        do {
            template = try MustacheTemplate(string: prefix + text)
        } catch let error as MustacheTemplate.ParserError {
            throw TemplateError(parsing: error, text: text, path: name, linesBefore: prefix.isEmpty ? 0 : 1)
        } catch {
            throw TemplateError(path: name, message: "cannot parse the template: \(error)")
        }
    }

    /// Reads and parses the template file at `path`.
    public static func load(path: String, format: ReportFormat) throws(TemplateError) -> ReportTemplate {
        let data: Data
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            if let size = attributes[.size] as? NSNumber, size.intValue > maximumSize {
                throw TemplateError(path: path, message: "the template is larger than \(maximumSize >> 20) MiB")
            }
            if let type = attributes[.type] as? FileAttributeType, type == .typeDirectory {
                throw TemplateError(path: path, message: "the template is a folder, not a file")
            }
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch let error as TemplateError {
            throw error
        } catch {
            throw TemplateError(path: path, message: "cannot read the template: \(Self.reason(error))")
        }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let text = String(bytes: bytes, encoding: .utf8) else {
            throw TemplateError(path: path, message: "the template is not valid UTF-8")
        }
        return try ReportTemplate(format: format, text: text, name: path)
    }

    /// The bundled template of `format` (markdown or html); nil for the other formats.
    public static func standard(for format: ReportFormat) throws(TemplateError) -> ReportTemplate? {
        switch format {
        case .markdown: try standardMarkdown.get()
        case .html: try standardHTML.get()
        default: nil
        }
    }

    /// The bundled templates, parsed once.
    private static let standardMarkdown = Result { () throws(TemplateError) in
        try ReportTemplate(format: .markdown, text: DefaultTemplates.markdown, name: "(default markdown template)")
    }
    private static let standardHTML = Result { () throws(TemplateError) in
        try ReportTemplate(format: .html, text: DefaultTemplates.html, name: "(default html template)")
    }

    /// Renders one report.
    public func render(_ report: Report) -> String {
        template.render(ReportView(report))
    }

    /// Switches `{{name}}` to Markdown escaping; on a line of its own, so that it leaves no
    /// trace in the output and shifts error positions by exactly one line.
    static let markdownPrefix = "{{% CONTENT_TYPE: \(MarkdownContentType.name) }}\n"

    private static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
            let code = POSIXErrorCode(rawValue: Int32(underlying.code))
        {
            return String(cString: strerror(code.rawValue))
        }
        if nsError.domain == NSCocoaErrorDomain,
            nsError.code == NSFileReadNoSuchFileError || nsError.code == NSFileNoSuchFileError
        {
            return "no such file"
        }
        return nsError.localizedDescription
    }
}

/// A template that cannot be read or parsed: the file, the position (1-based line and
/// column) when known, and what is wrong. It prints as diagnostic PA901.
public struct TemplateError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var line: Int?
    public var column: Int?
    public var message: String
    /// The template's text, for showing the offending line with a caret.
    public var text: String?

    public init(path: String, line: Int? = nil, column: Int? = nil, message: String, text: String? = nil) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
        self.text = text
    }

    /// The error as a diagnostic positioned in the template.
    public var diagnostic: Diagnostic {
        let file = text.map { SourceFile(path: path, text: $0) } ?? SourceFile(path: path, bytes: [])
        let mark = Mark(line: line ?? 1, column: column ?? 1)
        return .error(.templateError, message, at: SourceLocation(file: file, mark: mark))
    }

    /// `path:line:column: error[PA901]: message`, then the line and a caret.
    public var description: String { DiagnosticRenderer().render(diagnostic) }

    init(parsing error: MustacheTemplate.ParserError, text: String, path: String, linesBefore: Int) {
        var line = max(1, error.context.lineNumber - linesBefore)
        var column = error.context.columnNumber
        var message: String
        let scan = TemplateTags.scan(text)
        let tags = scan?.tags
        switch error.error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect?:
            let open = tags.flatMap { TemplateTags.openSection(before: line, column, in: $0) }
            message = "this closing tag does not match the open section"
            if let open { message += " '\(open.name)' (opened at \(open.line):\(open.column))" }
        case .unfinishedName?:
            message = "a tag is not closed with '}}', or its name holds a character that names cannot have"
        case .expectedSectionEnd?:
            message = "a section is never closed: a closing tag {{/name}} is missing"
            if let open = tags.flatMap(TemplateTags.unclosedSection) {
                message = "the section '\(open.name)' is never closed: {{/\(open.name)}} is missing"
                line = open.line
                column = open.column
            }
        case .invalidSetDelimiter?:
            message = "the set-delimiter tag is malformed"
        case .transformAppliedToInheritanceSection?, .illegalTokenInsideInheritSection?, .textInsideInheritSection?:
            message = "template inheritance is used wrongly here"
        case .invalidConfigVariableSyntax?:
            message = "the pragma is malformed; write {{% CONTENT_TYPE: HTML }}"
        case .unrecognisedConfigVariable?:
            message = "unknown pragma or content type; the content types are HTML, TEXT and \(MarkdownContentType.name)"
        case nil:
            // The template ended inside a tag (the parser reports an "overflow").
            message = "\(error.error)"
            if let open = scan?.unterminated {
                message = "this tag is never closed with '}}'"
                line = open.line
                column = open.column
            }
        }
        if let source = SourceFile(path: path, text: text).line(line) { column = min(column, source.count + 1) }
        self.init(path: path, line: line, column: column, message: "cannot parse the template: " + message, text: text)
    }
}

/// A light scan of a template's section tags, to name the section an error is about. It
/// reads the default `{{ }}` delimiters only and gives up (nil) when a template changes them.
enum TemplateTags {
    struct Tag: Equatable {
        var sigil: Character?
        var name: String
        var line: Int
        var column: Int
    }

    /// The tags of `text`, and the tag left open at the end when there is one.
    static func scan(_ text: String) -> (tags: [Tag], unterminated: Tag?)? {
        var tags: [Tag] = []
        var line = 1
        var column = 1
        var index = text.startIndex
        while index < text.endIndex {
            if text[index...].hasPrefix("{{") {
                let start = (line, column)
                var cursor = text.index(index, offsetBy: 2)
                let triple = cursor < text.endIndex && text[cursor] == "{"
                if triple { cursor = text.index(after: cursor) }
                guard let close = text[cursor...].range(of: triple ? "}}}" : "}}") else {
                    return (tags, Tag(sigil: nil, name: "", line: start.0, column: start.1))
                }
                let body = text[cursor..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                let sigil = body.first.flatMap { "#^/$<!>&%=".contains($0) ? $0 : nil }
                if sigil == "=" { return nil }
                let name = (sigil == nil ? body : String(body.dropFirst())).trimmingCharacters(in: .whitespaces)
                tags.append(Tag(sigil: triple ? "{" : sigil, name: name, line: start.0, column: start.1))
                for character in text[index..<close.upperBound] {
                    if character == "\n" || character == "\r\n" {
                        line += 1
                        column = 1
                    } else {
                        column += 1
                    }
                }
                index = close.upperBound
                continue
            }
            if text[index] == "\n" || text[index] == "\r\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index = text.index(after: index)
        }
        return (tags, nil)
    }

    /// The innermost section still open at the end of the template.
    static func unclosedSection(_ tags: [Tag]) -> Tag? {
        openStack(tags).last
    }

    /// The innermost section open just before position `line:column`.
    static func openSection(before line: Int, _ column: Int, in tags: [Tag]) -> Tag? {
        var before = tags.filter { ($0.line, $0.column) < (line, column) }
        if before.last?.sigil == "/" { before.removeLast() }
        return openStack(before).last
    }

    private static func openStack(_ tags: [Tag]) -> [Tag] {
        var stack: [Tag] = []
        for tag in tags {
            switch tag.sigil {
            case "#", "^", "$", "<": stack.append(tag)
            case "/":
                if let index = stack.lastIndex(where: { $0.name == tag.name }) {
                    stack.removeSubrange(index...)
                } else {
                    return stack
                }
            default: break
            }
        }
        return stack
    }
}
