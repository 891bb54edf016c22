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

        {{t.assessmentYear}} {{country.year}} · {{t.reportDateInline}} {{provenance.date}} · {{provenance.rulesetTitle}} {{provenance.rulesetVersion}}

        ## {{t.summary}}

        {{summary}}

        {{dataNoteShort}}

        ## {{t.actionPlan}}

        {{#hasActionPlan}}
        | # | {{t.strategy}} | {{t.score}} | {{t.answers}} |
        | --: | --- | --: | --- |
        {{#actionStrategies}}
        | {{number}} | {{label}} ({{id}}) | {{weight}} | {{threatsText}} |
        {{/actionStrategies}}
        {{#hasActionInstruments}}

        | # | {{t.treatyToJoin}} | {{t.relevance}} | {{t.answers}} |
        | --: | --- | --: | --- |
        {{#actionInstruments}}
        | {{number}} | **{{label}}** ({{id}}){{#requires}}, {{t.afterJoining}} {{.}}{{/requires}} | {{weight}} | {{threatsText}} |
        {{/actionInstruments}}
        {{/hasActionInstruments}}
        {{/hasActionPlan}}
        {{^hasActionPlan}}
        {{t.nothingToAct}}
        {{/hasActionPlan}}

        ## {{t.threats}} ({{threatCount}})

        {{#hasThreats}}
        | # | {{t.threat}} | {{t.level}} | {{t.score}} | {{t.linesOfEvidence}} |
        | --: | --- | --- | --: | --: |
        {{#threats}}
        | {{rank}} | {{title}} ({{id}}) | **{{levelLabel}}** | {{score}} | {{evidenceCount}} |
        {{/threats}}

        {{t.scoreLegendShort}} {{t.levels}} {{levelsText}}.

        {{#threats}}
        ### {{rank}}. {{title}}

        {{evidenceText}}
        {{#stability}}

        {{.}}
        {{/stability}}

        {{#reasons}}
        - {{rule}}: {{text}}
        {{/reasons}}
        {{#hasHiddenLines}}
        - {{hiddenLines}} {{t.weakerLines}}
        {{/hasHiddenLines}}
        {{#borderline}}
        - {{.}}
        {{/borderline}}

        {{/threats}}
        {{/hasThreats}}
        {{^hasThreats}}
        {{t.noThreat}}

        {{/hasThreats}}
        ## {{t.strategiesHeading}} ({{strategyCount}})

        {{#hasStrategies}}
        {{t.rankedNote}}{{#hasMoreStrategies}}{{t.rankedNoteMore}}{{/hasMoreStrategies}}.

        {{#topPriorities}}
        ### {{title}}

        | {{t.rank}} | {{t.strategy}} | {{t.score}} | {{t.rules}} |
        | --: | --- | --: | --- |
        {{#strategies}}
        | {{rank}} | {{title}} ({{id}}) | {{score}} | {{rulesText}} |
        {{/strategies}}

        {{#strategies}}
        {{#hasNotes}}
        - **{{rank}}. {{title}}**
        {{#rationale}}
          - {{rule}}: {{text}}
        {{/rationale}}
        {{#borderline}}
          - {{.}}
        {{/borderline}}
        {{/hasNotes}}
        {{/strategies}}

        {{/topPriorities}}
        {{/hasStrategies}}
        {{^hasStrategies}}
        {{t.noStrategy}}

        {{/hasStrategies}}
        ## {{t.instruments}} ({{instrumentCount}})

        {{#hasInstruments}}
        {{t.mostRelevantFirst}}{{#hasMoreInstruments}}{{t.othersInAnnex}}{{/hasMoreInstruments}}.

        | {{t.instrument}} | {{t.kind}} | {{t.status}} | {{t.recommendedAction}} | {{t.relevance}} | {{t.basis}} |
        | --- | --- | --- | --- | --: | --- |
        {{#topInstruments}}
        | {{name}} ({{id}}){{#inForceLabel}}, {{.}}{{/inForceLabel}} | {{kind}} | {{statusLabel}} | **{{actionLabel}}**{{#requires}} ({{t.after}} {{.}}){{/requires}}{{#eligibilityUnknown}} ({{t.eligibilityUnknown}}){{/eligibilityUnknown}} | {{relevance}} | {{basis}} |
        {{/topInstruments}}
        {{/hasInstruments}}
        {{^hasInstruments}}
        {{t.noInstrument}}
        {{/hasInstruments}}

        {{#robustness}}
        {{{markdown}}}
        {{/robustness}}
        ## {{t.dataGaps}} ({{dataGapCount}} {{t.undecided}})

        {{#hasDataGaps}}
        {{t.dataGapsNote}}

        | {{t.dataToCollect}} | {{t.source}} | {{t.wouldDecide}} |
        | --- | --- | --- |
        {{#collect}}
        | {{name}} ({{reference}}) | {{source}} | {{rulesText}} |
        {{/collect}}

        | {{t.undecidedRule}} | {{t.title}} | {{t.missing}} |
        | --- | --- | --- |
        {{#dataGaps}}
        | {{rule}} | {{title}} | {{missingText}} |
        {{/dataGaps}}
        {{/hasDataGaps}}
        {{^hasDataGaps}}
        {{t.everyRuleDecided}}
        {{/hasDataGaps}}

        ### {{t.staleData}} ({{staleCount}})

        {{#hasStale}}
        {{t.staleNote}}

        | {{t.indicator}} | {{t.year}} | {{t.ageYears}} | {{t.limitYears}} |
        | --- | --: | --: | --: |
        {{#stale}}
        | {{name}} ({{indicator}}) | {{year}} | {{age}} | {{limit}} |
        {{/stale}}
        {{/hasStale}}
        {{^hasStale}}
        {{t.none}}
        {{/hasStale}}
        {{#hasNotApplicable}}

        ### {{t.notApplicable}} ({{notApplicableCount}})

        {{t.notApplicableNote}}

        | {{t.indicator}} | {{t.why}} |
        | --- | --- |
        {{#notApplicable}}
        | {{name}} ({{indicator}}) | {{reason}} |
        {{/notApplicable}}
        {{/hasNotApplicable}}

        ## {{t.annex}}
        {{#hasMoreStrategies}}

        ### {{t.furtherStrategies}}

        | {{t.rank}} | {{t.strategy}} | {{t.priority}} | {{t.score}} | {{t.rules}} |
        | --: | --- | --- | --: | --- |
        {{#moreStrategies}}
        | {{rank}} | {{title}} ({{id}}) | {{priorityTitle}} | {{score}} | {{rulesText}} |
        {{/moreStrategies}}
        {{/hasMoreStrategies}}
        {{#hasMoreInstruments}}

        ### {{t.furtherInstruments}}

        | {{t.instrument}} | {{t.kind}} | {{t.status}} | {{t.action}} | {{t.relevance}} |
        | --- | --- | --- | --- | --: |
        {{#moreInstruments}}
        | {{name}} ({{id}}) | {{kind}} | {{statusLabel}} | {{actionLabel}} | {{relevance}} |
        {{/moreInstruments}}
        {{/hasMoreInstruments}}

        ### {{t.whyEachRuleFired}}

        {{#hasAnnex}}
        {{#annex}}
        #### {{rule}}{{#title}}: {{.}}{{/title}}

        {{t.confidence}} {{confidence}}.{{#because}} {{.}}{{/because}}

        | {{t.result}} | {{t.data}} | {{t.test}} | {{t.value}} | {{t.source}} | {{t.year}} |
        | --- | --- | --- | --- | --- | --: |
        {{#leaves}}
        | {{resultSymbol}} {{resultLabel}} | {{reference}} | {{test}} | {{value}}{{#stale}} ({{t.staleFlag}}){{/stale}}{{#interval}} ({{.}}){{/interval}} | {{source}} | {{year}} |
        {{/leaves}}

        {{/annex}}
        {{/hasAnnex}}
        {{^hasAnnex}}
        {{t.noRuleFired}}

        {{/hasAnnex}}
        ## {{t.provenance}}

        | {{t.item}} | {{t.value}} |
        | --- | --- |
        | {{t.ruleset}} | {{provenance.rulesetTitle}} ({{provenance.rulesetId}}), {{t.version}} {{provenance.rulesetVersion}} |
        | {{t.rulesetHash}} | {{provenance.rulesetHash}} |
        | {{t.profileHash}} | {{provenance.profileHash}} |
        | {{t.engine}} | {{provenance.engine}} |
        | {{t.reportDate}} | {{provenance.date}} |
        | {{t.format}} | {{schema}} |

        """#

    /// Templates/report.html.mustache
    static let html = #"""
        <!DOCTYPE html>
        <html lang="{{language}}">
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
        ul.compact-list { columns: 2; column-gap: 24px; margin: 0 0 10px; padding: 0; list-style: none; font-size: 12.5px; }
        ul.compact-list li { margin: 0 0 3px; break-inside: avoid; }
        ul.compact-list .action { padding: 0 4px; font-size: 11px; }
        .annex-rules { columns: 2; column-gap: 24px; }
        .annex-entry h4 { margin: 0 0 3px; font-size: 13px; }
        ul.leaves { margin: 3px 0 0; padding-left: 0; list-style: none; font-size: 12px; }
        ul.leaves li { margin: 1px 0; }
        .annex-entry { margin: 0 0 16px; padding: 10px 14px; border: 1px solid var(--line); border-radius: 6px; break-inside: avoid; }
        .result { font-weight: 700; }
        .result-true { color: #1f7a3d; } .result-false { color: var(--critical); } .result-unknown { color: var(--medium); }
        .stale-flag { display: inline-block; margin-left: 4px; padding: 0 5px; border-radius: 3px; background: #fdf0d5; color: var(--medium); font-size: 11px; font-weight: 700; }
        .stability { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 11.5px; font-weight: 700; white-space: nowrap; }
        .stability-stable { background: #e3f1e7; color: #1f7a3d; }
        .stability-fragile { background: #fbe4dc; color: var(--critical); }
        .robust-note { margin: 0 0 4px; font-size: 12.5px; color: var(--muted); }
        .robust-note.fragile { color: var(--critical); font-weight: 600; }
        section.robustness td.value { min-width: 12em; }
        section.robustness td.basis { overflow-wrap: anywhere; }
        .borderline { margin: 2px 0 0; font-size: 12.5px; color: var(--medium); }
        li.borderline-leaf code { background: #fdf0d5; }
        ul.why { margin: 4px 0 0; padding-left: 16px; color: var(--muted); font-size: 12px; }
        dl.provenance { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 0; font-size: 13px; }
        dl.provenance dt { color: var(--muted); }
        dl.provenance dd { margin: 0; overflow-wrap: anywhere; }
        footer { margin-top: 30px; padding-top: 10px; border-top: 1px solid var(--line); color: var(--muted); font-size: 12px; }
        @page {
          size: A4;
          margin: 18mm 16mm 20mm 16mm;
          @top-left { content: {{{printHeader}}}; color: #5a6474; font: 8.5pt "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif; }
          @bottom-right { content: {{{printPage}}} counter(page) {{{printOf}}} counter(pages); color: #5a6474; font: 8.5pt "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif; }
        }
        @media print {
          body { font-size: 9.5pt; line-height: 1.4; }
          main { max-width: none; padding: 0; }
          .masthead { margin-bottom: 10pt; padding-bottom: 8pt; }
          h1 { margin: 2pt 0 4pt; font-size: 20pt; }
          h2 { margin: 14pt 0 6pt; font-size: 13pt; }
          h2 .count { font-size: 10pt; }
          h3, .priority h3 { margin: 9pt 0 4pt; font-size: 10.5pt; }
          /* A heading keeps with what follows it, and so does the note under a heading. */
          h2, h3, .priority h3, .threat-card h3, .annex-entry h4, h2 + p.note, h2 + p.legend, h3 + p.note { break-after: avoid; page-break-after: avoid; }
          /* Rows may break across pages; the header row repeats. */
          tr, td { break-inside: auto; page-break-inside: auto; }
          thead { display: table-header-group; }
          table { margin-bottom: 6pt; font-size: 8.5pt; }
          th, td { padding: 3pt 5pt; }
          th { font-size: 7pt; }
          .summary { padding: 7pt 11pt; font-size: 10pt; }
          .stats { gap: 6pt; margin-bottom: 6pt; }
          .stat { padding: 4pt 8pt; }
          .stat .n { font-size: 15pt; }
          .stat .l, .note, .desc, .legend, ul.reasons, .basis, ol.plan .answers, .evidence, .robust-note, .borderline, ul.why { font-size: 8.5pt; }
          .stability { font-size: 7.5pt; }
          .id, .rules, code { font-size: 7.5pt; }
          .bar { width: 60px; height: 4px; margin-top: 3px; }
          .threat-card { margin: 0 0 6pt; padding: 4pt 9pt; }
          .threat-card h3 { font-size: 10pt; }
          ul.reasons { margin-top: 2pt; }
          ul.reasons li { margin: 1pt 0; }
          ol.plan li { margin: 2pt 0; }
          .priority { margin-top: 8pt; }
          .priority h3 { padding: 3pt 8pt; }
          .compact td { padding: 2pt 4pt; font-size: 8pt; }
          .annex-entry { margin: 0 0 5pt; padding: 0; border: 0; }
          .annex-entry h4 { margin: 0 0 1pt; font-size: 8.5pt; }
          ul.leaves, ul.compact-list { font-size: 7.5pt; }
          ul.compact-list li { margin: 0 0 1pt; }
          .annex-rules, ul.compact-list { column-gap: 12pt; }
          .annex-entry p { margin: 0 0 2pt; font-size: 8.5pt; }
          .stat, .summary, ul.reasons li, .plan li { break-inside: avoid; page-break-inside: avoid; }
          /* The annex follows on: a page break before it would leave most of a page blank. */
          table { line-height: 1.3; }
          td.rules { width: 17%; }
          .compact .action { padding: 0; border: 0; font-size: 8pt; }
          footer { break-inside: avoid; }
        }
        </style>
        </head>
        <body>
        <main>
        <header class="masthead">
          <p class="eyebrow">{{t.eyebrow}}</p>
          <h1>{{country.name}}</h1>
          <p class="meta"><span>{{t.countryCode}} {{country.code}}</span><span>{{t.assessmentYear}} {{country.year}}</span><span>{{t.reportDate}} {{provenance.date}}</span><span>{{provenance.rulesetTitle}} {{provenance.rulesetVersion}}</span></p>
        </header>

        <section class="summary-section">
          <h2>{{t.summary}}</h2>
          <p class="summary">{{summary}}</p>
          <div class="stats">
            <div class="stat"><span class="n">{{threatCount}}</span><span class="l">{{t.threatsRaised}}</span></div>
            <div class="stat"><span class="n">{{strategyCount}}</span><span class="l">{{t.strategiesRecommended}}</span></div>
            <div class="stat"><span class="n">{{instrumentCount}}</span><span class="l">{{t.instrumentsRelevant}}</span></div>
            <div class="stat"><span class="n">{{dataGapCount}}</span><span class="l">{{t.rulesUndecided}}</span></div>
          </div>
          <p class="note">{{dataNote}}</p>
        </section>

        <section class="action-plan">
          <h2>{{t.actionPlan}}</h2>
          {{#hasActionPlan}}
          <h3>{{t.strategies}}</h3>
          <ol class="plan">
          {{#actionStrategies}}
            <li value="{{number}}"><span class="name">{{label}}</span> <span class="id">{{id}}</span> <span class="note">{{t.scoreWord}} {{weight}}</span><div class="answers">{{t.answers}}: {{threatsText}}</div></li>
          {{/actionStrategies}}
          </ol>
          {{#hasActionInstruments}}
          <h3>{{t.treatiesToJoin}}</h3>
          <ol class="plan">
          {{#actionInstruments}}
            <li value="{{number}}"><span class="name">{{label}}</span> <span class="id">{{id}}</span> <span class="note">{{t.relevanceWord}} {{weight}}{{#requires}}; {{t.joinPrefix}}<code>{{.}}</code>{{t.joinSuffix}}{{/requires}}</span><div class="answers">{{t.answers}}: {{threatsText}}</div></li>
          {{/actionInstruments}}
          </ol>
          {{/hasActionInstruments}}
          {{/hasActionPlan}}
          {{^hasActionPlan}}
          <p class="empty">{{t.nothingToAct}}</p>
          {{/hasActionPlan}}
        </section>

        <section class="threats">
          <h2>{{t.threats}} <span class="count">({{threatCount}})</span></h2>
          {{#hasThreats}}
          <p class="legend">{{t.scoreLegend}} {{t.levels}}
            {{#levels}}<span class="badge {{levelClass}}">{{label}}</span> {{t.from}} {{threshold}}{{^last()}}, {{/last()}}{{/levels}}.</p>
          <table>
            <thead><tr><th>#</th><th>{{t.threat}}</th><th>{{t.level}}</th><th class="num">{{t.score}}</th><th class="num">{{t.linesOfEvidence}}</th></tr></thead>
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
            <p class="note">{{hiddenLines}} {{t.weakerLines}}</p>{{/hasHiddenLines}}{{#stability}}
            <p class="robust-note {{stabilityClass}}">{{.}}</p>{{/stability}}{{#borderline}}
            <p class="borderline">{{.}}</p>{{/borderline}}
          </div>
          {{/threats}}
          {{/hasThreats}}
          {{^hasThreats}}
          <p class="empty">{{t.noThreat}}</p>
          {{/hasThreats}}
        </section>

        <section class="strategies">
          <h2>{{t.strategiesHeading}} <span class="count">({{strategyCount}})</span></h2>
          {{#hasStrategies}}
          <p class="note">{{t.rankedNote}}{{#hasMoreStrategies}}{{t.rankedNoteMore}}{{/hasMoreStrategies}}.</p>
          {{#topPriorities}}
          <div class="priority">
            <h3>{{title}}</h3>
            <table>
              <thead><tr><th>{{t.rank}}</th><th>{{t.strategyAndRationale}}</th><th class="num">{{t.score}}</th><th>{{t.rules}}</th></tr></thead>
              <tbody>
              {{#strategies}}
                <tr>
                  <td class="rank">{{rank}}</td>
                  <td><span class="name">{{title}}</span> <span class="id">{{id}}</span>{{#hasRationale}}
                    <ul class="reasons">{{#rationale}}<li><span class="id">{{rule}}</span> {{text}}</li>{{/rationale}}</ul>{{/hasRationale}}{{#borderline}}
                    <p class="borderline">{{.}}</p>{{/borderline}}
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
          <p class="empty">{{t.noStrategy}}</p>
          {{/hasStrategies}}
        </section>

        <section class="instruments">
          <h2>{{t.instruments}} <span class="count">({{instrumentCount}})</span></h2>
          {{#hasInstruments}}
          <p class="note">{{t.mostRelevantFirst}}{{#hasMoreInstruments}}{{t.othersInAnnex}}{{/hasMoreInstruments}}.</p>
          <table>
            <thead><tr><th>{{t.instrument}}</th><th>{{t.kind}}</th><th>{{t.status}}</th><th>{{t.recommendedAction}}</th><th class="num">{{t.relevance}}</th><th>{{t.basis}}</th></tr></thead>
            <tbody>
            {{#topInstruments}}
              <tr>
                <td><span class="name">{{name}}</span> <span class="id">{{id}}</span>{{#short}}<p class="desc">{{title}}</p>{{/short}}{{#inForceLabel}}<p class="desc">{{.}}</p>{{/inForceLabel}}</td>
                <td>{{kind}}</td>
                <td>{{statusLabel}}</td>
                <td><span class="action {{actionClass}}">{{actionLabel}}</span>{{#requires}}<p class="desc">{{t.afterJoining}} <code>{{.}}</code></p>{{/requires}}{{#eligibilityUnknown}}<p class="desc">{{t.eligibilityUnknown}}</p>{{/eligibilityUnknown}}</td>
                <td class="num">{{relevance}}</td>
                <td class="basis">{{#hasRules}}<div><span class="label">{{t.rules}}</span> <span class="rules">{{#rules}}<span class="rid">{{.}}</span>{{^last()}}, {{/last()}}{{/rules}}</span></div>{{/hasRules}}{{#hasStrategies}}<div><span class="label">{{t.strategies}}</span> <span class="rules">{{#strategies}}<span class="rid">{{.}}</span>{{^last()}}, {{/last()}}{{/strategies}}</span></div>{{/hasStrategies}}</td>
              </tr>
            {{/topInstruments}}
            </tbody>
          </table>
          {{/hasInstruments}}
          {{^hasInstruments}}
          <p class="empty">{{t.noInstrument}}</p>
          {{/hasInstruments}}
        </section>

        {{#robustness}}
        {{{html}}}
        {{/robustness}}
        <section class="data-gaps">
          <h2>{{t.dataGaps}} <span class="count">({{dataGapCount}} {{t.undecided}})</span></h2>
          {{#hasDataGaps}}
          <p class="note">{{t.dataGapsNote}}</p>
          <h3>{{t.dataToCollect}}</h3>
          <table>
            <thead><tr><th>{{t.data}}</th><th>{{t.source}}</th><th>{{t.wouldDecide}}</th></tr></thead>
            <tbody>
            {{#collect}}
              <tr><td><span class="name">{{name}}</span> <span class="id">{{reference}}</span></td><td>{{#source}}{{.}}{{/source}}{{^source}}<span class="empty">{{t.notNamed}}</span>{{/source}}</td><td class="rules">{{#rules}}<span class="rid">{{.}}</span>{{^last()}}, {{/last()}}{{/rules}}</td></tr>
            {{/collect}}
            </tbody>
          </table>
          <h3>{{t.undecidedRules}}</h3>
          <table>
            <thead><tr><th>{{t.rule}}</th><th>{{t.title}}</th><th>{{t.missing}}</th></tr></thead>
            <tbody>
            {{#dataGaps}}
              <tr><td class="rules">{{rule}}</td><td>{{#title}}{{.}}{{/title}}</td><td class="rules">{{missingText}}</td></tr>
            {{/dataGaps}}
            </tbody>
          </table>
          {{/hasDataGaps}}
          {{^hasDataGaps}}
          <p class="empty">{{t.everyRuleDecided}}</p>
          {{/hasDataGaps}}

          <h3>{{t.staleData}} ({{staleCount}})</h3>
          {{#hasStale}}
          <p class="note">{{t.staleNote}}</p>
          <table>
            <thead><tr><th>{{t.indicator}}</th><th class="num">{{t.year}}</th><th class="num">{{t.ageYears}}</th><th class="num">{{t.limitYears}}</th></tr></thead>
            <tbody>
            {{#stale}}
              <tr><td><span class="name">{{name}}</span> <span class="id">{{indicator}}</span></td><td class="num">{{year}}</td><td class="num">{{age}}</td><td class="num">{{limit}}</td></tr>
            {{/stale}}
            </tbody>
          </table>
          {{/hasStale}}
          {{^hasStale}}
          <p class="empty">{{t.none}}</p>
          {{/hasStale}}
          {{#hasNotApplicable}}
          <h3>{{t.notApplicable}} ({{notApplicableCount}})</h3>
          <p class="note">{{t.notApplicableNote}}</p>
          <table>
            <thead><tr><th>{{t.indicator}}</th><th>{{t.why}}</th></tr></thead>
            <tbody>
            {{#notApplicable}}
              <tr><td><span class="name">{{name}}</span> <span class="id">{{indicator}}</span></td><td>{{reason}}</td></tr>
            {{/notApplicable}}
            </tbody>
          </table>
          {{/hasNotApplicable}}
        </section>

        <section class="annex{{#hasAnnex}} new-page{{/hasAnnex}}">
          <h2>{{t.annex}}</h2>
          {{#hasMoreStrategies}}
          <h3>{{t.furtherStrategies}}</h3>
          <ul class="compact-list">
            {{#moreStrategies}}
            <li><span class="rank">{{rank}}.</span> {{title}} <span class="id">{{id}}</span> <span class="note">{{score}}</span></li>
            {{/moreStrategies}}
          </ul>
          {{/hasMoreStrategies}}
          {{#hasMoreInstruments}}
          <h3>{{t.furtherInstruments}}</h3>
          <ul class="compact-list">
            {{#moreInstruments}}
            <li>{{name}} <span class="id">{{id}}</span> <span class="action {{actionClass}}">{{actionLabel}}</span> <span class="note">{{relevance}}</span></li>
            {{/moreInstruments}}
          </ul>
          {{/hasMoreInstruments}}
          <h3>{{t.whyEachRuleFired}}</h3>
          {{#hasAnnex}}
          <p class="note">{{t.annexNote}}</p>
          <div class="annex-rules">
          {{#annex}}
          <div class="annex-entry">
            <h4><code>{{rule}}</code>{{#title}} {{.}}{{/title}} <span class="note">{{t.confidenceWord}} {{confidence}}</span></h4>
            {{#because}}<p>{{.}}</p>{{/because}}
            <ul class="leaves">
              {{#leaves}}
              <li{{#borderline}} class="borderline-leaf"{{/borderline}}><span class="result {{resultClass}}" title="{{resultLabel}}">{{resultSymbol}}</span> <code>{{condition}}</code>: {{value}}{{#stale}}<span class="stale-flag">{{t.staleFlag}}</span>{{/stale}}{{#interval}} <span class="borderline">{{.}}</span>{{/interval}}{{#source}} <span class="note">{{.}}{{#year}}, {{.}}{{/year}}</span>{{/source}}</li>
              {{/leaves}}
            </ul>
          </div>
          {{/annex}}
          </div>
          {{/hasAnnex}}
          {{^hasAnnex}}
          <p class="empty">{{t.noRuleFired}}</p>
          {{/hasAnnex}}
        </section>

        <section class="provenance-section">
          <h2>{{t.provenance}}</h2>
          <dl class="provenance">
            <dt>{{t.ruleset}}</dt><dd>{{provenance.rulesetTitle}} (<code>{{provenance.rulesetId}}</code>), {{t.version}} {{provenance.rulesetVersion}}</dd>
            <dt>{{t.rulesetHash}}</dt><dd><code>{{provenance.rulesetHash}}</code></dd>
            <dt>{{t.profileHash}}</dt><dd><code>{{provenance.profileHash}}</code></dd>
            <dt>{{t.engine}}</dt><dd>{{provenance.engine}}</dd>
            <dt>{{t.reportDate}}</dt><dd>{{provenance.date}}</dd>
            <dt>{{t.format}}</dt><dd>{{schema}}</dd>
          </dl>
        </section>

        <footer>{{t.footer}}</footer>
        </main>
        </body>
        </html>

        """#
}
