// A workload's history travels with its export: an import (a copy here, or onto another database) has the same
// changes in the same order — who, when, what — and the importer's copy says so; an export made before history
// was carried still imports; a broken history entry is refused naming its place. SQLite and PostgreSQL.
import assert from 'node:assert/strict';
import { actingAs, listHistory } from '../../src/review/history.js';
import { shareWorkload } from '../../src/review/shares.js';
import { exportWorkload, importWorkload } from '../../src/review/transfer.js';
import { createUser } from '../../src/server/users.js';
import { dbTest, openService, sqliteDb } from '../helpers/db.js';
import { updateImprovementItem } from '../../src/review/improvement-items.js';

const strip = (changes: Awaited<ReturnType<typeof listHistory>>) => changes.map(({ kind, lensAlias, subject, who, at, changes: what }) => ({ kind, lensAlias, subject, who, at, what }));

dbTest('history round-trips through export and import, keeps its order, and older exports without it still import', async (db, t) => {
  let tick = 0;
  // A clock that stands still for several writes: the order must survive equal times.
  const now = () => new Date(Date.UTC(2026, 0, 1, 0, 0, Math.floor(tick++ / 3))).toISOString();
  const service = await openService(db, t, { now });
  const aiko = (await createUser(service.store, 'Aiko', undefined, now())).user;
  await createUser(service.store, 'Ken', undefined, now());
  const asAiko = { id: aiko.id, userId: aiko.id, name: 'Aiko' };
  const w = await actingAs(asAiko, () => service.createWorkload({ workloadName: 'Moving orders', lenses: ['serverless'] }));
  await actingAs(asAiko, async () => {
    await service.updateAnswer(w.workloadId, 'serverless', 'OPS1', { selectedChoices: ['ops1_tracing'], notes: '追跡あり' });
    await service.updateAnswer(w.workloadId, 'serverless', 'OPS1', { notes: 'tracing, then more' });
    await service.updateWorkload(w.workloadId, { description: 'orders that move' });
    await updateImprovementItem(service, w.workloadId, 'serverless', 'OPS1', 'ops1_structured_logging', { status: 'IN_PROGRESS', owner: 'Ken', version: 0 }, 'en');
    await shareWorkload(service, w.workloadId, 'ken', 'contributor');
  });
  const original = strip(await listHistory(service.store, w.workloadId));
  assert.deepEqual(original.map((c) => c.kind), ['workload', 'answer', 'answer', 'workload', 'improvement', 'share']);

  const doc = await exportWorkload(service, w.workloadId);
  assert.equal(doc.history?.length, 6);
  assert.equal(doc.history?.[1]?.who, 'Aiko');
  // Through JSON, as a file would carry it.
  const file = JSON.parse(JSON.stringify(doc)) as unknown;

  // A copy beside the original on the same database: its own rows, the same history.
  const copy = await importWorkload(service, file, { name: 'Moved orders' });
  assert.deepEqual(strip(await listHistory(service.store, copy.workloadId)), original);
  assert.deepEqual(strip(await listHistory(service.store, w.workloadId)), original, 'the original keeps its own');

  // Onto another database (SQLite from either): the same history.
  const other = sqliteDb();
  t.after(() => other.cleanup());
  const elsewhere = await openService(other);
  const moved = await importWorkload(elsewhere, file);
  assert.equal(moved.workloadId, w.workloadId);
  assert.deepEqual(strip(await listHistory(elsewhere.store, moved.workloadId)), original);
  // And back out: the export of the import carries the same history.
  assert.deepEqual((await exportWorkload(elsewhere, moved.workloadId)).history, doc.history);

  // An export made before history was carried imports as before, with no history but its own.
  const { history: _history, ...older } = doc;
  const old = await importWorkload(service, JSON.parse(JSON.stringify(older)), { name: 'Older export' });
  assert.deepEqual(await listHistory(service.store, old.workloadId), []);

  // A broken entry is refused and names where it is; nothing is imported.
  const broken = JSON.parse(JSON.stringify(doc)) as { history: { kind: string }[] };
  broken.history[2]!.kind = 'everything';
  await assert.rejects(importWorkload(service, broken, { name: 'Broken history' }), (e: Error & { status?: number }) => e.status === 400 && /history\.2\.kind/.test(e.message));
  assert.equal((await service.listWorkloads()).some((x) => x.workloadName === 'Broken history'), false);
});
