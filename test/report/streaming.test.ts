// Every report format is written in pieces (a 10,000-template scan writes ~100 MB): the pieces must join to
// exactly the whole report, and a large result must come out as many pieces, not one string.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatScan, scanReportChunks, SCAN_FORMATS } from '../../src/report/index.js';
import type { Finding } from '../../src/rules/types.js';
import type { ScanResult } from '../../src/scan/types.js';
import { emptyResult, sampleResult } from './sample.js';

/** The sample with its findings repeated over many files and resources. */
function largeResult(copies: number): ScanResult {
  const base = sampleResult();
  const findings: Finding[] = [];
  const outcomes: ScanResult['outcomes'] = [];
  for (let i = 0; i < copies; i++) {
    for (const f of base.findings) findings.push({ ...f, location: { ...f.location, file: `app${i}/${f.location.file}` }, resource: { ...f.resource, logicalId: f.resource.logicalId && `${f.resource.logicalId}${i}` } });
    for (const o of base.outcomes) outcomes.push({ ...o, file: `app${i}/${o.file}`, logicalId: `${o.logicalId}${i}` });
  }
  return { ...base, findings, outcomes, files: findings.map((f) => f.location.file) };
}

test('each format streams: the pieces join to the whole report, in both languages, large or empty', () => {
  const large = largeResult(600);
  for (const format of SCAN_FORMATS) {
    for (const lang of ['en', 'ja'] as const) {
      for (const [name, result] of [['sample', sampleResult()], ['large', large], ['empty', emptyResult()]] as const) {
        const pieces = [...scanReportChunks(result, format, { lang, toolVersion: '0.1.0' })];
        const whole = formatScan(result, format, { lang, toolVersion: '0.1.0' });
        assert.equal(pieces.join(''), whole, `${format} ${lang} ${name}`);
        if (name === 'large') {
          // JUnit reads its suites back from a spill (the totals come first) in blocks of 64 KB; the rest a piece per item.
          assert.ok(pieces.length > (format === 'junit' ? 10 : 600), `${format} ${lang}: ${pieces.length} pieces`);
          // Pieces stay small however large the report (SARIF's rule catalogue is the largest, ~130 KB).
          const longest = Math.max(...pieces.map((p) => p.length));
          assert.ok(longest < 256 * 1024 && longest * 4 < whole.length, `${format} ${lang}: the longest piece is ${longest} of ${whole.length} characters`);
        }
      }
    }
  }
});
