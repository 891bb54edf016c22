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
///
/// A template is untrusted input: it is held to ``TemplateLimits`` (size and nesting before
/// it is parsed, output and work while it renders), each with its own diagnostic.
public struct ReportTemplate: Sendable {
    /// `markdown` or `html`.
    public let format: ReportFormat
    /// The file the template came from, or `(default markdown template)`.
    public let name: String
    /// The bounds the template is held to.
    public let limits: TemplateLimits
    let template: MustacheTemplate
    /// What each section writes when entered, and the text outside sections (for the budget).
    let sectionCosts: [String: TemplateScan.SectionCost]
    let topLevelBytes: Int

    /// Parses `text`; `name` is the file shown in errors.
    public init(format: ReportFormat, text: String, name: String, limits: TemplateLimits = .standard)
        throws(TemplateError)
    {
        guard format.usesTemplate else {
            throw TemplateError(
                path: name, message: "--template applies to the markdown and html formats, not \(format.rawValue)")
        }
        guard text.utf8.count <= limits.maximumTemplateBytes else {
            throw TemplateError(
                .templateTooLarge, path: name,
                message:
                    "the template is \(text.utf8.count) bytes, over the limit of \(Self.size(limits.maximumTemplateBytes))"
            )
        }
        self.format = format
        self.name = name
        self.limits = limits
        // The engine parses nested sections and transforms by recursion: their depth is checked first.
        let scan = TemplateScan(text, depthLimit: limits.maximumDepth, transformLimit: limits.maximumTransforms)
        if let tag = scan.tooDeep {
            throw TemplateError(
                .templateTooDeep, path: name, line: tag.line, column: tag.column,
                message: "sections are nested more than \(limits.maximumDepth) levels deep here", text: text)
        }
        if let tag = scan.tooManyTransforms {
            throw TemplateError(
                .templateTooDeep, path: name, line: tag.line, column: tag.column,
                message: "this tag chains more than \(limits.maximumTransforms) transforms", text: text)
        }
        if let tag = scan.longDelimiter {
            throw TemplateError(
                path: name, line: tag.line, column: tag.column,
                message:
                    "cannot parse the template: a delimiter may be at most \(TemplateScan.maximumDelimiterLength) characters long",
                text: text)
        }
        let (work, overflow) = scan.delimiterChecks.multipliedReportingOverflow(by: text.utf8.count)
        if overflow || work > limits.maximumParseWork {
            throw TemplateError(
                .templateTooLarge, path: name,
                message:
                    "the template is too large to parse: \(scan.delimiterChecks) delimiter checks (two per tag, one per '{' of text) × \(text.utf8.count) bytes is over the limit of \(limits.maximumParseWork)"
            )
        }
        sectionCosts = scan.sectionCosts
        topLevelBytes = scan.topLevel.textBytes
        let prefix = format == .markdown ? Self.markdownPrefix : ""
        if format == .markdown { MarkdownContentType.registered }
        do {
            template = try MustacheTemplate(string: prefix + text)
        } catch let error as MustacheTemplate.ParserError {
            throw TemplateError(parsing: error, text: text, scan: scan, path: name, linesBefore: prefix.isEmpty ? 0 : 1)
        } catch {
            throw TemplateError(path: name, message: "cannot parse the template: \(error)")
        }
    }

    /// Reads and parses the template file at `path`.
    public static func load(path: String, format: ReportFormat, limits: TemplateLimits = .standard)
        throws(TemplateError) -> ReportTemplate
    {
        let data: Data
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            if let size = attributes[.size] as? NSNumber, size.intValue > limits.maximumTemplateBytes {
                throw TemplateError(
                    .templateTooLarge, path: path,
                    message:
                        "the template is \(size.intValue) bytes, over the limit of \(Self.size(limits.maximumTemplateBytes))"
                )
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
        return try ReportTemplate(format: format, text: text, name: path, limits: limits)
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

    /// Renders one report, within the output and work limits.
    public func render(_ report: Report) throws(TemplateError) -> String {
        let budget = TemplateBudget(limits: limits, sectionCosts: sectionCosts, topLevelBytes: topLevelBytes)
        let output = template.render(TemplateNode(ReportView(report), budget: budget))
        switch budget.overrun {
        case .steps(let limit)?:
            throw TemplateError(
                .templateTooMuchWork, path: name,
                message:
                    "rendering this report takes more than \(limit) steps (lookups and list items): the template repeats its sections too often, as a list nested in itself does"
            )
        case .output?, nil:
            let size = budget.overrun == nil ? output.utf8.count : Int.max
            guard size <= limits.maximumOutputBytes else {
                throw TemplateError(
                    .reportTooLarge, path: name,
                    message: "the report would be larger than \(Self.size(limits.maximumOutputBytes))")
            }
            return output
        }
    }

    /// "1 MiB", "512 KiB", "100 bytes".
    static func size(_ bytes: Int) -> String {
        if bytes >= 1 << 20, bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
        if bytes >= 1 << 10, bytes % (1 << 10) == 0 { return "\(bytes >> 10) KiB" }
        return "\(bytes) bytes"
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
    /// PA901 (cannot be read or parsed), PA902 (too large), PA903 (nested too deeply),
    /// PA904 (the report would be too large) or PA905 (too much work).
    public var code: DiagnosticCode
    public var path: String
    public var line: Int?
    public var column: Int?
    public var message: String
    /// The template's text, for showing the offending line with a caret.
    public var text: String?

    public init(
        _ code: DiagnosticCode = .templateError, path: String, line: Int? = nil, column: Int? = nil, message: String,
        text: String? = nil
    ) {
        self.code = code
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
        return .error(code, message, at: SourceLocation(file: file, mark: mark))
    }

    /// `path:line:column: error[PA9xx]: message`, then the line and a caret.
    public var description: String { DiagnosticRenderer().render(diagnostic) }

    init(parsing error: MustacheTemplate.ParserError, text: String, scan: TemplateScan, path: String, linesBefore: Int)
    {
        var line = max(1, error.context.lineNumber - linesBefore)
        var column = error.context.columnNumber
        var message: String
        switch error.error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect?:
            let open = scan.openSection(before: line, column)
            message = "this closing tag does not match the open section"
            if let open { message += " '\(open.name)' (opened at \(open.line):\(open.column))" }
        case .unfinishedName?:
            message = "a tag is not closed with '}}', or its name holds a character that names cannot have"
        case .expectedSectionEnd?:
            message = "a section is never closed: a closing tag {{/name}} is missing"
            if let open = scan.unclosedSection {
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
            if let open = scan.unterminated {
                message = "this tag is never closed with '}}'"
                line = open.line
                column = open.column
            }
        }
        if let source = SourceFile(path: path, text: text).line(line) { column = min(column, source.count + 1) }
        self.init(path: path, line: line, column: column, message: "cannot parse the template: " + message, text: text)
    }
}
