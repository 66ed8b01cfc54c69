// History is written in the same transaction as the change it records, on every write path: a write and its
// history row are committed together or not at all — when a later step of the transaction fails, when the history
// cannot be written, when the write is refused (stale version, last owner) — and concurrent writers get exactly
// one row per write that succeeded. SQLite and PostgreSQL.
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { importLens } from '../../src/review/catalog.js';
import { markChoices } from '../../src/review/choice-states.js';
import { actingAs, listHistory, type Actor } from '../../src/review/history.js';
import { updateImprovementItem } from '../../src/review/improvement-items.js';
import { ReviewService } from '../../src/review/service.js';
import { shareWorkload, unshareWorkload } from '../../src/review/shares.js';
import { listChoiceStates } from '../../src/store/choice-states.js';
import { getImprovementItem } from '../../src/store/improvement-items.js';
import { createUser } from '../../src/server/users.js';
import { fixtureLensText } from '../helpers/answers.js';
import { dbTest, openService } from '../helpers/db.js';

const ORR = 'ORR-Lens_ORR-Whitepaper-Sample-PUBLISHED.json';

/** Each write path, as a function of a service (the real one, or one inside an outer transaction). */
function writes(id: string, tag: string): [string, (s: ReviewService) => Promise<unknown>][] {
  let n = 0;
  const toggleLens = async (s: ReviewService) => ((await s.getWorkload(id)).lenses.includes('orr') ? s.removeLens(id, 'orr') : s.applyLenses(id, ['orr']));
  const note = () => `${tag} ${++n}`;
  return [
    ['answer', (s) => s.updateAnswer(id, 'serverless', 'OPS1', { notes: note() })],
    ['choice states', async (s) => markChoices(s, id, 'serverless', 'OPS2', [{ choiceId: 'ops2_cicd', reason: (await listChoiceStates(s.store, id, 'serverless')).get('OPS2')?.length ? null : 'OUT_OF_SCOPE' }])],
    ['workload', (s) => s.updateWorkload(id, { description: note() })],
    // Applies the lens when it is not applied, else removes it: once each way.
    ['apply lens', toggleLens],
    ['remove lens', toggleLens],
    ['improvement item', async (s) => updateImprovementItem(s, id, 'serverless', 'OPS1', 'ops1_tracing', { owner: note(), version: (await getImprovementItem(s.store, id, 'serverless', 'OPS1', 'ops1_tracing'))?.version ?? 0 }, 'en')],
    ['share', async (s) => shareWorkload(s, id, 'bob', (await s.store.listWorkloadShares(id)).some((x) => x.userName === 'Bob' && x.access === 'contributor') ? 'readonly' : 'contributor')],
  ];
}

