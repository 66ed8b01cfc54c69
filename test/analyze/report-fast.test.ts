// The fast REPORT reader agrees with the general one on every number it accepts, and leaves what it cannot
// read exactly (over 15 digits, odd shapes) to the general reader.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseReportFast, parseReportLine, platformFields } from '../../src/analyze/read/platform.js';

const line = (duration: string, extra = ''): string =>
  `REPORT RequestId: 0f6c\tDuration: ${duration} ms\tBilled Duration: 103 ms\tMemory Size: 128 MB\tMax Memory Used: 71 MB\t${extra}`;

test('the fast reader gives the same numbers as Number() of the text', () => {
  for (const d of ['0.1', '102.25', '3.333', '0.01', '999999.99', '7', '1234567.891', '0.30000000000000004'.slice(0, 17)]) {
    const fast = parseReportFast(line(d, 'Init Duration: 201.07 ms\t'));
    const general = parseReportLine(platformFields(line(d, 'Init Duration: 201.07 ms\t')));
    if (d.replace('.', '').length > 15) {
      assert.equal(fast, undefined, `${d}: left to the general reader`);
      continue;
    }
    assert.ok(fast && fast.parsed.ok && general.ok, d);
    assert.deepEqual(fast.parsed.value, general.value, d);
    assert.equal(fast.parsed.value.duration, Number(d));
    assert.equal(fast.requestId, '0f6c');
  }
});

test('shapes the fast reader does not take: not a number, a unit alone, spaces for tabs', () => {
  assert.equal(parseReportFast(line('fast')), undefined);
  assert.equal(parseReportFast(line('1.2.3')), undefined);
  assert.equal(parseReportFast(line('.5')), undefined);
  assert.equal(parseReportFast('REPORT RequestId: x  Duration: 1 ms  Billed Duration: 1 ms  Memory Size: 128 MB  Max Memory Used: 1 MB'), undefined);
  const status = parseReportFast(line('5', 'Status: timeout\tError Type: Sandbox.Timedout\t'));
  assert.ok(status?.parsed.ok);
  assert.equal(status.parsed.value.status, 'timeout');
  assert.equal(status.parsed.value.errorType, 'Sandbox.Timedout');
});
