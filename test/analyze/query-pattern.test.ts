// pattern, diff and SOURCE over small files written here, with the answers worked out by hand from the token
// rule (docs/analyze.md): words with a digit and key=values are dynamic (<*>), other words are static.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runQuery } from '../../src/analyze/query/run.js';
import { formatQueryResult } from '../../src/analyze/query/output.js';
import { MAX_PATTERNS, OVERFLOW_PATTERN, PatternSet, patternId, tokenize } from '../../src/analyze/query/pattern.js';
import { isUserError } from '../../src/util/errors.js';
import { tempDir } from './read-helpers.js';

type Row = Record<string, unknown>;

async function withFiles(files: Record<string, string>, body: (path: (name: string) => string) => Promise<void>): Promise<void> {
  const { dir, cleanup } = tempDir();
  try {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    await body((name) => join(dir, name));
  } finally {
    cleanup();
  }
}

const json = async (query: string, files: string[], diffAgainst: string[] = []): Promise<Row[]> =>
  JSON.parse(formatQueryResult(await runQuery(query, files, { diffAgainst }), 'json')) as Row[];

// The Pattern analysis page's own sample: three events, one pattern.
const DOC_SAMPLE = [
  '2023-01-01 19:00:01 [INFO] Calling DynamoDB to store for resource id 12342342k124-12345',
  '2023-01-01 19:00:02 [INFO] Calling DynamoDB to store for resource id 324892398123-12345',
  '2023-01-01 19:00:03 [INFO] Calling DynamoDB to store for resource id 3ff231242342-12345',
];

test('the token rule: digits and key=values are dynamic, punctuation around a token stays, a level word sets the severity', () => {
  assert.deepEqual(tokenize(DOC_SAMPLE[0] as string), {
    pattern: '<*> <*> [INFO] Calling DynamoDB to store for resource id <*>',
    values: ['2023-01-01', '19:00:01', '12342342k124-12345'],
    severity: 'Info',
  });
  assert.equal(tokenize('[INFO] Request time: 327 ms').pattern, '[INFO] Request time: <*> ms');
  assert.deepEqual(tokenize('user=alice (id=7), status: failed'), { pattern: 'user=<*> (id=<*>), status: failed', values: ['alice', '7'], severity: undefined });
  assert.equal(tokenize('  ERROR   disk\tfull  ').pattern, 'ERROR disk full');
  assert.equal(tokenize('ERROR disk full').severity, 'Error');
  assert.equal(tokenize('deadbeef WARN x').severity, 'Warning');
  assert.equal(patternId('a <*>'), patternId('a <*>'));
  assert.match(patternId('a <*>'), /^[0-9a-f]{32}$/);
  assert.notEqual(patternId('a <*>'), patternId('b <*>'));
});

test('pattern @message: the documented sample is one pattern of ratio 1 with its token values', async () => {
  await withFiles({ 'a.log': `${DOC_SAMPLE.join('\n')}\n` }, async (path) => {
    const rows = await json('pattern @message | display @pattern, @ratio, @sampleCount, @severityLabel, @tokens', [path('a.log')]);
    assert.equal(rows.length, 1);
    const row = rows[0] as Row;
    assert.equal(row['@pattern'], '<*> <*> [INFO] Calling DynamoDB to store for resource id <*>');
    assert.equal(row['@ratio'], 1);
    assert.equal(row['@sampleCount'], 3);
    assert.equal(row['@severityLabel'], 'Info');
    const tokens = JSON.parse(row['@tokens'] as string) as { position: number; values: Record<string, number> }[];
    assert.equal(tokens.length, 3);
    assert.deepEqual(tokens[0], { position: 1, values: { '2023-01-01': 3 } });
    assert.deepEqual(Object.keys(tokens[2]?.values ?? {}).sort(), ['12342342k124-12345', '324892398123-12345', '3ff231242342-12345']);
  });
});

// Six lines: four INFO "stored" (ids differ), one ERROR timeout, one ERROR user=… denied.
const MIXED = [
  '2026-11-02T10:00:00Z INFO order 1 stored',
  '2026-11-02T10:01:00Z INFO order 2 stored',
  '2026-11-02T10:02:00Z ERROR Failed to do: timeout after 3000 ms',
  '2026-11-02T10:03:00Z INFO order 3 stored',
  '2026-11-02T10:04:00Z ERROR Failed to do: user=alice denied',
  '2026-11-02T10:05:00Z INFO order 4 stored',
].join('\n');

