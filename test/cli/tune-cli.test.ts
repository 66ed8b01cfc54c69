// `slens tune` end to end: the JSON contract, the text report in both languages, the SVG chart and errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { analyzeFixture, tempDir } from '../analyze/read-helpers.js';

const RUNS = ['tune-128.log', 'tune-512.log', 'tune-1024.log'].map(analyzeFixture);

test('--format json has exactly the contract: results, recommendation, chart', async () => {
  const run = await runCli(['tune', ...RUNS, '--format', 'json', '--strategy', 'balanced', '--weight', '0.2']);
  assert.equal(run.code, 0, run.stderr);
  const out = JSON.parse(run.stdout);
  assert.deepEqual(Object.keys(out), ['results', 'recommendation', 'excludedForErrors', 'chart']);
  assert.deepEqual(out.results.map((r: Record<string, unknown>) => Object.keys(r)), Array(3).fill(['memory', 'invocations', 'avgDuration', 'costPerInvocation', 'durationCost', 'requestPrice', 'errors', 'timeouts']));
  assert.deepEqual(out.recommendation, { memory: 1024, strategy: 'balanced' });
  assert.equal(out.chart.path, null);
  assert.match(out.chart.svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  assert.equal(run.stderr, '', 'clean input reads quietly in JSON mode');
});

test('arm64 and another region change the prices; cost picks 512 MB', async () => {
  const x86 = JSON.parse((await runCli(['tune', ...RUNS, '--format', 'json'])).stdout);
  const arm = JSON.parse((await runCli(['tune', ...RUNS, '--format', 'json', '--arch', 'arm64'])).stdout);
  const milan = JSON.parse((await runCli(['tune', ...RUNS, '--format', 'json', '--region', 'eu-south-1'])).stdout);
  assert.equal(x86.recommendation.memory, 512);
  assert.ok(Math.abs(arm.results[1].costPerInvocation - 0.254 * 0.5 * 0.0000133334) < 1e-15);
  assert.ok(Math.abs(milan.results[1].costPerInvocation - 0.254 * 0.5 * 0.0000195172) < 1e-15);
  assert.ok(arm.results[0].costPerInvocation < x86.results[0].costPerInvocation);
});

test('text report in English and Japanese, with the chart written to a file', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const chart = join(dir, 'charts', 'tune.svg');
    const en = await runCli(['tune', ...RUNS, '--chart', chart]);
    assert.equal(en.code, 0);
    assert.match(en.stdout, /Memory \(MB\)\s+Invocations\s+Avg duration \(ms\)\s+Cost per invocation \(USD\)/);
    assert.match(en.stdout, /^512 \*\s+5\s+253\.33\s+0\.000002117\s+0 \/ 0$/m);
    assert.match(en.stdout, /Request price: 2\.000e-7 USD per invocation, not in the cost above/);
    assert.match(en.stdout, /Recommended for cost: 512 MB/);
    assert.match(en.stdout, /20% of the fastest and of the slowest runs dropped/);
    assert.ok(en.stdout.includes(`Chart: ${chart}`));
    const svg = readFileSync(chart, 'utf8');
    assert.equal((svg.match(/<circle /g) ?? []).length, 6, 'a point per memory size for time and for cost');
    assert.match(svg, /recommended: 512 MB/);
    const ja = await runCli(['tune', ...RUNS, '--lang', 'ja', '--strategy', 'speed']);
    assert.match(ja.stdout, /速度重視の推奨: 1024 MB/);
    assert.match(ja.stdout, /メモリ \(MB\)/);
    assert.match(ja.stdout, /--chart tune\.svg を付けるとグラフを保存します/);
    const jaChart = JSON.parse((await runCli(['tune', ...RUNS, '--lang', 'ja', '--format', 'json'])).stdout).chart.svg;
    assert.match(jaChart, /推奨: 512 MB/);
  } finally {
    cleanup();
  }
});

