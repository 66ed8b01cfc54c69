// The SigV4 check against requests signed by the AWS SDK's own signer: it accepts what the signer makes and
// refuses a changed body, path, query or header, another service, a stale clock and a lying payload hash.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import { parseAuthorization, verifySignature, type SignedRequest } from '../../../src/server/aws/sigv4.js';

const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const NOW = new Date('2026-12-06T05:00:00Z');

async function signed(options: { method?: string; path?: string; query?: Record<string, string>; body?: string; service?: string }): Promise<SignedRequest> {
  const signer = new SignatureV4({ service: options.service ?? 'wellarchitected', region: 'eu-west-1', sha256: Sha256, credentials: { accessKeyId: 'SLNSABCDEFGHIJKLMNOP', secretAccessKey: SECRET } });
  const request = {
    method: options.method ?? 'PATCH',
    protocol: 'http:',
    hostname: '127.0.0.1',
    port: 3000,
    path: options.path ?? '/aws/workloads/0123456789abcdef0123456789abcdef/lensReviews/arn%3Aaws%3Awellarchitected%3A%3Aaws%3Alens%2Fserverless/answers/ops_q1',
    query: options.query ?? {},
    headers: { host: '127.0.0.1:3000', 'content-type': 'application/json' },
    body: options.body ?? '{"SelectedChoices":["ops_ops_q1_a1"]}',
  };
  const out = (await signer.sign(request, { signingDate: NOW })) as typeof request;
  const query = Object.entries(out.query)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
    .join('&');
  return { method: out.method, rawPath: out.path, rawQuery: query, headers: new Headers(out.headers), body: String(out.body) };
}

function check(request: SignedRequest, now = NOW) {
  const parts = parseAuthorization(request.headers.get('authorization') ?? '');
  assert.ok(parts, 'the header parses');
  return verifySignature(request, parts, SECRET, now);
}

test('a request the AWS signer signed verifies, with encoded path labels and a query', async () => {
  assert.deepEqual(check(await signed({})), { ok: true });
  assert.deepEqual(check(await signed({ method: 'GET', path: '/aws/lenses', query: { MaxResults: '5', LensName: 'a b/c' }, body: '' })), { ok: true });
});

test('changes after signing, another service, a stale clock and a wrong payload hash are refused in both languages', async () => {
  const base = await signed({});
  const refusal = (request: SignedRequest, now = NOW) => {
    const result = check(request, now);
    assert.equal(result.ok, false);
    return result.ok ? { en: '', ja: '' } : result.message;
  };
  assert.match(refusal({ ...base, body: '{"SelectedChoices":[]}' }).en, /X-Amz-Content-Sha256|does not match/);
  const noHash = new Headers(base.headers);
  noHash.delete('x-amz-content-sha256');
  assert.match(refusal({ ...base, headers: noHash, body: '{}' }).en, /does not match/);
  assert.match(refusal({ ...base, rawPath: base.rawPath.replace('ops_q1', 'ops_q2') }).en, /does not match/);
  assert.match(refusal({ ...base, rawQuery: 'MilestoneNumber=1' }).en, /does not match/);
  assert.match(refusal(await signed({ service: 's3' })).en, /service "s3"/);
  const stale = refusal(base, new Date(NOW.getTime() + 16 * 60 * 1000));
  assert.match(stale.en, /more than 15 minutes/);
  assert.match(stale.ja, /15 分以上ずれています/);
  const lying = new Headers(base.headers);
  lying.set('x-amz-content-sha256', 'e'.repeat(64));
  assert.match(refusal({ ...base, headers: lying }).ja, /SHA-256 と一致しません/);
  assert.equal(parseAuthorization('AWS4-HMAC-SHA256 Credential=broken'), undefined);
});