test('pattern: the default columns, most frequent first, ratio of all rows; equal counts by their text', async () => {
  await withFiles({ 'm.log': MIXED }, async (path) => {
    const result = await runQuery('pattern @message', [path('m.log')]);
    assert.deepEqual(result.columns, ['@pattern', '@ratio', '@sampleCount', '@severityLabel', '@patternId']);
    const rows = JSON.parse(formatQueryResult(result, 'json')) as Row[];
    assert.deepEqual(
      rows.map((r) => [r['@pattern'], r['@sampleCount'], r['@ratio'], r['@severityLabel']]),
      [
        ['<*> INFO order <*> stored', 4, 4 / 6, 'Info'],
        ['<*> ERROR Failed to do: timeout after <*> ms', 1, 1 / 6, 'Error'],
        ['<*> ERROR Failed to do: user=<*> denied', 1, 1 / 6, 'Error'],
      ],
    );
    assert.equal(rows[0]?.['@patternId'], patternId('<*> INFO order <*> stored'));
  });
});

test('pattern on a parsed field, then sort and filter on its output (the pattern page examples)', async () => {
  await withFiles({ 'm.log': MIXED }, async (path) => {
    const rows = await json(
      `filter @message like /ERROR/
| parse @message 'Failed to do: *' as cause
| pattern cause
| sort @sampleCount asc`,
      [path('m.log')],
    );
    // Two causes, one each: equal counts keep the pattern order (by text).
    assert.deepEqual(rows.map((r) => r['@pattern']), ['timeout after <*> ms', 'user=<*> denied']);
    assert.deepEqual(rows.map((r) => r['@ratio']), [0.5, 0.5]);
    const many = await json('pattern @message | filter @sampleCount > 1 | display @pattern', [path('m.log')]);
    assert.deepEqual(many, [{ '@pattern': '<*> INFO order <*> stored' }]);
  });
});

test('@visualization: counts per bucket over the span of all rows (one-minute buckets here)', async () => {
  await withFiles({ 'm.log': MIXED }, async (path) => {
    const rows = await json('pattern @message | display @pattern, @visualization', [path('m.log')]);
    const vis = (i: number): { start: string; bucketSeconds: number; counts: number[] } => JSON.parse(rows[i]?.['@visualization'] as string);
    assert.deepEqual(vis(0), { start: '2026-11-02T10:00:00.000Z', bucketSeconds: 60, counts: [1, 1, 0, 1, 0, 1] });
    assert.deepEqual(vis(1).counts, [0, 0, 1, 0, 0, 0]);
  });
});

test('@visualization doubles its buckets over a long span: at most 60 bars, counts kept', () => {
  const set = new PatternSet();
  const start = Date.UTC(2026, 10, 2);
  // One text per hour for ten days: 240 texts over 239 hours.
  for (let h = 0; h < 240; h++) set.add(`tick ${h}`, undefined, start + h * 3_600_000);
  const [only] = set.sorted();
  assert.ok(only);
  const vis = JSON.parse(set.visualization(only)) as { bucketSeconds: number; counts: number[] };
  assert.ok(vis.counts.length <= 60, `${vis.counts.length} bars`);
  assert.equal(vis.counts.reduce((a, b) => a + b, 0), 240);
  assert.equal(vis.bucketSeconds % 60, 0);
});

test('pattern memory is bounded: past MAX_PATTERNS distinct patterns the rest count in one <*> pattern', () => {
  const set = new PatternSet();
  for (let i = 0; i < MAX_PATTERNS + 5; i++) set.add(`word${String.fromCharCode(97 + (i % 26))}${'x'.repeat(Math.floor(i / 26))} happened`, undefined, undefined);
  assert.equal(set.patterns.size, MAX_PATTERNS + 1);
  assert.equal(set.patterns.get(OVERFLOW_PATTERN)?.count, 5);
  assert.equal(set.total, MAX_PATTERNS + 5);
});

