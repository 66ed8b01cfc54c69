// Server render time of the pages where evidence meets answers, with 500 findings of scan evidence stored in
// the review (and every choice of the built-in lens judged), against the sign-in page in the same run.
// Requests go through the Hono app in-process (no socket): the server's own time. Target < 100 ms.
// Run: node dist/bench/review-evidence-pages.js   (FINDINGS=2000 RUNS=40 to change the load)
import { loadBuiltinLens } from '../src/lens/builtin.js';
import { isNoneChoiceId } from '../src/lens/types.js';
import { importScanEvidence } from '../src/review/scan-evidence.js';
import type { ChoiceEvidenceRecord } from '../src/store/evidence-store.js';
import { openPagesHarness, seedWorkload } from '../test/helpers/pages.js';

const runs = Number(process.env.RUNS ?? 40);
const totalFindings = Number(process.env.FINDINGS ?? 500);
const h = await openPagesHarness();
try {
  const id = await seedWorkload(h.service, 'Evidence bench');
  const lens = loadBuiltinLens('en');
  const choices: ChoiceEvidenceRecord[] = [];
  for (const q of lens.pillars.flatMap((p) => p.questions)) {
    for (const c of q.choices) {
      if (isNoneChoiceId(c.id)) continue;
      choices.push({ questionId: q.id, choiceId: c.id, status: 'supported', passed: 12, failed: 0, rules: ['lambda-tracing', 'lambda-memory-size'], findings: [] });
    }
  }
  // Findings go to a third of the choices (contradicted), half of them to OPS1's first choice (the page measured).
  const contradicted = choices.filter((_, i) => i % 3 === 0);
  for (let n = 0; n < totalFindings; n++) {
    const target = n % 2 === 0 ? contradicted[0] : contradicted[n % contradicted.length];
    if (!target) break;
    target.status = 'contradicted';
    target.failed += 1;
    target.findings.push({
      ruleId: 'lambda-tracing',
      severity: 'warning',
      file: `services/orders/stack-${n % 40}/template.yaml`,
      line: 10 + n,
      column: 5,
      resource: `Function${n}`,
      message: { en: `Function Function${n} does not have active tracing.`, ja: `関数 Function${n} でアクティブトレースが有効になっていません。` },
    });
  }
  await importScanEvidence(h.service, id, { files: Array.from({ length: 40 }, (_, i) => `services/orders/stack-${i}/template.yaml`), scanDate: '2026-12-01', choices }, 'en');
  // Half the questions answered, some against the evidence (conflicts to find and count).
  for (const [i, q] of lens.pillars.flatMap((p) => p.questions).entries()) {
    if (i % 2 === 1) continue;
    await h.service.updateAnswer(id, 'serverless', q.id, { selectedChoices: q.choices.filter((c) => !isNoneChoiceId(c.id)).slice(0, 2).map((c) => c.id), notes: 'Checked.' });
  }

  const client = h.client();
  const time = async (path: string): Promise<number> => {
    const times: number[] = [];
    for (let i = 0; i < runs + 5; i++) {
      const start = performance.now();
      const res = await client.get(path);
      const ms = performance.now() - start;
      if (res.status !== 200) throw new Error(`${path}: HTTP ${res.status}`);
      if (i >= 5) times.push(ms);
    }
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)] ?? 0;
  };
  const base = `/workloads/${id}`;
  const pages: [string, string][] = [
    ['sign-in (trivial page)', '/signin'],
    ['overview (scan status)', base],
    ['review, most findings', `${base}/review/serverless?q=OPS1`],
    ['review, Japanese', `${base}/review/serverless?q=OPS1&lang=ja`],
    ['review, few findings', `${base}/review/serverless?q=COST1`],
    ['evidence tab', `${base}/evidence`],
  ];
  const results: [string, number][] = [];
  for (const [name, path] of pages) results.push([name, await time(path)]);
  const trivial = results[0]?.[1] ?? 1;
  const stored = choices.reduce((n, c) => n + c.findings.length, 0);
  console.log(`${stored} findings over ${choices.length} choices; median of ${runs} requests per page`);
  for (const [name, ms] of results) console.log(`${name.padEnd(26)} ${ms.toFixed(2).padStart(7)} ms  ${(ms / trivial).toFixed(1).padStart(5)}× trivial page${ms < 100 ? '' : '  (over the 100 ms target)'}`);
} finally {
  await h.close();
}
