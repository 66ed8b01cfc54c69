// The access matrix over every route of both APIs — ours (from the route table the OpenAPI document is built from)
// and the W-A-compatible one under /aws (from its operation table) — tried as an outsider, a read-only member, a
// contributor and an owner: a workload or imported lens the caller may not see is 404, a visible one they may not
// change is 403, everything else is served. Routes without a workload or lens in the path must be listed below with
// what they do for users; a new route that is in neither group fails this test until its access is tested here.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { OPERATIONS } from '../../src/server/aws/operations.js';
import { operationAccessNeeded } from '../../src/server/aws/workload-access.js';
import { API_ROUTES } from '../../src/server/routes.js';
import { createUser } from '../../src/server/users.js';
import { accessNeeded, lensAccessNeeded } from '../../src/server/workload-guard.js';
import { dbTest, openService } from '../helpers/db.js';
import { fixture } from '../helpers/repo.js';
import { startTestServer, type ApiResponse } from '../helpers/server.js';

type Who = 'owner' | 'contributor' | 'reader' | 'outsider';
const PEOPLE: readonly Who[] = ['owner', 'contributor', 'reader', 'outsider'];
const RANK = { readonly: 1, contributor: 2, owner: 3 } as const;
const RANK_OF: Record<Who, number> = { outsider: 0, reader: 1, contributor: 2, owner: 3 };

/** Routes with neither a workload nor a lens in the path, and the test below that covers them. */
// Profiles and review templates: who sees and changes one is tested in profiles-api.test.ts (creator and admins
// only) and templates-api.test.ts (writers; applying needs a contributor share of the workload).
const GLOBAL_API = new Set(['ListLenses', 'ImportLens', 'ListWorkloads', 'CreateWorkload', 'ImportWorkload', 'GetConsolidatedReport', 'GetProfileTemplate', 'ListProfiles', 'CreateProfile', 'GetProfile', 'UpdateProfile', 'DeleteProfile', 'ListReviewTemplates', 'CreateReviewTemplate', 'GetReviewTemplate', 'UpdateReviewTemplate', 'DeleteReviewTemplate', 'ListReviewTemplateAnswers', 'GetReviewTemplateAnswer', 'UpdateReviewTemplateAnswer', 'DeleteReviewTemplateAnswer']);
const GLOBAL_AWS = new Set(['CreateWorkload', 'ListWorkloads', 'ListLenses', 'ImportLens', 'GetConsolidatedReport', 'GetProfileTemplate', 'ListProfiles', 'CreateProfile', 'GetProfile', 'UpdateProfile', 'DeleteProfile']);

const apiWorkloadRoutes = API_ROUTES.filter((r) => r.path.includes('{workloadId}'));
/** A review template's answers name a lens, but belong to the template (their access is the template's). */
const templateScoped = (path: string) => path.startsWith('/api/reviewTemplates/');
const apiLensRoutes = API_ROUTES.filter((r) => !r.path.includes('{workloadId}') && r.path.includes('{lensAlias}') && !templateScoped(r.path));
const awsWorkloadOps = OPERATIONS.filter((o) => o.path.includes(':WorkloadId'));
const awsLensOps = OPERATIONS.filter((o) => !o.path.includes(':WorkloadId') && o.path.includes(':LensAlias'));

/** Deletions last (the deepest first), so a route never runs on what an earlier one removed. */
function safeOrder<T>(items: readonly T[], method: (item: T) => string, path: (item: T) => string): T[] {
  const destructive = (item: T) => method(item).toLowerCase() === 'delete' || /disassociateLenses$/.test(path(item));
  return [...items.filter((i) => !destructive(i)), ...items.filter(destructive).sort((a, b) => path(b).length - path(a).length)];
}

const served = (r: ApiResponse) => ![401, 403, 404].includes(r.status) && r.status < 500;

