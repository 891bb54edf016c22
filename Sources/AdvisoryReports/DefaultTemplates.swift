// Generated from Templates/report.md.mustache and Templates/report.html.mustache: edit
// those files, then run `RECORD_GOLDEN=1 swift test --filter DefaultTemplateTests` to
// regenerate this one. A test fails while the two differ.

/// The bundled report templates, compiled in so that the `advisor` binary works wherever
/// it is copied (a resource bundle must sit beside the binary).
enum DefaultTemplates {
    /// Templates/report.md.mustache
    static let markdown = #"""
        {{! The default Markdown report (GitHub-flavoured). Variables are escaped for Markdown. }}
        # {{reportTitle}} ({{country.code}})

        Assessment year {{country.year}} · report date {{provenance.date}} · {{provenance.rulesetTitle}} {{provenance.rulesetVersion}}

        ## Summary

        {{summary}}

        Data: {{data.indicatorsProvided}} of {{data.indicatorsInRuleset}} indicators and {{data.instrumentStatusesProvided}} of {{data.instrumentsInRuleset}} instrument statuses provided; rules: {{data.rulesFired}} fired, {{data.rulesNotFired}} not fired, {{data.rulesUnknown}} undecided.

        ## Action plan

        {{#hasActionPlan}}
        | # | Strategy | Score | Answers |
        | --: | --- | --: | --- |
        {{#actionStrategies}}
        | {{number}} | {{label}} ({{id}}) | {{weight}} | {{threatsText}} |
        {{/actionStrategies}}
        {{#hasActionInstruments}}

        | # | Treaty to sign, join or accept | Relevance | Answers |
        | --: | --- | --: | --- |
        {{#actionInstruments}}
        | {{number}} | **{{label}}** ({{id}}){{#requires}}, after joining {{.}}{{/requires}} | {{weight}} | {{threatsText}} |
        {{/actionInstruments}}
        {{/hasActionInstruments}}
        {{/hasActionPlan}}
        {{^hasActionPlan}}
        Nothing to act on: no rule fired.
        {{/hasActionPlan}}

        ## Threats ({{threatCount}})

        {{#hasThreats}}
        | # | Threat | Level | Score | Lines of evidence |
        | --: | --- | --- | --: | --: |
        {{#threats}}
        | {{rank}} | {{title}} ({{id}}) | **{{levelLabel}}** | {{score}} | {{evidenceCount}} |
        {{/threats}}

        Score: the noisy-OR of the independent lines of evidence, each the strongest fired rule of its group (0 to 1). Levels: {{levelsText}}.

        {{#threats}}
        ### {{rank}}. {{title}}

        {{evidenceText}}

        {{#reasons}}
        - {{rule}}: {{text}}
        {{/reasons}}
        {{#hasHiddenLines}}
        - {{hiddenLines}} weaker line(s) of evidence: see the annex.
        {{/hasHiddenLines}}

        {{/threats}}
        {{/hasThreats}}
        {{^hasThreats}}
        No threat is raised on the data provided.

        {{/hasThreats}}
        ## Recommended strategies ({{strategyCount}})

        {{#hasStrategies}}
        Ranked by score across all priorities, and grouped by strategic priority{{#hasMoreStrategies}}; the strongest are here, the others in the annex{{/hasMoreStrategies}}.

        {{#topPriorities}}
        ### {{title}}

        | Rank | Strategy | Score | Rules |
        | --: | --- | --: | --- |
        {{#strategies}}
        | {{rank}} | {{title}} ({{id}}) | {{score}} | {{rulesText}} |
        {{/strategies}}

        {{#strategies}}
        {{#hasRationale}}
        - **{{rank}}. {{title}}**
        {{#rationale}}
          - {{rule}}: {{text}}
        {{/rationale}}
        {{/hasRationale}}
        {{/strategies}}

        {{/topPriorities}}
        {{/hasStrategies}}
        {{^hasStrategies}}
        No strategy is recommended on the data provided.

        {{/hasStrategies}}
        ## International instruments ({{instrumentCount}})

        {{#hasInstruments}}
        Most relevant first{{#hasMoreInstruments}}; the others are in the annex{{/hasMoreInstruments}}.

        | Instrument | Kind | Status | Recommended action | Relevance | Basis |
        | --- | --- | --- | --- | --: | --- |
        {{#topInstruments}}
        | {{name}} ({{id}}){{#inForceLabel}}, {{.}}{{/inForceLabel}} | {{kind}} | {{statusLabel}} | **{{actionLabel}}**{{#requires}} (after {{.}}){{/requires}}{{#eligibilityUnknown}} (eligibility unknown){{/eligibilityUnknown}} | {{relevance}} | {{basis}} |
        {{/topInstruments}}
        {{/hasInstruments}}
        {{^hasInstruments}}
        No instrument is relevant on the data provided.
        {{/hasInstruments}}

        ## Data gaps ({{dataGapCount}} undecided)

        {{#hasDataGaps}}
        These rules could be neither confirmed nor ruled out. Collecting the data below would decide them.

        | Data to collect | Source | Would decide |
        | --- | --- | --- |
        {{#collect}}
        | {{name}} ({{reference}}) | {{source}} | {{rulesText}} |
        {{/collect}}

        | Undecided rule | Title | Missing |
        | --- | --- | --- |
        {{#dataGaps}}
        | {{rule}} | {{title}} | {{missingText}} |
        {{/dataGaps}}
        {{/hasDataGaps}}
        {{^hasDataGaps}}
        None: every rule was decided.
        {{/hasDataGaps}}

        ### Stale data ({{staleCount}})

        {{#hasStale}}
        These values are older than their data age limit. They were used, and should be updated.

        | Indicator | Year | Age (years) | Limit (years) |
        | --- | --: | --: | --: |
        {{#stale}}
        | {{name}} ({{indicator}}) | {{year}} | {{age}} | {{limit}} |
        {{/stale}}
        {{/hasStale}}
        {{^hasStale}}
        None.
        {{/hasStale}}
        {{#hasNotApplicable}}

        ### Not applicable ({{notApplicableCount}})

        These indicators do not apply to the country, so they are neither used nor asked for.

        | Indicator | Why |
        | --- | --- |
        {{#notApplicable}}
        | {{name}} ({{indicator}}) | {{reason}} |
        {{/notApplicable}}
        {{/hasNotApplicable}}

        ## Annex
        {{#hasMoreStrategies}}

        ### Further strategies

        | Rank | Strategy | Priority | Score | Rules |
        | --: | --- | --- | --: | --- |
        {{#moreStrategies}}
        | {{rank}} | {{title}} ({{id}}) | {{priorityTitle}} | {{score}} | {{rulesText}} |
        {{/moreStrategies}}
        {{/hasMoreStrategies}}
        {{#hasMoreInstruments}}

        ### Further instruments

        | Instrument | Kind | Status | Action | Relevance |
        | --- | --- | --- | --- | --: |
        {{#moreInstruments}}
        | {{name}} ({{id}}) | {{kind}} | {{statusLabel}} | {{actionLabel}} | {{relevance}} |
        {{/moreInstruments}}
        {{/hasMoreInstruments}}

        ### Why each rule fired

        {{#hasAnnex}}
        {{#annex}}
        #### {{rule}}{{#title}}: {{.}}{{/title}}

        Confidence {{confidence}}.{{#because}} {{.}}{{/because}}

        | Result | Data | Test | Value | Source | Year |
        | --- | --- | --- | --- | --- | --: |
        {{#leaves}}
        | {{resultSymbol}} {{resultLabel}} | {{reference}} | {{test}} | {{value}}{{#stale}} (stale){{/stale}} | {{source}} | {{year}} |
        {{/leaves}}

        {{/annex}}
        {{/hasAnnex}}
        {{^hasAnnex}}
        No rule fired.

        {{/hasAnnex}}
        ## Provenance

        | Item | Value |
        | --- | --- |
        | Ruleset | {{provenance.rulesetTitle}} ({{provenance.rulesetId}}), version {{provenance.rulesetVersion}} |
        | Ruleset hash | {{provenance.rulesetHash}} |
        | Profile hash | {{provenance.profileHash}} |
        | Engine | {{provenance.engine}} |
        | Report date | {{provenance.date}} |
        | Format | {{schema}} |

        """#

    /// Templates/report.html.mustache
    static let html = #"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="{{provenance.engine}}">
        <title>{{reportTitle}}</title>
        <style>
        :root {
          --ink: #1b2430; --muted: #5a6474; --line: #d8dee6; --soft: #f3f5f8; --accent: #1d4e7a;
          --critical: #8f1d1d; --high: #c0461b; --medium: #a86b0c; --low: #2e6a88; --none: #6b7280;
        }
        * { box-sizing: border-box; }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { margin: 0; background: #fff; color: var(--ink); font: 15px/1.5 "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif; }
        main { max-width: 200mm; margin: 0 auto; padding: 28px 30px 40px; }
        h1, h2, h3 { line-height: 1.25; }
        .masthead { border-bottom: 3px solid var(--accent); padding-bottom: 14px; margin-bottom: 22px; }
        .eyebrow { margin: 0; color: var(--accent); font-size: 12px; font-weight: 700; letter-spacing: .09em; text-transform: uppercase; }
        h1 { margin: 6px 0 8px; font-size: 28px; }
        .meta { margin: 0; color: var(--muted); font-size: 13px; }
        .meta span + span::before { content: "·"; margin: 0 8px; color: var(--line); }
        h2 { margin: 30px 0 12px; padding-bottom: 5px; border-bottom: 1px solid var(--line); color: var(--accent); font-size: 19px; }
        h2 .count { color: var(--muted); font-weight: 400; font-size: 15px; }
        h3 { margin: 20px 0 8px; font-size: 16px; }
        p { margin: 0 0 10px; }
        .summary { margin: 0 0 14px; padding: 12px 16px; border-left: 4px solid var(--accent); background: var(--soft); font-size: 16px; }
        .stats { display: grid; grid-template-columns: repeat(4, 1fr); gap: 10px; margin: 0 0 12px; }
        .stat { padding: 9px 12px; border: 1px solid var(--line); border-radius: 6px; }
        .stat .n { display: block; font-size: 24px; font-weight: 700; line-height: 1.1; }
        .stat .l { display: block; color: var(--muted); font-size: 12px; }
        .note { color: var(--muted); font-size: 13px; }
        .empty { color: var(--muted); font-style: italic; }
        table { width: 100%; margin: 0 0 8px; border-collapse: collapse; font-size: 13.5px; }
        th, td { padding: 7px 8px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
        th { background: var(--soft); color: var(--muted); font-size: 11.5px; font-weight: 700; letter-spacing: .04em; text-transform: uppercase; }
        td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
        td.rank { width: 2.2em; color: var(--muted); }
        .name { font-weight: 600; }
        .id, .rules, code { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 11.5px; color: var(--muted); }
        .rid { white-space: nowrap; }
        td.rules { width: 14%; }
        .basis { font-size: 12.5px; }
        section.instruments td:first-child { width: 34%; }
        .basis div + div { margin-top: 3px; }
        .basis .label { color: var(--muted); }
        .desc { margin: 2px 0 0; color: var(--muted); font-size: 13px; }
        ul.reasons { margin: 5px 0 0; padding-left: 18px; font-size: 13px; }
        ul.reasons li { margin: 2px 0; }
        ul.reasons .id { margin-right: 4px; }
        .badge { display: inline-block; padding: 1px 9px; border-radius: 10px; background: var(--none); color: #fff; font-size: 11.5px; font-weight: 700; letter-spacing: .03em; white-space: nowrap; }
        .sev-critical { --sev: var(--critical); } .sev-high { --sev: var(--high); } .sev-medium { --sev: var(--medium); }
        .sev-low { --sev: var(--low); } .sev-none { --sev: var(--none); }
        .badge.level-none, .badge[class*="sev-"] { background: var(--sev, var(--none)); }
        .bar { width: 84px; height: 6px; margin: 5px 0 0 auto; border-radius: 3px; background: #e6eaf0; overflow: hidden; }
        .bar span { display: block; height: 100%; background: var(--sev, var(--accent)); }
        .action { display: inline-block; padding: 1px 8px; border: 1px solid currentColor; border-radius: 4px; font-size: 12px; font-weight: 700; white-space: nowrap; }
        .action-sign, .action-accede, .action-ratify, .action-accept { color: var(--high); }
        .action-strengthen-implementation { color: var(--accent); }
        .action-apply { color: var(--low); }
        .action-verify-status { color: var(--medium); }
        .priority { margin-top: 16px; }
        ol.plan { margin: 0 0 10px; padding-left: 22px; }
        ol.plan li { margin: 3px 0; }
        ol.plan .answers, .evidence { color: var(--muted); font-size: 12.5px; }
        .threat-card { margin: 0 0 12px; padding: 8px 12px; border-left: 4px solid var(--sev, var(--accent)); background: #fafbfc; }
        .threat-card h3 { margin: 0 0 2px; font-size: 15px; }
        .threat-card .evidence { margin: 0 0 4px; }
        .compact td { padding: 4px 6px; font-size: 12px; }
        .priority h3 { margin-bottom: 6px; padding: 6px 10px; border-radius: 4px; background: var(--soft); font-size: 15px; }
        .legend { margin: 0 0 10px; color: var(--muted); font-size: 12.5px; }
        .legend .badge { margin-right: 3px; }
        .annex-entry { margin: 0 0 16px; padding: 10px 14px; border: 1px solid var(--line); border-radius: 6px; }
        .annex-entry h3 { margin: 0 0 4px; font-size: 15px; }
        .annex-entry table { margin-top: 8px; font-size: 12.5px; }
        .result { font-weight: 700; }
        .result-true { color: #1f7a3d; } .result-false { color: var(--critical); } .result-unknown { color: var(--medium); }
        .stale-flag { display: inline-block; margin-left: 4px; padding: 0 5px; border-radius: 3px; background: #fdf0d5; color: var(--medium); font-size: 11px; font-weight: 700; }
        dl.provenance { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 0; font-size: 13px; }
        dl.provenance dt { color: var(--muted); }
        dl.provenance dd { margin: 0; overflow-wrap: anywhere; }
        footer { margin-top: 30px; padding-top: 10px; border-top: 1px solid var(--line); color: var(--muted); font-size: 12px; }
        @page {
          size: A4;
          margin: 18mm 16mm 20mm 16mm;
          @bottom-right { content: "Page " counter(page) " of " counter(pages); color: #5a6474; font: 8.5pt "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif; }
        }
        @media print {
          body { font-size: 10.5pt; }
          main { max-width: none; padding: 0; }
          h1 { font-size: 22pt; }
          h2 { margin-top: 18pt; font-size: 14pt; }
          h2, h3, .priority h3 { break-after: avoid; page-break-after: avoid; }
          table, .summary, .stats { font-size: 9.5pt; }
          .stat, .summary, ul.reasons li, .plan li { break-inside: avoid; page-break-inside: avoid; }
          thead { display: table-header-group; }
          section.new-page { break-before: page; page-break-before: always; }
          section.new-page h2 { margin-top: 0; }
          footer { break-inside: avoid; }
        }
        </style>
        </head>
        <body>
        <main>
        <header class="masthead">
          <p class="eyebrow">Policy advisory report</p>
          <h1>{{country.name}}</h1>
          <p class="meta"><span>Country code {{country.code}}</span><span>Assessment year {{country.year}}</span><span>Report date {{provenance.date}}</span><span>{{provenance.rulesetTitle}} {{provenance.rulesetVersion}}</span></p>
        </header>

        <section class="summary-section">
          <h2>Summary</h2>
          <p class="summary">{{summary}}</p>
          <div class="stats">
            <div class="stat"><span class="n">{{threatCount}}</span><span class="l">threats raised</span></div>
            <div class="stat"><span class="n">{{strategyCount}}</span><span class="l">strategies recommended</span></div>
            <div class="stat"><span class="n">{{instrumentCount}}</span><span class="l">instruments relevant</span></div>
            <div class="stat"><span class="n">{{dataGapCount}}</span><span class="l">rules undecided for lack of data</span></div>
          </div>
          <p class="note">Data: {{data.indicatorsProvided}} of {{data.indicatorsInRuleset}} indicators and {{data.instrumentStatusesProvided}} of {{data.instrumentsInRuleset}} instrument statuses provided. Rules: {{data.rulesTotal}} evaluated, {{data.rulesFired}} fired, {{data.rulesNotFired}} not fired, {{data.rulesUnknown}} unknown.</p>
        </section>

        <section class="action-plan">
          <h2>Action plan</h2>
          {{#hasActionPlan}}
          <h3>Strategies</h3>
          <ol class="plan">
          {{#actionStrategies}}
            <li value="{{number}}"><span class="name">{{label}}</span> <span class="id">{{id}}</span> <span class="note">score {{weight}}</span><div class="answers">Answers: {{threatsText}}</div></li>
          {{/actionStrategies}}
          </ol>
          {{#hasActionInstruments}}
          <h3>Treaties to sign, join or accept</h3>
          <ol class="plan">
          {{#actionInstruments}}
            <li value="{{number}}"><span class="name">{{label}}</span> <span class="id">{{id}}</span> <span class="note">relevance {{weight}}{{#requires}}; join <code>{{.}}</code> first{{/requires}}</span><div class="answers">Answers: {{threatsText}}</div></li>
          {{/actionInstruments}}
          </ol>
          {{/hasActionInstruments}}
          {{/hasActionPlan}}
          {{^hasActionPlan}}
          <p class="empty">Nothing to act on: no rule fired.</p>
          {{/hasActionPlan}}
        </section>

        <section class="threats">
          <h2>Threats <span class="count">({{threatCount}})</span></h2>
          {{#hasThreats}}
          <p class="legend">Score: the noisy-OR of the independent lines of evidence, each the strongest fired rule of its group, from 0 to 1. Levels:
            {{#levels}}<span class="badge {{levelClass}}">{{label}}</span> from {{threshold}}{{^last()}}, {{/last()}}{{/levels}}.</p>
          <table>
            <thead><tr><th>#</th><th>Threat</th><th>Level</th><th class="num">Score</th><th class="num">Lines of evidence</th></tr></thead>
            <tbody>
            {{#threats}}
              <tr class="{{levelClass}}">
                <td class="rank">{{rank}}</td>
                <td><span class="name">{{title}}</span> <span class="id">{{id}}</span></td>
                <td><span class="badge {{levelClass}}">{{levelLabel}}</span></td>
                <td class="num">{{score}}<div class="bar"><span style="width: {{scorePercent}}%"></span></div></td>
                <td class="num">{{evidenceCount}}</td>
              </tr>
            {{/threats}}
            </tbody>
          </table>
          {{#threats}}
          <div class="threat-card {{levelClass}}">
            <h3>{{rank}}. {{title}} <span class="badge {{levelClass}}">{{levelLabel}} {{score}}</span></h3>
            <p class="evidence">{{evidenceText}}</p>{{#hasReasons}}
            <ul class="reasons">{{#reasons}}<li><span class="id">{{rule}}</span> {{text}}</li>{{/reasons}}</ul>{{/hasReasons}}{{#hasHiddenLines}}
            <p class="note">{{hiddenLines}} weaker line(s) of evidence: see the annex.</p>{{/hasHiddenLines}}
          </div>
          {{/threats}}
          {{/hasThreats}}
          {{^hasThreats}}
          <p class="empty">No threat is raised on the data provided.</p>
          {{/hasThreats}}
        </section>

        <section class="strategies">
          <h2>Recommended strategies <span class="count">({{strategyCount}})</span></h2>
          {{#hasStrategies}}
          <p class="note">Ranked by score across all priorities, and grouped by strategic priority{{#hasMoreStrategies}}; the strongest are here, the others in the annex{{/hasMoreStrategies}}.</p>
          {{#topPriorities}}
          <div class="priority">
            <h3>{{title}}</h3>
            <table>
              <thead><tr><th>Rank</th><th>Strategy and rationale</th><th class="num">Score</th><th>Rules</th></tr></thead>
              <tbody>
              {{#strategies}}
                <tr>
                  <td class="rank">{{rank}}</td>
                  <td><span class="name">{{title}}</span> <span class="id">{{id}}</span>{{#hasRationale}}
                    <ul class="reasons">{{#rationale}}<li><span class="id">{{rule}}</span> {{text}}</li>{{/rationale}}</ul>{{/hasRationale}}
                  </td>
                  <td class="num">{{score}}<div class="bar"><span style="width: {{scorePercent}}%"></span></div></td>
                  <td class="rules">{{#rules}}<span class="rid">{{.}}</span>{{^last()}}, {{/last()}}{{/rules}}</td>
                </tr>
              {{/strategies}}
              </tbody>
            </table>
          </div>
          {{/topPriorities}}
          {{/hasStrategies}}
          {{^hasStrategies}}
          <p class="empty">No strategy is recommended on the data provided.</p>
          {{/hasStrategies}}
        </section>

        <section class="instruments">
          <h2>International instruments <span class="count">({{instrumentCount}})</span></h2>
          {{#hasInstruments}}
          <p class="note">Most relevant first{{#hasMoreInstruments}}; the others are in the annex{{/hasMoreInstruments}}.</p>
          <table>
            <thead><tr><th>Instrument</th><th>Kind</th><th>Status</th><th>Recommended action</th><th class="num">Relevance</th><th>Basis</th></tr></thead>
            <tbody>
            {{#topInstruments}}
              <tr>
                <td><span class="name">{{name}}</span> <span class="id">{{id}}</span>{{#short}}<p class="desc">{{title}}</p>{{/short}}{{#inForceLabel}}<p class="desc">{{.}}</p>{{/inForceLabel}}</td>
                <td>{{kind}}</td>
                <td>{{statusLabel}}</td>
                <td><span class="action {{actionClass}}">{{actionLabel}}</span>{{#requires}}<p class="desc">after joining <code>{{.}}</code></p>{{/requires}}{{#eligibilityUnknown}}<p class="desc">eligibility unknown</p>{{/eligibilityUnknown}}</td>
                <td class="num">{{relevance}}</td>
                <td class="basis">{{#hasRules}}<div><span class="label">Rules</span> <span class="rules">{{#rules}}<span class="rid">{{.}}</span>{{^last()}}, {{/last()}}{{/rules}}</span></div>{{/hasRules}}{{#hasStrategies}}<div><span class="label">Strategies</span> <span class="rules">{{#strategies}}<span class="rid">{{.}}</span>{{^last()}}, {{/last()}}{{/strategies}}</span></div>{{/hasStrategies}}</td>
              </tr>
            {{/topInstruments}}
            </tbody>
          </table>
          {{/hasInstruments}}
          {{^hasInstruments}}
          <p class="empty">No instrument is relevant on the data provided.</p>
          {{/hasInstruments}}
        </section>

        <section class="data-gaps">
          <h2>Data gaps <span class="count">({{dataGapCount}} undecided)</span></h2>
          {{#hasDataGaps}}
          <p class="note">These rules could be neither confirmed nor ruled out. Collecting the data below would decide them.</p>
          <h3>Data to collect</h3>
          <table>
            <thead><tr><th>Data</th><th>Source</th><th>Would decide</th></tr></thead>
            <tbody>
            {{#collect}}
              <tr><td><span class="name">{{name}}</span> <span class="id">{{reference}}</span></td><td>{{#source}}{{.}}{{/source}}{{^source}}<span class="empty">not named</span>{{/source}}</td><td class="rules">{{#rules}}<span class="rid">{{.}}</span>{{^last()}}, {{/last()}}{{/rules}}</td></tr>
            {{/collect}}
            </tbody>
          </table>
          <h3>Undecided rules</h3>
          <table>
            <thead><tr><th>Rule</th><th>Title</th><th>Missing</th></tr></thead>
            <tbody>
            {{#dataGaps}}
              <tr><td class="rules">{{rule}}</td><td>{{#title}}{{.}}{{/title}}</td><td class="rules">{{missingText}}</td></tr>
            {{/dataGaps}}
            </tbody>
          </table>
          {{/hasDataGaps}}
          {{^hasDataGaps}}
          <p class="empty">None: every rule was decided.</p>
          {{/hasDataGaps}}

          <h3>Stale data ({{staleCount}})</h3>
          {{#hasStale}}
          <p class="note">These values are older than their data age limit. They were used, and should be updated.</p>
          <table>
            <thead><tr><th>Indicator</th><th class="num">Year</th><th class="num">Age (years)</th><th class="num">Limit (years)</th></tr></thead>
            <tbody>
            {{#stale}}
              <tr><td><span class="name">{{name}}</span> <span class="id">{{indicator}}</span></td><td class="num">{{year}}</td><td class="num">{{age}}</td><td class="num">{{limit}}</td></tr>
            {{/stale}}
            </tbody>
          </table>
          {{/hasStale}}
          {{^hasStale}}
          <p class="empty">None.</p>
          {{/hasStale}}
          {{#hasNotApplicable}}
          <h3>Not applicable ({{notApplicableCount}})</h3>
          <p class="note">These indicators do not apply to the country, so they are neither used nor asked for.</p>
          <table>
            <thead><tr><th>Indicator</th><th>Why</th></tr></thead>
            <tbody>
            {{#notApplicable}}
              <tr><td><span class="name">{{name}}</span> <span class="id">{{indicator}}</span></td><td>{{reason}}</td></tr>
            {{/notApplicable}}
            </tbody>
          </table>
          {{/hasNotApplicable}}
        </section>

        <section class="annex{{#hasAnnex}} new-page{{/hasAnnex}}">
          <h2>Annex</h2>
          {{#hasMoreStrategies}}
          <h3>Further strategies</h3>
          <table class="compact">
            <thead><tr><th>Rank</th><th>Strategy</th><th>Priority</th><th class="num">Score</th><th>Rules</th></tr></thead>
            <tbody>
            {{#moreStrategies}}
              <tr><td class="rank">{{rank}}</td><td><span class="name">{{title}}</span> <span class="id">{{id}}</span></td><td>{{priorityTitle}}</td><td class="num">{{score}}</td><td class="rules">{{rulesText}}</td></tr>
            {{/moreStrategies}}
            </tbody>
          </table>
          {{/hasMoreStrategies}}
          {{#hasMoreInstruments}}
          <h3>Further instruments</h3>
          <table class="compact">
            <thead><tr><th>Instrument</th><th>Kind</th><th>Status</th><th>Action</th><th class="num">Relevance</th></tr></thead>
            <tbody>
            {{#moreInstruments}}
              <tr><td><span class="name">{{name}}</span> <span class="id">{{id}}</span></td><td>{{kind}}</td><td>{{statusLabel}}</td><td><span class="action {{actionClass}}">{{actionLabel}}</span></td><td class="num">{{relevance}}</td></tr>
            {{/moreInstruments}}
            </tbody>
          </table>
          {{/hasMoreInstruments}}
          <h3>Why each rule fired</h3>
          {{#hasAnnex}}
          <p class="note">Each fired rule with its conditions as evaluated on the profile: the value, the test it was held to, and where the value comes from.</p>
          {{#annex}}
          <div class="annex-entry">
            <h3><code>{{rule}}</code>{{#title}} {{.}}{{/title}} <span class="note">confidence {{confidence}}</span></h3>
            {{#because}}<p>{{.}}</p>{{/because}}
            <table class="compact">
              <thead><tr><th>Result</th><th>Data</th><th>Test</th><th>Value</th><th>Source</th><th class="num">Year</th></tr></thead>
              <tbody>
              {{#leaves}}
                <tr><td><span class="result {{resultClass}}">{{resultSymbol}} {{resultLabel}}</span></td><td><code>{{reference}}</code></td><td><code>{{test}}</code></td><td>{{value}}{{#stale}}<span class="stale-flag">stale</span>{{/stale}}</td><td>{{#source}}{{.}}{{/source}}</td><td class="num">{{#year}}{{.}}{{/year}}</td></tr>
              {{/leaves}}
              </tbody>
            </table>
          </div>
          {{/annex}}
          {{/hasAnnex}}
          {{^hasAnnex}}
          <p class="empty">No rule fired.</p>
          {{/hasAnnex}}
        </section>

        <section class="provenance-section">
          <h2>Provenance</h2>
          <dl class="provenance">
            <dt>Ruleset</dt><dd>{{provenance.rulesetTitle}} (<code>{{provenance.rulesetId}}</code>), version {{provenance.rulesetVersion}}</dd>
            <dt>Ruleset hash</dt><dd><code>{{provenance.rulesetHash}}</code></dd>
            <dt>Profile hash</dt><dd><code>{{provenance.profileHash}}</code></dd>
            <dt>Engine</dt><dd>{{provenance.engine}}</dd>
            <dt>Report date</dt><dd>{{provenance.date}}</dd>
            <dt>Format</dt><dd>{{schema}}</dd>
          </dl>
        </section>

        <footer>This report was produced by applying the ruleset's rules to the country profile. The same ruleset and profile give the same report; the hashes above identify them.</footer>
        </main>
        </body>
        </html>

        """#
}
