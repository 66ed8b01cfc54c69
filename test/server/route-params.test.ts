// A route's handler sees its path parameters by name and type: the names its schema declares, each a
// string. The @ts-expect-error lines make the build (tsc, run by npm test) fail if that typing is lost.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { z } from 'zod';
import { route } from '../../src/server/route.js';

test('path parameters are typed by the route\'s schemas and reach the handler as given', async () => {
  const def = route({
    method: 'get',
    path: '/api/things/{thingId}/parts/{partId}',
    operationId: 'GetPart',
    summary: 'a part of a thing',
    tag: 'things',
    params: { thingId: z.string().min(1), partId: z.string().regex(/^\d+$/) },
    handler: async ({ params }) => {
      const thing: string = params.thingId;
      // @ts-expect-error -- "owner" is not a parameter of this route
      void params.owner;
      return { thing, part: params.partId };
    },
  });
  assert.deepEqual(Object.keys(def.params), ['thingId', 'partId']);
  const input = { params: { thingId: 't1', partId: '7' }, query: undefined, body: undefined, lang: 'en' as const, principal: { id: 'local', name: 'local', role: 'admin' as const, userId: null }, service: undefined as never };
  assert.deepEqual(await def.handler(input), { thing: 't1', part: '7' });

  const bare = route({ method: 'get', path: '/api/ping', operationId: 'Ping', summary: 'ping', tag: 'misc', handler: async ({ params }) => {
    // @ts-expect-error -- a route without parameters has none
    void params.anything;
    return { ok: true };
  } });
  assert.deepEqual(bare.params, {});
});