dbTest('every route of both APIs is covered: by workload, by lens, or listed with its own test', async () => {
  const api = API_ROUTES.filter((r) => !r.path.includes('{workloadId}') && (!r.path.includes('{lensAlias}') || templateScoped(r.path))).map((r) => r.operationId);
  assert.deepEqual(new Set(api), GLOBAL_API, 'a route without a workload or lens in its path needs an access test here (GLOBAL_API)');
  const aws = OPERATIONS.filter((o) => !o.path.includes(':WorkloadId') && !o.path.includes(':LensAlias')).map((o) => o.name);
  assert.deepEqual(new Set(aws), GLOBAL_AWS, 'a W-A operation without a workload or lens in its path needs an access test here (GLOBAL_AWS)');
  assert.ok(apiWorkloadRoutes.length > 30 && apiLensRoutes.length >= 5 && awsWorkloadOps.length >= 15 && awsLensOps.length >= 3);
});

dbTest('the matrix: outsider 404, readonly reads, contributor writes, owner everything — on /api and /aws, workloads and lenses', async (db, t) => {
  const service = await openService(db, t);
  const now = service.now();
  const tokens = {} as Record<Who | 'spare', string>;
  for (const who of [...PEOPLE, 'spare'] as const) tokens[who] = (await createUser(service.store, `${who}-user`, undefined, now)).token;
  const { call } = await startTestServer(db, t);
  const as = (who: Who, method: string, path: string, body?: unknown) => call(method.toUpperCase(), path, { token: tokens[who], body: method.toLowerCase() === 'get' ? undefined : (body ?? {}) });

  /** A workload of the owner, shared with the others and a spare user, with a milestone. */
  const workload = async (name: string) => {
    const made = await as('owner', 'post', '/api/workloads', { workloadName: name, lenses: ['serverless'] });
    assert.equal(made.status, 201);
    const id = made.body.workloadId as string;
    for (const [user, access] of [['contributor-user', 'contributor'], ['reader-user', 'readonly'], ['spare-user', 'readonly']])
      assert.equal((await as('owner', 'post', `/api/workloads/${id}/shares`, { userName: user, access })).status, 201);
    assert.equal((await as('owner', 'post', `/api/workloads/${id}/milestones`, { milestoneName: 'M1' })).status, 201);
    return id;
  };
  /** An imported lens of the owner, shared read-only with the reader and contributor (and the spare user). */
  const lensJson = JSON.parse(readFileSync(fixture('lenses', 'DynamoDB_custom-lensddb-v1.0.json'), 'utf8')) as Record<string, unknown>;
  const lens = async (alias: string) => {
    assert.equal((await as('owner', 'post', '/api/lenses', { lensAlias: alias, lens: lensJson })).status, 201);
    for (const user of ['contributor-user', 'reader-user', 'spare-user']) assert.equal((await as('owner', 'post', `/api/lenses/${alias}/shares`, { userName: user, access: 'readonly' })).status, 201);
  };

  // /api, workload routes: each person in turn; the owner last, on a workload of its own, deletions last.
  const shared = await workload('Matrix shared');
  const apiPath = (path: string, id: string) =>
    path.replace('{workloadId}', id).replace('{lensAlias}', 'serverless').replace('{questionId}', 'OPS1').replace('{choiceId}', 'ops1_tracing').replace('{milestoneNumber}', '1').replace('{userName}', 'spare-user');
  for (const who of ['outsider', 'reader', 'contributor'] as const)
    for (const route of apiWorkloadRoutes.filter((r) => r.operationId !== 'DeleteWorkloadShare' || who === 'outsider')) {
      const r = await as(who, route.method, apiPath(route.path, shared));
      const label = `${who} ${route.method.toUpperCase()} ${route.path}: ${r.status} ${JSON.stringify(r.body).slice(0, 160)}`;
      if (who === 'outsider') assert.equal(r.status, 404, label);
      else if (RANK_OF[who] < RANK[accessNeeded(route)]) assert.equal(r.status, 403, label);
      else assert.ok(served(r), label);
    }
  const owned = await workload('Matrix owned');
  for (const route of safeOrder(apiWorkloadRoutes, (r) => r.method, (r) => r.path)) {
    const r = await as('owner', route.method, apiPath(route.path, owned));
    assert.ok(served(r), `owner ${route.method.toUpperCase()} ${route.path}: ${r.status} ${JSON.stringify(r.body).slice(0, 160)}`);
  }
  assert.equal((await as('owner', 'get', `/api/workloads/${owned}`)).status, 404, 'the owner deleted it last');

  // /api, lens routes.
  await lens('matrix');
  for (const who of ['outsider', 'reader', 'contributor'] as const)
    for (const route of apiLensRoutes) {
      const r = await as(who, route.method, route.path.replace('{lensAlias}', 'matrix').replace('{userName}', 'spare-user'));
      const label = `${who} ${route.method.toUpperCase()} ${route.path}: ${r.status} ${JSON.stringify(r.body).slice(0, 160)}`;
      if (who === 'outsider') assert.equal(r.status, 404, label);
      else if (lensAccessNeeded(route) === 'owner') assert.equal(r.status, 403, label);
      else assert.ok(served(r), label);
    }
  for (const route of safeOrder(apiLensRoutes, (r) => r.method, (r) => r.path)) {
    const r = await as('owner', route.method, route.path.replace('{lensAlias}', 'matrix').replace('{userName}', 'spare-user'));
    assert.ok(served(r), `owner ${route.method.toUpperCase()} ${route.path}: ${r.status} ${JSON.stringify(r.body).slice(0, 160)}`);
  }

  // /aws, workload operations (the W-A shapes: 404 ResourceNotFoundException, 403 AccessDeniedException).
  const awsShared = await workload('Matrix aws shared');
  const awsPath = (path: string, id: string, alias = 'serverless') =>
    `/aws${path.replace(':WorkloadId', id).replace(':LensAlias', alias).replace(':QuestionId', 'ops_q1').replace(':MilestoneNumber', '1')}`;
  for (const who of ['outsider', 'reader', 'contributor'] as const)
    for (const op of awsWorkloadOps) {
      const r = await as(who, op.method, awsPath(op.path, awsShared));
      const label = `${who} /aws ${op.name}: ${r.status} ${JSON.stringify(r.body).slice(0, 160)}`;
      if (who === 'outsider') assert.equal(r.status, 404, label);
      else if (RANK_OF[who] < RANK[operationAccessNeeded(op.name, op.write)]) {
        assert.equal(r.status, 403, label);
        assert.equal(r.headers.get('x-amzn-errortype')?.split(':')[0] ?? (r.body as { __type?: string }).__type, 'AccessDeniedException', label);
      } else assert.ok(served(r), label);
    }
  const awsOwned = await workload('Matrix aws owned');
  for (const op of safeOrder(awsWorkloadOps, (o) => o.method, (o) => o.path)) {
    const r = await as('owner', op.method, awsPath(op.path, awsOwned));
    assert.ok(served(r), `owner /aws ${op.name}: ${r.status} ${JSON.stringify(r.body).slice(0, 160)}`);
  }

  // /aws, lens operations.
  await lens('matrix-aws');
  for (const who of PEOPLE)
    for (const op of awsLensOps) {
      const r = await as(who, op.method, awsPath(op.path, '', 'matrix-aws'), op.name === 'CreateLensVersion' ? { LensVersion: '2.0', ClientRequestToken: `${who}-v2` } : undefined);
      const label = `${who} /aws ${op.name}: ${r.status} ${JSON.stringify(r.body).slice(0, 160)}`;
      if (who === 'outsider') assert.equal(r.status, 404, label);
      else if (who !== 'owner' && operationAccessNeeded(op.name, op.write, true) === 'owner') assert.equal(r.status, 403, label);
      else assert.ok(served(r), label);
    }

  // Routes with neither: lists keep what the caller sees; what a user creates or imports is theirs alone.
  const names = async (who: Who) => ((await as(who, 'get', '/api/workloads')).body.workloads as { workloadName: string }[]).map((w) => w.workloadName).sort();
  assert.deepEqual(await names('outsider'), []);
  assert.deepEqual(await names('reader'), ['Matrix aws shared', 'Matrix shared']);
  const aliases = async (who: Who) => ((await as(who, 'get', '/api/lenses')).body.lenses as { lensAlias: string }[]).map((l) => l.lensAlias).sort();
  assert.deepEqual(await aliases('outsider'), ['serverless']);
  assert.deepEqual(await aliases('reader'), ['matrix-aws', 'serverless']);
  const exported = await as('owner', 'get', `/api/workloads/${shared}/export`);
  const imported = await as('outsider', 'post', '/api/workloads/import?name=Outsider%20copy', exported.body);
  assert.equal(imported.status, 201, JSON.stringify(imported.body).slice(0, 200));
  assert.deepEqual(await names('outsider'), ['Outsider copy']);
  assert.equal((await as('reader', 'get', `/api/workloads/${imported.body.workloadId as string}`)).status, 404);
  assert.deepEqual((await as('outsider', 'get', `/api/workloads/${imported.body.workloadId as string}/shares`)).body.shares.map((s: { userName: string; access: string }) => [s.userName, s.access]), [['outsider-user', 'owner']]);
  const ownLens = await as('outsider', 'post', '/api/lenses', { lensAlias: 'outsiders', lens: lensJson });
  assert.equal(ownLens.status, 201);
  assert.deepEqual(await aliases('outsider'), ['outsiders', 'serverless']);
  assert.deepEqual(await aliases('reader'), ['matrix-aws', 'serverless']);
  // The same on /aws: lists, the consolidated report, a created workload, an imported lens.
  const awsList = await as('outsider', 'post', '/aws/workloadsSummaries', {});
  assert.deepEqual((awsList.body.WorkloadSummaries as { WorkloadName: string }[]).map((w) => w.WorkloadName), ['Outsider copy']);
  const awsLenses = await as('reader', 'get', '/aws/lenses');
  assert.ok(!(awsLenses.body.LensSummaries as { LensAlias?: string; LensArn?: string }[]).some((l) => `${l.LensAlias ?? l.LensArn}`.includes('outsiders')));
  // As in the W-A Tool, workloads shared with the caller count only with IncludeSharedResources.
  const ownOnly = await as('reader', 'get', '/aws/consolidatedReport?Format=JSON');
  assert.equal(ownOnly.status, 200);
  assert.deepEqual(ownOnly.body.Metrics, []);
  const report = await as('reader', 'get', '/aws/consolidatedReport?Format=JSON&IncludeSharedResources=true');
  assert.equal(report.status, 200);
  assert.deepEqual((report.body.Metrics as { WorkloadName: string }[]).map((m) => m.WorkloadName).sort(), ['Matrix aws shared', 'Matrix shared']);
  const awsMade = await as('reader', 'post', '/aws/workloads', { WorkloadName: 'Reader via aws', Description: 'made on /aws', Environment: 'PREPRODUCTION', Lenses: ['serverless'], ClientRequestToken: 'reader-1' });
  assert.equal(awsMade.status, 200, JSON.stringify(awsMade.body).slice(0, 200));
  assert.deepEqual((await as('reader', 'get', `/api/workloads/${awsMade.body.WorkloadId as string}/shares`)).body.shares.map((s: { access: string }) => s.access), ['owner']);
  assert.equal((await as('outsider', 'get', `/aws/workloads/${awsMade.body.WorkloadId as string}`)).status, 404);
  const awsLens = await as('outsider', 'put', '/aws/importLens', { JSONString: JSON.stringify({ ...lensJson, name: 'Outsider aws lens' }), ClientRequestToken: 'outsider-lens' });
  assert.equal(awsLens.status, 200, JSON.stringify(awsLens.body).slice(0, 200));
  assert.ok((await aliases('outsider')).length === 3 && !(await aliases('reader')).some((a) => a.startsWith('outsider')));
});
