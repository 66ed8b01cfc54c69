// The two sample applications pin the evidence table: the well-architected order service supports what a
// template can show, and its careless twin contradicts the same checks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { repoRoot } from '../helpers/repo.js';

type Table = Record<string, 'supported' | 'contradicted' | 'unknown'>;

async function evidence(example: string): Promise<{ table: Table; findings: number; suggestions: { question: string; risk: string }[] }> {
  const run = await runCli(['scan', join(repoRoot, 'examples', example), '--format', 'json', '--today', '2026-11-25', '--fail-on', 'none']);
  assert.equal(run.code, 0, run.stderr);
  const doc = JSON.parse(run.stdout) as { evidence: { choice: string; status: Table[string] }[]; findings: unknown[]; suggestions: { question: string; risk: string }[] };
  assert.equal(doc.evidence.length, 38);
  return { table: Object.fromEntries(doc.evidence.map((e) => [e.choice, e.status])), findings: doc.findings.length, suggestions: doc.suggestions };
}

/** The table as: supported choices, contradicted choices; every other choice is unknown. */
function expected(supported: string[], contradicted: string[], all: string[]): Table {
  return Object.fromEntries(all.map((c) => [c, supported.includes(c) ? 'supported' : contradicted.includes(c) ? 'contradicted' : 'unknown']));
}

/** Decided by people, or by nothing either app declares (VPC, quotas, databases, caches, Java, REST). */
const UNKNOWN_IN_BOTH = ['ops2_temporary_environments', 'sec2_network_controls', 'sec3_security_awareness', 'sec3_input_validation', 'rel1_quotas', 'rel1_protect_nonscalable', 'perf1_startup', 'perf1_caching'];

const CHECKED = [
  'ops1_managed_metrics', 'ops1_tracing', 'ops1_structured_logging', 'ops2_iac_stages', 'ops2_rollout_deployments', 'ops2_runtime_deprecation',
  'sec1_authn_authz', 'sec2_resource_policies', 'sec2_temporary_credentials', 'sec2_single_purpose_functions', 'sec3_secrets', 'sec3_runtime_protection',
  'sec3_dependency_review', 'rel1_throttling', 'rel2_failures', 'perf1_capacity', 'perf1_async_concurrency', 'cost1_init_external_calls',
  'cost1_logging_retention', 'cost1_function_configuration',
];

test('the well-architected order service: no finding, every checked choice supported', async () => {
  const { table, findings, suggestions } = await evidence('orders-well-architected');
  const all = Object.keys(table);
  // ops2_cicd: its .github/workflows/deploy.yml runs sam deploy.
  const alsoSupported = ['ops1_application_metrics', 'ops2_configuration_management', 'ops2_cicd', 'sec1_scoped_access', 'rel2_duplicate_events', 'rel2_orchestration', 'rel2_burst_scaling', 'perf1_direct_integrations'];
  assert.deepEqual(table, expected([...CHECKED, ...alsoSupported], [], all));
  assert.equal(findings, 0);
  assert.deepEqual(suggestions.filter((s) => s.risk === 'NO_RISK').map((s) => s.question), ['OPS1', 'REL2']);
  for (const id of UNKNOWN_IN_BOTH) assert.equal(table[id], 'unknown', id);
});

test('the careless twin: the same checks contradicted', async () => {
  const { table, findings } = await evidence('orders-careless');
  const all = Object.keys(table);
  // A state machine still orchestrates. Choices whose rules speak only in info-level notes here (stages, gradual
  // deployment, code signing, async concurrency, the endpoint type, REST-or-HTTP) are not contradicted by notes
  // alone: evidence weighs severity, so they stay unknown.
  const notesOnly = ['ops2_iac_stages', 'ops2_rollout_deployments', 'sec3_runtime_protection', 'perf1_async_concurrency'];
  assert.deepEqual(table, expected(['rel2_orchestration'], CHECKED.filter((c) => !notesOnly.includes(c)), all));
  for (const id of [...notesOnly, 'sec1_endpoint_types', 'cost1_cost_aware_patterns']) assert.equal(table[id], 'unknown', id);
  assert.ok(findings >= CHECKED.length);
  for (const id of UNKNOWN_IN_BOTH) assert.equal(table[id], 'unknown', id);
});
