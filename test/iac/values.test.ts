// The one value vocabulary: where the earlier copies behaved differently, the behaviour chosen is pinned here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WALK_BUDGET, arnTarget, branchValues, intrinsicName, isIntrinsic, isRecord, isSymbolic, referencedIds, subNames, valueAt, visitReferences, walkBudget } from '../../src/iac/values.js';
import { resolveValue } from '../../src/iac/intrinsics.js';

const sym = (expression: unknown): unknown => ({ symbolic: true, expression });

test('a GetAtt names its resource by a literal id only: nothing inside a non-literal first item is taken', () => {
  assert.deepEqual([...referencedIds({ 'Fn::GetAtt': [{ Ref: 'Param' }, 'Arn'] })], []);
  assert.deepEqual([...referencedIds({ 'Fn::GetAtt': ['Queue', { Ref: 'AttributeParam' }] })], ['Queue']);
  assert.deepEqual([...referencedIds({ 'Fn::GetAtt': 'AWS::Something.Arn' })], []);
});

test('Sub variables are taken from a literal map only; a symbolic map leaves every name a reference', () => {
  assert.deepEqual([...referencedIds({ 'Fn::Sub': ['${A}-${B}', { A: 'x' }] })], ['B']);
  assert.deepEqual([...referencedIds({ 'Fn::Sub': ['${A}-${B}', sym({ Ref: 'M' })] })].sort(), ['A', 'B']);
});

test('subNames leaves out literals and pseudo parameters and keeps the resource of an attribute', () => {
  assert.deepEqual(subNames('${AWS::Region}:${Fn.Arn}:${!Skip}:${ Spaced }'), ['Fn', 'Spaced']);
});

test('isRecord: a plain mapping, never a list, null or a Symbolic value', () => {
  assert.equal(isRecord({ a: 1 }), true);
  assert.equal(isRecord([]), false);
  assert.equal(isRecord(null), false);
  assert.equal(isRecord(sym({ Ref: 'X' })), false);
  assert.equal(isSymbolic(sym({ Ref: 'X' })), true);
});

test('intrinsicName and isIntrinsic: one key, Ref / Condition / Fn::…', () => {
  assert.equal(intrinsicName({ 'Fn::If': [] }), 'Fn::If');
  assert.equal(intrinsicName({ Condition: 'C' }), 'Condition');
  assert.equal(intrinsicName({ Ref: 'X', Other: 1 }), undefined);
  assert.equal(intrinsicName({}), undefined);
  assert.equal(isIntrinsic({ Name: 'x' }), false);
});

test('valueAt: numbers index lists only, names index mappings only, a Symbolic step stops the walk', () => {
  const root = { A: [{ B: 'x' }], S: sym({ Ref: 'P' }) };
  assert.equal(valueAt(root, ['A', 0, 'B']), 'x');
  assert.equal(valueAt(root, ['A', '0']), undefined);
  assert.equal(valueAt(root, ['S', 'expression']), undefined);
  assert.equal(valueAt(root, []), root);
});

test('visitReferences reports intrinsics, Symbolic values and literal ARNs with their paths', () => {
  const seen: string[] = [];
  visitReferences({ A: { Ref: 'X' }, B: ['arn:aws:sqs:us-east-1:1:q', 'plain'], C: sym({ 'Fn::Sub': '${Y}' }), D: { Nested: { 'Fn::GetAtt': ['Z', 'Arn'] } } }, (_, path) => seen.push(path.join('.')));
  assert.deepEqual(seen, ['A', 'B.0', 'C', 'D.Nested']);
});

test('visitReferences hands each place its own path: one kept and changed later does not change the others', () => {
  const kept: (string | number)[][] = [];
  visitReferences({ A: { B: [{ Ref: 'X' }, { Ref: 'Y' }] }, C: { Ref: 'Z' } }, (_, path) => kept.push(path as (string | number)[]));
  assert.deepEqual(kept, [['A', 'B', 0], ['A', 'B', 1], ['C']]);
  (kept[0] as (string | number)[]).push('changed');
  assert.deepEqual(kept.slice(1), [['A', 'B', 1], ['C']]);
});

test('arnTarget reads the resource type and name from ARNs and SQS URLs', () => {
  assert.deepEqual(arnTarget('arn:aws:lambda:us-east-1:1:function:orders:live'), { type: 'AWS::Lambda::Function', nameProperty: 'FunctionName', name: 'orders' });
  assert.equal(arnTarget('https://sqs.us-east-1.amazonaws.com/123/jobs')?.name, 'jobs');
  assert.equal(arnTarget('not-an-arn'), undefined);
});

test('one walk budget: a shared budget runs out for every walk that uses it', () => {
  const budget = walkBudget();
  assert.equal(budget.left, WALK_BUDGET);
  const wide = Array.from({ length: WALK_BUDGET + 10 }, (_, i) => ({ Ref: `R${i}` }));
  const ids = referencedIds(wide, new Set(), budget);
  assert.ok(ids.size < WALK_BUDGET, `${ids.size} ids`);
  assert.ok(budget.left < 0);
  let visits = 0;
  visitReferences(wide, () => visits++, budget);
  assert.equal(visits, 0);
});

test('branchValues: both branches of an Fn::If, nested ones flattened, AWS::NoValue as undefined; anything else as itself', () => {
  const inner = { symbolic: true, expression: { 'Fn::If': ['B', 90, { Ref: 'AWS::NoValue' }] }, condition: 'B', branches: [90, undefined] };
  const outer = { symbolic: true, expression: { 'Fn::If': ['A', 14, {}] }, condition: 'A', branches: [14, inner] };
  assert.deepEqual(branchValues(outer), [14, 90, undefined]);
  assert.deepEqual(branchValues(14), [14]);
  assert.deepEqual(branchValues(undefined), [undefined]);
  const ref = sym({ Ref: 'Days' });
  assert.deepEqual(branchValues(ref), [ref]);
});

test('Symbolic values inside properties: resolveValue keeps them as they are, referencedIds reads their expression', () => {
  const ifValue = { symbolic: true, expression: { 'Fn::If': ['C', { Ref: 'A' }, 'b'] }, condition: 'C', branches: [{ symbolic: true, expression: { Ref: 'A' } }, 'b'] };
  const props = { Role: sym({ 'Fn::GetAtt': ['R', 'Arn'] }), List: [sym({ Ref: 'Q' }), 'x'], When: ifValue, Name: { Ref: 'P' } };
  const resolved = resolveValue(props, { parameters: new Map([['P', { hasDefault: true, default: 'named' }]]), mappings: {} }) as Record<string, unknown>;
  assert.equal(resolved['Role'], props.Role);
  assert.equal(resolved['List'], props.List);
  assert.equal(resolved['When'], ifValue);
  assert.equal(resolved['Name'], 'named');
  assert.deepEqual([...referencedIds(props)].sort(), ['A', 'P', 'Q', 'R']);
  // A mapping that merely has a `symbolic` key that is not `true` is a mapping like any other.
  assert.deepEqual([...referencedIds({ symbolic: 'no', X: { Ref: 'S' } })], ['S']);
  assert.deepEqual(resolveValue({ symbolic: 'no', X: { Ref: 'P' } }, { parameters: new Map([['P', { hasDefault: true, default: 'v' }]]), mappings: {} }), { symbolic: 'no', X: 'v' });
});
