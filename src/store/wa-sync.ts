// What slens remembers of its syncs with the AWS W-A Tool (per question, both sides as of the last sync), and the
// responses to create requests by ClientRequestToken, so a repeated create returns what the first one did.
import type { Store } from './store.js';

export interface SyncedAnswer {
  lensAlias: string;
  questionId: string;
  localState: string;
  remoteState: string;
  syncedAt: string;
}

export async function listSyncedAnswers(store: Store, workloadId: string, target: string): Promise<SyncedAnswer[]> {
  const rows = await store.db
    .selectFrom('wa_sync_answers')
    .selectAll()
    .where('workload_id', '=', workloadId)
    .where('target', '=', target)
    .orderBy('lens_alias')
    .orderBy('question_id')
    .execute();
  return rows.map((r) => ({ lensAlias: r.lens_alias, questionId: r.question_id, localState: r.local_state, remoteState: r.remote_state, syncedAt: r.synced_at }));
}

/** Records one question's state on both sides after a sync (replacing the last one). */
export async function recordSyncedAnswer(store: Store, workloadId: string, target: string, answer: SyncedAnswer): Promise<void> {
  await store.db
    .deleteFrom('wa_sync_answers')
    .where('workload_id', '=', workloadId)
    .where('target', '=', target)
    .where('lens_alias', '=', answer.lensAlias)
    .where('question_id', '=', answer.questionId)
    .execute();
  await store.db
    .insertInto('wa_sync_answers')
    .values({ workload_id: workloadId, target, lens_alias: answer.lensAlias, question_id: answer.questionId, local_state: answer.localState, remote_state: answer.remoteState, synced_at: answer.syncedAt })
    .execute();
}

/** The W-A Tool workloads a workload was synced with, the most recent first. */
export async function listSyncTargets(store: Store, workloadId: string): Promise<{ target: string; syncedAt: string }[]> {
  const rows = await store.db
    .selectFrom('wa_sync_answers')
    .select(['target'])
    .select((eb) => eb.fn.max('synced_at').as('synced_at'))
    .where('workload_id', '=', workloadId)
    .groupBy('target')
    .execute();
  return rows.map((r) => ({ target: r.target, syncedAt: String(r.synced_at) })).sort((a, b) => (a.syncedAt < b.syncedAt ? 1 : a.syncedAt > b.syncedAt ? -1 : a.target < b.target ? -1 : 1));
}

export interface ClientRequest {
  request: string;
  response: string;
}

export async function getClientRequest(store: Store, operation: string, token: string): Promise<ClientRequest | undefined> {
  const row = await store.db.selectFrom('client_requests').select(['request', 'response']).where('operation', '=', operation).where('token', '=', token).executeTakeFirst();
  return row;
}

export async function recordClientRequest(store: Store, operation: string, token: string, request: string, response: string, now: string): Promise<void> {
  await store.db.insertInto('client_requests').values({ operation, token, request, response, created_at: now }).execute();
}
