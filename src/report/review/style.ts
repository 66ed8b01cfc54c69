// The review's stylesheet: what a printed or downloaded report needs (embedded in the HTML report and
// the PDF), and the base of the web pages' stylesheet. Colours meet WCAG AA contrast on white; focus is always visible.
export const STYLESHEET = `
:root{--fg:#1b1f24;--muted:#555e69;--line:#c9d1d9;--bg:#fff;--soft:#f3f5f7;--accent:#0b57d0;--high:#b3261e;--medium:#8a5300;--none:#1e6b34;--na:#5f6670;--un:#8c959f}
*{box-sizing:border-box}
html{font-family:system-ui,-apple-system,"Segoe UI","Hiragino Sans","Noto Sans CJK JP","Noto Sans JP",sans-serif;color:var(--fg);background:var(--bg);line-height:1.55}
body{margin:0}
a{color:var(--accent)}
:focus-visible{outline:3px solid var(--fg);outline-offset:2px}
main{max-width:72rem;margin:0 auto;padding:1rem 1.25rem 3rem}
h1{font-size:1.6rem;margin:.5rem 0 1rem}h2{font-size:1.25rem;margin:1.5rem 0 .5rem}h3{font-size:1.05rem;margin:1rem 0 .25rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border-bottom:1px solid var(--line);padding:.4rem .5rem;text-align:left;vertical-align:top}
th{background:var(--soft)}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.badge{display:inline-block;padding:0 .5rem;border-radius:999px;color:#fff;font-size:.85rem;font-weight:600;white-space:nowrap}
.risk-HIGH{background:var(--high)}.risk-MEDIUM{background:var(--medium)}.risk-NONE{background:var(--none)}.risk-NOT_APPLICABLE{background:var(--na)}.risk-UNANSWERED{background:#fff;color:var(--fg);border:1px solid var(--un)}
.chart svg{max-width:100%;height:auto}
.muted{color:var(--muted)}
.plan li{margin:.35rem 0}
.pre{white-space:pre-wrap;overflow-wrap:anywhere;margin:.25rem 0}
h4{font-size:1rem;margin:1rem 0 .25rem}
.badge,.chart svg{print-color-adjust:exact;-webkit-print-color-adjust:exact}
.summary th{width:14rem}
@media print{main{max-width:none;padding:0}a{color:inherit}
section.question{break-inside:avoid}h2,h3,h4{break-after:avoid}body{font-size:10.5pt}}
.plan-table{border-collapse:collapse;width:100%}.plan-table th,.plan-table td{border-bottom:1px solid #d0d7de;padding:.25rem .4rem;text-align:left;vertical-align:top}
.plan-table tr{break-inside:avoid}.plan-counts{margin:.25rem 0}
.badge.prioritized{background:#fff;color:#5a2ca0;border:1px solid #5a2ca0}
`;
