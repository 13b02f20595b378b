/**
 * The report's stylesheet, inlined so the page needs nothing from the network. It fits a laptop's window
 * (1280 px): any text may break anywhere, so ARNs, paths and JSON never widen a table or the page, code
 * blocks wrap their lines, and only chips and numbers stay whole.
 */
export const HTML_STYLES = `
:root { --ok: #1a7f37; --bad: #cf222e; --warn: #9a6700; --muted: #57606a; --line: #d0d7de; --bg: #f6f8fa; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0; color: #1f2328; overflow-wrap: anywhere; }
/* A rule id is a name to read whole (list.order, destination.create.quota), never broken mid-word. */
code.rule-id { overflow-wrap: normal; }
header { padding: 20px 32px; color: #fff; }
header h1 { margin: 0 0 6px; font-size: 24px; }
header p { margin: 0; opacity: .95; }
.verdict-passed { background: var(--ok); }
.verdict-failed, .verdict-infrastructure-error, .verdict-usage-error { background: var(--bad); }
.verdict-incomplete, .verdict-interrupted { background: var(--warn); }
nav { padding: 8px 32px; background: var(--bg); border-bottom: 1px solid var(--line); }
nav a { margin-right: 16px; color: #0969da; text-decoration: none; }
main { padding: 0 32px 32px; max-width: 1200px; }
section { margin-top: 28px; }
h2 { border-bottom: 1px solid var(--line); padding-bottom: 4px; }
table { border-collapse: collapse; margin: 8px 0 16px; min-width: 50%; max-width: 100%; }
th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: var(--bg); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
pre { background: var(--bg); border: 1px solid var(--line); padding: 8px; overflow-x: auto; white-space: pre-wrap; }
.chip { display: inline-block; border-radius: 10px; padding: 0 8px; margin: 1px 2px; font-size: 12px; border: 1px solid; white-space: nowrap; }
.chip.ok { color: var(--ok); } .chip.bad { color: var(--bad); } .chip.warn { color: var(--warn); } .chip.muted { color: var(--muted); }
.passed { color: var(--ok); font-weight: 600; } .failed { color: var(--bad); font-weight: 600; } .incomplete, .inconclusive { color: var(--warn); font-weight: 600; }
.charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(340px, 1fr)); gap: 16px; }
.chart { border: 1px solid var(--line); padding: 8px; }
.chart h3 { margin: 0 0 4px; font-size: 14px; }
.chart .canvas-box { position: relative; height: 220px; }
.note { color: var(--muted); }
pre.counterexample mark { background: #fff8c5; }
.diverges { color: var(--bad); font-weight: 600; }
article { border-left: 4px solid var(--bad); padding-left: 12px; margin-bottom: 20px; }
article.observation { border-left-color: var(--warn); }
article summary h3 { display: inline; }
table.values td code { white-space: pre-wrap; }
footer { padding: 16px 32px; color: var(--muted); border-top: 1px solid var(--line); }
`;
