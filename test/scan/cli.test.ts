// `slens scan` end to end, in-process: exit codes, formats, --fail-on, config, suppressions, bad usage,
// and a scan of the corpus sample with no crash.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { fixture, repoRoot } from '../helpers/repo.js';

const TODAY = ['--today', '2026-11-25'];
const dir = (name: string): string => fixture('scan', name);

interface JsonReport {
  files: string[];
  findings: { ruleId: string; severity: string; line: number; column: number; resource: string; message: string; file: string }[];
  suppressed: { ruleId: string; reason: string | null }[];
  errors: { file: string; line: number; message: string }[];
  summary: Record<string, number>;
}

async function json(args: string[]): Promise<{ code: number; report: JsonReport; stderr: string }> {
  const run = await runCli(['scan', ...args, '--format', 'json', ...TODAY]);
  return { code: run.code, report: JSON.parse(run.stdout) as JsonReport, stderr: run.stderr };
}

test('a clean SAM app: exit 0 and "No findings"', async () => {
  const run = await runCli(['scan', dir('clean'), ...TODAY]);
  assert.equal(run.code, 0, run.stdout + run.stderr);
  assert.match(run.stdout, /\nNo findings\. 1 file, \d+ resources: 0 errors, 0 warnings, 0 info\n$/);
});

test('findings: exit 1 by default, each finding located, --fail-on none gives 0', async () => {
  const { code, report } = await json([join(dir('findings'), 'template.yaml')]);
  assert.equal(code, 1);
  const got = report.findings.map((f) => `${f.line} ${f.resource} ${f.ruleId} ${f.severity}`).sort();
  assert.deepEqual(got, [
    '10 Queue sqs-redrive-policy error',
    '2 Fn iac-stage-parameter info',
    '2 Fn lambda-arm64 info',
    '2 Fn lambda-explicit-memory warning',
    '2 Fn lambda-explicit-timeout warning',
    '2 Fn lambda-log-retention warning',
    '2 Fn lambda-structured-logging info',
    '2 Fn lambda-tracing warning',
    '2 Fn resource-alarm warning',
    '5 Fn lambda-runtime-end-of-life warning',
  ]);
  assert.equal((await runCli(['scan', dir('findings'), '--fail-on', 'none', ...TODAY])).code, 0);
});

test('--fail-on compares severities: warnings fail only at warning or below', async () => {
  assert.equal((await runCli(['scan', dir('warnings'), ...TODAY])).code, 0);
  assert.equal((await runCli(['scan', dir('warnings'), '--fail-on', 'error', ...TODAY])).code, 0);
  assert.equal((await runCli(['scan', dir('warnings'), '--fail-on', 'warning', ...TODAY])).code, 1);
  assert.equal((await runCli(['scan', dir('warnings'), '--fail-on', 'info', ...TODAY])).code, 1);
});

test('template and resource suppressions with reasons make the template clean', async () => {
  const { code, report } = await json([dir('suppressed'), '--fail-on', 'info']);
  assert.equal(code, 0, JSON.stringify(report.findings));
  assert.deepEqual(report.suppressed.map((s) => [s.ruleId, s.reason]).sort(), [
    ['lambda-log-retention', 'logs are exported by a subscription and expired centrally'],
    ['lambda-tracing', 'sampled by the calling service'],
  ]);
});

test('a broken file is an errors entry; alone it is no readable input (exit 2)', async () => {
  const alone = await json([dir('broken')]);
  assert.equal(alone.code, 2);
  assert.equal(alone.report.errors.length, 1);
  assert.match(alone.report.errors[0]?.file ?? '', /broken\.yaml$/);
  assert.ok((alone.report.errors[0]?.line ?? 0) >= 1);
  assert.match(alone.stderr, /no readable template/);
  const mixed = await json([join(dir('broken'), 'broken.yaml'), dir('findings')]);
  assert.equal(mixed.code, 1);
  assert.equal(mixed.report.errors.length, 1);
  assert.equal(mixed.report.files.length, 1);
});

test('a repeated key is read (last value wins) and reported as an error naming both lines', async () => {
  const { code, report } = await json([dir('duplicate')]);
  assert.equal(code, 1);
  const dup = report.findings.filter((f) => f.ruleId === 'template-duplicate-key');
  assert.equal(dup.length, 1);
  assert.equal(dup[0]?.severity, 'error');
  assert.match(dup[0]?.message ?? '', /5/);
  assert.match(dup[0]?.message ?? '', /7/);
  assert.deepEqual(report.findings.filter((f) => f.ruleId !== 'template-duplicate-key'), []);
});

test('no input: an empty folder or missing paths exit 2 with a message', async () => {
  const empty = await runCli(['scan', dir('empty'), ...TODAY]);
  assert.equal(empty.code, 2);
  assert.match(empty.stderr, /no readable template/);
  const missing = await runCli(['scan', dir('does-not-exist'), ...TODAY]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /no such file or folder/);
});

