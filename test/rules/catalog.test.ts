// Catalog-wide guarantees: ids, lens choices, messages in both languages, cases beside every rule.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { META_RULES, RULES, findRule, rulesMatching } from '../../src/rules/index.js';
import type { RuleCases } from '../../src/rules/support/cases.js';

/** The choice ids of the built-in Serverless Lens (issue 2), per question. */
const LENS_CHOICES: Record<string, string[]> = {
  OPS1: ['ops1_managed_metrics', 'ops1_tracing', 'ops1_structured_logging', 'ops1_application_metrics'],
  OPS2: ['ops2_iac_stages', 'ops2_temporary_environments', 'ops2_rollout_deployments', 'ops2_configuration_management', 'ops2_runtime_deprecation', 'ops2_cicd'],
  SEC1: ['sec1_endpoint_types', 'sec1_authn_authz', 'sec1_scoped_access'],
  SEC2: ['sec2_resource_policies', 'sec2_temporary_credentials', 'sec2_network_controls', 'sec2_single_purpose_functions'],
  SEC3: ['sec3_security_awareness', 'sec3_secrets', 'sec3_runtime_protection', 'sec3_dependency_review', 'sec3_input_validation'],
  REL1: ['rel1_throttling', 'rel1_quotas', 'rel1_protect_nonscalable'],
  REL2: ['rel2_failures', 'rel2_duplicate_events', 'rel2_orchestration', 'rel2_burst_scaling'],
  PERF1: ['perf1_capacity', 'perf1_startup', 'perf1_async_concurrency', 'perf1_caching', 'perf1_direct_integrations'],
  COST1: ['cost1_init_external_calls', 'cost1_logging_retention', 'cost1_function_configuration', 'cost1_cost_aware_patterns'],
};
const PILLAR_OF: Record<string, string> = {
  OPS: 'operationalExcellence', SEC: 'security', REL: 'reliability', PERF: 'performance', COST: 'costOptimization',
};

const SERVERLESS_RULES_ALIASES = ['WS1000', 'ES1001', 'WS1002', 'WS1003', 'WS1004', 'ES1005', 'ES1006', 'ES1007', 'E2531', 'ES2000', 'WS2001', 'WS2002', 'ES2003', 'WS3000', 'ES4000', 'WS5000', 'ES6000', 'ES7000'];

test('rule ids are unique kebab-case and sorted; aliases are unique', () => {
  const all = [...RULES, ...META_RULES];
  const ids = all.map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const id of ids) assert.match(id, /^[a-z][a-z0-9]*(-[a-z0-9]+)+$/);
  assert.deepEqual(RULES.map((r) => r.id), [...RULES.map((r) => r.id)].sort());
  const aliases = all.flatMap((r) => r.aliases);
  assert.equal(new Set(aliases).size, aliases.length);
});

test('every awslabs/serverless-rules id of the issue is an alias of exactly one rule', () => {
  for (const alias of SERVERLESS_RULES_ALIASES) {
    const owners = RULES.filter((r) => r.aliases.includes(alias));
    assert.equal(owners.length, 1, alias);
    assert.equal(findRule(alias.toLowerCase()), owners[0]);
  }
  assert.equal(findRule('NOPE9999'), undefined);
  assert.deepEqual(rulesMatching('WS1').map((r) => r.id).sort(), ['lambda-log-retention', 'lambda-permission-single-principal', 'lambda-role-no-wildcard-actions', 'lambda-tracing']);
  assert.deepEqual(rulesMatching('X'), []);
});

test('every rule maps to a choice of the built-in lens, with the right pillar', () => {
  for (const rule of RULES) {
    const choices = LENS_CHOICES[rule.lens.question];
    assert.ok(choices, `${rule.id}: unknown question ${rule.lens.question}`);
    assert.ok(choices.includes(rule.lens.choice), `${rule.id}: ${rule.lens.choice} is not a choice of ${rule.lens.question}`);
    assert.equal(rule.lens.pillar, PILLAR_OF[rule.lens.question.replace(/\d+$/, '')], rule.id);
  }
});

