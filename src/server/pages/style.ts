// The web pages' stylesheet, served at /assets/app.css: the report's (colours, tables, badges, charts)
// and what only pages have — header and navigation, forms and buttons, tabs, the review's question list.
import { STYLESHEET as REPORT_STYLESHEET } from '../../report/review/style.js';
import { CONSOLIDATED_STYLE } from '../../report/consolidated/style.js';

const PAGE_RULES = `
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#fff;padding:4px 8px;z-index:9}
header.top{display:flex;flex-wrap:wrap;gap:1rem;align-items:center;padding:.5rem 1.25rem;border-bottom:1px solid var(--line);background:var(--soft)}
header.top .brand{font-weight:700;text-decoration:none;color:var(--fg)}
header.top nav ul{display:flex;gap:1rem;list-style:none;margin:0;padding:0}
header.top .right{margin-left:auto;display:flex;gap:.75rem;align-items:center}
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
ul.plain{list-style:none;margin:0;padding:0}
button.danger,.button.danger{background:var(--high);border-color:var(--high);color:#fff}
.actions{flex-wrap:wrap}
th{word-break:keep-all;overflow-wrap:normal}
code{overflow-wrap:anywhere}
dl.properties{display:grid;grid-template-columns:minmax(8rem,14rem) 1fr;gap:.25rem 1rem;margin:.5rem 0}
dl.properties>div{display:contents}dl.properties dt{font-weight:600}dl.properties dd{margin:0;overflow-wrap:anywhere}
.picker{max-height:16rem;overflow-y:auto;border:1px solid var(--line);border-radius:4px;padding:.25rem .5rem;display:grid;grid-template-columns:repeat(auto-fill,minmax(15rem,1fr));gap:.1rem 1rem}
.pick{font-weight:400;display:flex;gap:.4rem;align-items:flex-start;padding:.15rem 0}.pick input{margin-top:.3rem;flex:none}
.priority-list{display:grid;grid-template-columns:repeat(auto-fill,minmax(13rem,1fr));gap:.5rem 1rem}
.confirm ul{margin:.5rem 0 1rem}
.pdf-status:empty{display:none}.busy{cursor:progress;opacity:.8}
.api-viewer{max-width:100%;overflow-x:auto}
.chart{max-width:100%;overflow-x:auto}
@media (max-width:48rem){.review{grid-template-columns:1fr}.compare-cols{grid-template-columns:1fr}}
@media (max-width:40rem){
main{padding:.75rem .75rem 2rem}
header.top{gap:.35rem .75rem;padding:.5rem .75rem}
header.top nav ul{flex-wrap:wrap;gap:.25rem .75rem}
header.top .right{margin-left:0;flex-wrap:wrap}
h1{font-size:1.35rem;overflow-wrap:anywhere}
main table:not(.stacked){display:block;max-width:100%;overflow-x:auto}
table.stacked thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
table.stacked,table.stacked tbody,table.stacked tr,table.stacked td{display:block;width:100%}
table.stacked tr{border-bottom:1px solid var(--line);padding:.35rem 0}
table.stacked td{border:none;padding:.1rem .25rem;text-align:left;overflow-wrap:anywhere}
table.stacked td[data-label]{display:flex;gap:.75rem;justify-content:space-between}
table.stacked td[data-label]::before{content:attr(data-label);color:var(--muted);font-weight:600;text-align:left}
.summary th{width:auto}
dl.properties{grid-template-columns:1fr}dl.properties dd{margin-bottom:.35rem}
.tabs{gap:.1rem .75rem}
}
@media print{header.top,.no-print,.skip{display:none!important}}
`;

// ---- Review pages (review-page branch): evidence beside choices, suggestions, conflicts, the question list
// after the question in the page (beside it on wide screens, folded below it on phones), Previous / Next.
const REVIEW_PAGE_RULES = `
.review-main{grid-column:2;grid-row:1;min-width:0}
.review>.question-list{grid-column:1;grid-row:1}
.question-list>summary{font-weight:700;cursor:pointer;margin-bottom:.5rem}
.review nav .q-title{display:block;font-size:.85rem;color:var(--muted);margin:0 0 .3rem}
.conflict-mark{color:var(--high);font-weight:700}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.choice .evidence{flex-basis:100%;margin-left:1.6rem;font-size:.92rem}
.evidence .mark{font-weight:700}
.choice .evidence details{margin-left:0}
.evidence.status-supported .mark{color:var(--none)}
.evidence.status-contradicted .mark{color:var(--high)}
.evidence.status-unknown .mark{color:var(--na)}
.evidence ul{margin:.25rem 0;padding-left:1.2rem}
.evidence code,.suggestion code{overflow-wrap:anywhere}
.conflict{color:var(--high);font-weight:700;margin:.2rem 0}
.choice.has-conflict{border-left:4px solid var(--high);padding-left:.4rem}
.suggestion{border:1px solid var(--line);background:var(--soft);padding:.5rem .75rem;margin:1rem 0}
.suggestion h3{margin:.1rem 0 .3rem;font-size:1rem}
.actions{flex-wrap:wrap}
.actions .pager{display:flex;gap:1rem;margin-left:auto}
form.inline{display:inline}
.take-all{margin-top:1rem}
ul.inline-list{margin:.25rem 0;padding-left:1.2rem}
.table-scroll{max-width:100%;overflow-x:auto}
.table-scroll td{overflow-wrap:anywhere}
@media (max-width:48rem){.review-main,.review>.question-list{grid-column:1}.review>.question-list{grid-row:2}.actions .pager{margin-left:0}}
`;
// --- plan-upload: the tracked improvement plan (routes/plan.tsx) and the upload page (routes/upload.tsx) ---
const PLAN_UPLOAD_RULES = `
.plan-filter{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;margin:.5rem 0 1rem}
.plan-items{list-style:none;padding:0}
.plan-item{border-bottom:1px solid #d0d7de;padding:.35rem 0}
.plan-line{margin:0}
.plan-item details{margin:.25rem 0 .25rem 1.5rem}
.plan-form{display:flex;flex-wrap:wrap;gap:.4rem;align-items:center;margin:.5rem 0}
.plan-state{font-weight:600}
.plan-status-done .plan-state{color:#116329}
.plan-status-wont_do .plan-state{color:#57606a}
.plan-flag{color:#9a3412}
.upload-error{white-space:pre-wrap;font-family:ui-monospace,monospace}
`;

export const STYLESHEET = REPORT_STYLESHEET + PAGE_RULES + REVIEW_PAGE_RULES + PLAN_UPLOAD_RULES + CONSOLIDATED_STYLE;