test('severity from a JSON level when the text names none; Unknown otherwise', async () => {
  await withFiles({ 'j.log': '{"level":"warn","msg":"slow call 300"}\n{"level":"warn","msg":"slow call 500"}\n{"msg":"plain"}\n' }, async (path) => {
    const rows = await json('pattern msg | display @pattern, @severityLabel', [path('j.log')]);
    assert.deepEqual(rows, [
      { '@pattern': 'slow call <*>', '@severityLabel': 'Warning' },
      { '@pattern': 'plain', '@severityLabel': 'Unknown' },
    ]);
  });
});

// Current period 10:00–10:10 (three lines), previous 09:50–10:00 (three lines); one line outside both.
const DIFF_LOG = [
  '2026-11-02T09:45:00Z INFO order 9 stored',
  '2026-11-02T09:51:00Z INFO order 1 stored',
  '2026-11-02T09:52:00Z INFO order 2 stored',
  '2026-11-02T09:53:00Z WARN cache miss',
  '2026-11-02T10:01:00Z INFO order 3 stored',
  '2026-11-02T10:02:00Z ERROR Failed to do: timeout after 3000 ms',
  '2026-11-02T10:03:00Z ERROR Failed to do: timeout after 2000 ms',
].join('\n');

test('diff against <start>/<end>: the period just before, pattern by pattern (New, Decreased, Gone)', async () => {
  await withFiles({ 'd.log': DIFF_LOG }, async (path) => {
    const result = await runQuery('diff', [path('d.log')], { diffAgainst: ['2026-11-02T10:00:00Z/2026-11-02T10:10:00Z'] });
    assert.deepEqual(result.columns, ['@pattern', '@changeType', '@sampleCount', '@previousSampleCount', '@changePercent', '@severityLabel', '@patternId']);
    const rows = (JSON.parse(formatQueryResult(result, 'json')) as Row[]).map((r) => [r['@pattern'], r['@changeType'], r['@sampleCount'], r['@previousSampleCount'], r['@changePercent']]);
    // The 09:45 line is in neither period (09:50–10:00 is the previous one).
    assert.deepEqual(rows, [
      ['<*> ERROR Failed to do: timeout after <*> ms', 'New', 2, 0, undefined],
      ['<*> INFO order <*> stored', 'Decreased', 1, 2, -50],
      ['<*> WARN cache miss', 'Gone', 0, 1, -100],
    ]);
  });
});

test('diff previousDay / previousWeek / previousMonth shift the comparison period by the calendar', async () => {
  const lines = [
    '2026-10-02T10:05:00Z INFO tick', // a month before
    '2026-10-26T10:05:00Z INFO tick', // a week before
    '2026-11-01T10:05:00Z INFO tick', // a day before
    '2026-11-01T10:06:00Z INFO tick',
    '2026-11-02T10:05:00Z INFO tick', // current
  ].join('\n');
  await withFiles({ 't.log': lines }, async (path) => {
    const previous = async (period: string): Promise<unknown> =>
      (await json(`diff ${period} | display @sampleCount, @previousSampleCount, @changeType`, [path('t.log')], ['2026-11-02T10:00:00Z/2026-11-02T11:00:00Z']))[0];
    assert.deepEqual(await previous('previousDay'), { '@sampleCount': 1, '@previousSampleCount': 2, '@changeType': 'Decreased' });
    assert.deepEqual(await previous('previousWeek'), { '@sampleCount': 1, '@previousSampleCount': 1, '@changeType': 'Unchanged' });
    assert.deepEqual(await previous('previousMonth'), { '@sampleCount': 1, '@previousSampleCount': 1, '@changeType': 'Unchanged' });
    // The period just before (09:00–10:00) holds nothing.
    assert.deepEqual(await previous(''), { '@sampleCount': 1, '@previousSampleCount': 0, '@changeType': 'New' });
  });
});

test('diff against a file: filters and a pattern before diff apply to both periods; increased by a percentage', async () => {
  const today = '{"level":"ERROR","msg":"timeout 1"}\n{"level":"ERROR","msg":"timeout 2"}\n{"level":"ERROR","msg":"timeout 3"}\n{"level":"INFO","msg":"ok 1"}\n';
  const yesterday = '{"level":"ERROR","msg":"timeout 9"}\n{"level":"ERROR","msg":"timeout 8"}\n{"level":"INFO","msg":"ok 2"}\n';
  await withFiles({ 'today.log': today, 'yesterday.log': yesterday }, async (path) => {
    const rows = await json('filter level = "ERROR" | pattern msg | diff | display @pattern, @sampleCount, @previousSampleCount, @changePercent, @changeType', [path('today.log')], [path('yesterday.log')]);
    assert.deepEqual(rows, [{ '@pattern': 'timeout <*>', '@sampleCount': 3, '@previousSampleCount': 2, '@changePercent': 50, '@changeType': 'Increased' }]);
  });
});

