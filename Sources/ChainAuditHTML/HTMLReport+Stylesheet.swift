extension HTMLReport {
    /// The report's only stylesheet, allowed by its hash in the CSP. Colours
    /// meet WCAG AA contrast on white (text 4.5:1, chart marks 3:1); the print
    /// rules lay the report out on A4.
    static let stylesheet = """
        :root { color-scheme: light; }
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1a1a1a; background: #ffffff; line-height: 1.45; margin: 0 auto; padding: 1.5rem; max-width: 72rem; }
        h1 { font-size: 1.7rem; margin: 0 0 .3rem; }
        h2 { font-size: 1.35rem; margin: 2rem 0 .6rem; border-bottom: 2px solid #1a1a1a; padding-bottom: .2rem; }
        h3 { font-size: 1.1rem; margin: 1.4rem 0 .4rem; }
        p, li, td, th, caption, figcaption, h1, h2, h3, dd { overflow-wrap: anywhere; }
        .meta { color: #404040; margin: 0; }
        .headline { font-size: 1.2rem; font-weight: 600; }
        table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; font-size: .92rem; }
        table.fixed { table-layout: fixed; }
        col.c-sev { width: 14%; } col.c-subject { width: 24%; } col.c-problem { width: 32%; } col.c-fix { width: 30%; }
        col.c-name { width: 18%; } col.c-tier { width: 12.5%; } col.c-value { width: 11%; } col.c-num { width: 7.5%; } col.c-kind { width: 8%; } col.c-district { width: 11%; } col.c-problems { width: 9%; } col.c-id { width: 12%; } col.c-role { width: 18%; }
        td.tier { overflow-wrap: normal; word-break: normal; hyphens: none; }
        .name { display: block; max-height: 9.5em; overflow-y: auto; }
        .key .name { display: inline-block; vertical-align: top; max-width: 100%; }
        caption { text-align: left; font-weight: 600; padding: .3rem 0; }
        th, td { border: 1px solid #8c8c8c; padding: .3rem .45rem; text-align: left; vertical-align: top; }
        thead th { background: #e8e8e8; overflow-wrap: normal; font-size: .88rem; }
        td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
        code { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .88em; }
        .sev { font-weight: 700; white-space: nowrap; }
        .sev-error { color: #a3001b; }
        .sev-warning { color: #7a4100; }
        .sev-info { color: #00508c; }
        tr.waived td { color: #404040; background: #f4f4f4; }
        .waiver { font-style: italic; }
        .missing-diagram { border: 2px dashed #595959; padding: 1rem; color: #1a1a1a; }
        .diagram { overflow-x: auto; border: 1px solid #8c8c8c; padding: .5rem; }
        .diagram svg { max-width: none; height: auto; }
        figure { margin: 1rem 0; }
        figcaption { color: #1a1a1a; margin-top: .3rem; }
        .chart { max-width: 100%; height: auto; }
        .key { font-size: .9rem; }
        :target { outline: 3px solid #00508c; }
        @page { size: A4; margin: 15mm 12mm; }
        @media print {
          body { max-width: none; padding: 0; font-size: 10pt; }
          h2 { break-after: avoid; }
          h3 { break-after: avoid; }
          tr, figure, .summary { break-inside: avoid; }
          thead { display: table-header-group; }
          .diagram { overflow: visible; border: none; }
          .diagram svg { max-width: 100%; }
          a { color: inherit; text-decoration: none; }
          .name { max-height: none; overflow: visible; }
          col.c-name { width: 16.5%; } col.c-tier { width: 14%; }
        }
        """
}
