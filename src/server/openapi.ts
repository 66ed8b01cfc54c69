// The OpenAPI 3.1 document, generated from the route table and its zod schemas (zod's own JSON Schema output).
import { z } from 'zod';
import type { RouteDef } from './route.js';
import { errorSchema } from './schemas.js';

type Json = Record<string, unknown>;

function schemaOf(schema: z.ZodType, io: 'input' | 'output'): Json {
  const out = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as Json;
  delete out.$schema;
  return out;
}

const ERRORS: Record<string, string> = {
  '400': 'invalid input: a message per field',
  '401': 'no valid API token',
  '403': 'the token may only read',
  '404': 'unknown id',
  '409': 'conflict: a stale version (with currentVersion) or a name already used',
  '413': 'request body too large',
};

export function buildOpenApi(routes: readonly RouteDef[]): Json {
  const paths: Record<string, Json> = {};
  const error = { content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
  for (const r of routes) {
    const parameters: Json[] = Object.entries(r.params).map(([name, schema]) => ({ name, in: 'path', required: true, schema: schemaOf(schema, 'input') }));
    if (r.query) {
      const q = schemaOf(r.query, 'input') as { properties?: Record<string, Json>; required?: string[] };
      for (const [name, schema] of Object.entries(q.properties ?? {}))
        parameters.push({ name, in: 'query', required: (q.required ?? []).includes(name), schema, ...(typeof schema.description === 'string' ? { description: schema.description } : {}) });
    }
    const responses: Json = {
      [String(r.status)]: { description: 'success', content: { 'application/json': { schema: r.response ? schemaOf(r.response, 'output') : {} } } },
    };
    for (const [code, description] of Object.entries(ERRORS)) {
      if (code === '413' && !r.body) continue;
      if (code === '403' && !r.write) continue;
      responses[code] = { description, ...error };
    }
    const operation: Json = { operationId: r.operationId, summary: r.summary, tags: [r.tag], parameters, responses };
    if (r.body) operation.requestBody = { required: true, content: { 'application/json': { schema: schemaOf(r.body, 'input') } } };
    paths[r.path] = { ...(paths[r.path] ?? {}), [r.method]: operation };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'slens API',
      version: '1',
      description:
        'Well-Architected reviews (workloads, lens reviews, answers, improvement plans, milestones) following the AWS Well-Architected API names. Send "Authorization: Bearer <token>" unless the server runs on loopback with no token. Add ?lang=ja for Japanese lens texts and messages.',
    },
    components: {
      schemas: { Error: schemaOf(errorSchema, 'output') },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    },
    security: [{ bearer: [] }, {}],
    paths,
  };
}
