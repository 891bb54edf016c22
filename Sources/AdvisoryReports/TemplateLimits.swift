/// The bounds a report template is held to: a template given with `--template` is untrusted
/// input, and a mustache template can ask for work and output far beyond its own size (a
/// section nested in itself repeats a whole list for each of its items). Each bound has its
/// own diagnostic, documented in docs/diagnostics.md and docs/reports.md.
public struct TemplateLimits: Sendable {
    /// The largest template, in bytes (PA902).
    public var maximumTemplateBytes: Int
    /// The most parsing work, in bytes scanned (PA902). The template engine's parser measures
    /// the rest of the template at each tag and at each `{` of its text, so its work is about
    /// their number times the template's length.
    public var maximumParseWork: Int
    /// The deepest nesting of sections (PA903).
    public var maximumDepth: Int
    /// The most transforms one tag may chain, as in `{{reversed(sorted(rules))}}` (PA903).
    public var maximumTransforms: Int
    /// The largest rendered report, in bytes (PA904).
    public var maximumOutputBytes: Int
    /// The render steps (a name looked up, a list item entered) any report may take (PA905)...
    public var baseSteps: Int
    /// ...plus this many for each item of the report's lists that the template reaches, so
    /// that a large report can be rendered in full while work stays linear in its size.
    public var stepsPerItem: Int

    public init(
        maximumTemplateBytes: Int, maximumParseWork: Int, maximumDepth: Int, maximumTransforms: Int,
        maximumOutputBytes: Int,
        baseSteps: Int, stepsPerItem: Int
    ) {
        self.maximumTemplateBytes = maximumTemplateBytes
        self.maximumParseWork = maximumParseWork
        self.maximumDepth = maximumDepth
        self.maximumTransforms = maximumTransforms
        self.maximumOutputBytes = maximumOutputBytes
        self.baseSteps = baseSteps
        self.stepsPerItem = stepsPerItem
    }

    /// The limits of `advisor evaluate`: 1 MiB of template; 500,000,000 bytes of parsing work
    /// (a tag counts twice, a `{` of text once: about 7,600 in a 64 KiB template, 470 in a
    /// 1 MiB one); 32 levels of sections; 4 transforms per tag; 64 MiB of report; 100,000 steps
    /// plus 64 per item (the default templates take about 5 per item).
    public static let standard = TemplateLimits(
        maximumTemplateBytes: 1 << 20, maximumParseWork: 500_000_000, maximumDepth: 32, maximumTransforms: 4,
        maximumOutputBytes: 64 << 20,
        baseSteps: 100_000, stepsPerItem: 64)
}