test('titles, messages and docs exist in English and Japanese with the same placeholders', () => {
  for (const rule of [...RULES, ...META_RULES]) {
    const texts = [rule.title, rule.docs.description, rule.docs.rationale, rule.docs.fix, ...(rule.docs.differences ? [rule.docs.differences] : [])];
    for (const text of texts) {
      assert.ok(text.en.trim().length > 0 && text.ja.trim().length > 0, rule.id);
      assert.notEqual(text.en, text.ja, `${rule.id}: Japanese text is a copy of the English`);
    }
    assert.ok(Object.keys(rule.messages).length > 0 || ('evidenceOnly' in rule && rule.evidenceOnly), rule.id);
    for (const [id, message] of Object.entries(rule.messages)) {
      const names = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string).sort();
      assert.deepEqual(names(message.ja), names(message.en), `${rule.id}.${id}: placeholders differ between languages`);
    }
    assert.ok(rule.docs.links.length > 0, `${rule.id} has no links`);
    for (const link of rule.docs.links) assert.match(link.url, /^(https:\/\/|\.\.\/)/);
  }
});

test('every catalog rule has valid and invalid cases beside it', async () => {
  for (const rule of RULES) {
    const module = (await import(`../../src/rules/${rule.id}.cases.js`)) as { cases?: RuleCases };
    assert.ok(module.cases, `${rule.id}.cases.ts must export cases`);
    assert.ok(module.cases.valid.length >= 1, `${rule.id} needs valid cases`);
    if (rule.evidenceOnly) {
      // Never a finding: the cases must show both answers it gives, a pass and an unknown.
      const answers = module.cases.valid.flatMap((c) => c.outcomes ?? []).map((o) => o.split(' ')[1]);
      assert.ok(answers.includes('pass') && answers.includes('unknown'), `${rule.id} needs cases with pass and unknown outcomes`);
      assert.equal(module.cases.invalid.length, 0, `${rule.id} is evidence only: it has no invalid cases`);
      continue;
    }
    assert.ok(module.cases.invalid.length >= 1, `${rule.id} needs invalid cases`);
    const used = new Set(module.cases.invalid.flatMap((c) => c.errors.map((e) => e.messageId)));
    for (const id of used) assert.ok(rule.messages[id], `${rule.id}: case expects unknown message ${id}`);
    for (const c of module.cases.invalid) assert.ok(c.errors.length > 0, `${rule.id}: invalid case "${c.name}" expects no finding`);
  }
});

test('a valid case named "unknown" or "not applicable" asserts that answer', async () => {
  for (const rule of RULES) {
    const { cases } = (await import(`../../src/rules/${rule.id}.cases.js`)) as { cases: RuleCases };
    for (const c of cases.valid) {
      const answers = (c.outcomes ?? []).map((o) => o.split(' ')[1]);
      if (/\bunknown\b/i.test(c.name)) assert.ok(answers.includes('unknown'), `${rule.id}: "${c.name}" must expect an unknown outcome`);
      if (/not applicable/i.test(c.name)) assert.ok((c.notApplicable ?? []).length > 0, `${rule.id}: "${c.name}" must name its not-applicable resources`);
    }
  }
});

test('the hard-coded choice list above matches the built-in lens', async () => {
  const { loadBuiltinLens } = await import('../../src/lens/builtin.js');
  const lens = loadBuiltinLens('en');
  for (const pillar of lens.pillars) {
    for (const question of pillar.questions) {
      assert.equal(PILLAR_OF[question.id.replace(/\d+$/, '')], pillar.id, question.id);
      assert.deepEqual(question.choices.map((c) => c.id).filter((id) => !id.endsWith('_no')), LENS_CHOICES[question.id], question.id);
    }
  }
});

test('every choice of the built-in lens has a rule, except those only people can judge', () => {
  const PEOPLE_ONLY = new Set(['ops2_temporary_environments', 'sec3_security_awareness']);
  for (const [question, choices] of Object.entries(LENS_CHOICES)) {
    for (const choice of choices) {
      const rules = RULES.filter((r) => r.lens.choice === choice);
      if (PEOPLE_ONLY.has(choice)) assert.equal(rules.length, 0, `${question} ${choice} is for people`);
      else assert.ok(rules.length > 0, `${question} ${choice} has no rule`);
    }
  }
});
