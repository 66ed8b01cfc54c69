import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';

// The contract of issue 2: pillar, question and choice ids of the built-in Serverless Lens.
const CONTRACT: Record<string, [string, string[]][]> = {
  operationalExcellence: [
    ['OPS1', ['ops1_managed_metrics', 'ops1_tracing', 'ops1_structured_logging', 'ops1_application_metrics']],
    ['OPS2', ['ops2_iac_stages', 'ops2_temporary_environments', 'ops2_rollout_deployments', 'ops2_configuration_management', 'ops2_runtime_deprecation', 'ops2_cicd']],
  ],
  security: [
    ['SEC1', ['sec1_endpoint_types', 'sec1_authn_authz', 'sec1_scoped_access']],
    ['SEC2', ['sec2_resource_policies', 'sec2_temporary_credentials', 'sec2_network_controls', 'sec2_single_purpose_functions']],
    ['SEC3', ['sec3_security_awareness', 'sec3_secrets', 'sec3_runtime_protection', 'sec3_dependency_review', 'sec3_input_validation']],
  ],
  reliability: [
    ['REL1', ['rel1_throttling', 'rel1_quotas', 'rel1_protect_nonscalable']],
    ['REL2', ['rel2_failures', 'rel2_duplicate_events', 'rel2_orchestration', 'rel2_burst_scaling']],
  ],
  performance: [['PERF1', ['perf1_capacity', 'perf1_startup', 'perf1_async_concurrency', 'perf1_caching', 'perf1_direct_integrations']]],
  costOptimization: [['COST1', ['cost1_init_external_calls', 'cost1_logging_retention', 'cost1_function_configuration', 'cost1_cost_aware_patterns']]],
};

for (const lang of ['en', 'ja']) {
  test(`lens show serverless --lang ${lang} has exactly the contract's ids`, async () => {
    const run = await runCli(['lens', 'show', 'serverless', '--lang', lang, '--format', 'json']);
    assert.equal(run.code, 0, run.stderr);
    const outline = JSON.parse(run.stdout);
    const ids = Object.fromEntries(
      outline.pillars.map((p: any) => [p.id, p.questions.map((q: any) => [q.id, q.choices.map((c: any) => c.id)])]),
    );
    const expected = Object.fromEntries(
      Object.entries(CONTRACT).map(([pillar, questions]) => [pillar, questions.map(([q, choices]) => [q, [...choices, `${q}_no`]])]),
    );
    assert.deepEqual(ids, expected);
  });

  test(`lens export serverless --lang ${lang} passes lens validate without warnings`, async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'slens-export-')), `serverless.${lang}.json`);
    assert.equal((await runCli(['lens', 'export', 'serverless', '--lang', lang, '--output', out])).code, 0);
    const run = await runCli(['lens', 'validate', out, '--format', 'json']);
    assert.equal(run.code, 0, run.stdout);
    const [result] = JSON.parse(run.stdout);
    assert.deepEqual(result.errors, []);
    assert.deepEqual(result.warnings, [], 'the built-in lens must stay inside every WA Tool import limit');
  });
}

test('lens show text is in the chosen language', async () => {
  const en = await runCli(['lens', 'show', 'serverless']);
  const ja = await runCli(['lens', 'show', 'serverless', '--lang', 'ja']);
  assert.match(en.stdout, /5 pillars, 9 questions, 47 choices/);
  assert.match(en.stdout, /How do you evaluate your serverless application's health\?/i);
  assert.match(ja.stdout, /サーバーレスアプリケーションの状態をどのように評価しますか/);
  assert.equal((await runCli(['lens', 'show', 'serverless', '--lang', 'fr'])).code, 2);
});

test('lens risk on the built-in lens: all, essentials, none of these, nothing', async () => {
  const risk = async (...choices: string[]) => JSON.parse((await runCli(['lens', 'risk', 'serverless', 'OPS1', ...choices, '--format', 'json'])).stdout).risk;
  assert.equal(await risk(...(CONTRACT.operationalExcellence?.[0]?.[1] ?? [])), 'NO_RISK');
  assert.equal(await risk('ops1_managed_metrics'), 'MEDIUM_RISK');
  assert.equal(await risk('ops1_tracing'), 'HIGH_RISK');
  assert.equal(await risk('OPS1_no'), 'HIGH_RISK');
  assert.equal(await risk(), 'UNANSWERED');
});