test('diff: a missing --diff-against, one without diff, and a day shift with a file are refused in both languages', async () => {
  await withFiles({ 'a.log': 'x\n' }, async (path) => {
    const refused = async (query: string, against: string[], en: RegExp, ja: RegExp): Promise<void> => {
      let error: unknown;
      try {
        await runQuery(query, [path('a.log')], { diffAgainst: against });
      } catch (caught) {
        error = caught;
      }
      assert.ok(isUserError(error), query);
      assert.match(error.messageIn('en'), en);
      assert.match(error.messageIn('ja'), ja);
    };
    await refused('diff', [], /the query uses diff: give --diff-against/, /--diff-against に比較する期間のファイル/);
    await refused('pattern @message', [path('a.log')], /--diff-against needs a query that uses diff/, /diff を使うクエリで指定してください/);
    await refused('diff previousDay', [path('a.log')], /diff previousDay picks the comparison period by time/, /diff previousDay は時刻で比較期間を決めます/);
    await refused('diff', ['2026-11-02T11:00Z/2026-11-02T10:00Z'], /the end must come after the start/, /終了は開始より後にしてください/);
    await refused('diff', ['2026-11-02T10:00Z/2026-11-02T11:00Z', path('a.log')], /files, or one <start>\/<end> period/, /どちらかを指定してください/);
  });
});

// Exports that name their group: two groups of one account, one of another.
const GROUPS = JSON.stringify({
  events: [
    { logGroupName: '/aws/lambda/orders', owner: '111122223333', logStreamName: 's', timestamp: 1793613600000, message: 'one', ingestionTime: 1793613600100, eventId: '1' },
    { logGroupName: '/aws/lambda/orders-dlq', owner: '111122223333', logStreamName: 's', timestamp: 1793613600000, message: 'two', ingestionTime: 1793613600100, eventId: '2' },
    { logGroupName: '/aws/lambda/payments', owner: '111122223333', logStreamName: 's', timestamp: 1793613600000, message: 'three', ingestionTime: 1793613600100, eventId: '3' },
    { logGroupName: '/aws/lambda/orders', owner: '999988887777', logStreamName: 's', timestamp: 1793613600000, message: 'four', ingestionTime: 1793613600100, eventId: '4' },
  ],
});

test('SOURCE logGroups(namePrefix: […]) selects records by their group; accountIdentifiers and class narrow it', async () => {
  await withFiles({ 'g.json': GROUPS, 'plain.log': 'five\n' }, async (path) => {
    const files = [path('g.json'), path('plain.log')];
    const messages = async (query: string): Promise<unknown[]> => (await json(`${query} | fields @message | sort @message`, files)).map((r) => r['@message']);
    assert.deepEqual(await messages('SOURCE logGroups(namePrefix: ["/aws/lambda/orders"])'), ['four', 'one', 'two']);
    assert.deepEqual(await messages("SOURCE logGroups(namePrefix: ['/aws/lambda/orders', '/aws/lambda/pay'], accountIdentifiers: ['111122223333'])"), ['one', 'three', 'two']);
    assert.deepEqual(await messages('SOURCE logGroups(namePrefix: "/aws/lambda/pay", class: STANDARD)'), ['three']);
    // class as a list, as the SOURCE reference prints it.
    assert.deepEqual(await messages(`SOURCE logGroups(namePrefix: "/aws/lambda/pay", class: ['STANDARD'])`), ['three']);
    // A file that names no group is matched by its path.
    assert.deepEqual(await messages(`SOURCE logGroups(namePrefix: [${JSON.stringify(path('plain'))}])`), ['five']);
    // The pipe after SOURCE is optional, and stats see only the chosen groups.
    assert.deepEqual(await json('SOURCE logGroups(namePrefix: ["/aws/lambda/"]) stats count(*) as n', files), [{ n: 4 }]);
  });
});
