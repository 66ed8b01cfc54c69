// `slens cost` end to end: the template-driven estimate in English, Japanese and JSON, and usage errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { analyzeFixture, tempDir } from '../analyze/read-helpers.js';

const TEMPLATE = analyzeFixture('cost-template.yaml');

test('estimate from a template: a row per function, the API saving, the total', async () => {
  const run = await runCli(['cost', TEMPLATE, '--requests', '1000000', '--duration', '200']);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /^orders\s+512\s+arm64\s+0\.20\s+1\.33\s+0\.00\s+0\.23\s+<0\.01\s+0\.25\s+2\.02$/m);
  assert.match(run.stdout, /^reports\s+1024\s+x86_64\s+0\.20\s+1\.94\s+21\.90\s+0\.23\s+0\.17\s+0\.00\s+24\.45$/m);
  assert.match(run.stdout, /API Gateway \(REST API, 1,000,000 requests\): 3\.50\n {2}an HTTP API would cost 1\.00: 2\.50 less a month/);
  // 2.02 + 24.45 + 3.50 (to the micro-dollar: 29.967685).
  assert.match(run.stdout, /Total: 29\.97 USD a month/);
});

test('Japanese text and JSON with the free tier and a Savings Plan', async () => {
  const args = ['cost', TEMPLATE, '--requests', '1000000', '--duration', '200', '--free-tier', '--savings-plan', '0.1'];
  const ja = await runCli([...args, '--lang', 'ja']);
  assert.match(ja.stdout, /月額コストの見積もり: us-east-1/);
  assert.match(ja.stdout, /HTTP API なら 1\.00: 月 2\.50 の節約/);
  assert.match(ja.stdout, /無料利用枠: -1\.78/);
  assert.match(ja.stdout, /Compute Savings Plans（10%）: -2\.38/);
  assert.match(ja.stdout, /合計: 月 25\.80 USD/);
  const json = JSON.parse((await runCli([...args, '--format', 'json'])).stdout);
  assert.equal(json.pricesAsOf, '2026-11-25');
  assert.equal(json.total, 25.799884);
  assert.deepEqual(json.adjustments, { freeTier: 1.78334, durationTiers: 0, logsTiers: 0, savingsPlan: 2.384462 });
});

test('without templates the flags describe the function', async () => {
  const run = await runCli(['cost', '--requests', '1e6', '--memory', '2048', '--arch', 'arm64', '--api', 'http', '--format', 'json']);
  const out = JSON.parse(run.stdout);
  assert.equal(out.functions.length, 1);
  assert.equal(out.functions[0].memoryMb, 2048);
  // 1M x 0.1 s x 2 GB x $0.0000133334.
  assert.equal(out.functions[0].lambdaDuration, 2.66668);
  assert.equal(out.api.monthly, 1);
});

test('a template that does not load is reported in the language of --lang; the others are still estimated', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const broken = join(dir, 'broken.yaml');
    writeFileSync(broken, 'Resources:\n  Q:\n    Type: AWS::SQS::Queue\n   Bad: [\n');
    const en = await runCli(['cost', broken, TEMPLATE, '--requests', '1000']);
    assert.equal(en.code, 0, en.stderr);
    assert.ok(en.stderr.startsWith(`slens: ${broken}:4: bad indentation of a mapping entry`), en.stderr);
    const ja = await runCli(['cost', broken, TEMPLATE, '--requests', '1000', '--lang', 'ja']);
    assert.equal(ja.code, 0, ja.stderr);
    assert.ok(ja.stderr.startsWith(`slens: ${broken}:4: YAML/JSON の構文エラーです: bad indentation of a mapping entry`), ja.stderr);
    assert.match(ja.stdout, /合計: 月/);
  } finally {
    cleanup();
  }
});

test('usage errors exit 2', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const empty = join(dir, 'template.yaml');
    writeFileSync(empty, 'Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n');
    const cases: [string[], RegExp][] = [
      [[TEMPLATE], /required option '--requests <n>' not specified/],
      [['--requests', 'many'], /--requests must be a number/],
      [['--requests', '1', '--retention', '10'], /--retention must be one of the values CloudWatch accepts: 1, 3, 5, 7, 14/],
      [['--requests', '1', '--region', 'mars-1'], /no Lambda prices for region "mars-1"/],
      [['--requests', '1', '--savings-plan', '0.5'], /--savings-plan must be a number from 0 to 0.17/],
      [['--requests', '1', '--memory', '64'], /--memory must be a whole number from 128 to 10240/],
      [['--requests', '1', '--api', 'graphql'], /--api must be one of rest, http, none/],
      [[empty, '--requests', '1'], /the templates declare no Lambda function/],
      [[join(dir, 'missing.yaml'), '--requests', '1'], /no readable template/],
    ];
    for (const [args, message] of cases) {
      const run = await runCli(['cost', ...args]);
      assert.equal(run.code, 2, args.join(' '));
      assert.match(run.stderr, message, args.join(' '));
    }
    const japanese: [string[], RegExp][] = [
      [['--requests', 'many'], /^slens: --requests には 0 から 10000000000000 までの数を指定してください（指定値「many」）\n$/],
      [['--requests', '1', '--memory', '64'], /^slens: --memory には 128 から 10240 までの整数を指定してください（指定値「64」）\n$/],
      [['--requests', '1', '--retention', '10'], /^slens: --retention には CloudWatch が受け付ける値（1, 3, 5, 7, 14, .*）のいずれかを指定してください\n$/],
      [['--requests', '1', '--region', 'mars-1'], /^slens: リージョン「mars-1」の Lambda 料金はありません。/],
      [[empty, '--requests', '1'], /: テンプレートに Lambda 関数がありません\n$/],
      [[join(dir, 'missing.yaml'), '--requests', '1'], /: 読み取れるテンプレートがありません\n$/],
    ];
    for (const [args, message] of japanese) {
      const run = await runCli(['cost', ...args, '--lang', 'ja']);
      assert.equal(run.code, 2, args.join(' '));
      assert.match(run.stderr, message, args.join(' '));
    }
  } finally {
    cleanup();
  }
});