dbTest('every write and its history row commit together: a failing transaction or history keeps neither, a refused write records nothing', async (db, t) => {
  const service = await openService(db, t);
  const now = service.now();
  const alice = (await createUser(service.store, 'Alice', undefined, now)).user;
  await createUser(service.store, 'Bob', undefined, now);
  const asAlice: Actor = { id: alice.id, userId: alice.id, name: 'Alice' };
  await importLens(service, fixtureLensText(ORR), { alias: 'orr' });
  const w = await actingAs(asAlice, () => service.createWorkload({ workloadName: 'Tx history', lenses: ['serverless'] }));
  const id = w.workloadId;
  const rows = async () => (await listHistory(service.store, id)).length;
  // Creating is recorded, and the creator's owner share is part of the same transaction.
  assert.deepEqual((await listHistory(service.store, id)).map((c) => [c.kind, c.who]), [['workload', 'Alice']]);
  assert.equal(await service.store.workloadAccessOf(id, alice.id), 'owner');

  for (const [label, write] of writes(id, 'first')) {
    // Committed: exactly one more row, by the actor.
    const before = await rows();
    await actingAs(asAlice, () => write(service));
    const history = await listHistory(service.store, id);
    assert.equal(history.length, before + 1, `${label}: one row per write`);
    assert.equal(history.at(-1)!.who, 'Alice', label);

    // A later step of the same transaction fails: the write and its row are both rolled back.
    const state = JSON.stringify([await service.getWorkload(id), await service.listAnswers(id, 'serverless', 'en'), await service.store.listWorkloadShares(id)]);
    await assert.rejects(
      service.store.transaction(async (tx) => {
        await actingAs(asAlice, () => write(new ReviewService(tx, { now: service.now })));
        assert.equal((await tx.listChanges(id)).length, before + 2, `${label}: recorded inside the transaction`);
        throw new Error('a later step fails');
      }),
      /a later step fails/,
    );
    assert.equal(await rows(), before + 1, `${label}: the row went with the rolled-back write`);
    assert.equal(JSON.stringify([await service.getWorkload(id), await service.listAnswers(id, 'serverless', 'en'), await service.store.listWorkloadShares(id)]), state, `${label}: unchanged`);
  }

  // The history cannot be written: no write happens either.
  const state = JSON.stringify([await service.getWorkload(id), await service.listAnswers(id, 'serverless', 'en'), await service.store.listWorkloadShares(id)]);
  await sql`ALTER TABLE changes RENAME TO changes_away`.execute(service.store.db);
  try {
    for (const [label, write] of writes(id, 'again')) await assert.rejects(actingAs(asAlice, () => write(service)), (e: Error) => /changes/.test(e.message), label);
  } finally {
    await sql`ALTER TABLE changes_away RENAME TO changes`.execute(service.store.db);
  }
  assert.equal(JSON.stringify([await service.getWorkload(id), await service.listAnswers(id, 'serverless', 'en'), await service.store.listWorkloadShares(id)]), state);

  // Refused writes record nothing: a stale version, the last owner leaving, an unknown user.
  const count = await rows();
  await assert.rejects(service.updateAnswer(id, 'serverless', 'OPS1', { notes: 'stale', version: 0 }), /version/);
  await assert.rejects(actingAs(asAlice, () => unshareWorkload(service, id, 'alice')), (e: Error & { code?: string; status?: number }) => e.status === 409 && e.code === 'last-owner');
  await assert.rejects(shareWorkload(service, id, 'alice', 'readonly'), (e: Error & { status?: number }) => e.status === 409);
  await assert.rejects(shareWorkload(service, id, 'nobody', 'readonly'), (e: Error & { status?: number }) => e.status === 400);
  assert.equal(await rows(), count);
  assert.equal(await service.store.workloadAccessOf(id, alice.id), 'owner');
  // Without an actor (the CLI), changes are recorded as "local".
  await service.updateAnswer(id, 'serverless', 'SEC1', { notes: 'from the CLI' });
  assert.equal((await listHistory(service.store, id)).at(-1)!.who, 'local');
});

dbTest('concurrent writers: one history row for each write that succeeded, none for those refused as stale', async (db, t) => {
  const service = await openService(db, t);
  const w = await service.createWorkload({ workloadName: 'Busy history', lenses: ['serverless'] });
  const writers = Array.from({ length: 24 }, (_, i) => ({ id: `token-${i}`, userId: null, name: `writer ${i}` }));
  const rounds = 3;
  let succeeded = 0;
  for (let round = 0; round < rounds; round++) {
    const { version } = await service.getAnswer(w.workloadId, 'serverless', 'OPS1', 'en');
    const results = await Promise.allSettled(writers.map((who) => actingAs(who, () => service.updateAnswer(w.workloadId, 'serverless', 'OPS1', { notes: `${who.name} round ${round}`, version }))));
    const ok = results.filter((r) => r.status === 'fulfilled').length;
    assert.equal(ok, 1, `round ${round}: one writer wins the version`);
    assert.ok(results.every((r) => r.status === 'fulfilled' || /stale|version/.test(String((r.reason as Error).message))));
    succeeded += ok;
  }
  // Different questions do not conflict: every write succeeds and every one is recorded.
  const questions = ['SEC1', 'SEC2', 'SEC3', 'REL1', 'REL2', 'PERF1'];
  await Promise.all(questions.map((q, i) => actingAs(writers[i], () => service.updateAnswer(w.workloadId, 'serverless', q, { notes: `parallel ${q}` }))));
  succeeded += questions.length;
  const answers = (await listHistory(service.store, w.workloadId, { kind: 'answer' })).filter((c) => c.changes.notes);
  assert.equal(answers.length, succeeded);
  const final = await service.getAnswer(w.workloadId, 'serverless', 'OPS1', 'en');
  assert.equal(answers.filter((c) => c.subject === 'OPS1').at(-1)!.changes.notes![1], final.notes);
});