test('bad usage exits 2 with a clear message', async () => {
  const cases: [string[], RegExp][] = [
    [['--format', 'xml'], /--format must be one of text, json, sarif, junit, markdown/],
    [['--fail-on', 'fatal'], /--fail-on must be one of error, warning, info, none/],
    [['--lang', 'fr'], /--lang must be one of en, ja/],
    [['--today', '2026-13-45'], /--today must be a date/],
    [['--config', 'nope.yml'], /config file not found/],
  ];
  for (const [args, message] of cases) {
    const run = await runCli(['scan', dir('findings'), ...args]);
    assert.equal(run.code, 2, args.join(' '));
    assert.match(run.stderr, message);
  }
  assert.equal((await runCli(['scan'])).code, 2);
});

test('--config: rules off and severities change the result; a broken config names its line', async () => {
  const tmp = mkdtempSync(join(tmpdir(), 'slens-cli-'));
  try {
    const good = join(tmp, 'good.yml');
    writeFileSync(good, 'rules:\n  lambda-explicit-memory: off\n  ES1006: warning\n  sqs-redrive-policy: off\n');
    const { code, report } = await json([dir('findings'), '--config', good]);
    assert.equal(code, 0);
    assert.ok(!report.findings.some((f) => f.ruleId === 'lambda-explicit-memory' || f.ruleId === 'sqs-redrive-policy'));
    assert.equal(report.findings.find((f) => f.ruleId === 'lambda-explicit-timeout')?.severity, 'warning');
    const bad = join(tmp, 'bad.yml');
    writeFileSync(bad, 'rules:\n  lambda-tracing: off\n  not-a-rule: warning\n');
    const run = await runCli(['scan', dir('findings'), '--config', bad, ...TODAY]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /bad\.yml:3: unknown rule "not-a-rule"/);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});

test('every format renders; --output writes the file; --lang ja speaks Japanese', async () => {
  const tmp = mkdtempSync(join(tmpdir(), 'slens-cli-'));
  try {
    const sarif = await runCli(['scan', dir('findings'), '--format', 'sarif', ...TODAY]);
    assert.equal((JSON.parse(sarif.stdout) as { version: string }).version, '2.1.0');
    const junit = await runCli(['scan', dir('findings'), '--format', 'junit', ...TODAY]);
    assert.match(junit.stdout, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="slens scan" tests="\d+" failures="[1-9]/);
    const md = await runCli(['scan', dir('findings'), '--format', 'markdown', ...TODAY]);
    assert.match(md.stdout, /^# slens scan\n/);
    const ja = await runCli(['scan', dir('findings'), '--lang', 'ja', ...TODAY]);
    assert.match(ja.stdout, /信頼性/);
    assert.match(ja.stdout, /関数 Fn/);
    const out = join(tmp, 'nested', 'report.json');
    const written = await runCli(['scan', dir('findings'), '--format', 'json', '--output', out, ...TODAY]);
    assert.equal(written.stdout, '');
    assert.equal(written.code, 1);
    assert.equal((JSON.parse(readFileSync(out, 'utf8')) as JsonReport).summary['findings'], 10);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});

test('the corpus sample scans without a crash, with located findings and byte-identical JSON', async () => {
  const first = await runCli(['scan', dir('corpus'), '--format', 'json', ...TODAY]);
  assert.ok(first.code === 0 || first.code === 1, first.stderr);
  const report = JSON.parse(first.stdout) as JsonReport;
  assert.ok(report.files.length >= 20, `only ${report.files.length} templates found`);
  assert.ok(report.findings.length > 0);
  for (const f of report.findings) assert.ok(f.line >= 1 && f.column >= 1, JSON.stringify(f));
  assert.deepEqual(report.errors, []);
  const second = await runCli(['scan', dir('corpus'), '--format', 'json', ...TODAY]);
  assert.equal(second.stdout, first.stdout);
});

test('on a terminal: colour, and a progress line on stderr for large scans', async () => {
  const tmp = mkdtempSync(join(tmpdir(), 'slens-cli-'));
  try {
    for (let i = 0; i < 60; i++) copyFileSync(join(dir('warnings'), 'template.yaml'), join(tmp, `t${i}.yaml`));
    const tty = await runCli(['scan', tmp, ...TODAY], { isTTY: true });
    assert.match(tty.stdout, /\u001b\[33m/);
    assert.match(tty.stderr, /scanned \d+\/60 templates/);
    const piped = await runCli(['scan', tmp, ...TODAY]);
    assert.doesNotMatch(piped.stdout, /\u001b\[/);
    assert.equal(piped.stderr, '');
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});

test('--include-advice reports the advice rules that a plain scan keeps as evidence only', async () => {
  const careless = join(repoRoot, 'examples', 'orders-careless');
  const advice = (report: JsonReport) => report.findings.map((f) => f.ruleId).filter((id) => id === 'lambda-code-signing' || id === 'lambda-gradual-deployment');
  assert.deepEqual(advice((await json([careless, '--fail-on', 'none'])).report), []);
  const asked = advice((await json([careless, '--fail-on', 'none', '--include-advice'])).report);
  assert.deepEqual([...new Set(asked)].sort(), ['lambda-code-signing', 'lambda-gradual-deployment']);
});
