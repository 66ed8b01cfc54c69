// Checks AWS Signature Version 4 on a request, as the AWS SDKs and the AWS CLI sign it: the canonical request
// rebuilt from the method, the path as sent, the query, the signed headers and the payload hash, signed again
// with the secret of the access key named in the credential scope, and compared in constant time.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { fillLater as fill, type Localized } from '../../util/i18n.js';

export interface SignedRequest {
  method: string;
  /** Path and query exactly as received (still percent-encoded). */
  rawPath: string;
  rawQuery: string;
  headers: Headers;
  body: string;
}

export interface SignatureParts {
  accessKeyId: string;
  date: string;
  region: string;
  service: string;
  signedHeaders: string[];
  signature: string;
}

export type SigV4Check = { ok: true } | { ok: false; message: Localized };

const MSG = {
  malformed: {
    en: 'the Authorization header is not an AWS Signature Version 4 header ("AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…")',
    ja: 'Authorization ヘッダーが AWS 署名バージョン 4 の形式（「AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…」）ではありません',
  },
  noDate: { en: 'the signed request has no valid X-Amz-Date header', ja: '署名付きリクエストに正しい X-Amz-Date ヘッダーがありません' },
  skew: {
    en: 'the request was signed at {time}, more than 15 minutes from the server clock; check the clock of the client',
    ja: 'リクエストの署名時刻 {time} はサーバーの時刻と 15 分以上ずれています。クライアントの時計を確認してください',
  },
  scope: { en: 'the credential scope is for the date {scope}, but the request is dated {date}', ja: '認証情報のスコープの日付 {scope} とリクエストの日付 {date} が一致しません' },
  service: { en: 'the request is signed for the service "{service}", not "wellarchitected"', ja: 'リクエストはサービス「{service}」向けに署名されています（「wellarchitected」ではありません）' },
  payload: { en: 'the X-Amz-Content-Sha256 header is not the SHA-256 of the request body', ja: 'X-Amz-Content-Sha256 ヘッダーがリクエスト本文の SHA-256 と一致しません' },
  hostUnsigned: { en: 'the signature must cover the Host header', ja: '署名の対象に Host ヘッダーを含めてください' },
  mismatch: {
    en: 'the request signature does not match: check the secret access key of this access key id',
    ja: 'リクエストの署名が一致しません。このアクセスキー ID のシークレットアクセスキーを確認してください',
  },
} as const satisfies Record<string, Localized>;

const HEADER_PATTERN = /^AWS4-HMAC-SHA256\s+Credential=([^/\s,]+)\/(\d{8})\/([^/\s,]+)\/([^/\s,]+)\/aws4_request\s*,\s*SignedHeaders=([a-z0-9;_.-]+)\s*,\s*Signature=([0-9a-f]{64})\s*$/i;

/** Why an Authorization header that is neither Bearer nor SigV4 is refused. */
export const parseFailure: Localized = MSG.malformed;

export function parseAuthorization(header: string): SignatureParts | undefined {
  const m = HEADER_PATTERN.exec(header);
  if (!m) return undefined;
  const [, accessKeyId = '', date = '', region = '', service = '', signed = '', signature = ''] = m;
  return { accessKeyId, date, region, service, signedHeaders: signed.toLowerCase().split(';'), signature: signature.toLowerCase() };
}

const sha256 = (data: string) => createHash('sha256').update(data, 'utf8').digest('hex');
const hmac = (key: Buffer | string, data: string) => createHmac('sha256', key).update(data, 'utf8').digest();

/** RFC 3986 encoding as SigV4 wants it (only A-Z a-z 0-9 - _ . ~ stay as they are). */
function encode(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, '%20'));
  } catch {
    return text;
  }
}

/** Each path segment as sent, encoded once more (AWS services other than S3 sign the path that way). */
function canonicalPath(rawPath: string): string {
  return rawPath.split('/').map((segment) => encode(segment)).join('/') || '/';
}

function canonicalQuery(rawQuery: string): string {
  if (!rawQuery) return '';
  const pairs = rawQuery
    .split('&')
    .filter((p) => p !== '')
    .map((p) => {
      const at = p.indexOf('=');
      const key = at < 0 ? p : p.slice(0, at);
      const value = at < 0 ? '' : p.slice(at + 1);
      return [encode(decode(key)), encode(decode(value))] as const;
    });
  pairs.sort(([ak, av], [bk, bv]) => (ak < bk ? -1 : ak > bk ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  return pairs.map(([k, v]) => `${k}=${v}`).join('&');
}

function amzDate(value: string | null): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value ?? '');
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m.map(Number) as number[];
  return new Date(Date.UTC(y ?? 0, (mo ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0, s ?? 0));
}

/** Verifies `request` signed as `parts` with `secret`; `now` is the server clock. */
export function verifySignature(request: SignedRequest, parts: SignatureParts, secret: string, now: Date = new Date()): SigV4Check {
  const stamp = request.headers.get('x-amz-date');
  const signedAt = amzDate(stamp);
  if (!stamp || !signedAt) return { ok: false, message: MSG.noDate };
  if (Math.abs(now.getTime() - signedAt.getTime()) > 15 * 60 * 1000) return { ok: false, message: fill(MSG.skew, { time: stamp }) };
  if (stamp.slice(0, 8) !== parts.date) return { ok: false, message: fill(MSG.scope, { scope: parts.date, date: stamp.slice(0, 8) }) };
  if (parts.service !== 'wellarchitected') return { ok: false, message: fill(MSG.service, { service: parts.service }) };
  if (!parts.signedHeaders.includes('host')) return { ok: false, message: MSG.hostUnsigned };
  const headers = parts.signedHeaders.map((name) => `${name}:${(request.headers.get(name) ?? '').trim().replace(/\s+/g, ' ')}\n`).join('');
  // A payload hash the client sent must be the hash of the body that came: the signature covers only the header.
  const payloadHash = sha256(request.body);
  const claimed = request.headers.get('x-amz-content-sha256');
  if (claimed !== null && claimed !== payloadHash) return { ok: false, message: MSG.payload };
  const canonical = [request.method.toUpperCase(), canonicalPath(request.rawPath), canonicalQuery(request.rawQuery), headers, parts.signedHeaders.join(';'), payloadHash].join('\n');
  const scope = `${parts.date}/${parts.region}/${parts.service}/aws4_request`;
  const toSign = ['AWS4-HMAC-SHA256', stamp, scope, sha256(canonical)].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${secret}`, parts.date), parts.region), parts.service), 'aws4_request');
  const expected = Buffer.from(createHmac('sha256', key).update(toSign, 'utf8').digest('hex'), 'utf8');
  const given = Buffer.from(parts.signature, 'utf8');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, message: MSG.mismatch };
  return { ok: true };
}

