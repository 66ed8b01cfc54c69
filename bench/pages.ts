// Server render time of the web pages for a fully answered review (the built-in Serverless Lens and a custom
// lens, every question answered with notes, 500 findings of scan evidence, tracked plan items), against the sign-in page (the trivial page) in the same run.
// Requests go through the Hono app in-process (no socket): this is the server's own time. Target < 100 ms.
import { readFileSync } from 'node:fs';
import { importLens } from '../src/review/catalog.js';
import { isNoneChoiceId } from '../src/lens/types.js';
import { openPagesHarness, seedWorkload } from '../test/helpers/pages.js';
import { fixture } from '../test/helpers/repo.js';

const runs = Number(process.env.RUNS ?? 40);
const h = await openPagesHarness();
try {
  await importLens(h.service, readFileSync(fixture('lenses', 'ApiGwLambda_custom-lens-apigw-lambda-v0.1.json'), 'utf8'), { alias: 'apigw' });
  const id = await seedWorkload(h.service, 'Bench workload');
  await h.service.applyLenses(id, ['apigw']);
  let answered = 0;
  for (const alias of ['serverless', 'apigw']) {
    for (const [i, a] of (await h.service.listAnswers(id, alias, 'en')).entries()) {
      // Alternate between "some best practices" and "all of them" so the plan has items and the risks vary.
      const practices = a.choices.filter((c) => !isNoneChoiceId(c.choiceId)).map((c) => c.choiceId);
      const selected = i % 2 === 0 ? practices.slice(0, 1) : practices;
      await h.service.updateAnswer(id, alias, a.questionId, { selectedChoices: selected, notes: `メモ ${i}: `.padEnd(400, '確認済み。') });
      answered++;
    }
  }
  // 500 findings of scan evidence spread over the Serverless Lens choices, and a few tracked plan items.
  const { importScanEvidence } = await import('../src/review/scan-evidence.js');
  const { loadBuiltinLens } = await import('../src/lens/builtin.js');
  const { planView, updateImprovementItem } = await import('../src/review/improvement-items.js');
  const lensChoices = loadBuiltinLens('en').pillars.flatMap((p) => p.questions.flatMap((q) => q.choices.filter((c) => !isNoneChoiceId(c.id)).map((c) => ({ questionId: q.id, choiceId: c.id }))));
  const FINDINGS = 500;
  const choices = lensChoices.map((c, i) => {
    const n = Math.floor(FINDINGS / lensChoices.length) + (i < FINDINGS % lensChoices.length ? 1 : 0);
    const findings = Array.from({ length: n }, (_, k) => ({ ruleId: 'lambda-tracing', severity: 'warning', file: `services/s${k % 20}/template.yaml`, line: 10 + k, column: 5, resource: `Fn${k}`, message: { en: `Function Fn${k} has no active tracing`, ja: `関数 Fn${k} はアクティブトレースを使っていません` } }));
    return { ...c, status: n > 0 ? 'contradicted' : 'supported', passed: 3, failed: n, rules: ['lambda-tracing'], findings };
  });
  await importScanEvidence(h.service, id, { files: Array.from({ length: 20 }, (_, k) => `services/s${k}/template.yaml`), scanDate: '2026-12-01', choices }, 'en');
  const findingCount = choices.reduce((n, c) => n + c.findings.length, 0);
  for (const [k, e] of (await planView(h.service, id, 'serverless', 'en')).entries.slice(0, 6).entries())
    await updateImprovementItem(h.service, id, 'serverless', e.questionId, e.choiceId, { status: k % 2 ? 'DONE' : 'IN_PROGRESS', owner: `owner ${k}`, due: '2027-03-31', version: 0 }, 'en');
  const { createMilestone } = await import('../src/review/milestones.js');
  await createMilestone(h.service, id, 'Bench milestone');

  const client = h.client();
  const time = async (path: string): Promise<number> => {
    const times: number[] = [];
    for (let i = 0; i < runs + 5; i++) {
      const start = performance.now();
      const res = await client.get(path);
      const ms = performance.now() - start;
      if (res.status !== 200) throw new Error(`${path}: HTTP ${res.status}`);
      if (i >= 5) times.push(ms); // the first requests warm caches and the JIT
    }
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)] ?? 0;
  };
  const base = `/workloads/${id}`;
  const pages: [string, string][] = [
    ['sign-in (trivial page)', '/signin'],
    ['workloads list', '/workloads'],
    ['overview', base],
    ['review question', `${base}/review/serverless?q=SEC2`],
    ['improvement plan', `${base}/plan`],
    ['plan filtered (HIGH)', `${base}/plan?risk=HIGH`],
    ['evidence (500 findings)', `${base}/evidence`],
    ['upload form', `${base}/upload`],
    ['milestone comparison', `${base}/compare?base=1&target=current`],
    ['report page (all answers)', `${base}/report`],
    ['review page, Japanese', `${base}/review/serverless?q=SEC2&lang=ja`],
  ];
  const results: [string, number][] = [];
  for (const [name, path] of pages) results.push([name, await time(path)]);
  const trivial = results[0]?.[1] ?? 1;
  console.log(`${answered} questions answered over 2 lenses, ${findingCount} findings of scan evidence; median of ${runs} requests per page`);
  for (const [name, ms] of results) console.log(`${name.padEnd(28)} ${ms.toFixed(2).padStart(7)} ms  ${(ms / trivial).toFixed(1).padStart(5)}× trivial page${ms < 100 ? '' : '  (over the 100 ms target)'}`);
} finally {
  await h.close();
}
