// The consolidated report over many workloads (WORKLOADS, default 200) on a SQLite file (BENCH_PG=1: PostgreSQL at
// 127.0.0.1:5432, db `test`, its own schema dropped afterwards): each workload has the Serverless Lens answered at
// random (seeded), two milestones for half of them and a few improvement items. Timed: the report for a service
// caller (every workload) and for a user with a share of each, its HTML and CSV, against the way the W-A API built
// it before — a review read per workload and lens (service.listWorkloads + getReview) — in the same run, the two
// taking turns; the best of RUNS each.
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import pg from 'pg';
import { loadConsolidated } from '../src/review/consolidated-load.js';
import { updateImprovementItem } from '../src/review/improvement-items.js';
import { createMilestone } from '../src/review/milestones.js';
import { openReviewService } from '../src/review/open.js';
import { renderConsolidatedCsv } from '../src/report/consolidated/csv.js';
import { renderConsolidatedHtml } from '../src/report/consolidated/html.js';
import { createUser } from '../src/server/users.js';
import { PG_BASE_URL, sqliteDb } from '../test/helpers/db.js';

const WORKLOADS = Number(process.env.WORKLOADS ?? 200);
const RUNS = Number(process.env.RUNS ?? 5);
const usePg = process.env.BENCH_PG === '1';
const sqlite = sqliteDb();
const schema = `slens_bench_cr_${process.pid}_${randomBytes(3).toString('hex')}`;
const url = usePg ? `${PG_BASE_URL}?schema=${schema}` : sqlite.url;

/** A small seeded generator, so every run answers the same way. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = process.hrtime.bigint();
  const value = await work();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

const opened = await openReviewService(url);
const service = opened.service;
try {
  const random = prng(17);
  const seedStart = Date.now();
  const { user } = await createUser(service.store, 'bench-user', undefined, service.now());
  const lens = await service.getReview((await service.createWorkload({ workloadName: 'w000', lenses: ['serverless'] })).workloadId, 'serverless', 'en');
  const questions = lens.questions.map((q) => q.id);
  const answers = await service.listAnswers(lens.workload.id, 'serverless', 'en');
  const choicesOf = new Map(answers.map((a) => [a.questionId, a.choices.map((c) => c.choiceId).filter((id) => !/_no$/i.test(id))]));
  for (let i = 0; i < WORKLOADS; i++) {
    const id = i === 0 ? lens.workload.id : (await service.createWorkload({ workloadName: `w${String(i).padStart(3, '0')}`, environment: i % 3 === 0 ? 'PREPRODUCTION' : 'PRODUCTION', lenses: ['serverless'] })).workloadId;
    await service.store.putWorkloadShare(id, user.id, i % 2 === 0 ? 'owner' : 'readonly', service.now());
    const answerAll = async () => {
      for (const q of questions) {
        const selected = (choicesOf.get(q) ?? []).filter(() => random() < 0.6);
        if (selected.length > 0) await service.updateAnswer(id, 'serverless', q, { selectedChoices: selected });
      }
    };
    await answerAll();
    if (i % 2 === 0) {
      await createMilestone(service, id, 'first');
      await answerAll();
      await createMilestone(service, id, 'second');
    }
    const plan = (await service.getReview(id, 'serverless', 'en')).improvementPlan;
    const first = plan[0]?.improvements[0];
    if (first && plan[0]) await updateImprovementItem(service, id, 'serverless', plan[0].questionId, first.choiceId, { status: i % 4 === 0 ? 'DONE' : 'IN_PROGRESS', version: 0 }, 'en');
  }
  const seedMs = Date.now() - seedStart;

  const caller = { userId: null, name: 'bench' };
  const userCaller = { userId: user.id, name: 'bench-user' };
  /** What GetConsolidatedReport did before: a workload view and a review read per workload and lens. */
  const perWorkload = async () => {
    let high = 0;
    for (const w of await service.listWorkloads()) for (const alias of w.lenses) high += (await service.getReview(w.workloadId, alias, 'en')).riskCounts.HIGH;
    return high;
  };
  const best = { bulk: Infinity, user: Infinity, old: Infinity, html: Infinity, csv: Infinity };
  let check = { bulk: -1, old: -2 };
  for (let r = 0; r < RUNS; r++) {
    const bulk = await timed(() => loadConsolidated(service.store, caller, 'en'));
    const old = await timed(perWorkload);
    const asUser = await timed(() => loadConsolidated(service.store, userCaller, 'en'));
    const html = await timed(() => renderConsolidatedHtml(bulk.value));
    const csv = await timed(async () => renderConsolidatedCsv(bulk.value));
    best.bulk = Math.min(best.bulk, bulk.ms);
    best.old = Math.min(best.old, old.ms);
    best.user = Math.min(best.user, asUser.ms);
    best.html = Math.min(best.html, html.ms);
    best.csv = Math.min(best.csv, csv.ms);
    check = { bulk: bulk.value.riskCounts.HIGH, old: old.value };
  }
  if (check.bulk !== check.old) throw new Error(`the two ways disagree: ${check.bulk} vs ${check.old} high risks`);
  const f = (ms: number) => `${ms.toFixed(1)} ms`;
  console.log(`consolidated report, ${WORKLOADS} workloads on ${usePg ? 'PostgreSQL' : 'SQLite'} (seeded in ${(seedMs / 1000).toFixed(1)} s; load ${loadavg()[0]?.toFixed(2)} on this machine), best of ${RUNS}:`);
  console.log(`  report, service caller (bulk reads)      ${f(best.bulk)}`);
  console.log(`  report, user with ${WORKLOADS} shares         ${f(best.user)}`);
  console.log(`  before: a review read per workload       ${f(best.old)}   ratio before/now ${(best.old / best.bulk).toFixed(1)}x`);
  console.log(`  HTML ${f(best.html)} · CSV ${f(best.csv)}`);
} finally {
  await opened.close();
  await sqlite.cleanup();
  if (usePg) {
    const client = new pg.Client({ connectionString: PG_BASE_URL });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.end();
  }
}
