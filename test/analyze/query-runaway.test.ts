// Issue 20 items 7 and 12: patterns that made `logs query` run for minutes, and a 10,000-deep JSON line
// that made it reject a whole file. Each case has a time budget far below what the old engine needed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runQuery } from '../../src/analyze/query/run.js';
import { globMatcher } from '../../src/analyze/query/matchers.js';
import { localizeReason } from '../../src/analyze/read/reasons.js';
import { tempDir } from './read-helpers.js';

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await work();
  return { value, ms: performance.now() - start };
}

test('/(a+)+$/ on 123 bytes answers at once (RE2, linear time)', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const file = join(dir, 'a.log');
    writeFileSync(file, `${'a'.repeat(122)}b\n${'a'.repeat(40)}\n`);
    const { value, ms } = await timed(() => runQuery('filter @message like /(a+)+$/ | stats count(*) as n', [file]));
    assert.deepEqual(value.rows, [{ n: 1 }], 'only the line ending in a run of a matches');
    assert.ok(ms < 2000, `took ${ms} ms`);
  } finally {
    cleanup();
  }
});

test('the glob "* * * took *ms" over a 20 KB file answers at once, with the captures a lazy regex gives', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const file = join(dir, 'words.log');
    // One 20 KB line of single-space-separated words with no "took": the backtracking regex tried every split.
    const lines = ['GET /orders id=7 took 15ms', `${'word '.repeat(4000)}end`, 'a b c d took 3ms then took 9ms'];
    writeFileSync(file, `${lines.join('\n')}\n`);
    const query = 'parse @message "* * * took *ms" as verb, path, rest, ms | filter ispresent(ms) | display verb, path, rest, ms';
    const { value, ms } = await timed(() => runQuery(query, [file]));
    assert.deepEqual(value.rows, [
      { verb: 'GET', path: '/orders', rest: 'id=7', ms: '15' },
      { verb: 'a', path: 'b', rest: 'c d', ms: '3' },
    ]);
    assert.ok(ms < 2000, `took ${ms} ms`);
  } finally {
    cleanup();
  }
});

test('glob captures equal those of the lazy regex they replace, on edge cases', () => {
  const cases: [string, string][] = [
    ['user=* took *ms', 'x user=ann took 12ms tail'],
    ['*', 'anything'],
    ['a*', 'xxa yy'],
    ['*b', 'aab bb'],
    ['[*] *', '[ERROR] boom [x] y'],
    ['* - *', 'no separator'],
    ['**', 'ab'],
    ['id=* ', 'id=1'],
  ];
  for (const [glob, text] of cases) {
    const parts = glob.split('*');
    const escape = (p: string): string => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    let body = escape(parts[0] as string);
    for (let i = 1; i < parts.length; i++) body += (i === parts.length - 1 && parts[i] === '' ? '(.*)' : '(.*?)') + escape(parts[i] as string);
    const m = new RegExp(body, 's').exec(text);
    assert.deepEqual(globMatcher(glob).match(text), m ? m.slice(1) : null, `${glob} on ${text}`);
  }
});

test('a 10,000-deep JSON line is skipped and named; the rest of the file is queried', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const file = join(dir, 'deep.log');
    const deep = `${'{"a":'.repeat(10000)}1${'}'.repeat(10000)}`;
    writeFileSync(file, `{"level":"INFO","message":"ok"}\n${deep}\n{"level":"ERROR","message":"bad"}\n`);
    // `fields a.a` used to reach JSON.stringify of the deep value and fail the whole file.
    const result = await runQuery('fields level, a.a', [file]);
    assert.deepEqual(result.stats.fileErrors, []);
    assert.deepEqual(result.rows, [{ level: 'INFO' }, { level: 'ERROR' }]);
    assert.equal(result.stats.bad, 1);
    const [sample] = result.stats.badSamples;
    assert.equal(sample?.file, file);
    assert.equal(sample?.line, 2);
    assert.equal(sample?.reason, 'JSON nested deeper than 256 levels (skipped)');
    assert.equal(localizeReason(sample?.reason ?? '', 'ja'), '入れ子が 256 段を超える JSON です（スキップ）');
  } finally {
    cleanup();
  }
});

test('a deep value inside a CloudWatch export event is skipped the same way', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const file = join(dir, 'export.json');
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const event = (ts: number, message: string): string => JSON.stringify({ timestamp: ts, message, logStreamName: 's', eventId: String(ts) });
    writeFileSync(file, `{"events":[\n${event(1, '{"n":1}')},\n${event(2, `{"deep":${deep}}`)},\n${event(3, '{"n":3}')}\n]}\n`);
    const result = await runQuery('stats sum(n) as total', [file]);
    assert.deepEqual(result.rows, [{ total: 4 }]);
    assert.equal(result.stats.bad, 1);
    assert.equal(result.stats.badSamples[0]?.line, 3);
    assert.match(result.stats.badSamples[0]?.reason ?? '', /JSON nested deeper than 256 levels/);
  } finally {
    cleanup();
  }
});
