// The one stylesheet, served at /assets/app.css. Colours meet WCAG AA contrast on white; focus is always visible.
export const STYLESHEET = `
:root{--fg:#1b1f24;--muted:#555e69;--line:#c9d1d9;--bg:#fff;--soft:#f3f5f7;--accent:#0b57d0;--high:#b3261e;--medium:#8a5300;--none:#1e6b34;--na:#5f6670;--un:#8c959f}
*{box-sizing:border-box}
html{font-family:system-ui,-apple-system,"Segoe UI","Hiragino Sans","Noto Sans CJK JP","Noto Sans JP",sans-serif;color:var(--fg);background:var(--bg);line-height:1.55}
body{margin:0}
a{color:var(--accent)}
:focus-visible{outline:3px solid var(--fg);outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#fff;padding:4px 8px;z-index:9}
header.top{display:flex;flex-wrap:wrap;gap:1rem;align-items:center;padding:.5rem 1.25rem;border-bottom:1px solid var(--line);background:var(--soft)}
header.top .brand{font-weight:700;text-decoration:none;color:var(--fg)}
header.top nav ul{display:flex;gap:1rem;list-style:none;margin:0;padding:0}
header.top .right{margin-left:auto;display:flex;gap:.75rem;align-items:center}
main{max-width:72rem;margin:0 auto;padding:1rem 1.25rem 3rem}
h1{font-size:1.6rem;margin:.5rem 0 1rem}h2{font-size:1.25rem;margin:1.5rem 0 .5rem}h3{font-size:1.05rem;margin:1rem 0 .25rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border-bottom:1px solid var(--line);padding:.4rem .5rem;text-align:left;vertical-align:top}
th{background:var(--soft)}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
form.stack{display:grid;gap:.75rem;max-width:40rem}
label{font-weight:600}
.field{display:grid;gap:.25rem}
.hint{color:var(--muted);font-size:.9rem}
input[type=text],input[type=url],input[type=password],select,textarea{font:inherit;padding:.4rem .5rem;border:1px solid #8c959f;border-radius:4px;width:100%}
textarea{min-height:6rem}
button,.button{font:inherit;padding:.45rem 1rem;border-radius:4px;border:1px solid var(--accent);background:var(--accent);color:#fff;cursor:pointer;text-decoration:none;display:inline-block}
button.secondary,.button.secondary{background:#fff;color:var(--accent)}
button.link{background:none;border:none;color:var(--accent);padding:0;text-decoration:underline}
fieldset{border:1px solid var(--line);border-radius:6px;padding:.75rem 1rem;margin:0 0 1rem}
legend{font-weight:700;padding:0 .25rem}
.error{color:var(--high)}
.notice{border-left:4px solid var(--accent);background:var(--soft);padding:.5rem .75rem;margin:.75rem 0}
.notice.error{border-color:var(--high)}
.badge{display:inline-block;padding:0 .5rem;border-radius:999px;color:#fff;font-size:.85rem;font-weight:600;white-space:nowrap}
.risk-HIGH{background:var(--high)}.risk-MEDIUM{background:var(--medium)}.risk-NONE{background:var(--none)}.risk-NOT_APPLICABLE{background:var(--na)}.risk-UNANSWERED{background:#fff;color:var(--fg);border:1px solid var(--un)}
.tabs{display:flex;flex-wrap:wrap;gap:.25rem 1rem;list-style:none;padding:0;margin:0 0 1rem;border-bottom:1px solid var(--line)}
.tabs a{display:inline-block;padding:.35rem 0}.tabs a[aria-current=page]{font-weight:700;border-bottom:3px solid var(--accent)}
.review{display:grid;grid-template-columns:16rem 1fr;gap:1.5rem}
.review nav ol{list-style:none;padding:0;margin:0}.review nav li{margin:.15rem 0}
.review nav a[aria-current=page]{font-weight:700}
.review nav .pillar{font-weight:700;margin-top:.75rem}
.choice{display:flex;flex-wrap:wrap;gap:.25rem .5rem;align-items:flex-start;padding:.3rem 0;border-bottom:1px dashed var(--line)}
.choice label{font-weight:400;flex:1}
.choice details{flex-basis:100%;margin-left:1.6rem}
.choice summary{color:var(--accent);cursor:pointer;width:max-content}
.choice input{margin-top:.35rem;width:1.1rem;height:1.1rem}
input[type=checkbox],input[type=radio]{width:1.1rem;height:1.1rem;accent-color:var(--accent)}
.actions{display:flex;gap:.75rem;align-items:center;margin-top:1rem}
.compare-cols{display:grid;grid-template-columns:1fr 1fr;gap:1rem}
.chart svg{max-width:100%;height:auto}
.muted{color:var(--muted)}
.plan li{margin:.35rem 0}
ul.plain{list-style:none;margin:0;padding:0}
.pre{white-space:pre-wrap;overflow-wrap:anywhere;margin:.25rem 0}
h4{font-size:1rem;margin:1rem 0 .25rem}
.badge,.chart svg{print-color-adjust:exact;-webkit-print-color-adjust:exact}
.summary th{width:14rem}
@media (max-width:48rem){.review{grid-template-columns:1fr}.compare-cols{grid-template-columns:1fr}}
@media print{header.top,.no-print,.skip{display:none!important}main{max-width:none;padding:0}a{color:inherit}
section.question{break-inside:avoid}h2,h3,h4{break-after:avoid}body{font-size:10.5pt}}
`;
