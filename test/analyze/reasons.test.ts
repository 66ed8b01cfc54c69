// Every reason the reader gives for a skipped line reads in Japanese too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classify } from '../../src/analyze/read/classify.js';
import { EventArrayScanner } from '../../src/analyze/read/json-events.js';
import { localizeReason } from '../../src/analyze/read/reasons.js';

const emf = (aws: unknown, root: Record<string, unknown> = {}): string => JSON.stringify({ _aws: aws, ...root });
const directive = (d: Record<string, unknown>): unknown => ({ Timestamp: 1, CloudWatchMetrics: [{ Namespace: 'N', Dimensions: [[]], Metrics: [{ Name: 'M' }], ...d }] });

const LINES = [
  'a\u0000b',
  '{"cut',
  '{"a":1',
  'REPORT RequestId: x\tDuration: 1 ms',
  'REPORT RequestId: x\tDuration: fast ms\tBilled Duration: 1 ms\tMemory Size: 1 MB\tMax Memory Used: 1 MB',
  '{"type":"platform.report","record":1}',
  '{"type":"platform.report","record":{}}',
  '{"type":"platform.report","record":{"metrics":{}}}',
  emf(1),
  emf({ Timestamp: 'x', CloudWatchMetrics: [] }),
  emf({ Timestamp: 1, CloudWatchMetrics: 1 }),
  emf({ Timestamp: 1, CloudWatchMetrics: [1] }),
  emf(directive({ Namespace: '' })),
  emf(directive({ Dimensions: 1 })),
  emf(directive({ Dimensions: [1] })),
  emf(directive({ Dimensions: [Array.from({ length: 31 }, (_, i) => `k${i}`)] })),
  emf(directive({ Dimensions: [[1]] })),
  emf(directive({ Dimensions: [['d']] })),
  emf(directive({ Metrics: 1 })),
  emf(directive({ Metrics: Array.from({ length: 101 }, () => ({ Name: 'M' })) })),
  emf(directive({ Metrics: [{}] })),
  emf(directive({ Metrics: [{ Name: 'M', Unit: 'Furlongs' }] }), { M: 1 }),
  emf(directive({ Metrics: [{ Name: 'M', StorageResolution: 5 }] }), { M: 1 }),
  emf(directive({}), { M: 'x' }),
  emf(directive({}), { M: Array.from({ length: 101 }, () => 1) }),
];

test('reasons of broken lines and exports have Japanese forms', () => {
  const reasons: string[] = [];
  for (const line of LINES) {
    const result = classify('f', 1, line);
    assert.ok('bad' in result, line.slice(0, 60));
    reasons.push(result.bad);
  }
  const scanner = new EventArrayScanner({ element: () => undefined, bad: (reason) => reasons.push(reason) }, 10);
  scanner.write('{"events": [1, {"message": "far too long for ten"}, {"x": 1');
  scanner.end();
  reasons.push('line longer than 4194304 characters (skipped)', 'no such file', 'is a folder, not a file', 'gzip data is corrupt: unexpected end of file', 'export document is truncated');
  assert.equal(new Set(reasons).size, reasons.length, 'each case gives a different reason');
  for (const reason of reasons) {
    const ja = localizeReason(reason, 'ja');
    assert.notEqual(ja, reason, reason);
    assert.match(ja, /[\u3040-\u30ff\u4e00-\u9fff]/, reason);
    assert.equal(localizeReason(reason, 'en'), reason);
  }
});