test('power-tuning output is read; invocations are unknown', async () => {
  const run = await runCli(['tune', analyzeFixture('power-tuning-url.json')]);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /^1536 \*\s+n\/a\s+2512\.23\s+0\.00006490\s+n\/a$/m);
  assert.match(run.stdout, /averages measured by aws-lambda-power-tuning/);
});

test('bad options and unusable input exit 2 with a clear message', async () => {
  const cases: [string[], RegExp][] = [
    [[...RUNS, '--weight', '2'], /--weight must be a number from 0 to 1 \(got "2"\)/],
    [[...RUNS, '--weight', 'abc'], /--weight must be a number/],
    [[...RUNS, '--discard-top-bottom', '0.5'], /--discard-top-bottom must be a number from 0 to 0.4/],
    [[...RUNS, '--strategy', 'cheap'], /--strategy must be one of cost, speed, balanced/],
    [[...RUNS, '--arch', 'mips'], /--arch must be x86_64 or arm64/],
    [[...RUNS, '--region', 'mars-1'], /no Lambda prices for region "mars-1"/],
    [[analyzeFixture('powertools.log')], /no REPORT lines or power-tuning results found/],
    [[analyzeFixture('nope.log')], /none of the given files could be read/],
    [[RUNS[0] as string, analyzeFixture('power-tuning-stats.json')], /either REPORT logs or power-tuning outputs, not both/],
  ];
  for (const [args, message] of cases) {
    const run = await runCli(['tune', ...args]);
    assert.equal(run.code, 2, args.join(' '));
    assert.match(run.stderr, message);
    assert.doesNotMatch(run.stderr, /at .*\.js:\d+/, 'no stack trace');
  }
  const japanese: [string[], string][] = [
    [[...RUNS, '--weight', '2'], 'slens: --weight には 0 から 1 までの数を指定してください（指定値「2」）\n'],
    [[...RUNS, '--discard-top-bottom', 'x'], 'slens: --discard-top-bottom には 0 から 0.4 までの数を指定してください（指定値「x」）\n'],
    [[...RUNS, '--arch', 'mips'], 'slens: --arch には x86_64 か arm64 を指定してください（指定値「mips」）\n'],
  ];
  for (const [args, message] of japanese) {
    const run = await runCli(['tune', ...args, '--lang', 'ja']);
    assert.equal(run.code, 2, args.join(' '));
    assert.equal(run.stderr, message);
  }
  const region = await runCli(['tune', ...RUNS, '--region', 'mars-1', '--lang', 'ja']);
  assert.equal(region.code, 2);
  assert.match(region.stderr, /^slens: リージョン「mars-1」の Lambda 料金はありません。料金のあるリージョン: .*us-east-1/);
  const { dir, cleanup } = tempDir();
  try {
    const broken = join(dir, 'broken.json');

    writeFileSync(broken, JSON.stringify({ power: 128, stateMachine: { visualization: 'https://x/#zz;yy' } }));
    const run = await runCli(['tune', broken]);
    assert.equal(run.code, 2);
    assert.ok(run.stderr.includes(`slens: ${broken}: power-tuning output: the visualization URL does not hold`));
  } finally {
    cleanup();
  }
});

test('--include-request-price adds the request price to the compared cost; --allow-errors is accepted', async () => {
  const plain = JSON.parse((await runCli(['tune', ...RUNS, '--format', 'json'])).stdout);
  const withRequest = JSON.parse((await runCli(['tune', ...RUNS, '--format', 'json', '--include-request-price', '--allow-errors'])).stdout);
  assert.ok(Math.abs(withRequest.results[1].costPerInvocation - (plain.results[1].costPerInvocation + 0.0000002)) < 1e-15);
  assert.equal(withRequest.results[1].requestPrice, 0.0000002);
  const ja = await runCli(['tune', ...RUNS, '--lang', 'ja', '--include-request-price']);
  assert.match(ja.stdout, /上のコストには呼び出しあたり 2\.000e-7 USD のリクエスト料金を含みます/);
});
