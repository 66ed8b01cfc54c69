// Value helpers and the rule graph: references in every intrinsic form, and bounded work on hostile values.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { boundedJson, directTarget, patternOf, referencedIds, valueKey } from '../../src/iac/values.js';
import { buildGraph, functionNameFromArn } from '../../src/iac/graph.js';
import { servicePrincipal, servicePrincipals } from '../../src/rules/support/policies.js';
import { resource } from '../scan/build.js';

test('referencedIds finds Ref, both GetAtt forms, Sub names (not Sub variables or pseudo parameters), nested and symbolic', () => {
  const value = {
    a: { Ref: 'A' },
    b: { 'Fn::GetAtt': ['B', 'Arn'] },
    c: { 'Fn::GetAtt': 'C.Arn' },
    d: { 'Fn::Sub': 'arn:${AWS::Partition}:x:${D}:${E.Arn}:${!Literal}' },
    e: { 'Fn::Sub': ['${V}-${F}', { V: { Ref: 'G' } }] },
    f: { symbolic: true, expression: { 'Fn::Join': ['', [{ Ref: 'H' }]] } },
    g: { Ref: 'AWS::Region' },
  };
  assert.deepEqual([...referencedIds(value)].sort(), ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']);
  assert.equal(directTarget({ Ref: 'X' }), 'X');
  assert.equal(directTarget({ symbolic: true, expression: { 'Fn::GetAtt': ['Y', 'Arn'] } }), 'Y');
  assert.equal(directTarget({ 'Fn::Sub': '${Z}' }), undefined);
  assert.equal(directTarget({ Ref: 'AWS::StackName' }), undefined);
});

test('patternOf renders literals, Sub patterns and Joins; functionNameFromArn takes the name out of ARNs', () => {
  assert.equal(patternOf({ 'Fn::Join': ['', ['/aws/lambda/', { Ref: 'Fn' }]] }), '/aws/lambda/${Fn}');
  assert.equal(patternOf({ symbolic: true, expression: { 'Fn::Sub': '/aws/lambda/${Fn}' } }), '/aws/lambda/${Fn}');
  assert.equal(patternOf({ 'Fn::If': ['C', 'a', 'b'] }), undefined);
  // A Sub's variable map is put in; a variable without a pattern, or one the map does not name, stays as written.
  assert.equal(patternOf({ 'Fn::Sub': ['Logs_${Id}/${Stage}/${AWS::Region}', { Id: { Ref: 'Api' }, Stage: { 'Fn::If': ['C', 'a', 'b'] } }] }), 'Logs_${Api}/${Stage}/${AWS::Region}');
  assert.equal(functionNameFromArn('arn:aws:lambda:us-east-1:123456789012:function:orders:live'), 'orders');
  assert.equal(functionNameFromArn('orders:live'), 'orders');
});

/** A value that is tiny in memory (shared references) but 10^12 nodes as a tree: a YAML alias bomb. */
function bomb(): unknown {
  let level: unknown = [{ Ref: 'Leaf' }];
  for (let i = 0; i < 12; i++) level = Array.from({ length: 10 }, () => level);
  return level;
}

test('walks over alias bombs stop within their budget', () => {
  const start = Date.now();
  assert.ok(referencedIds(bomb()).size <= 1);
  assert.ok(boundedJson(bomb()).length <= 10_000);
  assert.ok(valueKey(bomb()).length <= 10_000);
  const graph = buildGraph([resource('t.yaml', { id: 'R', type: 'AWS::SQS::Queue', line: 1, properties: { RedrivePolicy: bomb() } })]);
  assert.ok(graph.referencing('Leaf').length <= 100_000);
  assert.ok(Date.now() - start < 5000, `took ${Date.now() - start} ms`);
});

test('boundedJson equals JSON.stringify for ordinary values', () => {
  const value = { a: [1, 'two', null, true, { b: 'c"d' }], e: {} };
  assert.equal(boundedJson(value), JSON.stringify(value));
});

test('functionOf follows Ref, GetAtt, aliases, versions, names and ARNs to the function', () => {
  const fn = resource('t.yaml', { id: 'Fn', type: 'AWS::Lambda::Function', line: 1, properties: { FunctionName: 'orders' } });
  const version = resource('t.yaml', { id: 'V', type: 'AWS::Lambda::Version', line: 5, properties: { FunctionName: { Ref: 'Fn' } } });
  const alias = resource('t.yaml', { id: 'A', type: 'AWS::Lambda::Alias', line: 9, properties: { FunctionName: { Ref: 'Fn' } } });
  const graph = buildGraph([fn, version, alias]);
  for (const value of [{ Ref: 'Fn' }, { 'Fn::GetAtt': ['Fn', 'Arn'] }, { Ref: 'A' }, { Ref: 'V' }, 'orders', 'arn:aws:lambda:us-east-1:1:function:orders:live']) {
    assert.equal(graph.functionOf(value), fn, JSON.stringify(value));
  }
  assert.equal(graph.functionOf('other'), undefined);
  assert.equal(graph.functionOf({ Ref: 'Missing' }), undefined);
  assert.deepEqual(graph.ofType('AWS::Lambda::Alias', 'AWS::Lambda::Version').map((r) => r.logicalId), ['A', 'V']);
});

test('servicePrincipal reads ${AWS::URLSuffix} as amazonaws.com in Sub and Join; a name from a parameter is no service', () => {
  const sub = (pattern: string): unknown => ({ symbolic: true, expression: { 'Fn::Sub': pattern } });
  assert.equal(servicePrincipal('sns.amazonaws.com'), 'sns.amazonaws.com');
  assert.equal(servicePrincipal('events.amazonaws.com.cn'), 'events.amazonaws.com.cn');
  assert.equal(servicePrincipal(sub('events.${AWS::URLSuffix}')), 'events.amazonaws.com');
  assert.equal(servicePrincipal(sub('logs.${AWS::Region}.${AWS::URLSuffix}')), 'logs.${AWS::Region}.amazonaws.com');
  assert.equal(servicePrincipal({ symbolic: true, expression: { 'Fn::Join': ['.', ['sqs', { Ref: 'AWS::URLSuffix' }]] } }), 'sqs.amazonaws.com');
  assert.equal(servicePrincipal(sub('${Service}.${AWS::URLSuffix}')), undefined);
  assert.equal(servicePrincipal('123456789012'), undefined);
  assert.equal(servicePrincipal('*'), undefined);
  assert.deepEqual(servicePrincipals([sub('events.${AWS::URLSuffix}'), 's3.amazonaws.com', { symbolic: true, expression: { Ref: 'Other' } }]), { services: ['events.amazonaws.com', 's3.amazonaws.com'], unread: true });
  assert.deepEqual(servicePrincipals({ symbolic: true, expression: { Ref: 'Other' } }), { services: [], unread: true });
  assert.deepEqual(servicePrincipals(['arn:aws:iam::123456789012:root']), { services: [], unread: false });
});
