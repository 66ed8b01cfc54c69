// RuleTester: runs a rule's `valid` and `invalid` cases (YAML templates) through a template loader and the
// scan runner, and checks message ids, lines, severities, and that both languages render every placeholder.
import assert from 'node:assert/strict';
import type { Template } from '../../src/iac/types.js';
import type { RuleCases } from '../../src/rules/support/cases.js';
import type { Rule } from '../../src/rules/types.js';
import { emptyConfig } from '../../src/scan/config.js';
import { scanTemplate } from '../../src/scan/run.js';

export type LoadFn = (file: string, text: string) => Template;

export const DEFAULT_TODAY = '2026-11-25';

export function runCase(rule: Rule, load: LoadFn, template: string, today = DEFAULT_TODAY, files: Record<string, string> = {}) {
  const loaded = load('case.yaml', template);
  assert.deepEqual(
    loaded.errors.map((e) => `${e.line}: ${e.message}`),
    [],
    'the case template must load without errors',
  );
  return scanTemplate(loaded, {
    rules: [rule],
    // Cases judge the rule itself: advice rules report here as they do with --include-advice.
    config: { ...emptyConfig(process.cwd()), includeAdvice: true },
    env: { today },
    displayFile: 'case.yaml',
    absoluteFile: 'case.yaml',
    text: template,
    code: { read: (path: string) => files[path.replace(/^\.\//, '')] },
  });
}

/**
 * Asserts one valid case: no finding of the rule; when given, the rule's answers (`outcomes`), and the
 * resources it must find not applicable: of the rule's types, present in the template, and without an answer.
 */
export function checkValid(rule: Rule, load: LoadFn, c: RuleCases['valid'][number]): void {
  const result = runCase(rule, load, c.template, c.today, c.files);
  const own = result.findings.filter((f) => f.ruleId === rule.id);
  assert.deepEqual(own.map((f) => `${f.location.line} ${f.messageId}: ${f.message.en}`), []);
  assert.deepEqual(result.errors, []);
  const answers = result.outcomes.filter((o) => o.ruleId === rule.id);
  if (c.outcomes) assert.deepEqual(answers.map((o) => `${o.logicalId} ${o.status}`), c.outcomes);
  for (const id of c.notApplicable ?? []) {
    const judged = load('case.yaml', c.template).resources.find((r) => r.logicalId === id && rule.resourceTypes.includes(r.type));
    assert.ok(judged, `${id} is a resource the rule judges (${rule.resourceTypes.join(', ')})`);
    assert.deepEqual(answers.filter((o) => o.logicalId === id).map((o) => o.status), [], `${id} is not applicable`);
  }
}

/** Asserts one invalid case: exactly the expected findings, worded without leftover placeholders. */
export function checkInvalid(rule: Rule, load: LoadFn, c: RuleCases['invalid'][number]): void {
  const result = runCase(rule, load, c.template, c.today, c.files);
  assert.deepEqual(result.errors, []);
  const own = result.findings.filter((f) => f.ruleId === rule.id).sort((a, b) => a.location.line - b.location.line);
  const actual = own.map((f) => ({
    messageId: f.messageId,
    line: f.location.line,
    ...(c.errors.some((e) => e.resource) ? { resource: f.resource.logicalId } : {}),
    ...(c.errors.some((e) => e.severity) ? { severity: f.severity } : {}),
  }));
  const expected = c.errors.map((e) => ({
    messageId: e.messageId,
    line: e.line,
    ...(c.errors.some((x) => x.resource) ? { resource: e.resource ?? '' } : {}),
    ...(c.errors.some((x) => x.severity) ? { severity: e.severity ?? rule.severity } : {}),
  }));
  assert.deepEqual(actual, expected);
  for (const f of own) {
    for (const lang of ['en', 'ja'] as const) {
      assert.doesNotMatch(f.message[lang], /\{\w+\}/, `${lang} message has a leftover placeholder: ${f.message[lang]}`);
      assert.ok(f.message[lang].length > 0);
    }
    assert.ok(f.location.line >= 1 && f.location.column >= 1);
  }
}
