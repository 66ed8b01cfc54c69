// NextToken/MaxResults paging over a list the operation has already built: the token is the next offset,
// opaque to callers, and a token that is not one of ours is a ValidationException.
import type { Localized } from '../../util/i18n.js';
import { AwsError } from './errors.js';

const BAD_TOKEN: Localized = {
  en: 'NextToken is not a token this server gave out; start again without it',
  ja: 'NextToken はこのサーバーが発行したものではありません。NextToken なしでやり直してください',
};

function offsetOf(token: string | undefined): number {
  if (!token) return 0;
  const match = /^o(\d{1,9})$/.exec(Buffer.from(token, 'base64url').toString('utf8'));
  if (!match) throw new AwsError('ValidationException', BAD_TOKEN, { Reason: 'FIELD_VALIDATION_FAILED', Fields: [{ Name: 'NextToken', Message: BAD_TOKEN }] });
  return Number(match[1]);
}

export function page<T>(all: readonly T[], request: { NextToken?: string; MaxResults?: number }, max: number): { items: T[]; NextToken?: string } {
  const start = offsetOf(request.NextToken);
  const size = request.MaxResults ?? max;
  const items = all.slice(start, start + size);
  const next = start + size;
  return { items, NextToken: next < all.length ? Buffer.from(`o${next}`, 'utf8').toString('base64url') : undefined };
}
