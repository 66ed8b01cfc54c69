// The OpenAPI document is generated from the route table: every route is in it with compilable schemas,
// and docs/api.md lists every operation, so neither can drift from what the server does.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { createRequire } from 'node:module';
import { buildOpenApi } from '../../src/server/openapi.js';
import { API_ROUTES } from '../../src/server/routes.js';
import { repoRoot } from '../helpers/repo.js';

type Ajv = { compile: (schema: object) => unknown; addSchema: (schema: object, key: string) => void };
const Ajv2020 = createRequire(import.meta.url)('ajv/dist/2020.js').default as new (o: object) => Ajv;

test('every route is in the OpenAPI document with schemas a validator compiles', () => {
  const doc = buildOpenApi(API_ROUTES) as { openapi: string; paths: Record<string, Record<string, any>>; components: { schemas: Record<string, object> } };
  assert.equal(doc.openapi, '3.1.0');
  const ids = new Set<string>();
  const ajv = new Ajv2020({ strict: false });
  ajv.addSchema(doc.components.schemas.Error!, '#/components/schemas/Error');
  for (const r of API_ROUTES) {
    const op = doc.paths[r.path]?.[r.method];
    assert.ok(op, `${r.method} ${r.path}`);
    assert.equal(op.operationId, r.operationId);
    assert.ok(!ids.has(r.operationId), `duplicate ${r.operationId}`);
    ids.add(r.operationId);
    for (const name of Object.keys(r.params)) assert.ok(op.parameters.some((p: { name: string; in: string }) => p.name === name && p.in === 'path'), `${r.operationId} ${name}`);
    if (r.body) ajv.compile(op.requestBody.content['application/json'].schema);
    assert.ok(op.responses['400'] && op.responses['404']);
    assert.equal(Boolean(op.responses['403']), r.write, `${r.operationId}: 403 only on writes`);
  }
  const update = doc.paths['/api/workloads/{workloadId}/lensReviews/{lensAlias}/answers/{questionId}']!.patch;
  const body = update.requestBody.content['application/json'].schema;
  assert.deepEqual(body.required, ['version']);
  assert.deepEqual(body.properties.reason.anyOf?.[0]?.enum ?? body.properties.reason.enum, ['OUT_OF_SCOPE', 'BUSINESS_PRIORITIES', 'ARCHITECTURE_CONSTRAINTS', 'OTHER']);
});

test('docs/api.md lists every operation with its method and path', () => {
  const text = readFileSync(join(repoRoot, 'docs', 'api.md'), 'utf8');
  for (const r of API_ROUTES) assert.ok(text.includes(`| ${r.method.toUpperCase()} | \`${r.path}\` | ${r.operationId} |`), `${r.operationId} missing from docs/api.md`);
});
