// Times in log records: the hand-read ISO forms agree with Date.parse, and odd forms still parse.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isoPrefixEnd, parseTime } from '../../src/analyze/read/time.js';

test('ISO 8601 and RFC 3339 forms', () => {
  for (const text of ['2026-11-02T10:00:00.120Z', '2026-11-02T10:00:00Z', '2026-11-02T10:00:00.1Z', '2026-11-02T19:00:00.000+09:00', '2026-11-02T05:30:00-04:30', '2026-02-28T23:59:59.999Z']) {
    assert.equal(parseTime(text), Date.parse(text), text);
  }
  assert.equal(parseTime('2026-11-02 12:01:02,500+0200'), Date.parse('2026-11-02T10:01:02.500Z'), 'Powertools Python');
  assert.equal(parseTime('2026-11-02T10:00:00'), Date.parse('2026-11-02T10:00:00Z'), 'no zone is UTC');
  assert.equal(parseTime(1793613600), 1793613600000, 'epoch seconds');
  assert.equal(parseTime(1793613600000), 1793613600000);
  assert.equal(parseTime('Mon, 02 Nov 2026 10:00:00 GMT'), Date.parse('2026-11-02T10:00:00Z'), 'other forms fall back to Date.parse');
  for (const bad of ['2026-13-02T10:00:00Z', '2026-11-02T25:00:00Z', 'yesterday', '2026-11-02T10:00:00.Z', -5, Number.NaN, null, {}]) assert.equal(parseTime(bad), undefined, String(bad));
});

test("API Gateway's times: $context.requestTime (common log format) and $context.requestTimeEpoch as text", () => {
  assert.equal(parseTime('02/Nov/2026:10:00:00 +0000'), Date.parse('2026-11-02T10:00:00Z'));
  assert.equal(parseTime('02/Nov/2026:19:00:00 +0900'), Date.parse('2026-11-02T10:00:00Z'), 'the offset is applied');
  assert.equal(parseTime('02/Nov/2026:05:30:00 -0430'), Date.parse('2026-11-02T10:00:00Z'));
  assert.equal(parseTime('1793613600000'), 1793613600000, 'epoch milliseconds as text');
  assert.equal(parseTime('1793613600'), 1793613600000, 'epoch seconds as text');
  for (const bad of ['02/Foo/2026:10:00:00 +0000', '32/Nov/2026:10:00:00 +0000', '02/Nov/2026:24:00:00 +0000', '02/Nov/2026:10:00:00', '123456789012345']) {
    assert.equal(parseTime(bad), undefined, bad);
  }
});

// The regular expression the reader used for a line's leading time; isoPrefixEnd reads the same prefix by hand.
const ISO_PREFIX = /^(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?)([ \t])/;

test('the leading time of a line ends where the regular expression says, for every variant and every cut', () => {
  const times = ['2026-11-02T10:00:00', '2026-11-02 10:00:00', '2026-11-02T10:00:00.123', '2026-11-02T10:00:00,5', '2026-11-02T10:00:00.'];
  const zones = ['', 'Z', '+09:00', '-0430', '+09:0', '+9:00', '+09:', 'z', 'ZZ'];
  const seps = [' ', '\t', 'x', '', '  '];
  let cases = 0;
  let matched = 0;
  for (const time of times) {
    for (const zone of zones) {
      for (const sep of seps) {
        const line = `${time}${zone}${sep}rest of line`;
        // Every prefix of the line, and the line with each character in turn replaced by a letter or a digit.
        const variants = [line];
        for (let i = 0; i < time.length + zone.length + 2; i++) {
          variants.push(line.slice(0, i), `${line.slice(0, i)}a${line.slice(i + 1)}`, `${line.slice(0, i)}7${line.slice(i + 1)}`);
        }
        for (const text of variants) {
          const m = ISO_PREFIX.exec(text);
          const expected = m ? (m[1] as string).length : -1;
          assert.equal(isoPrefixEnd(text), expected, JSON.stringify(text));
          cases++;
          if (m) matched++;
        }
      }
    }
  }
  assert.ok(cases > 5000 && matched > 500, `${cases} cases, ${matched} matched`);
});
