// SARIF 2.1.0: validated against the OASIS schema (rtm.5, vendored) with ajv, plus what GitHub code scanning needs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { formatSarif } from '../../src/report/sarif.js';
import { RULES } from '../../src/rules/index.js';
import { fixture } from '../helpers/repo.js';
import { emptyResult, sampleResult } from './sample.js';

function validator() {
  const schema = JSON.parse(readFileSync(fixture('report', 'sarif-schema-2.1.0-rtm.5.json'), 'utf8')) as Record<string, unknown>;
  // The published schema is draft-04; ajv 8 reads it as draft-07 once the draft-04 `id` keyword is renamed.
  // Its `language` pattern has a stray `]` that only non-unicode regular expressions accept.
  delete schema['$schema'];
  schema['$id'] = schema['id'];
  delete schema['id'];
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false });
  return ajv.compile(schema);
}

test('the SARIF log validates against the SARIF 2.1.0 schema', () => {
  const validate = validator();
  for (const result of [sampleResult(), emptyResult()]) {
    for (const lang of ['en', 'ja'] as const) {
      const log = JSON.parse(formatSarif(result, { lang, toolVersion: '0.1.0' })) as unknown;
      assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
    }
  }
});

test('the schema check is not vacuous: a broken log is rejected', () => {
  const validate = validator();
  const log = JSON.parse(formatSarif(sampleResult(), { lang: 'en' })) as { runs: { results: Record<string, unknown>[] }[] };
  const first = log.runs[0]?.results[0] as Record<string, unknown>;
  first['level'] = 'fatal';
  assert.equal(validate(log), false);
});

test('GitHub code scanning essentials: rules with help, relative URIs, regions, fingerprints, suppressions', () => {
  const text = formatSarif(sampleResult(), { lang: 'en' });
  assert.equal(formatSarif(sampleResult(), { lang: 'en' }), text, 'byte-identical');
  const log = JSON.parse(text) as {
    version: string;
    runs: { tool: { driver: { name: string; rules: { id: string; help: { markdown: string }; defaultConfiguration: { level: string } }[] } }; results: Record<string, unknown>[]; invocations: { toolExecutionNotifications: unknown[] }[] }[];
  };
  assert.equal(log.version, '2.1.0');
  const run = log.runs[0];
  assert.ok(run);
  assert.equal(run.tool.driver.name, 'slens');
  assert.ok(run.tool.driver.rules.length >= RULES.length);
  for (const rule of run.tool.driver.rules) assert.ok(rule.help.markdown.length > 20, rule.id);
  assert.equal(run.results.length, 5);
  const levels = run.results.map((r) => r['level']);
  assert.deepEqual([...new Set(levels)].sort(), ['error', 'note', 'warning']);
  for (const r of run.results) {
    const loc = (r['locations'] as { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[])[0];
    assert.ok(loc && !loc.physicalLocation.artifactLocation.uri.startsWith('/'));
    assert.ok(loc.physicalLocation.region.startLine >= 1);
    assert.match((r['partialFingerprints'] as Record<string, string>)['slensFinding/v1'] ?? '', /^[0-9a-f]{32}$/);
  }
  const suppressed = run.results.filter((r) => r['suppressions']);
  assert.equal(suppressed.length, 1);
  assert.deepEqual(suppressed[0]?.['suppressions'], [{ kind: 'inSource', justification: 'sized by the platform team' }]);
  assert.equal(run.invocations[0]?.toolExecutionNotifications.length, 1);
});
