// slens/cdk with the real aws-cdk-lib: examples/cdk-app synthesized with violations, then clean once fixed;
// suppressions through CDK's acknowledgements and slens metadata; `slens scan cdk.out` names construct paths.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Stack, Validations } from 'aws-cdk-lib';
import { Queue } from 'aws-cdk-lib/aws-sqs';
// Through the package name, as an app imports it (the package's self-reference and its "exports").
import { SlensValidator, suppress } from 'slens/cdk';
import { repoRoot } from '../helpers/repo.js';
import { runCli } from '../helpers/cli.js';

// CDK's own built-in template validation is another plugin: off, so only slens speaks here.
process.env.CDK_VALIDATION = 'false';
const TODAY = '2026-11-25';
const example = (await import(join(repoRoot, 'examples', 'cdk-app', 'app.js'))) as { buildApp: (o: object) => App };
const out = mkdtempSync(join(tmpdir(), 'slens-cdk-'));
test.after(() => rmSync(out, { recursive: true, force: true }));

test('the first draft fails synth with slens violations in Japanese, each with its construct path and fix', () => {
  const outdir = join(out, 'draft');
  const app = example.buildApp({ fixed: false, outdir, lang: 'ja', today: TODAY });
  // CDK prints the report and throws; its JSON copy is what we read back.
  assert.throws(() => app.synth(), /Validation failed/);
  const text = readFileSync(join(outdir, 'validation-report.json'), 'utf8');
  for (const rule of ['sqs-redrive-policy', 'apigw-access-logging', 'apigw-route-auth', 'apigw-default-throttling']) assert.ok(text.includes(rule), rule);
  assert.match(text, /Orders\/OrdersQueue\/Resource/);
  assert.match(text, /"templatePath": "Orders\.template\.json",\s*"logicalId": "OrdersQueue3DFA1D51"/, 'violations name the template CDK gave');
  assert.match(text, /デッドレターキュー/);
  assert.ok(text.includes("RedrivePolicy: { deadLetterTargetArn"), "the rule's fix text");
  assert.ok(text.includes('Orders/Api/Default/ANY/Resource'));
});

test('the fixed app synthesizes; `slens scan cdk.out` names construct paths beside logical ids', async () => {
  const outdir = join(out, 'fixed');
  example.buildApp({ fixed: true, outdir, today: TODAY }).synth();
  const run = await runCli(['scan', outdir, '--today', TODAY, '--fail-on', 'error']);
  assert.equal(run.code, 0, run.stdout);
  assert.match(run.stdout, /Handler886CB40B \(Orders\/Handler\/Resource\)/);
  const json = JSON.parse((await runCli(['scan', outdir, '--today', TODAY, '--format', 'json'])).stdout) as { findings: { ruleId: string; severity: string }[] };
  assert.deepEqual(json.findings.filter((f) => f.severity === 'error'), []);
});

test('suppressions: slens metadata from suppress() and CDK acknowledgements both clear a violation; bad options are refused', () => {
  const app = new App({ outdir: join(out, 'suppressed'), policyValidationBeta1: [new SlensValidator({ today: TODAY })] });
  const stack = new Stack(app, 'Queues');
  suppress(new Queue(stack, 'Replayed'), 'sqs-redrive-policy', 'messages are replayed from the source table');
  Validations.of(new Queue(stack, 'Scratch')).acknowledge({ id: 'slens::sqs-redrive-policy', reason: 'a scratch queue, emptied by hand' });
  app.synth();
  const template = JSON.parse(readFileSync(join(out, 'suppressed', 'Queues.template.json'), 'utf8')) as { Resources: Record<string, { Metadata?: unknown }> };
  const replayed = Object.entries(template.Resources).find(([id]) => id.startsWith('Replayed'))?.[1];
  assert.deepEqual((replayed?.Metadata as { slens: unknown }).slens, { ignore: [{ rule: 'sqs-redrive-policy', reason: 'messages are replayed from the source table' }] });

  assert.throws(() => new SlensValidator({ failOn: 'fatal' as 'error' }), /failOn must be one of error, warning, info, none/);
  assert.throws(() => new SlensValidator({ failOn: 'fatal' as 'error', lang: 'ja' }), /failOn には error、warning、info、none/);
  assert.throws(() => new SlensValidator({ lang: 'fr' as 'en' }), /lang must be en or ja/);
  assert.throws(() => suppress(new Queue(stack, 'NoReason'), 'sqs-redrive-policy', ' '), /a reason is required/);
});
