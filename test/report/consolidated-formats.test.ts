// The consolidated report's formats over a report built purely (no database): user text that looks like HTML,
// Markdown or a spreadsheet formula stays text in every format, and the output is the same for the same input.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadBuiltinLens } from '../../src/lens/builtin.js';
import { buildConsolidated, type ConsolidatedInput } from '../../src/review/consolidated.js';
import { renderConsolidatedCsv } from '../../src/report/consolidated/csv.js';
import { renderConsolidatedHtml } from '../../src/report/consolidated/html.js';
import { renderConsolidatedMarkdown } from '../../src/report/consolidated/markdown.js';

const HOSTILE = '<img src=x onerror=alert(1)> | =cmd';

function input(): ConsolidatedInput {
  const at = '2026-02-01T00:00:00.000Z';
  const workload = { id: 'w1', name: HOSTILE, description: '', environment: 'PRODUCTION', awsRegions: [], accountIds: [], reviewOwner: '', architecturalDesign: '', industry: '', pillarPriorities: [], createdAt: at, updatedAt: at };
  return {
    workloads: [workload],
    reviews: [{ workloadId: 'w1', lensAlias: 'serverless', lensVersion: 'v', position: 1, updatedAt: at }],
    answers: [{ workloadId: 'w1', lensAlias: 'serverless', questionId: 'OPS1', selectedChoices: ['OPS1_no'], isApplicable: true }],
    items: [{ workloadId: 'w1', lensAlias: 'serverless', questionId: 'OPS1', choiceId: 'ops1_tracing', status: 'WONT_DO' }],
    milestones: [{ workloadId: 'w1', number: 1, name: 'm', createdAt: '2026-01-05T00:00:00.000Z', reviews: [{ lensAlias: 'serverless', lensVersion: 'v', answers: [] }] }],
    lensOf: (_alias, _version, lang) => loadBuiltinLens(lang),
    builtin: () => true,
    prioritized: () => new Set(),
  };
}

test('the consolidated formats keep hostile workload names as text, and are deterministic', async () => {
  for (const lang of ['en', 'ja'] as const) {
    const report = buildConsolidated(input(), {}, lang);
    assert.deepEqual(report.riskCounts, { HIGH: 1, MEDIUM: 0, NONE: 0, NOT_APPLICABLE: 0, UNANSWERED: 8 });
    assert.deepEqual(report.improvementStatus, { OPEN: 3, IN_PROGRESS: 0, DONE: 0, WONT_DO: 1 });
    assert.deepEqual(report.trend.map((p) => [p.at, p.riskCounts.UNANSWERED, p.riskCounts.HIGH]), [['2026-01-05', 9, 0], ['current', 8, 1]]);

    const html = await renderConsolidatedHtml(report);
    assert.ok(!html.includes('<img src=x'), 'the name is escaped in the HTML');
    assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;/);
    assert.equal(await renderConsolidatedHtml(buildConsolidated(input(), {}, lang)), html);

    const md = renderConsolidatedMarkdown(report);
    assert.ok(!md.includes('<img'), 'no raw HTML in Markdown');
    assert.match(md, /&lt;img src=x onerror=alert\(1\)> \\\| =cmd/);

    const csv = renderConsolidatedCsv(report);
    assert.match(csv, /,"?'?<img src=x onerror=alert\(1\)> \| =cmd"?,/);
    const formula = renderConsolidatedCsv(buildConsolidated({ ...input(), workloads: [{ ...input().workloads[0]!, name: '=HYPERLINK("http://x")' }] }, {}, lang));
    assert.match(formula, /,"'=HYPERLINK\(""http:\/\/x""\)",/);
  }
});
