// Findings kept as records (src/scan/finding-store.ts) over a spill that moves to a temporary file
// (src/scan/spill.ts): what is read back, in what order, must be exactly what a list of objects gives, and the
// temporary file must leave nothing behind.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Spill } from '../../src/scan/spill.js';
import { FindingStore, inReportOrder, severityCounts } from '../../src/scan/finding-store.js';
import { countBySeverity, type SuppressedFinding } from '../../src/scan/types.js';
import type { Finding, LensRef } from '../../src/rules/types.js';
import { emptyConfig, parseConfig } from '../../src/scan/config.js';
import { iacLoader } from '../../src/scan/iac-loader.js';
import { scanFiles } from '../../src/scan/scan-files.js';
import { scanFilesParallel } from '../../src/scan/scan-parallel.js';
import { formatScan, SCAN_FORMATS } from '../../src/report/index.js';
import { repoRoot } from '../helpers/repo.js';

/** Runs `body` with os.tmpdir() pointing at a fresh folder, and gives that folder. */
function withTmpdir(body: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'slens-spill-test-'));
  const before = process.env['TMPDIR'];
  process.env['TMPDIR'] = dir;
  try {
    body(dir);
  } finally {
    if (before === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = before;
    rmSync(dir, { recursive: true, force: true });
  }
}

test('spill: texts past the memory limit go to a file that is already gone from the folder, and read back exactly', () => {
  withTmpdir((dir) => {
    const spill = new Spill(100);
    const texts = ['plain', '日本語のメッセージ、「引用」。', '😀 emoji and\nnewlines', 'x'.repeat(200_000), '', 'ü'.repeat(40_000), 'after the large ones'];
    for (let round = 0; round < 50; round++) texts.push(`round ${round}: ${'é'.repeat(round * 37)}`);
    const ranges = texts.map((text) => spill.append(text));
    assert.equal(spill.onDisk, true, 'more than 100 bytes were written');
    assert.deepEqual(readdirSync(dir), [], 'the file is unlinked once open: nothing to clean up, even after a kill');
    // Read back in a scattered order (the read-ahead block must not serve the wrong bytes).
    for (const i of [3, 0, 56, 1, 5, 2, 30, 4, 6, 29]) assert.equal(spill.read(ranges[i] as never), texts[i]);
    assert.equal([...spill.text()].join(''), texts.join(''));
    spill.close();
    assert.deepEqual(readdirSync(dir), []);
  });
});

test('spill: below the limit nothing touches the disk', () => {
  withTmpdir((dir) => {
    const spill = new Spill();
    const range = spill.append('small');
    spill.append('ｓｍａｌｌ');
    assert.equal(spill.onDisk, false);
    assert.equal(spill.read(range), 'small');
    assert.equal([...spill.text()].join(''), 'smallｓｍａｌｌ');
    assert.deepEqual(readdirSync(dir), []);
  });
});

const lens: LensRef = { pillar: 'reliability', question: 'REL1', choice: 'rel_1' };

function finding(file: string, line: number, column: number, ruleId: string, logicalId: string, en: string, extra: Partial<Finding> = {}): Finding {
  return { ruleId, aliases: ['WS1000'], severity: 'warning', lens, messageId: 'm', message: { en, ja: `${en}（日本語）` }, resource: { logicalId, type: 'AWS::Lambda::Function' }, location: { file, line, column }, ...extra };
}

test('store: findings read back equal the objects added, and report order equals sorting the objects (ties included)', () => {
  withTmpdir(() => {
    const findings: Finding[] = [
      finding('b.yaml', 3, 1, 'r1', 'Fn', 'same place, message B'),
      finding('b.yaml', 3, 1, 'r1', 'Fn', 'same place, message A'),
      finding('b.yaml', 3, 1, 'r1', 'Able', 'same place, other resource'),
      finding('b.yaml', 3, 1, 'r1', 'Fn', 'same place, message A'),
      finding('a.yaml', 10, 2, 'r2', 'Q', 'no lens', { lens: undefined, aliases: [], severity: 'info' }),
      finding('a.yaml', 10, 2, 'r1', 'Q', 'rule order', { severity: 'error' }),
      finding('a.yaml', 2, 7, 'r3', '', 'template-level', { resource: { logicalId: '', type: '' } }),
      finding('c.yaml', 1, 1, 'r4', 'Api', 'expanded', { resource: { logicalId: 'ApiStage', type: 'AWS::ApiGateway::Stage', origin: { logicalId: 'Api', type: 'AWS::Serverless::Api' }, constructPath: 'App/Api' } }),
      finding('c.yaml', 1, 1, 'r4', 'Api', 'empty construct path', { resource: { logicalId: 'Api', type: 'T', constructPath: '' } }),
      // Larger than a block of the spill: the records before it go to the file.
      finding('a.yaml', 5, 1, 'r1', 'Big', `a long value: ${'v'.repeat(100_000)}`),
      finding('a.yaml', 5, 1, 'r1', 'Big', 'after the long one'),
      // Not 32-bit integers (none is expected from a parser): still exact, still in order.
      finding('a.yaml', 4.5, 1, 'r1', 'Odd', 'between lines'),
      finding('a.yaml', 2 ** 40, -3, 'r1', 'Far', 'far away'),
    ];
    // The lens key is absent, not undefined, on a finding without one (as the scan makes them).
    delete (findings[4] as { lens?: LensRef }).lens;
    const store = new FindingStore(0);
    for (const f of findings) store.add(f);
    assert.equal(store.onDisk, true);
    assert.equal(store.length, findings.length);
    assert.deepEqual([...store], findings.map((f) => ({ ...f, message: { en: f.message.en, ja: f.message.ja } })));
    assert.deepEqual([...store.sorted()].map((f) => `${f.location.file}:${f.location.line} ${f.ruleId} ${f.resource.logicalId} ${f.message.en}`), [...inReportOrder(findings)].map((f) => `${f.location.file}:${f.location.line} ${f.ruleId} ${f.resource.logicalId} ${f.message.en}`));
    assert.deepEqual(severityCounts(store), countBySeverity(findings));
    store.close();
  });
});

