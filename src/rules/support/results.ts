// Small constructors for check results, so rule files read as their logic.
import type { CheckResult, Fail, PropertyPath } from '../types.js';

export const PASS: CheckResult = { status: 'pass' };
export const NOT_APPLICABLE: CheckResult = { status: 'not-applicable' };

export function unknown(path?: PropertyPath): CheckResult {
  return path ? { status: 'unknown', path } : { status: 'unknown' };
}

export function fail(messageId: string, data?: Fail['data'], path?: PropertyPath): Fail {
  const result: Fail = { status: 'fail', messageId };
  if (data) result.data = data;
  if (path) result.path = path;
  return result;
}
