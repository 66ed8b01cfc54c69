// The compact outcome table a scan keeps, and the scan's own copies of the strings it keeps: outcomes come back
// exactly as given, in order, each judged resource held once; a scan over files gives the outcomes its
// templates gave, and the evidence and JUnit report read from the table what they read from a list.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compactOutcomes, OutcomeTable, outcomeTable } from '../../src/scan/outcome-table.js';
import { ownStrings } from '../../src/scan/own-strings.js';
import type { Outcome } from '../../src/scan/types.js';
import { scanTemplate } from '../../src/scan/run.js';
import { scanFiles } from '../../src/scan/scan-files.js';
import { iacLoader } from '../../src/scan/iac-loader.js';
import { emptyConfig } from '../../src/scan/config.js';
import { computeEvidence } from '../../src/scan/evidence.js';
import { formatScan } from '../../src/report/index.js';
import { RULES } from '../../src/rules/index.js';
import { repoRoot } from '../helpers/repo.js';
import { dirname, join } from 'node:path';
import { diskCodeReader, newCodeLookups } from '../../src/scan/code-reader.js';
import { readFileSync } from 'node:fs';
import { sampleResult } from '../report/sample.js';

const fn = 'AWS::Lambda::Function';
const given: Outcome[] = [
  { ruleId: 'lambda-tracing', file: 'a.yaml', logicalId: 'Fn', resourceType: fn, line: 3, status: 'fail', severity: 'warning' },
  { ruleId: 'lambda-tracing', file: 'a.yaml', logicalId: 'Other', resourceType: fn, line: 9, status: 'pass' },
  { ruleId: 'lambda-explicit-memory', file: 'a.yaml', logicalId: 'Fn', resourceType: fn, line: 3, status: 'unknown' },
  { ruleId: 'lambda-runtime-end-of-life', file: 'a.yaml', logicalId: 'Fn', resourceType: fn, line: 3, status: 'fail', severity: 'error' },
  { ruleId: 'lambda-code-signing', file: 'a.yaml', logicalId: 'Other', resourceType: fn, line: 9, status: 'fail', severity: 'info' },
  // The same id in another file of a module, and an outcome given without a line or a severity.
  { ruleId: 'lambda-tracing', file: 'b.tf', logicalId: 'Fn', resourceType: fn, line: 1, status: 'pass' },
  { ruleId: 'sqs-redrive-policy', file: 'b.tf', logicalId: 'Queue', resourceType: 'AWS::SQS::Queue', status: 'fail' },
];

test('a file\'s outcomes made compact come back exactly, in order, each judged resource once', () => {
  const compact = compactOutcomes(given);
  assert.equal(compact.resources.length, 4, 'Fn and Other in a.yaml, Fn and Queue in b.tf');
  assert.deepEqual(compact.rules, ['lambda-tracing', 'lambda-explicit-memory', 'lambda-runtime-end-of-life', 'lambda-code-signing', 'sqs-redrive-policy']);
  const table = new OutcomeTable();
  table.addFile(compact);
  table.addFile(compactOutcomes(given.slice(0, 2)));
  assert.equal(table.length, given.length + 2);
  assert.deepEqual([...table], [...given, ...given.slice(0, 2)]);
  // Every outcome on a resource names the same object.
  assert.equal(table.resourceAt(0), table.resourceAt(2));
  assert.notEqual(table.resourceAt(0), table.resourceAt(5));
  assert.deepEqual([table.ruleAt(4), table.statusAt(4), table.severityAt(4)], ['lambda-code-signing', 'fail', 'info']);
  assert.equal(table.severityAt(6), undefined);
});

test('positions by rule list each rule\'s outcomes in the order they were added', () => {
  const table = outcomeTable(given);
  const byRule = table.positionsByRule();
  assert.deepEqual([...(byRule.get('lambda-tracing') ?? [])], [0, 1, 5]);
  assert.deepEqual([...(byRule.get('sqs-redrive-policy') ?? [])], [6]);
  assert.deepEqual([...byRule.keys()], ['lambda-tracing', 'lambda-explicit-memory', 'lambda-runtime-end-of-life', 'lambda-code-signing', 'sqs-redrive-policy']);
  // Past its first capacity the table grows and keeps every outcome.
  const many = new OutcomeTable();
  for (let i = 0; i < 3000; i++) many.push({ ...(given[i % given.length] as Outcome), logicalId: `R${i}` });
  assert.equal(many.length, 3000);
  assert.equal(many.at(2999).logicalId, 'R2999');
  assert.equal([...many.positionsByRule().values()].reduce((n, p) => n + p.length, 0), 3000);
  assert.equal(outcomeTable(many), many, 'a table is used as it is');
});

test('evidence and the JUnit report read the same from the table as from the list', () => {
  const listed = sampleResult();
  const tabled = { ...sampleResult(), outcomes: outcomeTable(listed.outcomes) };
  assert.deepEqual(computeEvidence(tabled), computeEvidence(listed));
  for (const format of ['junit', 'json', 'text'] as const) assert.equal(formatScan(tabled, format, { lang: 'en' }), formatScan(listed, format, { lang: 'en' }));
});

test('a scan over files keeps in its table the outcomes its templates gave, in file order', () => {
  const cwd = join(repoRoot, 'examples');
  const files = ['orders-careless/template.yaml', 'sam-app/template.yaml', 'orders-well-architected/template.yaml'];
  const config = emptyConfig(cwd);
  const result = scanFiles(files, { loader: iacLoader(), config, today: '2026-11-25', cwd });
  const expected = files.flatMap((file) => {
    const text = readFileSync(join(cwd, file), 'utf8');
    const template = iacLoader().load(file, text, { path: join(cwd, file), root: cwd });
    return scanTemplate(template, { rules: RULES, config, env: { today: '2026-11-25' }, displayFile: file, absoluteFile: join(cwd, file), text, code: diskCodeReader(dirname(join(cwd, file)), newCodeLookups()) }).outcomes;
  });
  assert.ok(expected.length > 10 && expected.some((o) => o.status === 'pass') && expected.some((o) => o.status === 'fail'));
  assert.ok(result.outcomes instanceof OutcomeTable);
  assert.deepEqual([...result.outcomes], expected);
});

test('own strings: a copy equal in content, the same for equal strings; short strings kept as they are', () => {
  const own = ownStrings();
  const text = `Resources:\n  ${'OrdersFunctionWithALongName'}:\n    Type: AWS::Lambda::Function\n`;
  const id = text.slice(text.indexOf('Orders'), text.indexOf(':\n    Type'));
  const first = own(id);
  assert.equal(first, 'OrdersFunctionWithALongName');
  assert.equal(own(`OrdersFunction${'WithALongName'}`), first);
  assert.equal(own('Fn'), 'Fn');
  // A lone surrogate survives the copy (UTF-8 could not carry it).
  const odd = `LogicalIdWith\uD800Surrogate`;
  assert.equal(own(odd), odd);
});