test('store: suppressed findings keep their suppression, with and without a reason', () => {
  const suppressed: SuppressedFinding[] = [
    { ...finding('a.yaml', 1, 1, 'r1', 'Fn', 'x'), suppression: { source: 'config', reason: 'sized by the platform team' } },
    { ...finding('a.yaml', 2, 1, 'r1', 'Fn', 'y'), suppression: { source: 'template' } },
  ];
  const store = new FindingStore<SuppressedFinding>();
  for (const s of suppressed) store.add(s);
  assert.deepEqual([...store].map((s) => s.suppression), [{ source: 'config', reason: 'sized by the platform team' }, { source: 'template' }]);
  store.close();
});

test('a scan keeping its findings as records (on disk from the first byte) reports byte for byte what a scan keeping objects does', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'slens-store-scan-'));
  try {
    // Enough copies for more than one block of records (64 KB), so most are read back from the file.
    for (let copy = 0; copy < 10; copy++) cpSync(join(repoRoot, 'examples'), join(dir, `copy${copy}`), { recursive: true });
    const config = parseConfig('ignore:\n  - rule: lambda-explicit-memory\n    reason: sized by the platform team\n  - rule: no-such-rule\n', '.slens.yml', dir);
    const discovery = await iacLoader().discover([dir]);
    const files = discovery.files;
    const objects = scanFiles(files, { loader: iacLoader(), config, today: '2026-11-25', cwd: dir });
    assert.ok(objects.findings.length > 20 && objects.suppressed.length > 0, 'the examples have findings and suppressed findings');
    for (const workers of [0, 1]) {
      const records = await scanFilesParallel(files, { config, today: '2026-11-25', cwd: dir, workers, store: 0 });
      assert.ok(records.findings instanceof FindingStore && records.findings.onDisk);
      for (const format of SCAN_FORMATS) {
        for (const lang of ['en', 'ja'] as const) assert.equal(formatScan(records, format, { lang, toolVersion: '0' }), formatScan(objects, format, { lang, toolVersion: '0' }), `${format} ${lang}, ${workers} workers`);
      }
      records.findings.close();
      (records.suppressed as FindingStore).close();
    }
    const empty = await scanFilesParallel([], { config: emptyConfig(dir), today: '2026-11-25', cwd: dir, workers: 0, store: true });
    assert.equal(formatScan(empty, 'json', { lang: 'en' }), formatScan(scanFiles([], { loader: iacLoader(), config: emptyConfig(dir), today: '2026-11-25', cwd: dir }), 'json', { lang: 'en' }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('spill: when the file cannot grow (no space, a size limit) the rest stays in memory and everything reads back', { skip: process.platform === 'win32' }, () => {
  // A child process limited to 64 KiB of file (ulimit -f 128 blocks of 512 bytes): writes past it fail with EFBIG.
  const spillModule = new URL('../../src/scan/spill.js', import.meta.url).href;
  const child = `
    process.on('SIGXFSZ', () => {});
    const { Spill } = await import(${JSON.stringify(spillModule)});
    const spill = new Spill(0);
    const texts = Array.from({ length: 4000 }, (_, i) => 'record ' + i + ' ' + 'データ'.repeat(i % 40));
    const ranges = texts.map((t) => spill.append(t));
    const bad = texts.findIndex((t, i) => spill.read(ranges[i]) !== t);
    const whole = [...spill.text()].join('') === texts.join('');
    console.log(JSON.stringify({ onDisk: spill.onDisk, size: spill.size, bad, whole }));
    spill.close();
  `;
  const run = spawnSync('sh', ['-c', `ulimit -f 128 && exec "${process.execPath}" --input-type=module -e "$0"`, child], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const result = JSON.parse(run.stdout) as { onDisk: boolean; size: number; bad: number; whole: boolean };
  assert.ok(result.onDisk && result.size > 4 * 65536, `more was written (${result.size} bytes) than the file may hold (65,536)`);
  assert.deepEqual([result.bad, result.whole], [-1, true]);
});
